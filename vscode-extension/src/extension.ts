/** Entry point: commands registered once, the daemon started when the workspace is trusted. */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { CANDIDATE_SCHEME, CandidateDocuments, WriteBackReview } from './candidate';
import { FollowupController } from './followup';
import { LanguageModelBridge } from './lm';
import { OptimizeController } from './optimize';
import { ClientFactory, ServerDeps, TrainerServer, defaultProbe } from './server';
import { SessionItem, SessionsProvider, TrainingController, showProblem } from './training';
import { Dashboards } from './dashboard';
import { triageCommand } from './triage';
import { createReviewAndOpen } from './review';
import { confirmFix } from './fixes';
import { ProjectPackages } from './install';
import { probePython } from './interpreter';
import { selectedInterpreter, watchSelectedInterpreter } from './python';

export const COMMANDS = [
  'trainer.restartServer',
  'trainer.showLogs',
  'trainer.optimizeWithTrace',
  'trainer.cancelRun',
  'trainer.sendFollowupAnswer',
  'trainer.askLanguageModel',
  'trainer.selectLanguageModel',
  'trainer.launchTraining',
  'trainer.refreshSessions',
  'trainer.attachSession',
  'trainer.stopSession',
  'trainer.restartSession',
  'trainer.openSessionLog',
  'trainer.confirmFix',
  'trainer.triage',
  'trainer.createReviewAndOpen',
  'trainer.showDashboard',
] as const;

export const UNTRUSTED_MESSAGE =
  "trainerd is off in this untrusted workspace: it runs the workspace's Python interpreter, its tests and its training commands. Trust the workspace to use it.";

export interface Extension {
  server: TrainerServer;
  optimize: OptimizeController;
  followups: FollowupController;
  training: TrainingController;
  lm: LanguageModelBridge;
  review: WriteBackReview;
}

/** Wire everything; `deps` lets tests replace the language client and the interpreter probes. */
export function createExtension(context: vscode.ExtensionContext, deps: ServerDeps): Extension {
  const log = vscode.window.createOutputChannel('trainerd', { log: true });
  const trace = vscode.window.createOutputChannel('trainerd (protocol trace)');
  context.subscriptions.push(log, trace);

  const lm = new LanguageModelBridge(context.workspaceState, log);
  const candidates = new CandidateDocuments();
  const review = new WriteBackReview(candidates);
  // the controllers reach the daemon through `server`, created just below
  const daemon = {
    request: <R>(method: string, params: unknown) => server.request<R>(method, params),
    get running() {
      return server.running;
    },
  };
  const followups = new FollowupController(daemon, lm, log);
  const packages = new ProjectPackages(() => server.interpreter?.path, log);
  const optimize = new OptimizeController(daemon, followups, review, log, () => packages.ensureTraceOpt());
  const sessions = new SessionsProvider(daemon);
  const training = new TrainingController(daemon, sessions, log);
  const dashboards = new Dashboards(daemon, context.extensionUri, showProblem, log);
  const server: TrainerServer = new TrainerServer(
    log,
    trace,
    {
      onRunUpdated: (u) => optimize.onRunUpdated(u),
      onSessionEvent: (e) => {
        training.onSessionEvent(e);
        dashboards.onSessionEvent(e);
      },
      complete: (p, t) => lm.complete(p, t),
      reviewEdit: (edit, label) => review.review(edit, label),
      onServerMessage: (type, message) => {
        log.info(`server message: ${message}`);
        if (optimize.handlesServerMessage(message)) return;
        if (type === 1) void vscode.window.showErrorMessage(message);
        else if (type === 2) void vscode.window.showWarningMessage(message);
        else if (type === 3) void vscode.window.showInformationMessage(message);
      },
    },
    deps,
  );
  context.subscriptions.push(server, training, dashboards);
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(CANDIDATE_SCHEME, candidates));
  context.subscriptions.push(vscode.window.createTreeView('trainer.sessions', { treeDataProvider: sessions, showCollapseAll: false }));

  const register = (id: (typeof COMMANDS)[number], fn: (...args: never[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, fn as (...args: unknown[]) => unknown));
  };
  register('trainer.restartServer', async () => {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(UNTRUSTED_MESSAGE);
      return;
    }
    await server.restart();
    await training.refresh();
  });
  register('trainer.showLogs', () => log.show());
  register('trainer.optimizeWithTrace', (arg?: Record<string, unknown>) => optimize.optimize(arg));
  register('trainer.cancelRun', (runId?: string) => optimize.cancel(typeof runId === 'string' ? runId : undefined));
  register('trainer.sendFollowupAnswer', () => followups.sendAnswer());
  register('trainer.askLanguageModel', () => followups.askLanguageModel());
  register('trainer.selectLanguageModel', async () => {
    try {
      const model = await lm.chooseModel(true);
      void vscode.window.showInformationMessage(`trainerd will ask ${model.name} (${model.vendor}).`);
    } catch (error) {
      void vscode.window.showWarningMessage(error instanceof Error ? error.message : String(error));
    }
  });
  register('trainer.launchTraining', () => training.launch());
  register('trainer.triage', () => triageCommand(daemon, log));
  register('trainer.createReviewAndOpen', (...args: unknown[]) => createReviewAndOpen(daemon, args, log));
  register('trainer.refreshSessions', () => training.refresh());
  register('trainer.attachSession', (item?: SessionItem) => training.attach(item));
  register('trainer.stopSession', (item?: SessionItem) => training.stop(item));
  register('trainer.restartSession', (item?: SessionItem) => training.restart(item));
  register('trainer.openSessionLog', (item?: SessionItem) => training.openLog(item));
  register('trainer.showDashboard', async (item?: SessionItem | string) => {
    const name = typeof item === 'string' ? item : (item?.session.name ?? (await training.pickSession()));
    if (name) dashboards.show(name, typeof item === 'string' ? undefined : item?.session.root);
  });
  register('trainer.confirmFix', (edit?: vscode.WorkspaceEdit, record?: vscode.Command, title?: string) =>
    confirmFix(edit, record, title, review, training, log),
  );

  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => server.onConfigurationChanged(e)));
  context.subscriptions.push(vscode.workspace.onDidChangeWorkspaceFolders(() => server.scheduleRestart()));

  const startNow = async (): Promise<void> => {
    await server.start();
    await training.refresh();
  };
  if (!vscode.workspace.isTrusted) {
    log.warn(UNTRUSTED_MESSAGE);
    context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void startNow()));
  }
  void startNow(); // untrusted: only says so (language status)
  return { server, optimize, followups, training, lm, review };
}

let active: Extension | undefined;

export function activate(context: vscode.ExtensionContext): Extension {
  const createClient: ClientFactory = async (options) => (await import('./client')).createLanguageClient(options);
  // the .vsix carries the daemon (bundled/): the interpreter only needs to be Python >= 3.11
  const bundled = context.asAbsolutePath(path.join('bundled', 'tool', 'serve.py'));
  const serverScript = fs.existsSync(bundled) ? bundled : undefined;
  const extension = createExtension(context, {
    createClient,
    pythonExtension: selectedInterpreter,
    probe: serverScript ? probePython : defaultProbe,
    serverScript,
  });
  void watchSelectedInterpreter(() => extension.server.scheduleRestart()).then((d) => d && context.subscriptions.push(d));
  active = extension;
  return extension;
}

/** Stop the daemon (VS Code waits for the returned promise). */
export function deactivate(): Promise<void> | undefined {
  const server = active?.server;
  active = undefined;
  return server?.stop();
}
