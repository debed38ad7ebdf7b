/**
 * `trainer.model: editor` with no language model in VS Code: the extension's LM bridge refuses the
 * daemon's `trainer/complete` cleanly, the daemon turns the step into a manual follow-up, the
 * extension opens the prompt beside an answer document, and the typed answer continues the run to
 * the reviewed write-back. Real daemon, real worker; the answer is the example's recorded one.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CandidateDocuments, WriteBackReview } from '../../src/candidate';
import { FollowupController } from '../../src/followup';
import { LanguageModelBridge } from '../../src/lm';
import { OptimizeController } from '../../src/optimize';
import { ServerCommands } from '../../src/protocol';
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

  it('refuses trainer/complete, opens the follow-up, and the sent answer is written back', async () => {
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
    mock.window.showInformationMessage.mockImplementation(async (...a: unknown[]) => (String(a[0]).includes('Apply it?') ? 'Apply' : undefined));

    const firstRun = await controller.optimize(args);
    expect(firstRun).toBeTruthy();
    const paused = await daemon.waitFor('trainer/runUpdated', (p) => ['followup_needed', ...FINAL].includes((p as { state: string }).state), 0, 240000);
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
    const promptFile = (paused.params as { followup: { prompt_file: string } }).followup.prompt_file;
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
    expect((done.params as { state: string; error?: string }).error).toBeUndefined();
    expect((done.params as { state: string }).state).toBe('written_back');
    const doc = await mock.workspace.openTextDocument(mock.Uri.parse(uri));
    expect(doc.getText()).toContain('return (ordered[middle - 1] + ordered[middle]) / 2');
    wiring.dispose();
  }, 300000);
});
