/** The vscode-languageclient side: spawning the daemon and wiring its messages to the UI. */
import * as vscode from 'vscode';
import {
  ApplyWorkspaceEditParams,
  ApplyWorkspaceEditRequest,
  ClientCapabilities,
  FeatureState,
  LanguageClient,
  LanguageClientOptions,
  ResponseError,
  ServerOptions,
  ShowMessageNotification,
  ShowMessageParams,
  StaticFeature,
  TransportKind,
  WorkDoneProgress,
  WorkDoneProgressCancelNotification,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageclient/node';
import { rewriteLens } from './lenses';
import { LanguageModelUnavailable } from './lm';
import { NotificationProgress } from './progress';
import { COMPLETE_CAPABILITY, CompleteParams, CompleteResult, Methods, RunUpdated, SessionEvent } from './protocol';
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
    args: ['-m', 'trainerd', 'serve', '--log-level', options.logLevel],
    transport: TransportKind.stdio,
    options: { cwd: options.cwd, env: { ...process.env, PYTHONUNBUFFERED: '1' } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'python' }],
    outputChannel: options.log,
    traceOutputChannel: options.trace,
    initializationOptions: { trainer: options.settings },
    middleware: {
      provideCodeLenses: async (document, token, next) => {
        const lenses = await next(document, token);
        return lenses?.map(rewriteLens);
      },
      resolveCodeLens: async (lens, token, next) => {
        const resolved = await next(lens, token);
        return resolved ? rewriteLens(resolved) : resolved;
      },
    },
  };
  const client = new LanguageClient('trainer', 'trainerd', serverOptions, clientOptions);
  client.registerFeature(new TrainerCapabilities());
  const { handlers } = options;
  client.onNotification(Methods.runUpdated, (params: RunUpdated) => handlers.onRunUpdated(params));
  client.onNotification(Methods.sessionEvent, (params: SessionEvent) => handlers.onSessionEvent(params));
  client.onRequest(Methods.complete, async (params: CompleteParams, token: vscode.CancellationToken): Promise<CompleteResult> => {
    try {
      return { content: await handlers.complete(params, token) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // RequestFailed: the daemon turns the step into a manual follow-up
      throw new ResponseError(error instanceof LanguageModelUnavailable ? -32803 : -32603, message);
    }
  });
  await client.start();
  // Registered after start so they replace vscode-languageclient's own handlers for these methods.
  client.onRequest(ApplyWorkspaceEditRequest.type, async (params: ApplyWorkspaceEditParams) => {
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit(params.edit);
    return handlers.reviewEdit(edit, params.label);
  });
  client.onNotification(ShowMessageNotification.type, (params: ShowMessageParams) => handlers.onServerMessage(params.type, params.message));
  const progress = new NotificationProgress({
    onCreate: (handler) => client.onRequest(WorkDoneProgressCreateRequest.type, (params) => handler(params.token)),
    onProgress: (token, handler) => client.onProgress(WorkDoneProgress.type, token, (value) => handler(value)),
    cancel: (token) => void client.sendNotification(WorkDoneProgressCancelNotification.type, { token }),
  });
  return {
    sendRequest: <R>(method: string, params: unknown) => client.sendRequest<R>(method, params),
    sendNotification: (method: string, params: unknown) => client.sendNotification(method, params),
    stop: async () => {
      progress.dispose();
      await client.stop();
    },
  };
}

/** The Python extension's active environment for the first folder, when the extension is there. */
export async function pythonFromExtension(): Promise<string | undefined> {
  if (!vscode.extensions.getExtension('ms-python.python')) return undefined;
  const { PythonExtension } = await import('@vscode/python-extension');
  const api = await PythonExtension.api();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const envPath = api.environments.getActiveEnvironmentPath(folder);
  const env = await api.environments.resolveEnvironment(envPath);
  return env?.executable.uri?.fsPath ?? envPath.path;
}

/** Restart when the Python extension's active environment changes. */
export async function watchPythonExtension(onChange: () => void): Promise<vscode.Disposable | undefined> {
  if (!vscode.extensions.getExtension('ms-python.python')) return undefined;
  try {
    const { PythonExtension } = await import('@vscode/python-extension');
    const api = await PythonExtension.api();
    return api.environments.onDidChangeActiveEnvironmentPath(() => onChange());
  } catch {
    return undefined;
  }
}
