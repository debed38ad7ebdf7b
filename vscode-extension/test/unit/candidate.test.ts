import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { beforeEach, describe, expect, it } from 'vitest';
import { CANDIDATE_SCHEME, CandidateDocuments, WriteBackReview, applyTextEdits } from '../../src/candidate';
import * as mock from '../vscode-mock';

const ORIGINAL = 'def median(xs):\n    return xs[len(xs) // 2]\n\n\ndef mean(xs):\n    return sum(xs) / len(xs)\n';
const FIXED_BODY = '    s = sorted(xs)\n    n = len(s)\n    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2\n';

function target(): vscode.Uri {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trainerd-candidate-'));
  const file = path.join(dir, 'stats.py');
  fs.writeFileSync(file, ORIGINAL);
  return mock.Uri.file(file) as unknown as vscode.Uri;
}

function writeBack(uri: vscode.Uri): vscode.WorkspaceEdit {
  const edit = new mock.WorkspaceEdit();
  edit.replace(uri as unknown as mock.Uri, new mock.Range(1, 0, 2, 0), FIXED_BODY);
  return edit as unknown as vscode.WorkspaceEdit;
}

describe('write-back review (diff, Apply / Discard)', () => {
  beforeEach(() => mock.resetMock());

  it("shows current vs candidate as a diff and applies the daemon's edit on Apply", async () => {
    const uri = target();
    const candidates = new CandidateDocuments();
    const review = new WriteBackReview(candidates);
    let diffRight = '';
    mock.commands.executeCommand.mockImplementationOnce(async (command: string, ...args: unknown[]) => {
      mock.state.executed.push({ command, args });
      diffRight = candidates.provideTextDocumentContent(args[1] as vscode.Uri);
      return undefined;
    });
    mock.window.showInformationMessage.mockResolvedValueOnce('Apply');
    const decision = await review.review(writeBack(uri), 'Trace: write back stats.py::median');
    const diff = mock.state.executed.find((e) => e.command === 'vscode.diff')!;
    expect((diff.args[0] as mock.Uri).fsPath).toBe(uri.fsPath);
    expect((diff.args[1] as mock.Uri).scheme).toBe(CANDIDATE_SCHEME);
    expect(diff.args[2]).toBe('stats.py: current ↔ candidate (trainerd)');
    expect(diffRight).toBe(ORIGINAL.replace('    return xs[len(xs) // 2]\n', FIXED_BODY));
    expect(mock.window.showInformationMessage.mock.calls[0]).toEqual([
      'Trace: write back stats.py::median (stats.py). Apply it?',
      'Apply',
      'Discard',
    ]);
    expect(decision).toEqual({ applied: true });
    const doc = await mock.workspace.openTextDocument(uri as unknown as mock.Uri);
    expect(doc.getText()).toBe(diffRight);
    expect(mock.state.diffs).toEqual([]); // the diff closed once decided
  });

  it('leaves the file alone and tells the daemon why on Discard (or when the question is dismissed)', async () => {
    for (const answer of ['Discard', undefined]) {
      mock.resetMock();
      const uri = target();
      mock.window.showInformationMessage.mockResolvedValueOnce(answer);
      const decision = await new WriteBackReview(new CandidateDocuments()).review(writeBack(uri), undefined);
      expect(decision).toEqual({ applied: false, failureReason: 'Discarded by the user in the editor.' });
      expect(mock.workspace.applyEdit).not.toHaveBeenCalled();
      expect((await mock.workspace.openTextDocument(uri as unknown as mock.Uri)).getText()).toBe(ORIGINAL);
    }
  });

  it('applies several edits against the original text, as LSP specifies', () => {
    const doc = new mock.TextDocument(mock.Uri.file('/x.py'), 'a\nb\nc\n');
    const edits = [mock.TextEdit.replace(new mock.Range(0, 0, 0, 1), 'A'), mock.TextEdit.replace(new mock.Range(2, 0, 2, 1), 'C')];
    expect(applyTextEdits(doc as unknown as vscode.TextDocument, edits as unknown as vscode.TextEdit[])).toBe('A\nb\nC\n');
  });
});
