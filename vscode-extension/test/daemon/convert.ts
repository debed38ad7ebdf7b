/** LSP WorkspaceEdit JSON -> the mocked vscode.WorkspaceEdit (what languageclient's converter does in VS Code). */
import * as vscode from 'vscode';
import * as mock from '../vscode-mock';

interface LspTextEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

export function toWorkspaceEdit(edit: unknown): vscode.WorkspaceEdit {
  const out = new mock.WorkspaceEdit();
  const e = edit as {
    changes?: Record<string, LspTextEdit[]>;
    documentChanges?: { textDocument: { uri: string }; edits: LspTextEdit[] }[];
  };
  const add = (uri: string, edits: LspTextEdit[]) => {
    for (const t of edits) {
      out.replace(
        mock.Uri.parse(uri),
        new mock.Range(t.range.start.line, t.range.start.character, t.range.end.line, t.range.end.character),
        t.newText,
      );
    }
  };
  for (const [uri, edits] of Object.entries(e.changes ?? {})) add(uri, edits);
  for (const change of e.documentChanges ?? []) add(change.textDocument.uri, change.edits);
  return out as unknown as vscode.WorkspaceEdit;
}
