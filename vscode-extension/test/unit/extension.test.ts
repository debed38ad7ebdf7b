import * as vscode from 'vscode';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS, UNTRUSTED_MESSAGE, createExtension } from '../../src/extension';
import { ClientHandle, ClientStartOptions, ServerDeps } from '../../src/server';
import * as mock from '../vscode-mock';
import { until } from './fakes';

function context() {
  return { subscriptions: [] as { dispose(): unknown }[], workspaceState: mock.memento() } as unknown as vscode.ExtensionContext;
}

class FakeClients {
  started: ClientStartOptions[] = [];
  stopped = 0;
  factory = async (options: ClientStartOptions): Promise<ClientHandle> => {
    this.started.push(options);
    return {
      sendRequest: async <R>(method: string) => (method === 'trainer/sessions' ? ([] as R) : (undefined as R)),
      sendNotification: async () => undefined,
      stop: async () => void (this.stopped += 1),
    };
  };
}

function deps(clients: FakeClients, probeOk = true): ServerDeps & { probes: string[] } {
  const probes: string[] = [];
  return {
    probes,
    createClient: clients.factory,
    pythonExtension: async () => undefined,
    probe: async (python: string) => {
      probes.push(python);
      return probeOk ? { ok: true, version: '0.1.0' } : { ok: false, error: "ModuleNotFoundError: No module named 'trainerd'" };
    },
  };
}

describe('activation', () => {
  beforeEach(() => {
    mock.resetMock();
    mock.workspace.workspaceFolders = [{ uri: mock.Uri.file('/work/proj'), name: 'proj', index: 0 }];
  });
  afterEach(() => vi.useRealTimers());

  it('registers every command once, and restarting the server registers nothing again', async () => {
    const clients = new FakeClients();
    const ctx = context();
    const ext = createExtension(ctx, deps(clients));
    await until(() => clients.started.length === 1, 'the server start');
    expect([...mock.state.registrations].sort()).toEqual([...COMMANDS].sort());
    await vscode.commands.executeCommand('trainer.restartServer');
    await vscode.commands.executeCommand('trainer.restartServer');
    expect(clients.started).toHaveLength(3);
    expect(clients.stopped).toBe(2);
    expect(mock.state.registrations).toHaveLength(COMMANDS.length);
    expect(ext.server.running).toBe(true);
    // every command is declared in package.json (so it shows in the palette with its title)
    const pkg = await import('../../package.json');
    const declared = pkg.contributes.commands.map((c: { command: string }) => c.command);
    expect([...declared].sort()).toEqual([...COMMANDS].sort());
  });

  it('starts the daemon with the substituted interpreter and the settings', async () => {
    mock.state.config['trainer.interpreter'] = '${workspaceFolder}/.venv/bin/python';
    mock.state.config['trainer.model'] = 'manual';
    mock.state.config['trainer.logLevel'] = 'debug';
    const clients = new FakeClients();
    const d = deps(clients);
    createExtension(context(), d);
    await until(() => clients.started.length === 1, 'the server start');
    expect(d.probes).toEqual(['/work/proj/.venv/bin/python']);
    expect(clients.started[0].interpreter).toEqual({ path: '/work/proj/.venv/bin/python', source: 'setting' });
    expect(clients.started[0].cwd).toBe('/work/proj');
    expect(clients.started[0].logLevel).toBe('debug');
    expect(clients.started[0].settings).toMatchObject({ model: 'manual', interpreter: '/work/proj/.venv/bin/python', logLevel: 'debug' });
  });

  it('does nothing in an untrusted workspace, says why, and starts once trust is granted', async () => {
    mock.workspace.isTrusted = false;
    const clients = new FakeClients();
    const d = deps(clients);
    const ext = createExtension(context(), d);
    await ext.server.start(); // what activation would have done
    expect(d.probes).toEqual([]);
    expect(clients.started).toEqual([]);
    expect(mock.state.logs).toContain(`warn: ${UNTRUSTED_MESSAGE}`);
    await vscode.commands.executeCommand('trainer.restartServer');
    expect(mock.window.showWarningMessage).toHaveBeenCalledWith(UNTRUSTED_MESSAGE);
    expect(clients.started).toEqual([]);
    // the language status says why, and how to change it
    const [status] = mock.state.languageStatus;
    expect(status).toMatchObject({ text: 'trainerd: off (untrusted workspace)', severity: 1 });
    expect((status.command as { command: string }).command).toBe('workbench.trust.manage');
    mock.grantTrust();
    await until(() => clients.started.length === 1, 'the start after trust');
    await until(() => status.text === 'trainerd: ready', 'the ready status');
    expect(clients.started[0].trusted).toBe(true);
  });

  it('the language status names what failed: an interpreter that cannot run the daemon', async () => {
    const ext = createExtension(context(), deps(new FakeClients(), false));
    await ext.server.start();
    const [status] = mock.state.languageStatus;
    expect(status).toMatchObject({ text: 'trainerd: failed', severity: 2, detail: 'trainerd is not installed in python3' });
    expect((status.command as { command: string }).command).toBe('trainer.restartServer');
  });

  it('restarts once after a burst of interpreter changes (debounced); other settings are sent, not restarted', async () => {
    const clients = new FakeClients();
    const sent: unknown[] = [];
    clients.factory = async (options) => {
      clients.started.push(options);
      return {
        sendRequest: async <R>() => [] as R,
        sendNotification: async (method: string, params: unknown) => void sent.push({ method, params }),
        stop: async () => void (clients.stopped += 1),
      };
    };
    createExtension(context(), deps(clients));
    await until(() => clients.started.length === 1, 'the first start');
    vi.useFakeTimers();
    mock.changeConfiguration({ 'trainer.interpreter': '/a/python' });
    mock.changeConfiguration({ 'trainer.interpreter': '/b/python' });
    mock.changeConfiguration({ 'trainer.interpreter': '/c/python' });
    await vi.advanceTimersByTimeAsync(2000);
    vi.useRealTimers();
    await until(() => clients.started.length === 2, 'the restart');
    expect(clients.started[1].interpreter.path).toBe('/c/python');
    mock.changeConfiguration({ 'trainer.iterations': 5 });
    mock.changeConfiguration({ 'trainer.logLevel': 'debug' }); // applied live too
    expect(sent).toEqual([
      {
        method: 'workspace/didChangeConfiguration',
        params: { settings: { trainer: expect.objectContaining({ iterations: 5, interpreter: '/c/python' }) } },
      },
      {
        method: 'workspace/didChangeConfiguration',
        params: { settings: { trainer: expect.objectContaining({ logLevel: 'debug' }) } },
      },
    ]);
    expect(clients.started).toHaveLength(2);
  });

  it('reports a missing trainerd with Select interpreter / Install trainerd, and installs in a terminal', async () => {
    mock.window.showErrorMessage.mockResolvedValueOnce('Install trainerd');
    mock.state.config['trainer.installSpec'] = '/src/trainerd';
    const clients = new FakeClients();
    const ext = createExtension(context(), deps(clients, false));
    await until(() => mock.state.terminals.length === 1, 'the install terminal');
    const [message, , ...actions] = mock.window.showErrorMessage.mock.calls[0] as [string, unknown, ...string[]];
    expect(message).toContain('trainerd is not installed in python3');
    expect(message).toContain('PATH');
    expect(actions).toEqual(['Select interpreter', 'Install trainerd', 'Show Logs']);
    expect(mock.state.terminals[0].sent).toEqual(["'python3' -m pip install '/src/trainerd'"]);
    expect(clients.started).toEqual([]);
    expect(ext.server.running).toBe(false);
    await expect(ext.server.request('trainer/sessions', {})).rejects.toThrow(/not installed in python3/);
  });

  it('"Select interpreter" opens the Python extension\'s picker when it is installed, else the setting', async () => {
    mock.window.showErrorMessage.mockResolvedValueOnce('Select interpreter');
    createExtension(context(), deps(new FakeClients(), false));
    await until(() => mock.state.executed.some((e) => e.command === 'workbench.action.openSettings'), 'the settings editor');
    expect(mock.state.executed.find((e) => e.command === 'workbench.action.openSettings')?.args).toEqual(['trainer.interpreter']);
    mock.resetMock();
    mock.extensions.getExtension.mockImplementation((id: string) => (id === 'ms-python.python' ? { id } : undefined));
    mock.window.showErrorMessage.mockResolvedValueOnce('Select interpreter');
    createExtension(context(), deps(new FakeClients(), false));
    await until(() => mock.state.executed.some((e) => e.command === 'python.setInterpreter'), 'the interpreter picker');
    // the Python Environments extension, when it is there, has the picker
    mock.resetMock();
    mock.extensions.getExtension.mockImplementation((id: string) => ({ id }));
    mock.window.showErrorMessage.mockResolvedValueOnce('Select interpreter');
    createExtension(context(), deps(new FakeClients(), false));
    await until(() => mock.state.executed.some((e) => e.command === 'python-envs.set'), 'the environments picker');
  });
});
