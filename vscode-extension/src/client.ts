/** The vscode-languageclient side: spawning the daemon and wiring its messages to the UI. */
import * as vscode from 'vscode';
import {
  ClientCapabilities,
  CodeLensResolveRequest,
  FeatureState,
  GenericRequestHandler,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  StaticFeature,
  WorkspaceEdit,
} from 'vscode-languageclient/node';
import { requireConfirmation } from './codeActions';
import { rewriteLens } from './lenses';
import { COMPLETE_CAPABILITY } from './protocol';
import { DaemonEndpoint, WORK_DONE_PROGRESS, wireDaemon } from './wiring';
import type { ClientHandle, ClientStartOptions } from './server';

/** Tells the daemon this client answers `trainer/complete` (the `editor` LLM backend). */
class TrainerCapabilities implements StaticFeature {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    const experimental = (capabilities.experimental ?? {}) as Record<string, unknown>;
    experimental[COMPLETE_CAPABILITY] = true;
    capabilities.experimental = experimental;
  }
  initialize(): void {}
  getState(): FeatureState {
    return { kind: 'static' };
  }
  clear(): void {}
}

export async function createLanguageClient(options: ClientStartOptions): Promise<ClientHandle> {
  const serverOptions: ServerOptions = {
    command: options.interpreter.path,
    // the daemon bundled with the extension (bundled/tool/serve.py), else trainerd installed in the interpreter
    args: [...(options.serverScript ? [options.serverScript] : ['-m', 'trainerd', 'serve']), '--log-level', options.logLevel],
    // no `transport`: TransportKind.stdio would append `--stdio`, which `trainerd serve` rejects;
    // without it the client speaks over the child's stdin/stdout all the same
    options: { cwd: options.cwd, env: { ...process.env, PYTHONUNBUFFERED: '1' } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'python' }],
    diagnosticCollectionName: 'trainer',
    outputChannel: options.output,
    traceOutputChannel: options.trace,
    initializationOptions: { trainer: options.settings, workspaceTrusted: options.trusted },
    middleware: {
      // Lenses go to VS Code resolved: when a refresh replaces the lenses while VS Code is still
      // resolving the previous ones, VS Code 1.100 renders the old (released) lenses, and a click on
      // "Optimize with Trace" then does nothing ("Actual command not found"); found by the e2e test.
      provideCodeLenses: async (document, token, next) => {
        const lenses = await next(document, token);
        if (!lenses) return lenses;
        return Promise.all(lenses.map(async (lens) => rewriteLens(lens.command ? lens : await resolveNow(lens, token))));
      },
      resolveCodeLens: async (lens, token, next) => {
        const resolved = await next(lens, token);
        return resolved ? rewriteLens(resolved) : resolved;
      },
      provideCodeActions: async (document, range, context, token, next) => requireConfirmation(await next(document, range, context, token)),
    },
  };
  const resolveNow = async (lens: vscode.CodeLens, token: vscode.CancellationToken): Promise<vscode.CodeLens> => {
    try {
      const resolved = await client.sendRequest(CodeLensResolveRequest.type, client.code2ProtocolConverter.asCodeLens(lens), token);
      return client.protocol2CodeConverter.asCodeLens(resolved);
    } catch {
      return lens; // VS Code resolves it later, as usual
    }
  };
  const client: LanguageClient = new LanguageClient('trainer', 'trainerd', serverOptions, clientOptions);
  client.registerFeature(new TrainerCapabilities());
  await client.start();
  // a daemon that dies after start (and that vscode-languageclient gave up restarting) is reported
  client.onDidChangeState((e) => {
    if (e.newState === State.Stopped) options.onStopped?.();
  });
  // Wired after start so they replace vscode-languageclient's own handlers for applyEdit,
  // showMessage and progress creation.
  const endpoint: DaemonEndpoint = {
    onRequest: (method, handler) => client.onRequest(method, handler as GenericRequestHandler<unknown, unknown>),
    onNotification: (method, handler) => client.onNotification(method, handler),
    onProgress: (token, handler) => client.onProgress(WORK_DONE_PROGRESS, token, handler),
    sendNotification: (method, params) => client.sendNotification(method, params),
  };
  const wiring = wireDaemon(endpoint, options.handlers, (edit) => client.protocol2CodeConverter.asWorkspaceEdit(edit as WorkspaceEdit));
  return {
    sendRequest: <R>(method: string, params: unknown) => client.sendRequest<R>(method, params),
    sendNotification: (method: string, params: unknown) => client.sendNotification(method, params),
    stop: async () => {
      wiring.dispose();
      await client.stop();
    },
  };
}
