/** The extension's protocol code against the real daemon: initialize, resolveWorkspace, blockers, review. */
import * as fs from 'fs';
import * as path from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daemonSettings } from '../../src/config';
import { ServerCommands, Methods } from '../../src/protocol';
import pkg from '../../package.json';
import * as vscode from 'vscode';
import { triageCommand } from '../../src/triage';
import * as mock from '../vscode-mock';
import { Daemon, copyExample } from './harness';

/** Every setting package.json contributes, at a non-default value, as the extension sends them. */
function contributedSettings(): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const props = pkg.contributes.configuration.properties as Record<string, { default: unknown; enum?: unknown[]; type: unknown }>;
  for (const [key, prop] of Object.entries(props)) {
    const name = key.replace(/^trainer\./, '');
    let value = prop.enum ? prop.enum[prop.enum.length - 1] : prop.default;
    if (typeof value === 'number') value = value * 2;
    if (name === 'model') value = 'manual';
    if (name === 'feedbackCommand') value = 'python -m pytest -q tests';
    const [head, tail] = name.split('.');
    if (tail) values[head] = { ...((values[head] as object) ?? {}), [tail]: value };
    else values[name] = value;
  }
  return daemonSettings({ get: <T>(k: string) => values[k] as T }, '/usr/bin/python3');
}

describe('trainerd serve, as the extension drives it', () => {
  let root: string;
  let daemon: Daemon;
  beforeAll(async () => {
    root = copyExample('buggy_median');
    daemon = await Daemon.start(root, contributedSettings());
  });
  afterAll(async () => {
    await daemon.stop();
    fs.rmSync(path.dirname(root), { recursive: true, force: true });
  });

  it('initializes with every setting the extension contributes, advertising its commands and code actions', () => {
    expect(Object.keys(contributedSettings()).sort()).toEqual([
      'feedbackCommand',
      'interpreter',
      'iterations',
      'logLevel',
      'maxConcurrentRuns',
      'model',
      'monitor',
      'optimizer',
      'sessionBackend',
      'testTimeoutSeconds',
    ]);
    const caps = daemon.capabilities as { executeCommandProvider?: { commands: string[] }; codeActionProvider?: unknown };
    expect(caps.executeCommandProvider?.commands).toContain(ServerCommands.createReview);
    expect(caps.codeActionProvider).toBeTruthy();
    // camelCase settings are understood: no "unknown setting" / "invalid value" warning came back
    const warnings = daemon.notifications.filter(
      (n) => n.method === 'window/showMessage' && /setting/.test((n.params as { message: string }).message),
    );
    expect(warnings).toEqual([]);
  });

  it('an unknown setting is reported by name (so the extension must not send client-only keys)', async () => {
    const other = await Daemon.start(root, { trace: { server: 'verbose' } });
    try {
      const shown = await other.waitFor('window/showMessage', (p) => /trainer\.trace/.test((p as { message: string }).message));
      expect((shown.params as { message: string }).message).toContain("unknown setting 'trainer.trace'");
    } finally {
      await other.stop();
    }
  });

  it('resolveWorkspace publishes the review blocker; its quick fix runs trainer.createReview and clears it', async () => {
    const uri = `file://${path.join(root, 'stats.py')}`;
    const contract = await daemon.request<{ blockers: { code: string }[]; workspace: { state: string } }>(Methods.resolveWorkspace, {
      uri,
      symbol: 'median',
    });
    expect(contract.blockers.map((b) => b.code)).toEqual(['review_missing']);
    await daemon.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string }).uri === uri);
    const diagnostics = daemon.diagnostics(uri);
    expect(diagnostics.map((d) => [d.code, d.source, d.range.start.line])).toEqual([['review_missing', 'trainer', 3]]);

    const actions = await daemon.request<{ title: string; kind: string; command: { command: string; arguments: unknown[] } }[]>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } },
    );
    const fix = actions.find((a) => a.title === 'Create engineering review');
    expect(fix?.kind).toBe('quickfix');
    // VS Code runs the action's command through workspace/executeCommand (languageclient registers it)
    const before = daemon.notifications.length;
    const result = await daemon.request<{ contract: { workspace: { state: string } } }>('workspace/executeCommand', {
      command: fix!.command.command,
      arguments: fix!.command.arguments,
    });
    expect(result.contract.workspace.state).toBe('pending_training');
    await daemon.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string }).uri === uri, before);
    expect(daemon.diagnostics(uri)).toEqual([]);
    expect(fs.readFileSync(path.join(root, '.trainer-workspace/stats/engineer-prompt/review.md'), 'utf8')).toContain('stats.py::median');
  });

  it('bad params get -32602 naming the field', async () => {
    await expect(daemon.request(Methods.resolveWorkspace, { uri: 5 })).rejects.toMatchObject({
      code: -32602,
      message: expect.stringContaining("'uri'"),
    });
  });

  it("Trainer: Triage Traceback classifies a copied traceback and puts it on the user's frame", async () => {
    mock.resetMock();
    mock.workspace.workspaceFolders = [{ uri: mock.Uri.file(root), name: 'buggy_median', index: 0 }];
    const stats = path.join(root, 'stats.py');
    const traceback = `Traceback (most recent call last):\n  File "${stats}", line 7, in median\n    middle = len(ordered) // 2\nTypeError: object of type 'int' has no len()\n`;
    mock.env.clipboard.readText.mockResolvedValueOnce(traceback);
    const before = daemon.notifications.length;
    const report = await triageCommand(daemon.api(), mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel);
    expect(report?.errors?.length).toBe(1);
    expect(String(mock.window.showInformationMessage.mock.calls[0][0])).toContain('TypeError');
    const uri = `file://${stats}`;
    await daemon.waitFor(
      'textDocument/publishDiagnostics',
      (p) => (p as { uri: string; diagnostics: unknown[] }).uri === uri && (p as { diagnostics: unknown[] }).diagnostics.length > 0,
      before,
    );
    expect(daemon.diagnostics(uri).map((d) => d.range.start.line)).toContain(6);
  });
});
