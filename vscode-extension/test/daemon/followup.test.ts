/**
 * `trainer.model: editor` with no language model in VS Code: the extension's LM bridge refuses the
 * daemon's `trainer/complete` cleanly, the daemon turns the step into a manual follow-up, the
 * extension opens the prompt beside an answer document, and the typed answer continues the run to
 * the write-back, which the user discards after seeing the diff: the daemon records the refusal and
 * the extension offers the candidate diff. Real daemon, real worker; the answer is the example's
 * recorded one.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CandidateDocuments, WriteBackReview } from '../../src/candidate';
import { FollowupController } from '../../src/followup';
import { LanguageModelBridge } from '../../src/lm';
import { OptimizeController } from '../../src/optimize';
import { ServerCommands, readRunUpdated } from '../../src/protocol';
import { wireDaemon } from '../../src/wiring';
import * as mock from '../vscode-mock';
import { toWorkspaceEdit } from './convert';
import { Daemon, copyExample } from './harness';

const FINAL = ['written_back', 'failed', 'conflict', 'done', 'blocked', 'cancelled'];

describe('the editor model without a language model: a manual follow-up in the editor', () => {
  let root: string;
  let daemon: Daemon;

  beforeAll(async () => {
    mock.resetMock();
    root = copyExample('buggy_median');
    daemon = await Daemon.start(root, { model: 'editor', iterations: 1 });
  });
  afterAll(async () => {
    await daemon.stop();
    fs.rmSync(path.dirname(root), { recursive: true, force: true });
  });

  it("refuses trainer/complete, opens the follow-up, and the answer's candidate can be discarded", async () => {
    const uri = `file://${path.join(root, 'stats.py')}`;
    const args = { uri, symbol: 'median' };
    const log = mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel;
    const api = daemon.api();
    const review = new WriteBackReview(new CandidateDocuments());
    const lm = new LanguageModelBridge(mock.memento() as unknown as vscode.Memento, log);
    const followups = new FollowupController(api, lm, log);
    const controller = new OptimizeController(api, followups, review, log);
    const shownMessages: string[] = [];
    const wiring = wireDaemon(
      daemon.endpoint(),
      {
        onRunUpdated: (u) => controller.onRunUpdated(u),
        onSessionEvent: () => undefined,
        complete: (p, t) => lm.complete(p, t),
        reviewEdit: (edit, label) => review.review(edit, label),
        onServerMessage: (_type, message) => {
          if (!controller.handlesServerMessage(message)) shownMessages.push(message);
        },
      },
      async (edit) => toWorkspaceEdit(edit),
    );
    await daemon.request('workspace/executeCommand', { command: ServerCommands.createReview, arguments: [args] });
    await daemon.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'python', version: 1, text: fs.readFileSync(path.join(root, 'stats.py'), 'utf8') },
    });
    mock.window.showInformationMessage.mockImplementation(async (...a: unknown[]) =>
      String(a[0]).includes('Apply it?') ? 'Discard' : undefined,
    );
    mock.window.showWarningMessage.mockImplementation(async (...a: unknown[]) =>
      String(a[0]).includes('not written back') ? 'Show candidate diff' : undefined,
    );

    const firstRun = await controller.optimize(args);
    expect(firstRun).toBeTruthy();
    const paused = await daemon.waitFor(
      'trainer/runUpdated',
      (p) => ['followup_needed', ...FINAL].includes((p as { state: string }).state),
      0,
      240000,
    );
    expect((paused.params as { state: string }).state).toBe('followup_needed');
    // the daemon asked the editor's model; the bridge answered with a clean "no model" error
    const asked = daemon.serverRequests.filter((r) => r.method === 'trainer/complete');
    expect(asked.length).toBeGreaterThan(0);
    expect((asked[0].params as { messages: unknown[] }).messages.length).toBeGreaterThan(0);

    // the follow-up opened: the prompt file beside an empty answer document
    const deadline = Date.now() + 10000;
    while (followups.openFollowups.length === 0) {
      if (Date.now() > deadline) throw new Error('the follow-up did not open');
      await new Promise((r) => setImmediate(r));
    }
    const [entry] = followups.openFollowups;
    expect(entry.runId).toBe(firstRun);
    const promptFile = readRunUpdated(paused.params).followup?.promptFile;
    expect(entry.prompt.uri.fsPath).toBe(promptFile);
    expect(entry.prompt.getText().length).toBeGreaterThan(100);
    expect(entry.answer.getText()).toBe('');
    // the daemon's own "needs a follow-up" notice is not shown twice
    expect(shownMessages.filter((m) => /needs a follow-up answer/.test(m))).toEqual([]);

    // the user writes the answer (here: the example's recorded one) and sends it
    const replay = JSON.parse(fs.readFileSync(path.join(root, 'replay-fix.json'), 'utf8')) as { turns: { response: string }[] };
    (entry.answer as unknown as mock.TextDocument).setText(replay.turns[0].response);
    const before = daemon.notifications.length;
    expect(await followups.sendAnswer(entry.answer)).toBe(true);
    const done = await daemon.waitFor('trainer/runUpdated', (p) => FINAL.includes((p as { state: string }).state), before, 240000);
    const final = readRunUpdated(done.params);
    expect(final.error).toBeUndefined();
    // the diff was shown and discarded: nothing changed, the daemon recorded why
    expect(mock.state.executed.filter((e) => e.command === 'vscode.diff')[0]?.args[2]).toBe('stats.py: current ↔ candidate (trainerd)');
    expect(final.state).toBe('conflict');
    expect(final.conflict?.reason).toContain('Discarded by the user in the editor.');
    const doc = await mock.workspace.openTextDocument(mock.Uri.parse(uri));
    expect(doc.getText()).not.toContain('return (ordered[middle - 1] + ordered[middle]) / 2');
    const status = JSON.parse(fs.readFileSync(path.join(root, '.trainer-workspace/stats/workflow-status.json'), 'utf8')) as {
      write_back?: { decision: string };
    };
    expect(status.write_back?.decision).toBe('refused');
    // "Show candidate diff": the snapshot against the candidate file, both from the workspace
    const until = Date.now() + 10000;
    while (mock.state.executed.filter((e) => e.command === 'vscode.diff').length < 2) {
      if (Date.now() > until) throw new Error('the candidate diff did not open');
      await new Promise((r) => setImmediate(r));
    }
    const candidateDiff = mock.state.executed.filter((e) => e.command === 'vscode.diff')[1];
    const snapshot =
      final.conflict?.snapshotFile ??
      final.candidate?.snapshotFile ??
      (final.writeBack as { snapshotFile?: string } | undefined)?.snapshotFile;
    expect((candidateDiff.args[0] as mock.Uri).fsPath).toBe(snapshot);
    expect((candidateDiff.args[1] as mock.Uri).fsPath).toBe(final.conflict!.candidateFile);
    expect(fs.readFileSync(final.conflict!.candidateFile!, 'utf8')).toContain('return (ordered[middle - 1] + ordered[middle]) / 2');
    wiring.dispose();
  }, 300000);
});
