/**
 * src/client.ts with the real vscode-languageclient against the real daemon. The `vscode` module is
 * the test stand-in, with every API it does not model answered by an inert stub (so the client's
 * own VS Code integrations register into nothing); what is checked is the daemon side: the spawn
 * command and settings, the experimental capability, requests, and the handlers that replace the
 * client's defaults.
 */
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import type * as vscode from 'vscode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTIMIZE_COMMAND } from '../../src/lenses';
import type { ClientHandle } from '../../src/server';
import { ServerOutput } from '../../src/logging';
import * as mock from '../vscode-mock';
import { PYTHON, copyExample } from './harness';

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Loader };

/** An inert stand-in for any VS Code API the fake does not model: callable, constructible, nestable. */
function inert(name: string): unknown {
  return new Proxy(function () {}, {
    get: (_target, key) => {
      if (key === 'then') return undefined;
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => name;
      return inert(`${name}.${String(key)}`);
    },
    apply: () => ({ dispose() {} }),
    construct: () => ({ dispose() {} }),
  });
}

function withFallback<T extends object>(target: T, name: string): T {
  return new Proxy(target, {
    get: (t, key) => {
      if (key in t) {
        const value = (t as Record<string | symbol, unknown>)[key];
        return value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Map)
          ? withFallback(value as object, `${name}.${String(key)}`)
          : value;
      }
      return inert(`${name}.${String(key)}`);
    },
  });
}

describe("vscode-languageclient with the extension's client options, against the real daemon", () => {
  const original = loader._load;
  let root: string;
  let handle: ClientHandle | undefined;
  const runUpdates: unknown[] = [];
  const messages: string[] = [];

  beforeAll(() => {
    mock.resetMock();
    const api = withFallback(mock as object, 'vscode');
    loader._load = function (request, parent, isMain) {
      return request === 'vscode' ? api : original.call(this, request, parent, isMain);
    };
    root = copyExample('buggy_median');
    // the window has the example open: the client sends it as the workspace folder, the only place the
    // daemon acts (a request on a path outside every folder is refused)
    mock.workspace.workspaceFolders = [{ uri: mock.Uri.file(root), name: 'buggy_median', index: 0 }];
  });
  afterAll(async () => {
    await handle?.stop();
    loader._load = original;
    fs.rmSync(path.dirname(root), { recursive: true, force: true });
  });

  it('starts `python -m trainerd serve`, sends the settings and the trainerComplete capability, and answers requests', async () => {
    const { createLanguageClient } = await import('../../src/client');
    const log = mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel;
    const traced: string[] = [];
    const trace = {
      ...log,
      append: (t: string) => traced.push(t),
      appendLine: (t: string) => traced.push(t),
    } as unknown as vscode.OutputChannel;
    mock.state.config['trainer.trace.server'] = 'verbose';
    handle = await createLanguageClient({
      interpreter: { path: PYTHON, source: 'path' },
      cwd: root,
      settings: { model: 'editor', iterations: 1, logLevel: 'debug' },
      trusted: true,
      logLevel: 'debug',
      log,
      output: new ServerOutput(log),
      trace,
      handlers: {
        onRunUpdated: (u) => runUpdates.push(u),
        onSessionEvent: () => undefined,
        complete: async () => 'unused',
        reviewEdit: async () => ({ applied: false, failureReason: 'test' }),
        onServerMessage: (_t, m) => messages.push(m),
      },
    });
    // the spawn line and the capability the daemon gates trainer/complete on, from the protocol trace
    const all = traced.join('\n');
    const initialize = all.slice(all.indexOf("Sending request 'initialize"), all.indexOf("Received response 'initialize"));
    expect(initialize).toContain('"trainerComplete": true');
    expect(initialize).toContain('"model": "editor"');
    expect(initialize).toContain('"workspaceTrusted": true');
    const sessions = await handle.sendRequest<{ sessions: unknown[] }>('trainer/sessions', { root });
    expect(sessions).toEqual({ sessions: [] });
    const contract = await handle.sendRequest<{ blockers: { code: string }[] }>('trainer/resolveWorkspace', {
      path: path.join(root, 'stats.py'),
      symbol: 'median',
    });
    expect(contract.blockers.map((b) => b.code)).toEqual(['review_missing']);
    // the blocker reaches VS Code's diagnostic collection through the client
    const uri = mock.Uri.file(path.join(root, 'stats.py')).toString();
    const deadline = Date.now() + 20000;
    while (!mock.diagnosticCollections.get('trainer')?.get(uri)?.length) {
      if (Date.now() > deadline) throw new Error(`no diagnostics in the collection: ${[...mock.diagnosticCollections.keys()]}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const [diagnostic] = mock.diagnosticCollections.get('trainer')!.get(uri)!;
    expect(diagnostic.code).toBe('review_missing');
    expect(diagnostic.range.start.line).toBe(3);
    // the daemon saw our capability: with `editor` and a capable client, trainer.optimize starts a run
    // (a client without it is refused the editor model up front or falls back, see docs/protocol.md)
    await expect(handle.sendRequest('trainer/resolveWorkspace', { uri: 5 })).rejects.toMatchObject({ code: -32602 });

    // the code lens goes through the client's middleware: "Optimize with Trace" runs the extension's command
    const text = fs.readFileSync(path.join(root, 'stats.py'), 'utf8');
    await handle.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    const document = Object.assign(new mock.TextDocument(mock.Uri.file(path.join(root, 'stats.py')), text, 'python'), { version: 1 });
    const [lensProvider] = (mock.providers.get('codeLens') ?? []) as vscode.CodeLensProvider[];
    expect(lensProvider).toBeTruthy();
    const token = new mock.CancellationTokenSource().token as unknown as vscode.CancellationToken;
    const lenses = (await lensProvider.provideCodeLenses(document as unknown as vscode.TextDocument, token)) ?? [];
    const optimize = lenses.find((l) => l.command?.title === 'Optimize with Trace');
    expect(optimize?.command?.command).toBe(OPTIMIZE_COMMAND);
    expect(optimize?.command?.arguments).toEqual([{ uri, symbol: 'median' }]);

    // the extension's handlers replaced the client's defaults: server progress becomes a cancellable
    // notification (here the run is blocked at once by the missing review) ...
    const progressShown: unknown[] = [];
    mock.window.withProgress.mockImplementation(async (options: unknown, task: (p: unknown, t: unknown) => Promise<unknown>) => {
      progressShown.push(options);
      return task({ report: () => undefined }, new mock.CancellationTokenSource().token);
    });
    const blocked = await handle.sendRequest<{ state: string }>('trainer/optimize', { uri, symbol: 'median' });
    expect(blocked.state).toBe('blocked');
    const until = Date.now() + 20000;
    while (progressShown.length === 0) {
      if (Date.now() > until) throw new Error('no progress notification');
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(progressShown[0]).toEqual({
      location: mock.ProgressLocation.Notification,
      title: 'Optimizing stats.py::median',
      cancellable: true,
    });
    // ... and window/showMessage goes through the extension (here: a bad setting sent later)
    await handle.sendNotification('workspace/didChangeConfiguration', { settings: { trainer: { iterations: 'many' } } });
    const until2 = Date.now() + 20000;
    while (!messages.some((m) => m.includes("'trainer.iterations'"))) {
      if (Date.now() > until2) throw new Error(`no showMessage through the extension: ${messages.join(' | ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(mock.state.logs.some((l) => /unknown setting/.test(l))).toBe(false);
    // the settings sent at start were all valid: the only settings message is the later bad one
    expect(messages.filter((m) => /setting/.test(m))).toEqual([
      "trainerd: invalid value 'many' for setting 'trainer.iterations'; using the default 3",
    ]);
  }, 60000);

  it('activate() starts the daemon from the interpreter setting, restarts it on command, and deactivate() stops it', async () => {
    await handle?.stop();
    handle = undefined;
    mock.resetMock();
    mock.workspace.workspaceFolders = [{ uri: mock.Uri.file(root), name: 'buggy_median', index: 0 }];
    mock.state.config['trainer.interpreter'] = PYTHON;
    const { activate, deactivate } = await import('../../src/extension');
    const context = {
      subscriptions: [] as { dispose(): unknown }[],
      workspaceState: mock.memento(),
      extensionUri: mock.Uri.file(root),
      // an install without the bundled daemon: `python -m trainerd serve` (the e2e test runs the bundle)
      asAbsolutePath: (p: string) => path.join(root, 'no-bundle', p),
    };
    const extension = activate(context as unknown as vscode.ExtensionContext);
    const deadline = Date.now() + 60000;
    while (!extension.server.running) {
      if (Date.now() > deadline) throw new Error(`the daemon did not start: ${mock.state.logs.join('\n')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(extension.server.interpreter).toEqual({ path: PYTHON, source: 'setting' });
    expect(await extension.server.request('trainer/sessions', {})).toEqual({ sessions: [] });
    await mock.commands.executeCommand('trainer.restartServer');
    expect(extension.server.running).toBe(true);
    expect(await extension.server.request('trainer/sessions', {})).toEqual({ sessions: [] });
    expect(mock.window.showErrorMessage).not.toHaveBeenCalled();
    await deactivate();
    expect(extension.server.running).toBe(false);
    for (const d of context.subscriptions) d.dispose();
  }, 90000);
});
