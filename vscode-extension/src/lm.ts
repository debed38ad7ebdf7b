/**
 * The `editor` LLM backend: the daemon's `trainer/complete` requests answered through VS Code's
 * Language Model API, with the user's consent and model choice.
 */
import * as vscode from 'vscode';
import { CompleteParams } from './protocol';

const CHOSEN_MODEL_KEY = 'trainer.languageModel.id';
const CONSENT_KEY = 'trainer.languageModel.consent';

/** Raised when the request cannot be answered; the message is sent back to the daemon as the error. */
export class LanguageModelUnavailable extends Error {}

export class LanguageModelBridge {
  private sessionConsent = new Set<string>();

  constructor(
    private readonly state: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Pick the model: the remembered one when still available, else ask when there are several. */
  async chooseModel(interactive: boolean): Promise<vscode.LanguageModelChat> {
    const lm = (vscode as { lm?: typeof vscode.lm }).lm;
    if (!lm || typeof lm.selectChatModels !== 'function') {
      throw new LanguageModelUnavailable('This version of VS Code has no Language Model API (vscode.lm); answer the follow-up manually.');
    }
    const models = await lm.selectChatModels();
    if (models.length === 0) {
      throw new LanguageModelUnavailable(
        'No language model is available in VS Code (install and sign in to an extension that provides one, e.g. GitHub Copilot Chat); answer the follow-up manually.',
      );
    }
    const remembered = this.state.get<string>(CHOSEN_MODEL_KEY);
    const found = models.find((m) => m.id === remembered);
    if (found && !interactive) return found;
    if (models.length === 1 && !interactive) return models[0];
    const picked = await vscode.window.showQuickPick(
      models.map((m) => ({
        label: m.name,
        description: `${m.vendor} · ${m.family}`,
        detail: `max input ${m.maxInputTokens} tokens`,
        model: m,
      })),
      { title: 'trainerd: which language model answers the optimizer?', placeHolder: 'Choose a model' },
    );
    if (!picked) throw new LanguageModelUnavailable('No language model was chosen.');
    await this.state.update(CHOSEN_MODEL_KEY, picked.model.id);
    return picked.model;
  }

  /** Ask the user once per model (remembered for the workspace when they say so). */
  private async consent(model: vscode.LanguageModelChat, characters: number): Promise<void> {
    const remembered = this.state.get<string[]>(CONSENT_KEY) ?? [];
    if (remembered.includes(model.id) || this.sessionConsent.has(model.id)) return;
    const choice = await vscode.window.showInformationMessage(
      `trainerd wants to send an optimizer prompt (${characters} characters of your code and test output) to ${model.name} (${model.vendor}).`,
      { modal: true, detail: 'The answer becomes a candidate that is validated by your tests before anything is written back.' },
      'Allow',
      'Always allow in this workspace',
    );
    if (choice === 'Always allow in this workspace') {
      await this.state.update(CONSENT_KEY, [...remembered, model.id]);
    } else if (choice === 'Allow') {
      this.sessionConsent.add(model.id);
    } else {
      throw new LanguageModelUnavailable(`Sending the prompt to ${model.name} was declined; answer the follow-up manually.`);
    }
  }

  /** Answer one `trainer/complete` request with the model's text. */
  async complete(params: CompleteParams, token: vscode.CancellationToken): Promise<string> {
    if (!params || !Array.isArray(params.messages) || params.messages.length === 0) {
      throw new LanguageModelUnavailable("trainer/complete: field 'messages' must be a non-empty list");
    }
    const model = await this.chooseModel(false);
    const characters = params.messages.reduce((n, m) => n + String(m.content ?? '').length, 0);
    await this.consent(model, characters);
    const messages = params.messages.map((m) => {
      const content = String(m.content ?? '');
      // the Language Model API has no system role: system text goes first, as the user's words
      return m.role === 'assistant' ? vscode.LanguageModelChatMessage.Assistant(content) : vscode.LanguageModelChatMessage.User(content);
    });
    if (params.json) messages.push(vscode.LanguageModelChatMessage.User('Reply with a single JSON object and nothing else.'));
    this.log.info(`trainer/complete: asking ${model.name} (${characters} characters)`);
    let response: vscode.LanguageModelChatResponse;
    try {
      response = await model.sendRequest(messages, { justification: 'trainerd optimizes your code with Microsoft Trace.' }, token);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      throw new LanguageModelUnavailable(`${model.name} did not answer: ${text}`);
    }
    let text = '';
    for await (const part of response.text) text += part;
    return params.json ? stripCodeFence(text) : text;
  }
}

/** Models often wrap JSON in a ``` fence even when asked not to. */
export function stripCodeFence(text: string): string {
  const match = /^\s*```[a-zA-Z]*\n([\s\S]*?)\n```\s*$/.exec(text);
  return match ? match[1] : text;
}
