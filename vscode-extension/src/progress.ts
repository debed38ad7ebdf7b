/**
 * Server-created work-done progress (`window/workDoneProgress/create` + `$/progress`) shown as a
 * notification with a Cancel button. vscode-languageclient shows these in the status bar, where they
 * cannot be cancelled; an optimization run is long enough that users want the button.
 */
import * as vscode from 'vscode';

/** What this module needs from the language client (kept small so tests can drive it). */
export interface ProgressHost {
  onCreate(handler: (token: string | number) => void): vscode.Disposable;
  onProgress(token: string | number, handler: (value: WorkDoneValue) => void): vscode.Disposable;
  cancel(token: string | number): void;
}

export interface WorkDoneValue {
  kind: 'begin' | 'report' | 'end';
  title?: string;
  message?: string;
  percentage?: number;
  cancellable?: boolean;
}

interface Active {
  progress?: vscode.Progress<{ message?: string; increment?: number }>;
  finish?: () => void;
  lastPercentage: number;
  pending: WorkDoneValue[];
  subscription?: vscode.Disposable;
  ended: boolean;
}

export class NotificationProgress implements vscode.Disposable {
  private readonly active = new Map<string | number, Active>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly host: ProgressHost) {
    this.subscription = host.onCreate((token) => this.create(token));
  }

  /** Tokens whose progress is still showing. */
  get tokens(): (string | number)[] {
    return [...this.active.keys()];
  }

  private create(token: string | number): void {
    const entry: Active = { lastPercentage: 0, pending: [], ended: false };
    this.active.set(token, entry);
    entry.subscription = this.host.onProgress(token, (value) => this.onValue(token, entry, value));
  }

  private onValue(token: string | number, entry: Active, value: WorkDoneValue): void {
    if (value.kind === 'begin') {
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: value.title ?? 'trainerd', cancellable: !!value.cancellable },
        (progress, cancel) =>
          new Promise<void>((resolve) => {
            entry.progress = progress;
            entry.finish = resolve;
            cancel.onCancellationRequested(() => this.host.cancel(token));
            this.report(entry, value);
            for (const queued of entry.pending.splice(0)) this.onValue(token, entry, queued);
            if (entry.ended) resolve();
          }),
      );
    } else if (value.kind === 'report') {
      if (!entry.progress) entry.pending.push(value);
      else this.report(entry, value);
    } else if (value.kind === 'end') {
      entry.ended = true;
      if (value.message && entry.progress) entry.progress.report({ message: value.message });
      entry.finish?.();
      entry.subscription?.dispose();
      this.active.delete(token);
    }
  }

  private report(entry: Active, value: WorkDoneValue): void {
    let increment: number | undefined;
    if (typeof value.percentage === 'number') {
      increment = Math.max(0, value.percentage - entry.lastPercentage);
      entry.lastPercentage = Math.max(entry.lastPercentage, value.percentage);
    }
    entry.progress?.report({ message: value.message, increment });
  }

  dispose(): void {
    this.subscription.dispose();
    for (const entry of this.active.values()) {
      entry.finish?.();
      entry.subscription?.dispose();
    }
    this.active.clear();
  }
}
