import * as vscode from 'vscode';
import { describe, expect, it } from 'vitest';
import { CONFIRM_FIX_COMMAND, CREATE_REVIEW_COMMAND, requireConfirmation } from '../../src/codeActions';
import { reviewFileOf } from '../../src/review';
import { OPTIMIZE_COMMAND, rewriteLens } from '../../src/lenses';
import * as mock from '../vscode-mock';

describe("what the extension changes in the daemon's lenses and code actions", () => {
  it('routes only the "Optimize with Trace" lens to the extension\'s command', () => {
    const range = new mock.Range(3, 0, 3, 0);
    const optimize = rewriteLens(
      new mock.CodeLens(range, {
        title: 'Optimize with Trace',
        command: 'trainer.optimize',
        arguments: [{ uri: 'file:///s.py', symbol: 'median' }],
      }) as unknown as vscode.CodeLens,
    );
    expect(optimize.command).toEqual({
      title: 'Optimize with Trace',
      command: OPTIMIZE_COMMAND,
      arguments: [{ uri: 'file:///s.py', symbol: 'median' }],
    });
    const state = rewriteLens(
      new mock.CodeLens(range, { title: 'Trace: iteration 2 · 7/9 tests', command: '' }) as unknown as vscode.CodeLens,
    );
    expect(state.command?.command).toBe('');
  });

  it("puts a triage fix's edit behind the confirming command, opens the review it creates, and leaves other actions alone", () => {
    const edit = new mock.WorkspaceEdit();
    edit.replace(mock.Uri.file('/p/train.py'), new mock.Range(9, 21, 9, 35), 'data/train_1.csv');
    const record = { title: 'record', command: 'trainer.applyFix', arguments: [{ fix: { kind: 'closest_path' } }] };
    const fix = { title: 'trainerd: Use data/train_1.csv', kind: 'quickfix', edit, command: record };
    const review = {
      title: 'Create engineering review',
      command: { title: 'Create engineering review', command: 'trainer.createReview', arguments: [] },
    };
    const bare = { title: 'Run', command: 'trainer.showWorkspace' };
    const [confirming, openingReview, untouchedCommand] = requireConfirmation([
      fix,
      review,
      bare,
    ] as unknown as vscode.CodeAction[]) as unknown as Record<string, unknown>[];
    expect(confirming.edit).toBeUndefined();
    expect(confirming.command).toEqual({ title: fix.title, command: CONFIRM_FIX_COMMAND, arguments: [edit, record, fix.title] });
    expect(openingReview.command).toEqual({ title: 'Create engineering review', command: CREATE_REVIEW_COMMAND, arguments: [] });
    expect(untouchedCommand).toEqual({ title: 'Run', command: 'trainer.showWorkspace' });
    expect(requireConfirmation(undefined)).toBeUndefined();
  });

  it('finds the review file in the result of trainer.createReview (either wire spelling)', () => {
    const workspace = { repo_root: '/p', absolute_root: '/p/.trainer-workspace/stats' };
    expect(reviewFileOf({ review_path: '.trainer-workspace/stats/engineer-prompt/review.md', contract: { workspace } })).toBe(
      '/p/.trainer-workspace/stats/engineer-prompt/review.md',
    );
    expect(reviewFileOf({ reviewPath: '/abs/review.md' })).toBe('/abs/review.md');
    expect(reviewFileOf({ contract: { workspace: { absoluteRoot: '/q/ws' } } })).toBe('/q/ws/engineer-prompt/review.md');
    expect(reviewFileOf(null)).toBeUndefined();
  });
});
