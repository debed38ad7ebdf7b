import * as vscode from 'vscode';
import { beforeEach, describe, expect, it } from 'vitest';
import { ServerOutput } from '../../src/logging';
import * as mock from '../vscode-mock';

describe("the daemon's output in the trainerd log channel", () => {
  beforeEach(() => mock.resetMock());

  it('writes each message once, at its level, without the blank lines of stderr chunks', () => {
    const out = new ServerOutput(mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel);
    // the same record as window/logMessage (through the client) and on stderr, in two chunks
    out.appendLine('[Info  - 1:52:32 PM] trainerd: trainerd 0.1.0 serving code-server (pid 7916)');
    out.append('2026-12-03 13:52:32,578 trainerd INFO trainerd 0.1.0 serving code-server (pid 7916)\n\n2026-12-03 13:52:3');
    out.append('6,951 pygls.protocol.json_rpc WARNING Cancel notification for unknown message id "17"\n');
    out.append('Traceback (most recent call last):\n  File "x.py", line 1\n');
    out.appendLine('[Warn  - 1:52:40 PM] trainerd.training: a warning');
    expect(mock.state.logs).toEqual([
      'info: trainerd: trainerd 0.1.0 serving code-server (pid 7916)',
      'warn: pygls.protocol.json_rpc: Cancel notification for unknown message id "17"',
      'info: Traceback (most recent call last):',
      'info:   File "x.py", line 1',
      'warn: trainerd.training: a warning',
    ]);
  });

  it('a deliberate stop is no error: exit code 0 and the closed-channel failures of late requests', () => {
    const out = new ServerOutput(mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel);
    out.stopping = true;
    out.appendLine('[Error - 2:01:02 PM] Request textDocument/codeLens failed.');
    out.appendLine('  Message: Channel has been closed');
    out.appendLine('[Error - 2:01:02 PM] Server process exited with code 0.');
    expect(mock.state.logs).toEqual([
      'debug: Request textDocument/codeLens failed.',
      'debug:   Message: Channel has been closed',
      'info: Server process exited with code 0.',
    ]);
    out.stopping = false;
    out.appendLine('[Error - 2:05:00 PM] Server process exited with code 1.');
    expect(mock.state.logs.at(-1)).toBe('error: Server process exited with code 1.');
  });
});
