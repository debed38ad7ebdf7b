/** "Create engineering review": the daemon writes the review; the extension opens it to be read. */
import * as path from 'path';
import * as vscode from 'vscode';
import { DaemonApi, errorText } from './api';
import { ServerCommands, camelKeys, pickString } from './protocol';

/** The review file of a `trainer.createReview` result (`reviewPath` is relative to the repository root). */
export function reviewFileOf(result: unknown): string | undefined {
  const r = camelKeys<Record<string, unknown>>(result) ?? {};
  const reviewPath = pickString(r, 'reviewPath');
  const workspace = camelKeys<Record<string, unknown>>(camelKeys<Record<string, unknown>>(r.contract)?.workspace);
  if (reviewPath && path.isAbsolute(reviewPath)) return reviewPath;
  const repoRoot = pickString(workspace, 'repoRoot');
  if (reviewPath && repoRoot) return path.join(repoRoot, reviewPath);
  const absoluteRoot = pickString(workspace, 'absoluteRoot');
  return absoluteRoot ? path.join(absoluteRoot, 'engineer-prompt', 'review.md') : undefined;
}

/** Run the daemon's command with the quick fix's arguments, then open the review beside the code. */
export async function createReviewAndOpen(daemon: DaemonApi, args: unknown[], log: vscode.LogOutputChannel): Promise<string | undefined> {
  let result: unknown;
  try {
    result = await daemon.request('workspace/executeCommand', { command: ServerCommands.createReview, arguments: args });
  } catch (error) {
    void vscode.window.showErrorMessage(`Create engineering review: ${errorText(error)}`);
    return undefined;
  }
  const file = reviewFileOf(result);
  if (!file) {
    log.warn(`trainer.createReview answered without a review path: ${JSON.stringify(result)}`);
    return undefined;
  }
  const created = (camelKeys<Record<string, unknown>>(result) ?? {}).created !== false;
  log.info(`${created ? 'created' : 'kept'} the engineering review ${file}`);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return file;
}
