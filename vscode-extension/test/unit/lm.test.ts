import * as vscode from 'vscode';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageModelBridge, LanguageModelUnavailable, stripCodeFence } from '../../src/lm';
import * as mock from '../vscode-mock';

function bridge(state = mock.memento()) {
  const log = mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel;
  return new LanguageModelBridge(state as unknown as vscode.Memento, log);
}
const token = () => new mock.CancellationTokenSource().token as unknown as vscode.CancellationToken;
const ask = {
  messages: [
    { role: 'system', content: 'You optimize code.' },
    { role: 'user', content: 'Fix median.' },
  ],
  maxTokens: 500,
};

describe('trainer/complete through the Language Model API', () => {
  beforeEach(() => mock.resetMock());

  it('reports cleanly when no model is available', async () => {
    await expect(bridge().complete(ask, token())).rejects.toThrow(LanguageModelUnavailable);
    await expect(bridge().complete(ask, token())).rejects.toThrow(/No language model is available in VS Code/);
  });

  it("asks consent once, then answers with the model text (system text sent as the user's words)", async () => {
    const model = mock.fakeModel('m1', (messages) => messages.map((m) => `${m.role}:${m.content}`).join('|'));
    mock.lm.selectChatModels.mockResolvedValue([model]);
    mock.window.showInformationMessage.mockResolvedValueOnce('Allow');
    const b = bridge();
    expect(await b.complete(ask, token())).toBe('user:You optimize code.|user:Fix median.');
    expect(mock.window.showInformationMessage).toHaveBeenCalledTimes(1);
    expect(String(mock.window.showInformationMessage.mock.calls[0][0])).toContain('to Model m1 (test)');
    expect(await b.complete(ask, token())).toContain('Fix median.');
    expect(mock.window.showInformationMessage).toHaveBeenCalledTimes(1); // consent kept for the session
  });

  it('refuses (so the daemon falls back to a manual follow-up) when the user declines', async () => {
    const model = mock.fakeModel('m1', () => 'never');
    mock.lm.selectChatModels.mockResolvedValue([model]);
    mock.window.showInformationMessage.mockResolvedValueOnce(undefined);
    await expect(bridge().complete(ask, token())).rejects.toThrow(/declined/);
    expect(model.sendRequest).not.toHaveBeenCalled();
  });

  it('lets the user choose among several models and remembers the choice and the consent', async () => {
    const a = mock.fakeModel('a', () => 'from a');
    const b = mock.fakeModel('b', () => 'from b');
    mock.lm.selectChatModels.mockResolvedValue([a, b]);
    mock.window.showQuickPick.mockImplementationOnce(async (items: unknown) => (items as { model: unknown }[])[1]);
    mock.window.showInformationMessage.mockResolvedValueOnce('Always allow in this workspace');
    const state = mock.memento();
    expect(await bridge(state).complete(ask, token())).toBe('from b');
    // a new session (new bridge) with the same workspace state asks nothing
    expect(await bridge(state).complete(ask, token())).toBe('from b');
    expect(mock.window.showQuickPick).toHaveBeenCalledTimes(1);
    expect(mock.window.showInformationMessage).toHaveBeenCalledTimes(1);
  });

  it('turns a model error into a clean refusal and unwraps fenced JSON', async () => {
    const failing = mock.fakeModel('f', () => '');
    failing.sendRequest.mockRejectedValueOnce(new Error('quota exceeded'));
    mock.lm.selectChatModels.mockResolvedValue([failing]);
    mock.window.showInformationMessage.mockResolvedValue('Allow');
    await expect(bridge().complete(ask, token())).rejects.toThrow('Model f did not answer: quota exceeded');
    const fenced = mock.fakeModel('j', () => '```json\n{"x": 1}\n```');
    mock.lm.selectChatModels.mockResolvedValue([fenced]);
    expect(await bridge().complete({ ...ask, json: true }, token())).toBe('{"x": 1}');
    expect(stripCodeFence('plain')).toBe('plain');
  });
});
