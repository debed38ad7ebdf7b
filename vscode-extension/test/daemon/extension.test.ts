/**
 * The whole extension (createExtension, as activate builds it) against the real daemon; only
 * vscode-languageclient is replaced, by a vscode-jsonrpc connection wired with the extension's own
 * src/wiring.ts. Scenario: Launch Training with a typed command that crashes, the crash notification
 * and "Show problem", the traceback diagnostic at the user's frame, and its fix applied only after
 * the diff is confirmed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIRM_FIX_COMMAND, requireConfirmation } from '../../src/codeActions';
import { createExtension } from '../../src/extension';
import { ServerCommands } from '../../src/protocol';
import { ClientStartOptions } from '../../src/server';
import { wireDaemon } from '../../src/wiring';
import * as mock from '../vscode-mock';
import { toWorkspaceEdit } from './convert';
import { Daemon, PYTHON, closeSessions } from './harness';

const SCRIPT = `"""Training entry with a runtime bug: the data file name is wrong."""


def load_rows(path):
    with open(path) as fh:
        return fh.readlines()


def main():
    rows = load_rows("data/train.csv")
    print(len(rows))


if __name__ == "__main__":
    main()
`;

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity: number;
  source: string;
  code?: string;
  data?: unknown;
}

describe('the extension against the real daemon: a crashing training session', () => {
  let root: string;
  let daemon: Daemon | undefined;

  beforeAll(() => {
    mock.resetMock();
    root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'trainerd-ext-crash-')), 'proj');
    fs.mkdirSync(path.join(root, '.git'), { recursive: true });
    fs.mkdirSync(path.join(root, 'data'));
    fs.writeFileSync(path.join(root, 'data', 'train_1.csv'), 'a,b\n1,2\n');
    fs.writeFileSync(path.join(root, 'train.py'), SCRIPT);
    mock.workspace.workspaceFolders = [{ uri: mock.Uri.file(root), name: 'proj', index: 0 }];
    mock.state.config['trainer.sessionBackend'] = 'tmux';
  });
  afterAll(async () => {
    await daemon?.stop();
    closeSessions(root); // the crashed session stays open (remain-on-exit) until closed
    fs.rmSync(path.dirname(root), { recursive: true, force: true });
  });

  it('notifies the crash, shows the problem at the user frame, and applies the fix after the diff', async () => {
    const started: ClientStartOptions[] = [];
    const context = { subscriptions: [] as { dispose(): unknown }[], workspaceState: mock.memento() } as unknown as vscode.ExtensionContext;
    const ext = createExtension(context, {
      pythonExtension: async () => undefined,
      probe: async () => ({ ok: true, version: 'test' }),
      createClient: async (options) => {
        started.push(options);
        daemon = await Daemon.start(root, options.settings);
        const wiring = wireDaemon(daemon.endpoint(), options.handlers, async (edit) => toWorkspaceEdit(edit));
        const d = daemon;
        return {
          sendRequest: <R>(method: string, params: unknown) => d.request<R>(method, params),
          sendNotification: async (method: string, params: unknown) => d.connection.sendNotification(method, params),
          stop: async () => wiring.dispose(),
        };
      },
    });
    ext.training.sbatchAvailable = () => false; // this machine may have Slurm: the local path here
    // what vscode-languageclient registers for each server command: forward to workspace/executeCommand
    const forward = (command: string) =>
      mock.commands.registerCommand(command, (...args: unknown[]) =>
        daemon!.request('workspace/executeCommand', { command, arguments: args }),
      );
    forward(ServerCommands.applyFix);
    const deadline = (ms: number) => Date.now() + ms;
    let until = deadline(60000);
    while (!ext.server.running) {
      if (Date.now() > until) throw new Error('the extension did not start the daemon');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(started[0].settings).toMatchObject({ sessionBackend: 'tmux' });

    // Trainer: Launch Training -> "Enter a command…" -> confirm
    const command = `${PYTHON} train.py`;
    mock.window.showQuickPick.mockImplementationOnce(async (items: unknown) =>
      (items as { label: string }[]).find((i) => i.label === 'Enter a command…'),
    );
    mock.window.showInputBox.mockResolvedValueOnce(command);
    mock.window.showInformationMessage.mockImplementation(async (...a: unknown[]) => {
      const text = String(a[0]);
      if (text.startsWith('Launch "')) return 'Launch';
      if (text.includes('Apply it?')) return 'Apply';
      return undefined;
    });
    mock.window.showErrorMessage.mockImplementation(async (...a: unknown[]) =>
      String(a[0]).includes('FileNotFoundError') ? 'Show problem' : undefined,
    );
    const session = (await vscode.commands.executeCommand('trainer.launchTraining')) as { name: string } | undefined;
    // when the launch fails, the message the user saw says why
    const shown = [...mock.window.showErrorMessage.mock.calls, ...mock.window.showWarningMessage.mock.calls].map((c) => String(c[0]));
    expect(session?.name ?? shown.join(' | ')).toMatch(/^trainer-train-/);

    // the crash: one error notification naming the exception; "Show problem" opens the user's frame
    const scriptUri = `file://${path.join(root, 'train.py')}`;
    await daemon!.waitFor(
      'textDocument/publishDiagnostics',
      (p) => (p as { uri: string; diagnostics: unknown[] }).uri === scriptUri && (p as { diagnostics: unknown[] }).diagnostics.length > 0,
      0,
      60000,
    );
    until = deadline(30000);
    while (!mock.state.executed.some((e) => e.command === 'workbench.actions.view.problems')) {
      if (Date.now() > until) throw new Error(`no "Show problem": ${JSON.stringify(mock.window.showErrorMessage.mock.calls)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const crashCalls = mock.window.showErrorMessage.mock.calls.filter((c) => String(c[0]).startsWith(session!.name));
    expect(crashCalls).toHaveLength(1);
    expect(String(crashCalls[0][0])).toContain('FileNotFoundError');
    expect(crashCalls[0].slice(1)).toEqual(['Show problem', 'Open log']);
    expect(mock.state.shown.at(-1)?.uri.fsPath).toBe(path.join(root, 'train.py'));

    // the diagnostic sits on a frame of train.py
    const diagnostics = daemon!.diagnostics(scriptUri) as unknown as LspDiagnostic[];
    expect(diagnostics.length).toBeGreaterThan(0);
    expect([4, 9]).toContain(diagnostics[0].range.start.line); // `with open(path)` or `load_rows(...)`
    expect(diagnostics[0].source).toBe('trainer');
    expect(diagnostics[0].severity).toBe(1);

    // its quick fix: the extension moves the edit behind a confirmation (diff, Apply), then records it
    const actions = await daemon!.request<{ title: string; edit?: unknown; command?: { command: string; arguments: unknown[] } }[]>(
      'textDocument/codeAction',
      {
        textDocument: { uri: scriptUri },
        range: diagnostics[0].range,
        context: { diagnostics },
      },
    );
    const fix = actions.find((a) => a.command?.command === ServerCommands.applyFix);
    expect(fix?.title).toContain('data/train_1.csv');
    const [confirming] = requireConfirmation([
      {
        title: fix!.title,
        edit: toWorkspaceEdit(fix!.edit),
        command: { title: fix!.title, command: fix!.command!.command, arguments: fix!.command!.arguments },
      } as unknown as vscode.CodeAction,
    ]) as vscode.CodeAction[];
    expect(confirming.edit).toBeUndefined();
    expect(confirming.command?.command).toBe(CONFIRM_FIX_COMMAND);
    const applied = await vscode.commands.executeCommand(confirming.command!.command, ...(confirming.command!.arguments ?? []));
    expect(applied).toBe(true);
    expect(mock.state.executed.some((e) => e.command === 'vscode.diff')).toBe(true);
    const doc = await mock.workspace.openTextDocument(mock.Uri.file(path.join(root, 'train.py')));
    expect(doc.getText()).toContain('load_rows("data/train_1.csv")');
    const sessionDir = path.join(root, '.trainer-workspace', 'training', session!.name);
    expect(fs.readFileSync(path.join(sessionDir, 'fixes.json'), 'utf8')).toContain('closest_path');
    // saved (the restarted command reads the file), and a restart of the session is offered
    expect(fs.readFileSync(path.join(root, 'train.py'), 'utf8')).toContain('load_rows("data/train_1.csv")');
    expect(mock.window.showInformationMessage.mock.calls.map((c) => String(c[0]))).toContainEqual(
      `Fix applied and saved. Restart ${session!.name} to try it?`,
    );

    await ext.server.stop();
    for (const d of context.subscriptions) d.dispose();
  }, 180000);
});
