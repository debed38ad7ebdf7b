/**
 * The daemon's lifecycle: resolve the interpreter, check trainerd is installed in it, start
 * `python -m trainerd serve` through a language client, restart on changes (debounced).
 */
import * as vscode from 'vscode';
import { DaemonApi } from './api';
import { daemonSettings, debounce } from './config';
import { Interpreter, TrainerdProbe, describeSource, installCommand, probeTrainerd, resolveInterpreter } from './interpreter';
import type { ApplyDecision } from './candidate';
import type { CompleteParams, RunUpdated, SessionEvent } from './protocol';

/** What the UI does with the daemon's own messages. */
export interface DaemonHandlers {
  onRunUpdated(update: RunUpdated): void;
  onSessionEvent(event: SessionEvent): void;
  complete(params: CompleteParams, token: vscode.CancellationToken): Promise<string>;
  reviewEdit(edit: vscode.WorkspaceEdit, label: string | undefined): Promise<ApplyDecision>;
  /** `window/showMessage` (type 1 error, 2 warning, 3 info, 4 log). */
  onServerMessage(type: number, message: string): void;
}

/** A started language client, as far as this module is concerned. */
export interface ClientHandle {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
  sendNotification(method: string, params: unknown): Promise<void>;
  stop(): Promise<void>;
}

export interface ClientStartOptions {
  interpreter: Interpreter;
  cwd: string | undefined;
  settings: Record<string, unknown>;
  logLevel: string;
  log: vscode.LogOutputChannel;
  trace: vscode.OutputChannel;
  handlers: DaemonHandlers;
}

export type ClientFactory = (options: ClientStartOptions) => Promise<ClientHandle>;

export interface ServerDeps {
  createClient: ClientFactory;
  pythonExtension: () => Promise<string | undefined>;
  probe: (python: string, cwd?: string) => Promise<TrainerdProbe>;
}

export class TrainerServer implements DaemonApi, vscode.Disposable {
  private client: ClientHandle | undefined;
  private starting: Promise<void> | undefined;
  interpreter: Interpreter | undefined;
  readonly scheduleRestart = debounce(() => void this.restart(), 750);
  /** Why the daemon is not running, when it is not (shown by Show Logs and the status message). */
  notRunningReason: string | undefined = 'not started yet';

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly trace: vscode.OutputChannel,
    private readonly handlers: DaemonHandlers,
    private readonly deps: ServerDeps,
  ) {}

  get running(): boolean {
    return this.client !== undefined;
  }

  async request<R = unknown>(method: string, params: unknown): Promise<R> {
    if (this.starting) await this.starting;
    if (!this.client) throw new Error(`the trainerd server is not running (${this.notRunningReason ?? 'stopped'}); see Trainer: Show Logs`);
    return this.client.sendRequest<R>(method, params);
  }

  /** Start the daemon (once; concurrent callers share the attempt). */
  start(): Promise<void> {
    if (!this.starting) this.starting = this.doStart().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async doStart(): Promise<void> {
    if (this.client) return;
    if (!vscode.workspace.isTrusted) {
      this.notRunningReason = 'the workspace is not trusted';
      this.log.warn('trainerd does not start in an untrusted workspace: it runs the workspace interpreter, tests and training commands.');
      return;
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const config = vscode.workspace.getConfiguration('trainer');
    const interpreter = await resolveInterpreter({
      setting: config.get<string | null>('interpreter'),
      workspaceFolder: folder,
      pythonExtension: this.deps.pythonExtension,
    });
    this.interpreter = interpreter;
    this.log.info(`interpreter: ${interpreter.path} (from ${describeSource(interpreter.source)})`);
    const probe = await this.deps.probe(interpreter.path, folder);
    if (!probe.ok) {
      this.notRunningReason = `trainerd is not installed in ${interpreter.path}`;
      this.log.error(`trainerd cannot be imported by ${interpreter.path}: ${probe.error ?? 'unknown error'}`);
      void this.reportMissing(interpreter, probe.error);
      return;
    }
    this.log.info(`trainerd ${probe.version ?? ''} found; starting ${interpreter.path} -m trainerd serve`);
    try {
      this.client = await this.deps.createClient({
        interpreter,
        cwd: folder,
        settings: daemonSettings(config, interpreter.path),
        logLevel: config.get<string>('logLevel') ?? 'info',
        log: this.log,
        trace: this.trace,
        handlers: this.handlers,
      });
      this.notRunningReason = undefined;
    } catch (error) {
      this.notRunningReason = `the server failed to start: ${error instanceof Error ? error.message : String(error)}`;
      this.log.error(this.notRunningReason);
      void vscode.window.showErrorMessage(`trainerd: ${this.notRunningReason}`, 'Show Logs').then((c) => c && this.log.show());
    }
  }

  private async reportMissing(interpreter: Interpreter, error: string | undefined): Promise<void> {
    const choice = await vscode.window.showErrorMessage(
      `trainerd is not installed in ${interpreter.path} (the interpreter from ${describeSource(interpreter.source)}). ` +
        'Select an interpreter that has it, or install it there.',
      { detail: error },
      'Select interpreter',
      'Install trainerd',
      'Show Logs',
    );
    if (choice === 'Select interpreter') {
      if (vscode.extensions.getExtension('ms-python.python')) {
        await vscode.commands.executeCommand('python.setInterpreter');
      } else {
        await vscode.commands.executeCommand('workbench.action.openSettings', 'trainer.interpreter');
      }
    } else if (choice === 'Install trainerd') {
      const spec = vscode.workspace.getConfiguration('trainer').get<string>('installSpec') || 'trainerd';
      const terminal = vscode.window.createTerminal({ name: 'Install trainerd' });
      terminal.show();
      terminal.sendText(installCommand(interpreter.path, spec), true);
      const after = await vscode.window.showInformationMessage(
        'When the install has finished, restart the trainerd server.',
        'Restart Server',
      );
      if (after) await this.restart();
    } else if (choice === 'Show Logs') {
      this.log.show();
    }
  }

  async stop(): Promise<void> {
    this.scheduleRestart.cancel();
    if (this.starting) await this.starting;
    const client = this.client;
    this.client = undefined;
    this.notRunningReason = 'stopped';
    if (client) {
      try {
        await client.stop();
      } catch (error) {
        this.log.warn(`stopping the server: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  async restart(): Promise<void> {
    this.log.info('restarting the trainerd server');
    await this.stop();
    await this.start();
  }

  /** A `trainer.*` setting changed: restart for the interpreter/log level, else send the settings. */
  onConfigurationChanged(event: vscode.ConfigurationChangeEvent): void {
    if (!event.affectsConfiguration('trainer')) return;
    if (event.affectsConfiguration('trainer.interpreter') || event.affectsConfiguration('trainer.logLevel') || !this.client) {
      this.scheduleRestart();
      return;
    }
    const settings = daemonSettings(vscode.workspace.getConfiguration('trainer'), this.interpreter?.path);
    void this.client.sendNotification('workspace/didChangeConfiguration', { settings: { trainer: settings } });
  }

  dispose(): void {
    void this.stop();
  }
}

export const defaultProbe = probeTrainerd;
