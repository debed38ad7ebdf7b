/** The daemon's state as a language status item (the `{}` item of Python files in the status bar). */
import * as vscode from 'vscode';

export type DaemonState = 'stopped' | 'starting' | 'ready' | 'failed' | 'untrusted';

export interface StatusView {
  text: string;
  detail: string;
  severity: vscode.LanguageStatusSeverity;
  busy: boolean;
  command: vscode.Command | undefined;
}

/** What the item says for a state (pure: tested without VS Code). */
export function statusView(state: DaemonState, reason: string | undefined, version?: string): StatusView {
  const restart: vscode.Command = { title: 'Restart', command: 'trainer.restartServer' };
  switch (state) {
    case 'starting':
      return {
        text: 'trainerd: starting',
        detail: reason ?? '',
        severity: 0,
        busy: true,
        command: { title: 'Show Logs', command: 'trainer.showLogs' },
      };
    case 'ready':
      return {
        text: 'trainerd: ready',
        detail: [version && `trainerd ${version}`, reason].filter(Boolean).join(' · '),
        severity: 0,
        busy: false,
        command: restart,
      };
    case 'failed':
      return { text: 'trainerd: failed', detail: reason ?? 'see Trainer: Show Logs', severity: 2, busy: false, command: restart };
    case 'untrusted':
      return {
        text: 'trainerd: off (untrusted workspace)',
        detail: 'it runs your interpreter, tests and training commands: trust the workspace to use it',
        severity: 1,
        busy: false,
        command: { title: 'Manage Workspace Trust', command: 'workbench.trust.manage' },
      };
    default:
      return { text: 'trainerd: stopped', detail: reason ?? '', severity: 0, busy: false, command: restart };
  }
}

export class DaemonStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  state: DaemonState = 'stopped';
  reason: string | undefined;

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('trainer.daemon', { language: 'python' });
    this.item.name = 'trainerd';
    this.set('stopped', 'not started yet');
  }

  set(state: DaemonState, reason?: string, version?: string): void {
    this.state = state;
    this.reason = reason;
    const view = statusView(state, reason, version);
    this.item.text = view.text;
    this.item.detail = view.detail;
    this.item.severity = view.severity;
    this.item.busy = view.busy;
    this.item.command = view.command;
  }

  dispose(): void {
    this.item.dispose();
  }
}
