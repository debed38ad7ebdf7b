/**
 * Training control from the extension's TrainingController against the real daemon and a real
 * tmux session: launch, the Training Sessions view and status bar, stop, and the session events.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionsProvider, TrainingController } from '../../src/training';
import { SessionInfo, readSessionEvent } from '../../src/protocol';
import * as mock from '../vscode-mock';
import { Daemon, closeSessions } from './harness';

const TRAIN = `import sys, time
for step in range(1, 601):
    print(f"step {step} loss: {1.0 / step:.4f}", flush=True)
    time.sleep(0.1)
`;

describe('training sessions against the real daemon', () => {
  let root: string;
  let daemon: Daemon;

  beforeAll(async () => {
    mock.resetMock();
    root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'trainerd-ext-train-')), 'proj');
    fs.mkdirSync(path.join(root, '.git'), { recursive: true });
    fs.writeFileSync(path.join(root, 'train.py'), TRAIN);
    mock.workspace.workspaceFolders = [{ uri: mock.Uri.file(root), name: 'proj', index: 0 }];
    daemon = await Daemon.start(root, { sessionBackend: 'tmux' });
  });
  afterAll(async () => {
    closeSessions(root);
    await daemon.stop();
    fs.rmSync(path.dirname(root), { recursive: true, force: true });
  });

  it('detects train.py, launches it after the confirmation, lists it running, and stops it', async () => {
    const log = mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel;
    const api = daemon.api();
    const training = new TrainingController(api, new SessionsProvider(api), log);
    training.sbatchAvailable = () => false; // this machine may have Slurm: the local path here
    daemon.listeners.set('trainer/sessionEvent', (p) => training.onSessionEvent(readSessionEvent(p)));
    mock.state.config['trainer.sessionBackend'] = 'tmux';
    mock.window.showQuickPick.mockImplementationOnce(async (items: unknown) =>
      (items as { label: string }[]).find((i) => i.label.includes('train.py')),
    );
    mock.window.showInformationMessage.mockImplementation(async (...a: unknown[]) =>
      String(a[0]).startsWith('Launch "') ? 'Launch' : undefined,
    );

    const session = await training.launch();
    expect(mock.window.showErrorMessage.mock.calls).toEqual([]);
    const picks = mock.window.showQuickPick.mock.calls[0][0] as { label: string; description?: string }[];
    expect(picks.map((p) => p.label)).toContain('Enter a command…');
    const detail = (mock.window.showInformationMessage.mock.calls[0][1] as { detail: string }).detail;
    expect(detail).toMatch(/^Command: python3? train\.py/);
    expect(detail).toContain(`Folder: ${root}`);
    expect(detail).toMatch(/Python 3\.\d+\.\d+/);
    expect(session?.state).toBe('running');
    expect(session?.backend).toBe('tmux');
    expect(mock.state.statusBars[0]).toMatchObject({ text: '$(pulse) 1 training', visible: true });
    const [item] = training.provider.getChildren();
    expect(item.label).toBe(session!.name);
    expect(String(item.description)).toMatch(/^running/);
    expect(item.contextValue).toBe('trainerSession.running');

    // the log fills through the multiplexer
    const logPath = (session as SessionInfo).logPath!;
    const deadline = Date.now() + 30000;
    while (!/step 3 loss/.test(fs.existsSync(logPath) ? fs.readFileSync(logPath, 'utf8') : '')) {
      if (Date.now() > deadline) throw new Error(`no output in ${logPath}`);
      await new Promise((r) => setTimeout(r, 100));
    }

    // attach: a terminal running the daemon's attach command
    training.attach(item);
    expect(mock.state.terminals.at(-1)?.sent).toEqual([`tmux attach -t ${session!.name}`]);

    const before = daemon.notifications.length;
    await training.stop(item);
    await daemon.waitFor(
      'trainer/sessionEvent',
      (p) => (p as { session: string }).session === session!.name && (p as { kind: string }).kind === 'killed',
      before,
    );
    // the daemon also reports the interrupt's KeyboardInterrupt traceback as a crash: not an error for the user
    expect(mock.window.showErrorMessage).not.toHaveBeenCalled();
    const [stopped] = training.provider.getChildren();
    expect(stopped.contextValue).toBe('trainerSession.ended');
    expect(String(stopped.description)).toMatch(/^killed/);
    expect(mock.state.statusBars[0].visible).toBe(false);

    // restart (after confirmation) runs the same command again in the same session
    const beforeRestart = daemon.notifications.length;
    mock.window.showInformationMessage.mockImplementation(async (...a: unknown[]) =>
      String(a[0]).startsWith('Restart "') ? 'Restart' : undefined,
    );
    await training.restart(stopped);
    await daemon.waitFor(
      'trainer/sessionEvent',
      (p) => (p as { session: string; kind: string }).session === session!.name && (p as { kind: string }).kind === 'started',
      beforeRestart,
    );
    const [restarted] = training.provider.getChildren();
    expect(restarted.label).toBe(session!.name);
    expect(restarted.contextValue).toBe('trainerSession.running');
    expect(mock.state.statusBars[0].visible).toBe(true);
    await training.stop(restarted);
    training.dispose();
  }, 120000);

  it('a command that fails is reported with "Show problem"', async () => {
    const log = mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel;
    const api = daemon.api();
    const training = new TrainingController(api, new SessionsProvider(api), log);
    training.sbatchAvailable = () => false; // this machine may have Slurm: the local path here
    daemon.listeners.set('trainer/sessionEvent', (p) => training.onSessionEvent(readSessionEvent(p)));
    mock.window.showErrorMessage.mockClear();
    const before = daemon.notifications.length;
    const session = await training.start('python3 missing_script.py', root);
    expect(session?.exitCode === 2 || session?.state === 'running').toBe(true);
    const exited = await daemon.waitFor(
      'trainer/sessionEvent',
      (p) => (p as { session: string; kind: string }).session === session!.name && (p as { kind: string }).kind === 'exited',
      before,
    );
    expect(readSessionEvent(exited.params).exitCode).toBe(2);
    const deadline = Date.now() + 10000;
    while (!mock.window.showErrorMessage.mock.calls.some((c) => String(c[0]).startsWith(session!.name))) {
      if (Date.now() > deadline) throw new Error('no crash notification');
      await new Promise((r) => setImmediate(r));
    }
    const call = mock.window.showErrorMessage.mock.calls.find((c) => String(c[0]).startsWith(session!.name))!;
    expect(call.slice(1)).toEqual(['Show problem', 'Open log']);
    training.dispose();
  }, 60000);
});
