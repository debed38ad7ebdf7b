/** "Optimize with Trace": starting runs from the code lens and following their `trainer/runUpdated`. */
import * as vscode from 'vscode';
import { DaemonApi, errorText } from './api';
import { WriteBackReview } from './candidate';
import { folderOverrides } from './config';
import { FollowupController } from './followup';
import { Methods, OptimizeLensArgument, OptimizeResult, RunUpdated, pickString, runIdOf, runStateOf } from './protocol';

export interface RunInfo {
  runId: string;
  label: string;
  state: string;
}

const FINAL_STATES = new Set(['blocked', 'written_back', 'conflict', 'cancelled', 'failed', 'done']);

export class OptimizeController {
  readonly runs = new Map<string, RunInfo>();
  /** Follow-ups already opened (the daemon's own showMessage about them is then redundant). */
  private readonly followupOpened = new Set<string>();

  constructor(
    private readonly daemon: DaemonApi,
    private readonly followups: FollowupController,
    private readonly review: WriteBackReview,
    private readonly log: vscode.LogOutputChannel,
    /** What must hold before a run starts (trace-opt in the project's interpreter); false: do not start. */
    private readonly prerequisites: () => Promise<boolean> = async () => true,
  ) {
    followups.onContinued = (result) => this.track(result, 'continued');
  }

  /** The lens command: run `trainer/optimize` for the lens' target (`{uri, symbol}`). */
  async optimize(arg?: OptimizeLensArgument): Promise<string | undefined> {
    const target = arg && typeof arg === 'object' ? arg : this.fromActiveEditor();
    if (!target) {
      void vscode.window.showWarningMessage('Open a Python file and use the "Optimize with Trace" code lens above a function.');
      return undefined;
    }
    if (!(await this.prerequisites())) return undefined;
    let result: OptimizeResult;
    try {
      result = await this.daemon.request<OptimizeResult>(Methods.optimize, { ...this.folderSettings(target), ...target });
    } catch (error) {
      void vscode.window.showErrorMessage(`Optimize with Trace: ${errorText(error)}`);
      return undefined;
    }
    if (result?.state === 'blocked') {
      const count = Array.isArray(result.blockers) ? result.blockers.length : 0;
      const choice = await vscode.window.showWarningMessage(
        `Optimize with Trace is blocked (${count} blocker${count === 1 ? '' : 's'}): see the diagnostics on the target and their quick fixes.`,
        'Show problems',
      );
      if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
      return undefined;
    }
    return this.track(result, 'started');
  }

  /** The target folder's own settings where they differ from the first folder's (the daemon's). */
  private folderSettings(target: OptimizeLensArgument): Record<string, unknown> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const spec =
      typeof target.uri === 'string'
        ? vscode.Uri.parse(target.uri)
        : typeof target.path === 'string'
          ? vscode.Uri.file(target.path.split('::')[0])
          : undefined;
    if (folders.length < 2 || !spec) return {};
    const folder = vscode.workspace.getWorkspaceFolder(spec);
    if (!folder || folder.index === 0) return {};
    return folderOverrides(
      vscode.workspace.getConfiguration('trainer', folder.uri),
      vscode.workspace.getConfiguration('trainer', folders[0].uri),
    );
  }

  private track(result: OptimizeResult | undefined, how: string): string | undefined {
    const runId = runIdOf(result);
    if (!runId) return undefined;
    const target = (result?.target ?? {}) as Record<string, unknown>;
    const label = [pickString(target, 'uri', 'path')?.split('/').pop(), pickString(target, 'symbol')].filter(Boolean).join('::');
    if (!this.runs.has(runId)) this.runs.set(runId, { runId, label: label || runId, state: result?.state ?? 'running' });
    this.log.info(`run ${runId} ${how} for ${label || 'its target'}`);
    return runId;
  }

  private fromActiveEditor(): OptimizeLensArgument | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'python') return undefined;
    return { uri: editor.document.uri.toString() };
  }

  /** Cancel a run (the one given, else the only active one; a run waiting at a follow-up is active). */
  async cancel(runId?: string): Promise<void> {
    const active = [...this.runs.values()].filter((r) => !FINAL_STATES.has(r.state));
    const id = runId ?? (active.length === 1 ? active[0].runId : undefined);
    if (!id) {
      void vscode.window.showWarningMessage(
        active.length ? 'Several runs are active: cancel one from its progress notification.' : 'No trainerd run is active.',
      );
      return;
    }
    try {
      await this.daemon.request(Methods.cancel, { runId: id });
    } catch (error) {
      void vscode.window.showErrorMessage(`Cancel: ${errorText(error)}`);
    }
  }

  /**
   * The daemon's own window/showMessage: let it through unless our UI says the same. Its "needs a
   * follow-up answer" notice (which may arrive before the runUpdated) is redundant for runs this
   * window started: the follow-up opens beside the prompt instead.
   */
  handlesServerMessage(message: string): boolean {
    if (!/needs a follow-up answer/.test(message)) return false;
    const ids = [...this.runs.keys(), ...this.followupOpened];
    return ids.some((id) => message.includes(`'${id}'`) || message.includes(`"${id}"`));
  }

  /** React to one state change of a run. */
  onRunUpdated(update: RunUpdated): void {
    const runId = runIdOf(update);
    const state = runStateOf(update);
    if (!runId || !state) return;
    const run = this.runs.get(runId) ?? { runId, label: runId, state };
    run.state = state;
    this.runs.set(runId, run);
    const detail = update.error ?? update.message;
    this.log.info(`run ${runId}: ${state}${detail ? `: ${detail}` : ''}`);
    if (state === 'followup_needed') {
      const followup = (update.followup ?? {}) as Record<string, unknown>;
      const file = pickString(followup, 'promptFile', 'reportFile');
      const text = pickString(followup, 'prompt');
      const variables = Array.isArray(followup.variables) ? followup.variables.map(String) : undefined;
      this.followupOpened.add(runId);
      void this.followups.open(runId, { file, text, variables });
    } else if (state === 'conflict') {
      const conflict = (update.conflict ?? {}) as Record<string, unknown>;
      const snapshot =
        pickString(conflict, 'snapshotFile') ??
        pickString(update.candidate, 'snapshotFile') ??
        pickString(update.writeBack, 'snapshotFile');
      const candidate = pickString(conflict, 'candidateFile') ?? pickString(update.candidate, 'candidateFile');
      if (snapshot && candidate) {
        void vscode.window
          .showWarningMessage(
            `Trace run ${runId}: not written back (${pickString(conflict, 'reason') ?? 'conflict'}).`,
            'Show candidate diff',
          )
          .then((c) => (c ? this.review.showFiles(snapshot, candidate) : undefined));
      }
    }
    if (FINAL_STATES.has(state)) this.runs.delete(runId);
  }
}
