/**
 * What the extension changes in the daemon's quick fixes.
 *
 * Triage fixes ask before they change code. The daemon offers a traceback's fix as a quick fix with
 * the edit and a `trainer.applyFix` command that records it; VS Code would apply such an edit at
 * once, so the extension moves the edit behind `trainer.confirmFix`: diff, Apply / Discard, and
 * only then the daemon's command; then the changed files are saved (the session's command reads
 * them from disk) and a restart of the session is offered.
 *
 * "Create engineering review" runs the daemon's `trainer.createReview` and then opens the review it
 * wrote (its message says to read it): `trainer.createReviewAndOpen`.
 */
import type * as vscode from 'vscode';
import { ServerCommands } from './protocol';

export const CONFIRM_FIX_COMMAND = 'trainer.confirmFix';
export const CREATE_REVIEW_COMMAND = 'trainer.createReviewAndOpen';

type Action = vscode.Command | vscode.CodeAction;

function isCodeAction(item: Action): item is vscode.CodeAction {
  return typeof (item as vscode.CodeAction).title === 'string' && typeof (item as vscode.Command).command !== 'string';
}

/**
 * Move each triage fix's edit behind the confirming command, and make "Create engineering review"
 * open the review; everything else is left as it is.
 */
export function requireConfirmation(items: Action[] | null | undefined): Action[] | null | undefined {
  if (!items) return items;
  return items.map((item) => {
    if (isCodeAction(item) && item.command?.command === ServerCommands.createReview) {
      item.command = { ...item.command, command: CREATE_REVIEW_COMMAND };
      return item;
    }
    if (!isCodeAction(item) || item.command?.command !== ServerCommands.applyFix) return item;
    // an edit is confirmed on its diff first; a command-only fix (mkdir, pip install) runs on the click
    const edit = item.edit;
    const record = item.command;
    item.edit = undefined;
    item.command = { title: item.title, command: CONFIRM_FIX_COMMAND, arguments: [edit, record, item.title] };
    return item;
  });
}
