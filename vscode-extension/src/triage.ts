/** Trainer: Triage Traceback — classify the selection (or the clipboard) with `trainer/triage`. */
import * as vscode from 'vscode';
import { DaemonApi, errorText } from './api';
import { Methods, camelKeys } from './protocol';

export interface TriageReport {
  summary?: string;
  errors?: {
    kind?: string;
    category?: string | null;
    explanation?: string;
    fix?: string | null;
    rootCause?: boolean;
    /** On an `unknown` root cause, with a model configured: its second opinion, labelled as such. */
    opinion?: { label?: string; text?: string } | null;
  }[];
}

/** The text to triage: the active editor's selection, else the whole document if it is a log, else the clipboard. */
async function textToTriage(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor as (vscode.TextEditor & { selection?: vscode.Selection }) | undefined;
  if (editor?.selection && !editor.selection.isEmpty) return editor.document.getText(editor.selection);
  if (editor && /\.(log|txt|out|err)$/.test(editor.document.uri.path)) return editor.document.getText();
  const clipboard = await vscode.env.clipboard.readText();
  return clipboard.trim() ? clipboard : undefined;
}

export async function triageCommand(daemon: DaemonApi, log: vscode.LogOutputChannel): Promise<TriageReport | undefined> {
  const text = await textToTriage();
  if (!text) {
    void vscode.window.showWarningMessage('Select a traceback (or copy one) to triage it.');
    return undefined;
  }
  let report: TriageReport;
  try {
    report = readTriageReport(
      await daemon.request<unknown>(Methods.triage, {
        text,
        publish: true,
        cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
      }),
    );
  } catch (error) {
    void vscode.window.showErrorMessage(`Triage: ${errorText(error)}`);
    return undefined;
  }
  for (const e of report.errors ?? []) {
    log.info(`triage: ${e.kind}/${e.category ?? '-'}: ${e.explanation ?? ''}${e.fix ? ` ${e.fix}` : ''}`);
  }
  const opinion = (report.errors ?? []).find((e) => e.rootCause && e.opinion?.text)?.opinion;
  if (opinion) log.info(`triage: ${opinion.label ?? 'second opinion'}: ${opinion.text}`);
  const summary = `${report.summary ?? 'No traceback found.'}${opinion ? ` (${opinion.label ?? "the model's second opinion"}: ${opinion.text})` : ''}`;
  const choice = await vscode.window.showInformationMessage(summary, ...((report.errors?.length ?? 0) > 0 ? ['Show problems'] : []));
  if (choice === 'Show problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
  return report;
}

/** A `trainer/triage` result with camelCase keys (its errors too; older daemons sent snake_case). */
export function readTriageReport(raw: unknown): TriageReport {
  const report = camelKeys<TriageReport>(raw) ?? {};
  if (Array.isArray(report.errors)) report.errors = report.errors.map((e) => camelKeys(e));
  return report;
}
