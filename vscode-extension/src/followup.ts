/**
 * Manual follow-ups: the run stopped at a checkpoint and needs the answer to the optimizer's prompt.
 * We open the prompt beside an empty answer document; the user writes (or asks a language model
 * for) the answer and sends it with `trainer/answerFollowup`.
 */
import * as vscode from 'vscode';
import { DaemonApi, errorText } from './api';
import { LanguageModelBridge } from './lm';
import { Methods, OptimizeResult } from './protocol';

export interface PendingFollowup {
  runId: string;
  prompt: vscode.TextDocument;
  answer: vscode.TextDocument;
}

export const FOLLOWUP_CONTEXT = 'trainer.followupPending';

export class FollowupController {
  /** Called with the `trainer/answerFollowup` result: the run continues under a new id. */
  onContinued: (result: OptimizeResult) => void = () => undefined;
  private readonly pending = new Map<string, PendingFollowup>(); // by answer document URI
  private readonly opening = new Map<string, Promise<PendingFollowup | undefined>>(); // by run id

  constructor(
    private readonly daemon: DaemonApi,
    private readonly lm: LanguageModelBridge,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get openFollowups(): PendingFollowup[] {
    return [...this.pending.values()];
  }

  /**
   * Open the prompt (a file, or the text itself) beside an answer document for `runId`, once: calls
   * for a run whose follow-up is open or still opening (the daemon may repeat the update, with or
   * without the follow-up fields) share that one.
   */
  open(runId: string, prompt: { file?: string; text?: string; variables?: string[] }): Promise<PendingFollowup | undefined> {
    const opening = this.opening.get(runId);
    if (opening) return opening;
    const existing = this.openFollowups.find((p) => p.runId === runId);
    if (existing) return Promise.resolve(existing);
    if (!prompt.file && !prompt.text) {
      this.log.warn(`run ${runId} needs a follow-up but the update names no prompt`);
      return Promise.resolve(undefined);
    }
    const promise = this.doOpen(runId, prompt).finally(() => this.opening.delete(runId));
    this.opening.set(runId, promise);
    return promise;
  }

  private async doOpen(runId: string, prompt: { file?: string; text?: string; variables?: string[] }): Promise<PendingFollowup> {
    const promptDoc = prompt.file
      ? await vscode.workspace.openTextDocument(vscode.Uri.file(prompt.file))
      : await vscode.workspace.openTextDocument({ language: 'markdown', content: prompt.text ?? '' });
    await vscode.window.showTextDocument(promptDoc, { viewColumn: vscode.ViewColumn.Active, preview: false });
    const answerDoc = await vscode.workspace.openTextDocument({ language: 'json', content: '' });
    await vscode.window.showTextDocument(answerDoc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    const entry: PendingFollowup = { runId, prompt: promptDoc, answer: answerDoc };
    this.pending.set(answerDoc.uri.toString(), entry);
    await vscode.commands.executeCommand('setContext', FOLLOWUP_CONTEXT, true);
    void vscode.window
      .showInformationMessage(
        `Trace run ${runId} needs a follow-up: answer the optimizer's prompt in the document beside it` +
          (prompt.variables?.length
            ? ` with {"reasoning": …, "suggestion": {${prompt.variables.map((v) => `"${v}": …`).join(', ')}}} (or TERMINATE).`
            : '.'),
        'Send answer',
        'Send to language model',
      )
      .then((choice) => {
        if (choice === 'Send answer') return this.sendAnswer(answerDoc);
        if (choice === 'Send to language model') return this.askLanguageModel(answerDoc);
        return undefined;
      });
    return entry;
  }

  /** The follow-up the document (default: the active editor's) belongs to, or the only open one. */
  private find(doc?: vscode.TextDocument): PendingFollowup | undefined {
    const target = doc ?? vscode.window.activeTextEditor?.document;
    if (target) {
      const byAnswer = this.pending.get(target.uri.toString());
      if (byAnswer) return byAnswer;
      const byPrompt = [...this.pending.values()].find((p) => p.prompt.uri.toString() === target.uri.toString());
      if (byPrompt) return byPrompt;
    }
    return this.pending.size === 1 ? [...this.pending.values()][0] : undefined;
  }

  /** Send the answer document's text with `trainer/answerFollowup`. Returns whether it was sent. */
  async sendAnswer(doc?: vscode.TextDocument): Promise<boolean> {
    const entry = this.find(doc);
    if (!entry) {
      void vscode.window.showWarningMessage('No trainerd follow-up is waiting for an answer here.');
      return false;
    }
    const answer = entry.answer.getText().trim();
    if (!answer) {
      void vscode.window.showWarningMessage('The answer document is empty: write the answer (or use "Send to language model") first.');
      return false;
    }
    let result: OptimizeResult;
    try {
      result = await this.daemon.request<OptimizeResult>(Methods.answerFollowup, { runId: entry.runId, answer });
    } catch (error) {
      void vscode.window.showErrorMessage(`trainerd did not take the answer: ${errorText(error)}`);
      return false;
    }
    this.pending.delete(entry.answer.uri.toString());
    await vscode.commands.executeCommand('setContext', FOLLOWUP_CONTEXT, this.pending.size > 0);
    this.log.info(`follow-up answer sent for run ${entry.runId}`);
    this.onContinued(result);
    const continued = result?.runId;
    void vscode.window.showInformationMessage(
      !continued || continued === entry.runId
        ? `Answer sent: run ${entry.runId} continues.`
        : `Answer sent: the follow-up of run ${entry.runId} continues as run ${continued}.`,
    );
    await this.close(entry);
    return true;
  }

  /**
   * Close the answered follow-up's documents. The sent answer (the daemon keeps it in the trainer
   * workspace) is emptied first: an empty untitled document is not dirty, so closing asks nothing.
   * Tabs are closed by URI, not as "the active editor": the run's diff may open at the same moment.
   */
  private async close(entry: PendingFollowup): Promise<void> {
    if (!entry.answer.isClosed && entry.answer.getText().length > 0) {
      const edit = new vscode.WorkspaceEdit();
      edit.delete(entry.answer.uri, new vscode.Range(0, 0, entry.answer.lineCount, 0));
      await vscode.workspace.applyEdit(edit);
    }
    // (the answer's own dirty flag reaches this process after the edit: it is not consulted)
    const closable = new Set([entry.answer.uri.toString(), ...(entry.prompt.isDirty ? [] : [entry.prompt.uri.toString()])]);
    const tabs = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputText && closable.has(tab.input.uri.toString()));
    if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
  }

  /** Fill the answer document with a language model's answer to the prompt, for the user to review. */
  async askLanguageModel(doc?: vscode.TextDocument): Promise<boolean> {
    const entry = this.find(doc);
    if (!entry) {
      void vscode.window.showWarningMessage('No trainerd follow-up is waiting for an answer here.');
      return false;
    }
    let text: string;
    try {
      text = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Asking the language model…', cancellable: true },
        (_progress, token) => this.lm.complete({ messages: [{ role: 'user', content: entry.prompt.getText() }] }, token),
      );
    } catch (error) {
      void vscode.window.showWarningMessage(errorText(error));
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    const whole = new vscode.Range(0, 0, entry.answer.lineCount, 0);
    edit.replace(entry.answer.uri, whole, text);
    await vscode.workspace.applyEdit(edit);
    const choice = await vscode.window.showInformationMessage(
      'The model answered in the answer document. Review it, then send it.',
      'Send answer',
    );
    if (choice === 'Send answer') return this.sendAnswer(entry.answer);
    return true;
  }
}
