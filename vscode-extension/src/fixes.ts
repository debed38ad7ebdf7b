/**
 * A triage fix, confirmed: its edit is shown as a diff (Apply / Discard), applied and saved (the
 * session's command reads its files from disk), the daemon's `trainer.applyFix` records it (and does
 * the work of a command-only fix), then a restart of the session is offered, with the corrected
 * command when the fix changed it.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { errorText } from './api';
import type { WriteBackReview } from './candidate';
import { camelKeys, pickString } from './protocol';
import type { TrainingController } from './training';

export async function confirmFix(
  edit: vscode.WorkspaceEdit | undefined,
  record: vscode.Command | undefined,
  title: string | undefined,
  review: WriteBackReview,
  training: TrainingController,
  log: vscode.LogOutputChannel,
): Promise<boolean> {
  if (edit) {
    const decision = await review.review(edit, title ?? 'trainerd: apply the fix');
    if (!decision.applied) return false;
    for (const [uri] of edit.entries()) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (doc?.isDirty && !(await doc.save())) log.warn(`could not save ${uri.fsPath} after the fix`);
    }
  }
  if (!record) return !!edit;
  let result: unknown;
  try {
    result = await vscode.commands.executeCommand(record.command, ...(record.arguments ?? []));
  } catch (error) {
    void vscode.window.showErrorMessage(`${title ?? 'The fix'}: ${errorText(error)}`);
    return false;
  }
  const args = camelKeys<Record<string, unknown>>(record.arguments?.[0]) ?? {};
  const sessionDir = pickString(args, 'sessionDir');
  if (!sessionDir) return true;
  const session = path.basename(sessionDir);
  const applied = camelKeys<Record<string, unknown>>(result) ?? {};
  const restartCommand = pickString(applied, 'restartCommand');
  const changed = restartCommand && restartCommand !== pickString(args, 'command') ? restartCommand : undefined;
  const failed = applied.ok === false;
  const what = failed
    ? `The fix ran but did not succeed (see Trainer: Show Logs). Restart ${session} anyway?`
    : `Fix applied${edit ? ' and saved' : ''}. Restart ${session}${changed ? ` as \`${changed}\`` : ''} to try it?`;
  const fix = camelKeys<Record<string, unknown>>(applied.fix) ?? {};
  log.info(`fix recorded for ${session}: ${pickString(fix, 'title', 'kind') ?? 'the fix'}${failed ? ' (it did not succeed)' : ''}`);
  void vscode.window.showInformationMessage(what, 'Restart').then((choice) => {
    if (choice === 'Restart') void training.restartByName(session, changed);
  });
  return true;
}
