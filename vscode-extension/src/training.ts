/** Launch training, the Training Sessions view, the status-bar item and crash notifications. */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { DaemonApi, errorText } from './api';
import {
  DetectResult,
  DetectedCommand,
  Methods,
  Preflight,
  SessionEvent,
  SessionInfo,
  commandsOf,
  camelKeys,
  isRunning,
  pickString,
  readDetectResult,
  readSession,
  sessionsOf,
} from './protocol';

const ENTER_COMMAND = 'Enter a command…';

/** "1h 02m", "3m 10s", "12s". */
export function formatElapsed(startedAt: string | undefined, endedAt?: string | null, now: number = Date.now()): string {
  if (!startedAt) return '';
  const start = Date.parse(startedAt);
  if (Number.isNaN(start)) return '';
  const end = endedAt ? Date.parse(endedAt) : now;
  let seconds = Math.max(0, Math.round(((Number.isNaN(end) ? now : end) - start) / 1000));
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  if (hours > 0) return `${hours}h ${String(minutes).padStart(2, '0')}m`;
  if (minutes > 0) return `${minutes}m ${String(seconds).padStart(2, '0')}s`;
  return `${seconds}s`;
}

/** "loss 0.41 · lr 2e-5" from the last metrics a session reported. */
export function formatMetrics(metrics: Record<string, unknown> | undefined): string {
  if (!metrics || typeof metrics !== 'object') return '';
  return Object.entries(metrics)
    .filter(([, v]) => typeof v === 'number' || typeof v === 'string')
    .slice(0, 4)
    .map(([k, v]) => `${k} ${typeof v === 'number' ? Number(v.toPrecision(4)) : v}`)
    .join(' · ');
}

export function attachCommandOf(session: SessionInfo): string | undefined {
  const cmd = session.attachCommand ?? (session as { attach?: unknown }).attach;
  if (Array.isArray(cmd)) return cmd.map(String).join(' ');
  if (typeof cmd === 'string' && cmd) return cmd;
  const backend = session.backend;
  if (backend === 'tmux') return `tmux attach -t ${session.name}`;
  if (backend === 'screen') return `screen -r ${session.name}`;
  return undefined;
}

export class SessionItem extends vscode.TreeItem {
  constructor(readonly session: SessionInfo) {
    super(session.name, vscode.TreeItemCollapsibleState.None);
    const state = session.status ?? session.state ?? 'unknown';
    const elapsed = formatElapsed(session.startedAt, session.endedAt);
    const metrics = formatMetrics(session.lastMetrics ?? session.metrics);
    this.description = [state, elapsed, metrics].filter(Boolean).join(' · ');
    this.tooltip = new vscode.MarkdownString(
      [`**${session.name}** — ${state}`, '', '```', session.command ?? '', '```', session.logPath ? `log: ${session.logPath}` : '']
        .filter((l) => l !== undefined)
        .join('\n'),
    );
    this.contextValue = isRunning(session) ? 'trainerSession.running' : 'trainerSession.ended';
    const s = state.toLowerCase();
    this.iconPath = new vscode.ThemeIcon(
      isRunning(session) ? 'sync~spin' : s.includes('crash') || s === 'lost' || /exited [1-9]/.test(s) ? 'error' : 'pass',
    );
    this.command = { command: 'trainer.showDashboard', title: 'Show Training Dashboard', arguments: [this] };
  }
}

export class SessionsProvider implements vscode.TreeDataProvider<SessionItem> {
  private readonly changed = new vscode.EventEmitter<SessionItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  sessions: SessionInfo[] = [];
  lastError: string | undefined;

  constructor(private readonly daemon: DaemonApi) {}

  async refresh(): Promise<SessionInfo[]> {
    if (!this.daemon.running) {
      this.sessions = [];
    } else {
      try {
        this.sessions = sessionsOf(await this.daemon.request(Methods.sessions, {}));
        this.lastError = undefined;
      } catch (error) {
        this.lastError = errorText(error);
      }
    }
    this.changed.fire(undefined);
    return this.sessions;
  }

  getTreeItem(item: SessionItem): vscode.TreeItem {
    return item;
  }

  getChildren(): SessionItem[] {
    return this.sessions.map((s) => new SessionItem(s));
  }
}

/** Controls sessions; the status bar shows how many are running. */
export class TrainingController implements vscode.Disposable {
  readonly statusBar: vscode.StatusBarItem;
  private timer: NodeJS.Timeout | undefined;
  /** Sessions whose crash was already notified (their non-zero exit then needs no second error). */
  private readonly crashed = new Set<string>();
  private readonly pendingExit = new Map<string, NodeJS.Timeout>();
  /** Sessions this window stopped: the interrupt's own traceback is not a crash to report. */
  private readonly stopping = new Set<string>();
  /** How long a non-zero exit waits for the crash event that explains it. */
  exitGraceMs = 3000;

  private notifyCrash(text: string, event: SessionEvent): void {
    void vscode.window.showErrorMessage(text, 'Show problem', 'Open log').then(async (choice) => {
      if (choice === 'Show problem') await showProblem(event);
      else if (choice === 'Open log' && event.logPath) await vscode.window.showTextDocument(vscode.Uri.file(event.logPath));
    });
  }

  constructor(
    private readonly daemon: DaemonApi,
    readonly provider: SessionsProvider,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.statusBar = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
    this.statusBar.command = 'trainer.sessions.focus';
    this.statusBar.name = 'trainerd training sessions';
  }

  /** Re-read the sessions; refresh the status bar; keep the elapsed times moving while any run. */
  async refresh(): Promise<void> {
    const sessions = await this.provider.refresh();
    const running = sessions.filter(isRunning);
    if (running.length > 0) {
      this.statusBar.text = `$(pulse) ${running.length} training`;
      this.statusBar.tooltip = running.map((s) => `${s.name}: ${s.command ?? ''}`).join('\n');
      this.statusBar.show();
      if (!this.timer) this.timer = setInterval(() => void this.provider.refresh(), 15000);
    } else {
      this.statusBar.hide();
      if (this.timer) clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  /** The folder to launch from: the only one, the active editor's, or the one the user picks. */
  private async launchFolder(): Promise<vscode.WorkspaceFolder | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length <= 1) return folders[0];
    const active = vscode.window.activeTextEditor?.document.uri;
    const own = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
    return own ?? vscode.window.showWorkspaceFolderPick({ placeHolder: 'Launch training from which folder?' });
  }

  /** Trainer: Launch Training — pick a detected command (or type one), where it runs, confirm, launch. */
  async launch(): Promise<SessionInfo | undefined> {
    const folder = await this.launchFolder();
    if (!folder) {
      if (!vscode.workspace.workspaceFolders?.length) void vscode.window.showWarningMessage('Open a folder to launch training from.');
      return undefined;
    }
    let detected: DetectResult;
    try {
      detected = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Detecting training commands…' },
        async () => readDetectResult(await this.daemon.request<unknown>(Methods.detectTraining, { root: folder.uri.fsPath })),
      );
    } catch (error) {
      void vscode.window.showErrorMessage(`Detect training commands: ${errorText(error)}`);
      return undefined;
    }
    const commands = commandsOf(detected);
    type Pick = vscode.QuickPickItem & { detected?: DetectedCommand };
    const items: Pick[] = commands.map((c) => ({
      label: c.command,
      description: c.source,
      detail: Array.isArray(c.notes) ? c.notes.join('; ') : c.notes,
      detected: c,
    }));
    items.push({ label: ENTER_COMMAND, alwaysShow: true });
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Trainer: Launch Training',
      placeHolder: commands.length ? 'Pick the training command to launch' : 'No training command detected: enter one',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return undefined;
    let command = picked.detected?.command;
    if (!command) {
      command = await vscode.window.showInputBox({ title: 'Training command', prompt: 'Runs exactly as typed, in a screen/tmux session' });
      if (!command?.trim()) return undefined;
    }
    const cwd = picked.detected?.cwd ?? folder.uri.fsPath;
    const placement = await this.choosePlacement(folder, command, picked.detected, detected.environment);
    if (!placement) return undefined;
    let preflight: Preflight | undefined;
    try {
      // the pre-flight of this exact command (entry imports, output dir, disk, questions to ask)
      const checked = readDetectResult(
        await this.daemon.request<unknown>(Methods.detectTraining, { root: folder.uri.fsPath, command, cwd, environment: false }),
      );
      preflight = checked.preflight ?? undefined;
    } catch (error) {
      this.log.warn(`pre-flight of ${command}: ${errorText(error)}`);
    }
    const confirm = await vscode.window.showInformationMessage(
      `Launch "${command}"?`,
      { modal: true, detail: preflightSummary(command, cwd, detected.environment, preflight, placement.summary) },
      'Launch',
    );
    if (confirm !== 'Launch') return undefined;
    return this.start(command, cwd, placement.params);
  }

  /**
   * Where the command runs: this machine (screen/tmux, as the setting says), or the Slurm cluster when
   * `sbatch` is on PATH (the partition, nodes, GPUs per node and time limit asked here; a detected
   * `#SBATCH` script is submitted as it is). Undefined: the user cancelled.
   */
  private async choosePlacement(
    folder: vscode.WorkspaceFolder,
    command: string,
    detected: DetectedCommand | undefined,
    environment: Record<string, unknown> | undefined,
  ): Promise<{ params: Record<string, unknown>; summary?: string } | undefined> {
    const setting = vscode.workspace.getConfiguration('trainer', folder.uri).get<string>('sessionBackend') ?? 'auto';
    const local = setting === 'slurm' ? {} : setting !== 'auto' ? { backend: setting } : {};
    if (detected?.backend === 'slurm')
      return { params: { backend: 'slurm' }, summary: 'Runs on the Slurm cluster as its own batch script (#SBATCH lines).' };
    if (!this.sbatchAvailable()) return { params: local };
    type Where = vscode.QuickPickItem & { slurm: boolean };
    const here: Where = { label: 'On this machine', description: setting === 'auto' ? 'screen, else tmux' : setting, slurm: false };
    const cluster: Where = { label: 'On the Slurm cluster', description: 'sbatch', slurm: true };
    const where = await vscode.window.showQuickPick<Where>(setting === 'slurm' ? [cluster, here] : [here, cluster], {
      title: `Where should "${command}" run?`,
    });
    if (!where) return undefined;
    if (!where.slurm) return { params: setting === 'slurm' ? { backend: 'auto' } : local };
    return this.slurmOptions(environment);
  }

  /** Whether `sbatch` is on the PATH the daemon (started from this extension host) sees. */
  sbatchAvailable(): boolean {
    return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, 'sbatch')));
  }

  private async slurmOptions(
    environment: Record<string, unknown> | undefined,
  ): Promise<{ params: Record<string, unknown>; summary: string } | undefined> {
    const partitions = partitionsOf(environment);
    let partition: string | undefined;
    if (partitions.length > 0) {
      const pick = await vscode.window.showQuickPick(
        partitions.map((p) => ({
          label: p.name,
          description: [
            p.default ? 'default' : '',
            p.nodes !== undefined ? `${p.nodes} nodes` : '',
            p.gpusPerNode ? `${p.gpusPerNode} GPUs/node` : '',
          ]
            .filter(Boolean)
            .join(' · '),
          partition: p,
        })),
        { title: 'Slurm partition' },
      );
      if (!pick) return undefined;
      partition = pick.partition.name;
    }
    const nodes = await vscode.window.showInputBox({
      title: 'Nodes',
      value: '1',
      validateInput: (v) => (/^[1-9]\d*$/.test(v.trim()) ? undefined : 'a whole number of nodes, 1 or more'),
    });
    if (nodes === undefined) return undefined;
    const gpus = await vscode.window.showInputBox({
      title: 'GPUs per node',
      prompt: 'a number, or type:number (e.g. a100:4); empty for none',
      value: '',
      validateInput: (v) => (v.trim() === '' || /^([\w-]+:)?\d+$/.test(v.trim()) ? undefined : 'e.g. 4 or a100:4'),
    });
    if (gpus === undefined) return undefined;
    const time = await vscode.window.showInputBox({
      title: 'Time limit',
      prompt: "Slurm's format: minutes, HH:MM:SS or D-HH:MM:SS; empty for the partition's default",
      value: '',
      validateInput: (v) => (v.trim() === '' || /^(\d+-)?\d+(:\d\d){0,2}$/.test(v.trim()) ? undefined : 'e.g. 90, 02:00:00 or 1-00:00:00'),
    });
    if (time === undefined) return undefined;
    const params: Record<string, unknown> = { backend: 'slurm', nodes: Number(nodes.trim()) };
    if (partition) params.partition = partition;
    if (gpus.trim()) params.gpusPerNode = gpus.trim();
    if (time.trim()) params.time = time.trim();
    const summary = `Slurm: ${[
      partition && `partition ${partition}`,
      `${params.nodes} node(s)`,
      gpus.trim() && `${gpus.trim()} GPUs/node`,
      time.trim() && `time ${time.trim()}`,
    ]
      .filter(Boolean)
      .join(', ')}`;
    return { params, summary };
  }

  async start(command: string, cwd: string, extra: Record<string, unknown> = {}): Promise<SessionInfo | undefined> {
    try {
      const result = await this.daemon.request<SessionInfo | { session?: SessionInfo }>(Methods.launchTraining, { command, cwd, ...extra });
      const session = readSession((result as { session?: SessionInfo }).session ?? result);
      this.log.info(`launched ${session?.name ?? '?'}: ${command}`);
      const pending = (session?.state ?? '').startsWith('pending');
      void vscode.window.showInformationMessage(
        pending
          ? `Training submitted as ${session.name}: ${session.status ?? 'pending'}.`
          : `Training launched in ${session?.name ?? 'a new session'}.`,
      );
      await this.refresh();
      return session;
    } catch (error) {
      void vscode.window.showErrorMessage(`Launch training: ${errorText(error)}`);
      return undefined;
    }
  }

  attach(item?: SessionItem): vscode.Terminal | undefined {
    const session = item?.session;
    const command = session && attachCommandOf(session);
    if (!session || !command) {
      void vscode.window.showWarningMessage('This session has no attach command.');
      return undefined;
    }
    const terminal = vscode.window.createTerminal({ name: `trainer: ${session.name}`, cwd: session.cwd });
    terminal.show();
    terminal.sendText(command, true);
    return terminal;
  }

  async stop(item?: SessionItem): Promise<void> {
    if (!item) return;
    this.stopping.add(item.session.name);
    try {
      await this.daemon.request(Methods.stopTraining, { name: item.session.name });
    } catch (error) {
      void vscode.window.showErrorMessage(`Stop ${item.session.name}: ${errorText(error)}`);
    }
    await this.refresh();
  }

  /** Run the session's command again in the same session (after a fix), once confirmed. */
  async restart(item?: SessionItem): Promise<void> {
    const session = item?.session;
    if (!session) return;
    const confirm = await vscode.window.showInformationMessage(
      `Restart "${session.command ?? session.name}"?`,
      { modal: true, detail: `It runs again in session ${session.name}, in ${session.cwd ?? 'the same folder'}; the log continues.` },
      'Restart',
    );
    if (confirm !== 'Restart') return;
    try {
      await this.daemon.request(Methods.restartTraining, { name: session.name });
    } catch (error) {
      void vscode.window.showErrorMessage(`Restart ${session.name}: ${errorText(error)}`);
    }
    await this.refresh();
  }

  /** The session to show when none is given: the only one, else the one the user picks (newest first). */
  async pickSession(): Promise<string | undefined> {
    const sessions = await this.provider.refresh();
    if (sessions.length <= 1) return sessions[0]?.name;
    const pick = await vscode.window.showQuickPick(
      sessions.map((s) => ({ label: s.name, description: s.status ?? s.state, detail: s.command })),
      { title: 'Training session' },
    );
    return pick?.label;
  }

  /** Run a session's command again (or `command`, corrected by a fix): the user already confirmed. */
  async restartByName(name: string, command?: string): Promise<void> {
    try {
      await this.daemon.request(Methods.restartTraining, { name, ...(command ? { command } : {}) });
      this.crashed.delete(name);
    } catch (error) {
      void vscode.window.showErrorMessage(`Restart ${name}: ${errorText(error)}`);
    }
    await this.refresh();
  }

  async openLog(item?: SessionItem): Promise<void> {
    const logPath = item?.session.logPath;
    if (!logPath) return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(logPath));
    await vscode.window.showTextDocument(doc, { preview: true });
  }

  /**
   * `trainer/sessionEvent`: refresh the view; a crash (the root cause of a session's tracebacks, or
   * a non-zero exit with no crash reported before it) gets an error notification with "Show problem".
   */
  onSessionEvent(event: SessionEvent): void {
    void this.refresh();
    const kind = (event.kind ?? '').toLowerCase();
    const name = event.session ?? 'training session';
    const status = pickString(event, 'status') ?? kind;
    const text = event.message ? `${name}: ${event.message}` : `${name}: ${status}`;
    const failedExit = kind === 'exited' && typeof event.exitCode === 'number' && event.exitCode !== 0;
    const rootCause = event.details?.rootCause !== false;
    if (kind === 'started') {
      this.crashed.delete(name);
      this.stopping.delete(name);
    }
    if (kind === 'crash') {
      if (!rootCause || this.crashed.has(name)) return; // its diagnostics are updated; one notification is enough
      if (this.stopping.has(name)) return; // the KeyboardInterrupt of our own stop
      this.crashed.add(name);
      clearTimeout(this.pendingExit.get(name));
      this.pendingExit.delete(name);
      this.notifyCrash(text, event);
    } else if (failedExit) {
      if (this.crashed.has(name) || this.stopping.has(name)) return;
      // the monitor's crash event (with the exception and frame) usually follows the exit: wait for it
      this.pendingExit.set(
        name,
        setTimeout(() => {
          this.pendingExit.delete(name);
          if (!this.crashed.has(name)) this.notifyCrash(text, event);
        }, this.exitGraceMs),
      );
    } else if (kind === 'flag') {
      // NaN or divergence: the monitor says the run can be stopped (unless trainer.monitor.autoStop did)
      const actions = Array.isArray(event.details?.actions) ? (event.details.actions as unknown[]) : [];
      const buttons = [...(actions.includes('stop') ? ['Stop the run'] : []), 'Show dashboard', 'Open log'];
      void vscode.window.showWarningMessage(text, ...buttons).then(async (choice) => {
        if (choice === 'Stop the run') await this.stop(new SessionItem({ name, state: 'running' }));
        else if (choice === 'Show dashboard') await vscode.commands.executeCommand('trainer.showDashboard', name);
        else if (choice === 'Open log' && event.logPath) await vscode.window.showTextDocument(vscode.Uri.file(event.logPath));
      });
    } else if (kind === 'lost' || kind === 'exited' || (kind === 'killed' && !this.stopping.has(name))) {
      void vscode.window.showInformationMessage(text); // killed here: stopped by the daemon (trainer.monitor.autoStop)
    }
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    for (const pending of this.pendingExit.values()) clearTimeout(pending);
    this.statusBar.dispose();
  }
}

/** Open the user's file at the crash's frame, and the Problems view. */
export async function showProblem(event: SessionEvent): Promise<void> {
  const frame = event.frame ?? event.details?.triage?.frame ?? undefined;
  const file = pickString(frame, 'file', 'path');
  const line = typeof frame?.line === 'number' ? frame.line : undefined;
  if (file) {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const position = new vscode.Position(Math.max(0, (line ?? 1) - 1), 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(position, position) });
  }
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/** The pre-flight text shown before a launch: the command, where it runs, the checks, the environment. */
export function preflightSummary(
  command: string,
  cwd: string,
  environment: Record<string, unknown> | undefined,
  preflight?: Preflight,
  placement?: string,
): string {
  const lines = [`Command: ${command}`, `Folder: ${cwd}`];
  if (placement) lines.push(placement);
  for (const check of preflight?.checks ?? []) {
    const mark = check.ok === true ? '✓' : check.ok === false ? '✗' : '?';
    lines.push(`${mark} ${check.summary}`);
  }
  const env = environment ?? {};
  if (Object.keys(env).length) lines.push('');
  if (typeof env.pythonVersion === 'string') {
    lines.push(`Python ${env.pythonVersion}${typeof env.interpreter === 'string' ? ` (${env.interpreter})` : ''}`);
  }
  if (Array.isArray(env.frameworks) && env.frameworks.length) {
    lines.push(`Frameworks: ${env.frameworks.map(describe).join(', ')}`);
  }
  for (const key of ['cuda', 'wandb', 'tensorboard']) {
    const summary = pickString(env[key], 'summary');
    if (summary) lines.push(`${key === 'cuda' ? 'CUDA' : key === 'wandb' ? 'W&B' : 'TensorBoard'}: ${summary}`);
  }
  for (const [key, value] of Object.entries(env)) {
    if (['pythonVersion', 'interpreter', 'interpreterSource', 'frameworks', 'cuda', 'wandb', 'tensorboard', 'problems'].includes(key))
      continue;
    if (value === null || value === undefined || value === '') continue;
    lines.push(`${key.replace(/([A-Z])/g, ' $1').toLowerCase()}: ${describe(value)}`);
  }
  if (Array.isArray(env.problems)) for (const problem of env.problems) lines.push(`⚠ ${String(problem)}`);
  if (preflight?.questions?.length) lines.push('', ...preflight.questions.map((q) => `• ${q}`));
  lines.push(
    '',
    placement?.startsWith('Slurm') || placement?.includes('Slurm cluster')
      ? 'It runs exactly as shown, as a Slurm batch job; its output goes to the session log.'
      : 'It runs exactly as shown, in a persistent screen/tmux session; its output goes to the session log.',
  );
  return lines.join('\n');
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return value.map(describe).join(', ') || 'none';
  if (value && typeof value === 'object') {
    const rec = value as Record<string, unknown>;
    if (typeof rec.name === 'string') return rec.version ? `${rec.name} ${String(rec.version)}` : `${rec.name} (not installed)`;
    if (typeof rec.summary === 'string') return rec.summary;
    return Object.entries(rec)
      .map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join(', ');
  }
  return String(value);
}

/** The Slurm partitions of the environment facts (`cluster.partitions`), when sinfo answered. */
export function partitionsOf(
  environment: Record<string, unknown> | undefined,
): { name: string; default?: boolean; nodes?: number; gpusPerNode?: number | string }[] {
  const cluster = camelKeys<Record<string, unknown>>(environment?.cluster);
  const list = cluster && Array.isArray(cluster.partitions) ? cluster.partitions : [];
  return list
    .map((p) => camelKeys<{ name: string; default?: boolean; nodes?: number; gpusPerNode?: number | string }>(p))
    .filter((p) => p && typeof p.name === 'string');
}
