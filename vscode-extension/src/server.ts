/**
 * The daemon's lifecycle: resolve the interpreter, check it can run the daemon, start it through a
 * language client, report its state (language status item), send setting changes, restart on the
 * changes that need it (debounced).
 *
 * The daemon is bundled with the extension (`bundled/tool/serve.py` puts `bundled/libs` first on the
 * path), so the selected interpreter needs nothing installed to run it: only Python >= 3.11. Without
 * the bundle (a development checkout), trainerd must be installed in the interpreter.
 */
import * as vscode from 'vscode';
import { DaemonApi } from './api';
import { daemonSettings, debounce } from './config';
import { Interpreter, TrainerdProbe, describeSource, installCommand, probeTrainerd, resolveInterpreter } from './interpreter';
import { ServerOutput } from './logging';
import { selectInterpreterCommand } from './python';
import { DaemonStatus } from './status';
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
  /** The bundled daemon's launcher; undefined: `python -m trainerd serve`. */
  serverScript?: string;
  cwd: string | undefined;
  settings: Record<string, unknown>;
  /** Workspace trust, for the daemon (`initializationOptions.workspaceTrusted`). */
  trusted: boolean;
  logLevel: string;
  log: vscode.LogOutputChannel;
  /** What vscode-languageclient writes about the daemon goes here (then to `log`, once per message). */
  output: ServerOutput;
  trace: vscode.OutputChannel;
  handlers: DaemonHandlers;
  /** The client stopped on its own (the daemon died and was not restarted). */
  onStopped?: () => void;
}

export type ClientFactory = (options: ClientStartOptions) => Promise<ClientHandle>;

export interface ServerDeps {
  createClient: ClientFactory;
  /** The interpreter the user selected for a folder in the Python (Environments) extension. */
  pythonExtension: (folder?: vscode.Uri) => Promise<string | undefined>;
  /** Can `python` run the daemon (with the bundle: its version; without: trainerd importable)? */
  probe: (python: string, cwd?: string) => Promise<TrainerdProbe>;
  /** `bundled/tool/serve.py` of the installed extension, when it carries the daemon. */
  serverScript?: string;
}

export class TrainerServer implements DaemonApi, vscode.Disposable {
  private client: ClientHandle | undefined;
  private starting: Promise<void> | undefined;
  private stopping = false;
  interpreter: Interpreter | undefined;
  readonly scheduleRestart = debounce(() => void this.restart(), 750);
  readonly status = new DaemonStatus();
  readonly output: ServerOutput;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly trace: vscode.OutputChannel,
    private readonly handlers: DaemonHandlers,
    private readonly deps: ServerDeps,
  ) {
    this.output = new ServerOutput(log);
  }

  get running(): boolean {
    return this.client !== undefined;
  }

  /** Why the daemon is not running, when it is not. */
  get notRunningReason(): string | undefined {
    return this.client ? undefined : (this.status.reason ?? this.status.state);
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

  /** The first folder: where the daemon runs and whose settings (folder-level included) it gets. */
  private folder(): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.workspaceFolders?.[0];
  }

  private configuration(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration('trainer', this.folder()?.uri);
  }

  private async doStart(): Promise<void> {
    if (this.client) return;
    if (!vscode.workspace.isTrusted) {
      this.status.set('untrusted', 'the workspace is untrusted: trust it to use trainerd');
      this.log.warn('trainerd does not start in an untrusted workspace: it runs the workspace interpreter, tests and training commands.');
      return;
    }
    this.status.set('starting', 'resolving the interpreter');
    const folder = this.folder();
    const config = this.configuration();
    const interpreter = await resolveInterpreter({
      setting: config.get<string | null>('interpreter'),
      workspaceFolder: folder?.uri.fsPath,
      pythonExtension: () => this.deps.pythonExtension(folder?.uri),
    });
    this.interpreter = interpreter;
    this.log.info(`interpreter: ${interpreter.path} (from ${describeSource(interpreter.source)})`);
    const probe = await this.deps.probe(interpreter.path, folder?.uri.fsPath);
    if (!probe.ok) {
      const why = this.deps.serverScript
        ? `${interpreter.path} cannot run trainerd: ${probe.error ?? 'it does not start'}`
        : `trainerd is not installed in ${interpreter.path}`;
      this.status.set('failed', why);
      this.log.error(`${why} (${probe.error ?? 'unknown error'})`);
      void this.reportUnusable(interpreter, probe.error);
      return;
    }
    const how = this.deps.serverScript ? `the bundled daemon with Python ${probe.version ?? '?'}` : `trainerd ${probe.version ?? ''}`;
    this.log.info(`starting ${how}: ${interpreter.path}`);
    this.status.set('starting', `starting ${how}`);
    try {
      this.stopping = false;
      this.output.stopping = false;
      this.client = await this.deps.createClient({
        interpreter,
        serverScript: this.deps.serverScript,
        cwd: folder?.uri.fsPath,
        settings: daemonSettings(config, interpreter.path),
        trusted: vscode.workspace.isTrusted,
        logLevel: config.get<string>('logLevel') ?? 'info',
        log: this.log,
        output: this.output,
        trace: this.trace,
        handlers: this.handlers,
        onStopped: () => this.onClientStopped(),
      });
      this.status.set('ready', `${interpreter.path}`, this.deps.serverScript ? undefined : probe.version);
    } catch (error) {
      const why = `the server failed to start: ${error instanceof Error ? error.message : String(error)}`;
      this.status.set('failed', why);
      this.log.error(why);
      void vscode.window.showErrorMessage(`trainerd: ${why}`, 'Show Logs').then((c) => c && this.log.show());
    }
  }

  /** The client stopped without being asked to: the daemon died (the log has its last words). */
  private onClientStopped(): void {
    if (this.stopping) return;
    this.client = undefined;
    this.status.set('failed', 'the daemon exited; see Trainer: Show Logs');
  }

  private async reportUnusable(interpreter: Interpreter, error: string | undefined): Promise<void> {
    const bundled = !!this.deps.serverScript;
    const message = bundled
      ? `trainerd cannot run with ${interpreter.path} (the interpreter from ${describeSource(interpreter.source)}): ${error ?? 'it does not start'}. Select Python 3.11 or newer.`
      : `trainerd is not installed in ${interpreter.path} (the interpreter from ${describeSource(interpreter.source)}). Select an interpreter that has it, or install it there.`;
    const choice = await vscode.window.showErrorMessage(
      message,
      { detail: error },
      'Select interpreter',
      ...(bundled ? [] : ['Install trainerd']),
      'Show Logs',
    );
    if (choice === 'Select interpreter') {
      const [command, ...args] = selectInterpreterCommand();
      await vscode.commands.executeCommand(command, ...args);
    } else if (choice === 'Install trainerd') {
      const spec = this.configuration().get<string>('installSpec') || 'trainerd';
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
    this.stopping = true;
    this.output.stopping = true; // its exit and the requests cut short are no errors
    if (client) {
      try {
        await client.stop();
      } catch (error) {
        this.log.debug(`stopping the server: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (this.status.state !== 'untrusted') this.status.set('stopped', 'stopped');
  }

  async restart(): Promise<void> {
    this.log.info('restarting the trainerd server');
    await this.stop();
    await this.start();
  }

  /**
   * A `trainer.*` setting changed: restart for the interpreter (the daemon runs in it); send every
   * other one, the log level included, with `workspace/didChangeConfiguration` (applied live).
   */
  onConfigurationChanged(event: vscode.ConfigurationChangeEvent): void {
    if (!event.affectsConfiguration('trainer')) return;
    if (event.affectsConfiguration('trainer.interpreter') || !this.client) {
      if (vscode.workspace.isTrusted) this.scheduleRestart();
      return;
    }
    const settings = daemonSettings(this.configuration(), this.interpreter?.path);
    this.log.info(`settings changed: ${Object.keys(settings).join(', ')} sent to the daemon`);
    void this.client.sendNotification('workspace/didChangeConfiguration', { settings: { trainer: settings } });
  }

  dispose(): void {
    void this.stop();
    this.status.dispose();
  }
}

export const defaultProbe = probeTrainerd;
