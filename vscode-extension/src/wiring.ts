/**
 * The daemon's own messages to the client, wired to the UI: `trainer/runUpdated`,
 * `trainer/sessionEvent`, `trainer/complete`, `workspace/applyEdit` (reviewed as a diff first),
 * `window/showMessage` and server-created work-done progress. Written against a small endpoint
 * interface that both vscode-languageclient's client and a vscode-jsonrpc connection satisfy, so
 * the tests drive this exact code against the real daemon.
 */
import type * as vscode from 'vscode';
import { CancellationToken, ProgressType, ResponseError } from 'vscode-jsonrpc';
import { LanguageModelUnavailable } from './lm';
import { NotificationProgress, WorkDoneValue } from './progress';
import { CompleteParams, CompleteResult, Methods, readRunUpdated, readSessionEvent } from './protocol';
import type { DaemonHandlers } from './server';

export interface Disposable {
  dispose(): void;
}

export interface DaemonEndpoint {
  onRequest(method: string, handler: (params: unknown, token: CancellationToken) => unknown): Disposable;
  onNotification(method: string, handler: (params: unknown) => void): Disposable;
  onProgress(token: string | number, handler: (value: WorkDoneValue) => void): Disposable;
  sendNotification(method: string, params: unknown): Promise<void> | void;
}

/** JSON-RPC RequestFailed: the daemon turns the step into a manual follow-up. */
export const REQUEST_FAILED = -32803;
export const WORK_DONE_PROGRESS = new ProgressType<WorkDoneValue>();

/** Wire the handlers; `toWorkspaceEdit` converts an LSP WorkspaceEdit (languageclient's converter in VS Code). */
export function wireDaemon(
  endpoint: DaemonEndpoint,
  handlers: DaemonHandlers,
  toWorkspaceEdit: (edit: unknown) => Promise<vscode.WorkspaceEdit>,
): Disposable {
  const subscriptions: Disposable[] = [];
  subscriptions.push(endpoint.onNotification(Methods.runUpdated, (p) => handlers.onRunUpdated(readRunUpdated(p))));
  subscriptions.push(endpoint.onNotification(Methods.sessionEvent, (p) => handlers.onSessionEvent(readSessionEvent(p))));
  subscriptions.push(
    endpoint.onNotification('window/showMessage', (p) => {
      const params = p as { type: number; message: string };
      handlers.onServerMessage(params.type, params.message);
    }),
  );
  subscriptions.push(
    endpoint.onRequest(Methods.complete, async (params, token): Promise<CompleteResult> => {
      try {
        return { content: await handlers.complete(params as CompleteParams, token as unknown as vscode.CancellationToken) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new ResponseError(error instanceof LanguageModelUnavailable ? REQUEST_FAILED : -32603, message);
      }
    }),
  );
  subscriptions.push(
    endpoint.onRequest('workspace/applyEdit', async (params) => {
      const p = params as { edit: unknown; label?: string };
      return handlers.reviewEdit(await toWorkspaceEdit(p.edit), p.label);
    }),
  );
  const progress = new NotificationProgress({
    onCreate: (handler) => endpoint.onRequest('window/workDoneProgress/create', (p) => handler((p as { token: string | number }).token)),
    onProgress: (token, handler) => endpoint.onProgress(token, handler),
    cancel: (token) => void endpoint.sendNotification('window/workDoneProgress/cancel', { token }),
  });
  subscriptions.push(progress);
  return { dispose: () => subscriptions.forEach((s) => s.dispose()) };
}
