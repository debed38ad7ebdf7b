import * as vscode from 'vscode';
import { beforeEach, describe, expect, it } from 'vitest';
import { triageCommand } from '../../src/triage';
import * as mock from '../vscode-mock';
import { RecordingDaemon } from './fakes';

const TRACEBACK =
  'Traceback (most recent call last):\n  File "/w/train.py", line 5, in <module>\n    open("data/x.csv")\nFileNotFoundError: [Errno 2] No such file or directory: \'data/x.csv\'\n';

describe('Trainer: Triage Traceback', () => {
  beforeEach(() => {
    mock.resetMock();
    mock.workspace.workspaceFolders = [{ uri: mock.Uri.file('/w'), name: 'w', index: 0 }];
  });

  it('classifies the clipboard, publishes the diagnostics and offers the Problems view', async () => {
    mock.env.clipboard.readText.mockResolvedValueOnce(TRACEBACK);
    const daemon = new RecordingDaemon({
      'trainer/triage': () => ({
        summary: 'Root cause: FileNotFoundError at /w/train.py:5 (file_not_found, a runtime bug).',
        errors: [{ kind: 'runtime', category: 'file_not_found', explanation: 'The error is …', fix: "I'll fix it by …" }],
      }),
    });
    mock.window.showInformationMessage.mockResolvedValueOnce('Show problems');
    const log = mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel;
    const report = await triageCommand(daemon, log);
    expect(daemon.requests).toEqual([{ method: 'trainer/triage', params: { text: TRACEBACK, publish: true, cwd: '/w' } }]);
    expect(report?.errors).toHaveLength(1);
    expect(mock.window.showInformationMessage.mock.calls[0]).toEqual([
      'Root cause: FileNotFoundError at /w/train.py:5 (file_not_found, a runtime bug).',
      'Show problems',
    ]);
    expect(mock.state.executed.map((e) => e.command)).toContain('workbench.actions.view.problems');
    expect(mock.state.logs.some((l) => l.includes('runtime/file_not_found'))).toBe(true);
  });

  it("labels the model's second opinion on an unknown root cause", async () => {
    mock.env.clipboard.readText.mockResolvedValueOnce(TRACEBACK);
    const daemon = new RecordingDaemon({
      'trainer/triage': () => ({
        summary: 'Root cause: WeirdError (unknown).',
        errors: [
          { kind: 'unknown', root_cause: true, opinion: { by: 'model', label: "the model's second opinion", text: 'a stale cache' } },
        ],
      }),
    });
    await triageCommand(daemon, mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel);
    expect(mock.window.showInformationMessage.mock.calls[0][0]).toBe(
      "Root cause: WeirdError (unknown). (the model's second opinion: a stale cache)",
    );
  });

  it('asks for a traceback when nothing is selected or copied', async () => {
    const daemon = new RecordingDaemon({});
    expect(await triageCommand(daemon, mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel)).toBeUndefined();
    expect(mock.window.showWarningMessage.mock.calls[0][0]).toMatch(/Select a traceback/);
    expect(daemon.requests).toEqual([]);
  });
});
