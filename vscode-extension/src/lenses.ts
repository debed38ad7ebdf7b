/** Code lenses: the daemon's `trainer.optimize` lens runs the extension's own command instead. */
import type * as vscode from 'vscode';
import { ServerCommands } from './protocol';

/** The VS Code command our code lenses run instead of the daemon's `trainer.optimize`. */
export const OPTIMIZE_COMMAND = 'trainer.optimizeWithTrace';

/** Rewrite the daemon's `trainer.optimize` lens command to ours (progress, follow-ups, diff review). */
export function rewriteLens(lens: vscode.CodeLens): vscode.CodeLens {
  if (lens.command?.command === ServerCommands.optimize) {
    lens.command = { ...lens.command, command: OPTIMIZE_COMMAND };
  }
  return lens;
}
