/**
 * "Optimize with Trace" from the code lens to the applied edit, against the real daemon: the lens the
 * daemon serves (rewritten to the extension's command), the extension's OptimizeController starting
 * the run, its NotificationProgress following $/progress, and its WriteBackReview answering the
 * daemon's workspace/applyEdit with Apply. The LLM is the recorded replay file of the example.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CandidateDocuments, WriteBackReview } from '../../src/candidate';
import { OPTIMIZE_COMMAND, rewriteLens } from '../../src/lenses';
import { FollowupController } from '../../src/followup';
import { LanguageModelBridge } from '../../src/lm';
import { OptimizeController } from '../../src/optimize';
import { wireDaemon } from '../../src/wiring';
import { ServerCommands, readRunUpdated } from '../../src/protocol';
import * as mock from '../vscode-mock';
import { Daemon, copyExample } from './harness';
import { toWorkspaceEdit } from './convert';

interface Lens {
  range: { start: { line: number } };
  command?: { title: string; command: string; arguments?: { uri: string; symbol: string }[] };
  data?: unknown;
}

describe('Optimize with Trace against the real daemon', () => {
  let root: string;
  let daemon: Daemon;
  let uri: string;
  let controller: OptimizeController;
  let wiring: { dispose(): void } | undefined;
  const original = () => fs.readFileSync(path.join(root, 'stats.py'), 'utf8');

  beforeAll(async () => {
    mock.resetMock();
    root = copyExample('buggy_median');
    uri = `file://${path.join(root, 'stats.py')}`;
    daemon = await Daemon.start(root, { model: `replay:${path.join(root, 'replay-fix.json')}`, iterations: 1 });
    await daemon.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'python', version: 1, text: original() },
    });
  });
  afterAll(async () => {
    wiring?.dispose();
    await daemon.stop();
    fs.rmSync(path.dirname(root), { recursive: true, force: true });
  });

  it('serves an "Optimize with Trace" lens on median that the extension routes to its own command', async () => {
    const lenses = await daemon.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    const optimize = lenses.find((l) => l.command?.command === ServerCommands.optimize);
    expect(optimize?.command?.title).toMatch(/Optimize with Trace/);
    expect(optimize?.command?.arguments).toEqual([{ uri, symbol: 'median' }]);
    expect(optimize?.range.start.line).toBe(3);
    const rewritten = rewriteLens(new mock.CodeLens(new mock.Range(3, 0, 3, 0), optimize!.command) as unknown as vscode.CodeLens);
    expect(rewritten.command?.command).toBe(OPTIMIZE_COMMAND);
    expect(rewritten.command?.arguments).toEqual([{ uri, symbol: 'median' }]);
    // lenses without a command get one on resolve
    for (const lens of lenses.filter((l) => !l.command)) {
      const resolved = await daemon.request<Lens>('codeLens/resolve', lens);
      expect(resolved.command?.title).toBeTruthy();
    }
  });

  it('the lens is blocked first (no review), then runs to a diff the user applies', async () => {
    const log = mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel;
    const api = daemon.api();
    const review = new WriteBackReview(new CandidateDocuments());
    const lm = new LanguageModelBridge(mock.memento() as unknown as vscode.Memento, log);
    controller = new OptimizeController(api, new FollowupController(api, lm, log), review, log);
    const serverMessages: string[] = [];
    // the extension's own wiring of the daemon's messages (what client.ts does in VS Code)
    wiring = wireDaemon(
      daemon.endpoint(),
      {
        onRunUpdated: (u) => controller.onRunUpdated(u),
        onSessionEvent: () => undefined,
        complete: (p, t) => lm.complete(p, t),
        reviewEdit: (edit, label) => review.review(edit, label),
        onServerMessage: (_type, message) => serverMessages.push(message),
      },
      async (edit) => toWorkspaceEdit(edit),
    );
    const args = { uri, symbol: 'median' };

    // blocked: the review checkpoint is missing; the extension points at the diagnostics
    mock.window.showWarningMessage.mockResolvedValueOnce(undefined);
    expect(await controller.optimize(args)).toBeUndefined();
    expect(String(mock.window.showWarningMessage.mock.calls[0][0])).toMatch(/blocked \(1 blocker\)/);
    await daemon.waitFor('textDocument/publishDiagnostics', (p) =>
      (p as { diagnostics: { code: string }[] }).diagnostics.some((d) => d.code === 'review_missing'),
    );
    await daemon.request('workspace/executeCommand', { command: ServerCommands.createReview, arguments: [args] });

    // the run: progress as a notification, the write-back as a reviewed diff
    const progressSeen: unknown[] = [];
    let progressClosed = false;
    mock.window.withProgress.mockImplementation(async (options: unknown, task: (p: unknown, t: unknown) => Promise<unknown>) => {
      progressSeen.push(options);
      await task({ report: (r: unknown) => progressSeen.push(r) }, new mock.CancellationTokenSource().token);
      progressClosed = true;
    });
    mock.window.showInformationMessage.mockImplementation(async (...a: unknown[]) =>
      String(a[0]).includes('Apply it?') ? 'Apply' : undefined,
    );
    const before = original();
    const runId = await controller.optimize(args);
    expect(runId).toBeTruthy();
    const done = await daemon.waitFor(
      'trainer/runUpdated',
      (p) => ['written_back', 'failed', 'conflict', 'done'].includes((p as { state: string }).state),
      0,
      240000,
    );
    expect(readRunUpdated(done.params).error).toBeUndefined();
    expect(readRunUpdated(done.params).state).toBe('written_back');

    const diff = mock.state.executed.find((e) => e.command === 'vscode.diff');
    expect(diff?.args[2]).toBe('stats.py: current ↔ candidate (trainerd)');
    const doc = await mock.workspace.openTextDocument(mock.Uri.parse(uri));
    expect(doc.getText()).toContain('return (ordered[middle - 1] + ordered[middle]) / 2');
    expect(doc.getText()).not.toBe(before);
    expect(original()).toBe(before); // the buffer changed (undoable), the daemon did not write the file
    expect(progressSeen[0]).toEqual({
      location: mock.ProgressLocation.Notification,
      title: 'Optimizing stats.py::median',
      cancellable: true,
    });
    expect(progressClosed).toBe(true);
    expect(controller.runs.has(runId!)).toBe(false);
    expect(serverMessages.some((m) => /written back/.test(m))).toBe(true);
  }, 300000);

  it('Cancel on the progress notification cancels a run', async () => {
    let cancel: (() => void) | undefined;
    mock.window.withProgress.mockImplementation(async (_options: unknown, task: (p: unknown, t: unknown) => Promise<unknown>) => {
      const source = new mock.CancellationTokenSource();
      cancel = () => source.cancel();
      await task({ report: () => undefined }, source.token);
    });
    const before = daemon.notifications.length;
    const runId = await controller.optimize({ uri, symbol: 'median' });
    expect(runId).toBeTruthy();
    const deadline = Date.now() + 30000;
    while (!cancel) {
      if (Date.now() > deadline) throw new Error('no progress notification');
      await new Promise((r) => setTimeout(r, 20));
    }
    cancel(); // the user's click: window/workDoneProgress/cancel for the run's token
    const end = await daemon.waitFor(
      'trainer/runUpdated',
      (p) =>
        (p as { runId: string }).runId === runId &&
        ['cancelled', 'written_back', 'failed', 'done', 'conflict'].includes((p as { state: string }).state),
      before,
      120000,
    );
    expect((end.params as { state: string }).state).toBe('cancelled');
    expect(controller.runs.has(runId!)).toBe(false);
  }, 150000);
});
