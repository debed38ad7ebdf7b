import * as vscode from 'vscode';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NotificationProgress, ProgressHost, WorkDoneValue } from '../../src/progress';
import * as mock from '../vscode-mock';
import { until } from './fakes';

class Host implements ProgressHost {
  create?: (token: string | number) => void;
  handlers = new Map<string | number, (v: WorkDoneValue) => void>();
  cancelled: (string | number)[] = [];
  onCreate(handler: (token: string | number) => void) {
    this.create = handler;
    return new mock.Disposable();
  }
  onProgress(token: string | number, handler: (v: WorkDoneValue) => void) {
    this.handlers.set(token, handler);
    return new mock.Disposable(() => this.handlers.delete(token));
  }
  cancel(token: string | number) {
    this.cancelled.push(token);
  }
}

describe('server progress as a cancellable notification', () => {
  beforeEach(() => mock.resetMock());

  it('shows begin/report/end in a notification and sends the cancel for its token', async () => {
    const reports: unknown[] = [];
    const source = new mock.CancellationTokenSource();
    let finished = false;
    mock.window.withProgress.mockImplementationOnce(async (options: unknown, task: (p: unknown, t: unknown) => Promise<unknown>) => {
      reports.push(options);
      await task({ report: (r: unknown) => reports.push(r) }, source.token);
      finished = true;
    });
    const host = new Host();
    const progress = new NotificationProgress(host);
    host.create!('trainer/run/r1/1');
    const send = (v: WorkDoneValue) => host.handlers.get('trainer/run/r1/1')!(v);
    send({ kind: 'begin', title: 'Optimizing stats.py::median', cancellable: true, message: 'checking blockers' });
    send({ kind: 'report', message: 'iteration 1/3 · 2/5 tests passing', percentage: 0 });
    send({ kind: 'report', message: 'iteration 2/3 · 4/5 tests passing', percentage: 33 });
    expect(reports).toEqual([
      { location: vscode.ProgressLocation.Notification, title: 'Optimizing stats.py::median', cancellable: true },
      { message: 'checking blockers', increment: undefined },
      { message: 'iteration 1/3 · 2/5 tests passing', increment: 0 },
      { message: 'iteration 2/3 · 4/5 tests passing', increment: 33 },
    ]);
    source.cancel();
    expect(host.cancelled).toEqual(['trainer/run/r1/1']);
    send({ kind: 'end', message: 'Cancelled' });
    await until(() => finished, 'the notification to close');
    expect(progress.tokens).toEqual([]);
    expect(host.handlers.size).toBe(0);
  });

  it('closes a notification whose end came before VS Code ran the task', async () => {
    let task: (() => Promise<unknown>) | undefined;
    mock.window.withProgress.mockImplementationOnce(async (_o: unknown, t: (p: unknown, c: unknown) => Promise<unknown>) => {
      task = () => t({ report: vi.fn() }, new mock.CancellationTokenSource().token);
    });
    const host = new Host();
    new NotificationProgress(host);
    host.create!(7);
    host.handlers.get(7)!({ kind: 'begin', title: 't' });
    host.handlers.get(7)!({ kind: 'end' });
    await until(() => task !== undefined, 'withProgress');
    await expect(task!()).resolves.toBeUndefined();
  });
});
