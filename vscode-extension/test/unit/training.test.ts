import * as vscode from 'vscode';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  SessionItem,
  SessionsProvider,
  TrainingController,
  attachCommandOf,
  formatElapsed,
  formatMetrics,
  preflightSummary,
} from '../../src/training';
import { readSessionEvent } from '../../src/protocol';
import * as mock from '../vscode-mock';
import { RecordingDaemon, until } from './fakes';

const log = () => mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel;

describe('training UI', () => {
  beforeEach(() => {
    mock.resetMock();
    mock.workspace.workspaceFolders = [{ uri: mock.Uri.file('/work/proj'), name: 'proj', index: 0 }];
  });

  it('launches a detected command after the pre-flight confirmation, and shows it running', async () => {
    const sessions = [
      {
        name: 'trainer-train-20261123-170000',
        state: 'running',
        command: 'python train.py --epochs 1',
        started_at: new Date(Date.now() - 65000).toISOString(),
        backend: 'tmux',
        log_path: '/w/out.log',
        last_metrics: { loss: 0.41234567, step: 20 },
      },
    ];
    const daemon = new RecordingDaemon({
      'trainer/detectTraining': (p) =>
        (p as { command?: string }).command
          ? {
              commands: [],
              preflight: {
                checks: [
                  { name: 'output_dir', ok: true, summary: 'output dir outputs/ is writable' },
                  { name: 'entry_imports', ok: false, summary: 'will fail at `import lightning`' },
                ],
                questions: ['Have you run a smoke test?'],
              },
            }
          : {
              commands: [
                { command: 'python train.py --epochs 1', source: 'train.py', notes: ['argparse entry'] },
                { command: 'make train', source: 'Makefile', notes: 'target train' },
              ],
              environment: {
                python_version: '3.11.7',
                interpreter: '/usr/bin/python3',
                frameworks: [{ name: 'torch', version: '2.3' }],
                cuda: { summary: 'no NVIDIA GPU (nvidia-smi not found)' },
                wandb: { summary: 'wandb not installed' },
              },
            },
      'trainer/launchTraining': () => ({ session: sessions[0], output_tail: '' }),
      'trainer/sessions': () => ({ sessions }),
    });
    mock.window.showQuickPick.mockImplementationOnce(async (items: unknown) => (items as unknown[])[0]);
    mock.window.showInformationMessage.mockResolvedValueOnce('Launch');
    const training = new TrainingController(daemon, new SessionsProvider(daemon), log());
    training.sbatchAvailable = () => false; // this machine may have Slurm: the local path here
    const launched = await training.launch();
    expect(launched?.name).toBe('trainer-train-20261123-170000');
    const picks = mock.window.showQuickPick.mock.calls[0][0] as { label: string; description?: string; detail?: string }[];
    expect(picks.map((p) => [p.label, p.description, p.detail])).toEqual([
      ['python train.py --epochs 1', 'train.py', 'argparse entry'],
      ['make train', 'Makefile', 'target train'],
      ['Enter a command…', undefined, undefined],
    ]);
    const [question, options] = mock.window.showInformationMessage.mock.calls[0] as [string, { modal: boolean; detail: string }];
    expect(question).toBe('Launch "python train.py --epochs 1"?');
    expect(options.modal).toBe(true);
    expect(options.detail).toBe(
      [
        'Command: python train.py --epochs 1',
        'Folder: /work/proj',
        '✓ output dir outputs/ is writable',
        '✗ will fail at `import lightning`',
        '',
        'Python 3.11.7 (/usr/bin/python3)',
        'Frameworks: torch 2.3',
        'CUDA: no NVIDIA GPU (nvidia-smi not found)',
        'W&B: wandb not installed',
        '',
        '• Have you run a smoke test?',
        '',
        'It runs exactly as shown, in a persistent screen/tmux session; its output goes to the session log.',
      ].join('\n'),
    );
    expect(daemon.requests.map((r) => r.method)).toEqual([
      'trainer/detectTraining',
      'trainer/detectTraining',
      'trainer/launchTraining',
      'trainer/sessions',
    ]);
    expect(daemon.requests[1].params).toEqual({
      root: '/work/proj',
      command: 'python train.py --epochs 1',
      cwd: '/work/proj',
      environment: false,
    });
    expect(daemon.requests[2].params).toEqual({ command: 'python train.py --epochs 1', cwd: '/work/proj' });
    expect(mock.state.statusBars[0]).toMatchObject({ text: '$(pulse) 1 training', visible: true });
    const [item] = training.provider.getChildren();
    expect(item.description).toBe('running · 1m 05s · loss 0.4123 · step 20');
    expect(item.contextValue).toBe('trainerSession.running');
    training.dispose();
  });

  it('"Enter a command…" launches the typed command; cancelling the confirmation launches nothing', async () => {
    const daemon = new RecordingDaemon({
      'trainer/detectTraining': () => ({ commands: [] }),
      'trainer/launchTraining': () => ({ name: 's1', state: 'running' }),
      'trainer/sessions': () => [],
    });
    const training = new TrainingController(daemon, new SessionsProvider(daemon), log());
    training.sbatchAvailable = () => false; // this machine may have Slurm: the local path here
    mock.window.showQuickPick.mockImplementation(async (items: unknown) => (items as unknown[]).at(-1));
    mock.window.showInputBox.mockResolvedValue('bash run.sh');
    mock.window.showInformationMessage.mockResolvedValueOnce(undefined);
    expect(await training.launch()).toBeUndefined();
    expect(daemon.requests.map((r) => r.method)).toEqual(['trainer/detectTraining', 'trainer/detectTraining']);
    mock.window.showInformationMessage.mockResolvedValueOnce('Launch');
    expect((await training.launch())?.name).toBe('s1');
    expect(daemon.requests.find((r) => r.method === 'trainer/launchTraining')?.params).toEqual({
      command: 'bash run.sh',
      cwd: '/work/proj',
    });
    training.dispose();
  });

  it('attach opens a terminal running the attach command; stop and crash events go to the daemon/user', async () => {
    const daemon = new RecordingDaemon({ 'trainer/stopTraining': () => ({ name: 's1', state: 'killed' }), 'trainer/sessions': () => [] });
    const training = new TrainingController(daemon, new SessionsProvider(daemon), log());
    training.sbatchAvailable = () => false; // this machine may have Slurm: the local path here
    // events as a daemon before 0.2 spelled them (snake_case), read through the wire's normaliser
    const send = (event: Record<string, unknown>) => training.onSessionEvent(readSessionEvent(event));
    const item = new SessionItem({ name: 's1', state: 'running', attachCommand: 'tmux attach -t s1', cwd: '/work/proj' });
    training.attach(item);
    expect(mock.state.terminals).toMatchObject([{ name: 'trainer: s1', sent: ['tmux attach -t s1'] }]);
    await training.stop(item);
    expect(daemon.requests[0]).toEqual({ method: 'trainer/stopTraining', params: { name: 's1' } });
    // stopping sends an interrupt: its KeyboardInterrupt traceback is no crash to report
    send({
      session: 's1',
      kind: 'crash',
      message: 'KeyboardInterrupt at train.py:4 (unknown)',
      details: { root_cause: true },
    });
    send({ session: 's1', kind: 'exited', status: 'exited 130', exit_code: 130 });
    expect(mock.window.showErrorMessage).not.toHaveBeenCalled();

    // a crash with its root-cause frame: one error; "Show problem" opens the frame and the Problems view
    mock.window.showErrorMessage.mockResolvedValueOnce('Show problem');
    const crash = {
      session: 'c1',
      kind: 'crash',
      message: 'FileNotFoundError at train.py:3 (runtime/file_not_found): ...',
      details: { root_cause: true, triage: { frame: { file: __filename, line: 3 } } },
    };
    send(crash);
    send({ ...crash, details: { root_cause: false } }); // a secondary traceback
    send({ session: 'c1', kind: 'exited', status: 'exited 1', exit_code: 1 }); // explained by the crash
    await until(() => mock.state.executed.some((e) => e.command === 'workbench.actions.view.problems'), 'the Problems view');
    expect(mock.window.showErrorMessage.mock.calls).toEqual([[`c1: ${crash.message}`, 'Show problem', 'Open log']]);
    expect(mock.state.shown.at(-1)?.uri.fsPath).toBe(__filename);

    // a non-zero exit with no crash event after it: an error once the grace period is over
    training.exitGraceMs = 0;
    send({ session: 's2', kind: 'exited', status: 'exited 2', exit_code: 2 });
    await until(() => mock.window.showErrorMessage.mock.calls.length === 2, 'the exit notification');
    expect(mock.window.showErrorMessage.mock.calls[1]).toEqual(['s2: exited 2', 'Show problem', 'Open log']);
    send({ session: 's3', kind: 'exited', status: 'exited 0', exit_code: 0 });
    expect(mock.window.showInformationMessage.mock.calls.at(-1)).toEqual(['s3: exited 0']);
    training.dispose();
  });

  it('formats elapsed times, metrics, attach commands and the pre-flight summary', () => {
    const start = '2026-11-23T10:00:00Z';
    expect(formatElapsed(start, null, Date.parse('2026-11-23T10:00:09Z'))).toBe('9s');
    expect(formatElapsed(start, '2026-11-23T11:02:03Z')).toBe('1h 02m');
    expect(formatElapsed(undefined)).toBe('');
    expect(formatMetrics({ loss: 1.23456789, lr: 2e-5, note: { x: 1 } })).toBe('loss 1.235 · lr 0.00002');
    expect(attachCommandOf({ name: 'n', backend: 'screen' })).toBe('screen -r n');
    expect(attachCommandOf({ name: 'n', attachCommand: ['tmux', 'attach', '-t', 'n'] })).toBe('tmux attach -t n');
    expect(preflightSummary('python t.py', '/w', undefined)).toBe(
      'Command: python t.py\nFolder: /w\n\nIt runs exactly as shown, in a persistent screen/tmux session; its output goes to the session log.',
    );
  });

  it('with sbatch on PATH, Launch Training asks where: the cluster with a partition, nodes, GPUs and time', async () => {
    const daemon = new RecordingDaemon({
      'trainer/detectTraining': (p) =>
        (p as { command?: string }).command
          ? { preflight: { checks: [] } }
          : {
              commands: [{ command: 'python train.py', source: 'script' }],
              environment: {
                cluster: {
                  partitions: [
                    { name: 'debug', default: true, nodes: 1 },
                    { name: 'gpu', nodes: 4, gpus_per_node: 8 },
                  ],
                },
              },
            },
      'trainer/launchTraining': () => ({ session: { name: 's9', state: 'pending', status: 'pending (Resources)' } }),
      'trainer/sessions': () => [],
    });
    const training = new TrainingController(daemon, new SessionsProvider(daemon), log());
    training.sbatchAvailable = () => true;
    const asked: string[] = [];
    mock.window.showQuickPick.mockImplementation(async (items: unknown, options: unknown) => {
      const list = items as { label: string }[];
      asked.push((options as { title?: string }).title ?? '');
      if (list.some((i) => i.label === 'On the Slurm cluster')) return list.find((i) => i.label === 'On the Slurm cluster');
      if (list.some((i) => i.label === 'gpu')) return list.find((i) => i.label === 'gpu');
      return list[0];
    });
    mock.window.showInputBox.mockResolvedValueOnce('2').mockResolvedValueOnce('a100:4').mockResolvedValueOnce('02:00:00');
    mock.window.showInformationMessage.mockResolvedValueOnce('Launch');
    expect((await training.launch())?.name).toBe('s9');
    expect(asked).toEqual(['Trainer: Launch Training', 'Where should "python train.py" run?', 'Slurm partition']);
    expect(daemon.requests.find((r) => r.method === 'trainer/launchTraining')?.params).toEqual({
      command: 'python train.py',
      cwd: '/work/proj',
      backend: 'slurm',
      partition: 'gpu',
      nodes: 2,
      gpusPerNode: 'a100:4',
      time: '02:00:00',
    });
    const detail = (mock.window.showInformationMessage.mock.calls[0][1] as { detail: string }).detail;
    expect(detail).toContain('Slurm: partition gpu, 2 node(s), a100:4 GPUs/node, time 02:00:00');
    expect(detail).toContain('as a Slurm batch job');
    expect(mock.window.showInformationMessage.mock.calls.at(-1)?.[0]).toBe('Training submitted as s9: pending (Resources).');
    training.dispose();
  });
});
