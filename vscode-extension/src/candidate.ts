/**
 * Write-back review. The daemon writes a validated candidate back with `workspace/applyEdit`; before
 * applying it we show the change as a diff (the file as it is vs the file with the candidate) and
 * ask Apply / Discard. Discard answers `applied: false`, so the daemon records the refusal.
 */
import * as path from 'path';
import * as vscode from 'vscode';

export const CANDIDATE_SCHEME = 'trainerd-candidate';

export interface ApplyDecision {
  applied: boolean;
  failureReason?: string;
}

/** Serves the candidate texts the diff view shows on its right side. */
export class CandidateDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private counter = 0;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** A read-only URI showing `text`, named after `file`. */
  add(file: vscode.Uri, text: string): vscode.Uri {
    this.counter += 1;
    const uri = vscode.Uri.from({ scheme: CANDIDATE_SCHEME, path: file.path, query: String(this.counter) });
    this.texts.set(uri.toString(), text);
    return uri;
  }

  forget(uri: vscode.Uri): void {
    this.texts.delete(uri.toString());
  }
}

/** Apply text edits (LSP semantics: ranges refer to the original text) to `text`. */
export function applyTextEdits(
  doc: { offsetAt(p: vscode.Position): number; getText(): string },
  edits: readonly vscode.TextEdit[],
): string {
  const text = doc.getText();
  const spans = edits
    .map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const span of spans) out = out.slice(0, span.start) + span.text + out.slice(span.end);
  return out;
}

export class WriteBackReview {
  constructor(private readonly candidates: CandidateDocuments) {}

  /** Show each changed file as a diff, ask Apply / Discard, apply on Apply. */
  async review(edit: vscode.WorkspaceEdit, label: string | undefined): Promise<ApplyDecision> {
    const shown: vscode.Uri[] = [];
    const files: string[] = [];
    for (const [uri, edits] of edit.entries()) {
      if (edits.length === 0) continue;
      const doc = await vscode.workspace.openTextDocument(uri);
      const candidate = this.candidates.add(uri, applyTextEdits(doc, edits));
      shown.push(candidate);
      files.push(path.basename(uri.fsPath));
      await vscode.commands.executeCommand('vscode.diff', uri, candidate, `${path.basename(uri.fsPath)}: current ↔ candidate (trainerd)`, {
        preview: true,
      });
    }
    try {
      const what = label ?? 'trainerd wants to apply a change';
      const choice = await vscode.window.showInformationMessage(
        `${what} (${files.join(', ') || 'no text changes'}). Apply it?`,
        'Apply',
        'Discard',
      );
      if (choice !== 'Apply') return { applied: false, failureReason: 'Discarded by the user in the editor.' };
      const applied = await vscode.workspace.applyEdit(edit);
      return applied ? { applied: true } : { applied: false, failureReason: 'VS Code could not apply the edit (the file changed?).' };
    } finally {
      // the diff has served its purpose (its right side is forgotten below): close it
      const candidates = new Set(shown.map((u) => u.toString()));
      const diffs = vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .filter((tab) => tab.input instanceof vscode.TabInputTextDiff && candidates.has(tab.input.modified.toString()));
      if (diffs.length > 0) await vscode.window.tabGroups.close(diffs);
      for (const uri of shown) this.candidates.forget(uri);
    }
  }

  /** Open a diff of two files on disk (the original snapshot and a candidate file). */
  async showFiles(original: string, candidate: string, title?: string): Promise<void> {
    await vscode.commands.executeCommand(
      'vscode.diff',
      vscode.Uri.file(original),
      vscode.Uri.file(candidate),
      title ?? `${path.basename(original)}: original ↔ candidate (trainerd)`,
    );
  }
}
