import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { beforeEach, describe, expect, it } from 'vitest';
import { WriteBackReview, CandidateDocuments } from '../../src/candidate';
import { FOLLOWUP_CONTEXT, FollowupController } from '../../src/followup';
import { LanguageModelBridge } from '../../src/lm';
import { OptimizeController } from '../../src/optimize';
import * as mock from '../vscode-mock';
import { RecordingDaemon, until } from './fakes';

function setup(daemon: RecordingDaemon) {
  const log = mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel;
  const lm = new LanguageModelBridge(mock.memento() as unknown as vscode.Memento, log);
  const followups = new FollowupController(daemon, lm, log);
  const optimize = new OptimizeController(daemon, followups, new WriteBackReview(new CandidateDocuments()), log);
  return { followups, optimize, lm };
}

function promptFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trainerd-followup-'));
  const file = path.join(dir, 'prompt.md');
  fs.writeFileSync(file, 'You are the optimizer. Propose a new body for median().\n');
  return file;
}

describe('manual follow-up', () => {
  beforeEach(() => mock.resetMock());

  it('opens the prompt beside an empty answer document once, then sends the typed answer and closes both', async () => {
    const daemon = new RecordingDaemon({ 'trainer/answerFollowup': () => ({ runId: 'r2', state: 'running', answered: 'r1' }) });
    const { optimize } = setup(daemon);
    const file = promptFile();
    optimize.onRunUpdated({
      runId: 'r1',
      state: 'followup_needed',
      followup: { promptFile: file, reportFile: '/x/report.json', variables: ['__code0'] },
    });
    // the daemon may repeat the update at once, even without the follow-up fields: nothing more opens
    optimize.onRunUpdated({ runId: 'r1', state: 'followup_needed', followup: { promptFile: file } });
    optimize.onRunUpdated({ runId: 'r1', state: 'followup_needed', followup: {} });
    await until(() => mock.state.shown.length === 2, 'the prompt and answer documents');
    await until(() => mock.window.showInformationMessage.mock.calls.length === 1, 'the notification');
    const [prompt, answer] = mock.state.shown as unknown as mock.TextDocument[];
    expect(prompt.uri.fsPath).toBe(file);
    expect(prompt.getText()).toContain('Propose a new body');
    expect(answer.uri.scheme).toBe('untitled');
    expect(mock.state.contexts.get(FOLLOWUP_CONTEXT)).toBe(true);
    expect(mock.window.showInformationMessage.mock.calls[0]).toEqual([
      'Trace run r1 needs a follow-up: answer the optimizer\'s prompt in the document beside it with {"reasoning": …, "suggestion": {"__code0": …}} (or TERMINATE).',
      'Send answer',
      'Send to language model',
    ]);
    expect(
      optimize.handlesServerMessage(
        "trainerd: stats.py::median: the optimizer needs a follow-up answer; answer with ... {runId: 'r1', file|answer}",
      ),
    ).toBe(true);
    expect(optimize.handlesServerMessage("trainerd: x.py: the optimizer needs a follow-up answer; ... {runId: 'r10', file|answer}")).toBe(
      false,
    );
    expect(optimize.handlesServerMessage('trainerd: stats.py::median: blocked: r1')).toBe(false);

    // an empty answer is refused with a warning and nothing is sent
    const followups = (optimize as unknown as { followups: FollowupController }).followups;
    expect(await followups.sendAnswer(answer as unknown as vscode.TextDocument)).toBe(false);
    expect(mock.window.showWarningMessage.mock.calls.at(-1)?.[0]).toMatch(/answer document is empty/);
    expect(daemon.requests).toEqual([]);

    answer.setText('def median(xs):\n    return sorted(xs)[len(xs) // 2]\n');
    expect(await followups.sendAnswer(answer as unknown as vscode.TextDocument)).toBe(true);
    expect(daemon.requests).toEqual([
      { method: 'trainer/answerFollowup', params: { runId: 'r1', answer: 'def median(xs):\n    return sorted(xs)[len(xs) // 2]' } },
    ]);
    expect(optimize.runs.has('r2')).toBe(true); // a follow-up left by an earlier daemon continues under a new id
    expect(mock.window.showInformationMessage.mock.calls.at(-1)).toEqual(['Answer sent: the follow-up of run r1 continues as run r2.']);
    expect(mock.state.contexts.get(FOLLOWUP_CONTEXT)).toBe(false);
    // both documents are closed; the sent answer was emptied first, so closing asks nothing
    expect([prompt.isClosed, answer.isClosed]).toEqual([true, true]);
    expect(mock.state.savePrompts).toEqual([]);
    expect(mock.state.shown.length).toBe(2); // nothing else opened
    expect(mock.window.showInformationMessage.mock.calls.filter((c) => /needs a follow-up/.test(String(c[0])))).toHaveLength(1);
  });

  it('"Cancel Optimization Run" cancels a run waiting at its follow-up', async () => {
    const daemon = new RecordingDaemon({ 'trainer/cancel': () => ({ runId: 'r1', state: 'cancelling' }) });
    const { optimize } = setup(daemon);
    optimize.onRunUpdated({ runId: 'r1', state: 'followup_needed', followup: { promptFile: promptFile() } });
    await optimize.cancel();
    expect(daemon.requests).toEqual([{ method: 'trainer/cancel', params: { runId: 'r1' } }]);
    expect(mock.window.showWarningMessage).not.toHaveBeenCalled();
  });

  it('says the same run continues when the daemon answers with its own run id', async () => {
    const daemon = new RecordingDaemon({ 'trainer/answerFollowup': () => ({ runId: 'r1', state: 'running' }) });
    const { followups } = setup(daemon);
    const entry = (await followups.open('r1', { text: 'prompt' }))!;
    (entry.answer as unknown as mock.TextDocument).setText('{"reasoning": "r", "suggestion": {}}');
    expect(await followups.sendAnswer(entry.answer)).toBe(true);
    expect(mock.window.showInformationMessage.mock.calls.at(-1)).toEqual(['Answer sent: run r1 continues.']);
  });

  it('"Send to language model" fills the answer from the model, then sends it on confirmation', async () => {
    const daemon = new RecordingDaemon({ 'trainer/answerFollowup': () => ({ runId: 'r9' }) });
    const { followups } = setup(daemon);
    const model = mock.fakeModel('gpt-test', (messages) => `ANSWER to: ${messages[0].content.split('\n')[0]}`);
    mock.lm.selectChatModels.mockResolvedValue([model]);
    mock.window.showInformationMessage.mockImplementation(async (...args: unknown[]) => {
      const text = String(args[0]);
      if (text.startsWith('trainerd wants to send')) return 'Allow';
      if (text.startsWith('The model answered')) return 'Send answer';
      return undefined;
    });
    const entry = (await followups.open('r1', { text: 'You are the optimizer. Fix it.' }))!;
    expect(await followups.askLanguageModel(entry.answer)).toBe(true);
    expect(daemon.requests).toEqual([
      { method: 'trainer/answerFollowup', params: { runId: 'r1', answer: 'ANSWER to: You are the optimizer. Fix it.' } },
    ]);
  });

  it('with no language model available it says so and leaves the follow-up open', async () => {
    const daemon = new RecordingDaemon({});
    const { followups } = setup(daemon);
    const entry = (await followups.open('r1', { text: 'prompt' }))!;
    expect(await followups.askLanguageModel(entry.answer)).toBe(false);
    expect(String(mock.window.showWarningMessage.mock.calls.at(-1)?.[0])).toMatch(/No language model is available/);
    expect(followups.openFollowups).toHaveLength(1);
    expect(daemon.requests).toEqual([]);
  });

  it('reports an answer the daemon refuses and keeps the follow-up open', async () => {
    const daemon = new RecordingDaemon({
      'trainer/answerFollowup': () => {
        throw new Error("trainer/answerFollowup: field 'runId': run r1 is running, not waiting for a follow-up");
      },
    });
    const { followups } = setup(daemon);
    const entry = (await followups.open('r1', { text: 'prompt' }))!;
    (entry.answer as unknown as mock.TextDocument).setText('answer');
    expect(await followups.sendAnswer(entry.answer)).toBe(false);
    expect(String(mock.window.showErrorMessage.mock.calls.at(-1)?.[0])).toContain("field 'runId'");
    expect(followups.openFollowups).toHaveLength(1);
  });
});
