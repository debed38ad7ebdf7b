import * as vscode from 'vscode';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dashboards } from '../../src/dashboard';
import { SessionEvent } from '../../src/protocol';
import * as mock from '../vscode-mock';
import { RecordingDaemon, until } from './fakes';

const METRICS = {
  name: 's1',
  state: 'exited',
  series: {
    loss: [
      [1, 2.4],
      [2, 2.1],
    ],
    eval_loss: [[2, 2.2]],
    throughput: [
      [1, 50],
      [2, 51],
    ],
  },
  units: { throughput: 'samples/s' },
  flags: [{ kind: 'nan_inf', severity: 'error', message: 'loss is NaN at step 2', step: 2, line: 3 }],
  crash: { line: 9, message: 'FileNotFoundError at train.py:8: …' },
  logPath: __filename,
};

describe('the training dashboard', () => {
  beforeEach(() => mock.resetMock());

  it('is a page with the bundled script only, fed by trainer/sessionMetrics; its marks open the log line or the problem', async () => {
    const daemon = new RecordingDaemon({ 'trainer/sessionMetrics': () => METRICS });
    const problems: SessionEvent[] = [];
    const log = mock.window.createOutputChannel() as unknown as vscode.LogOutputChannel;
    const dashboards = new Dashboards(daemon, mock.Uri.file('/ext') as unknown as vscode.Uri, async (e) => void problems.push(e), log);
    dashboards.show('s1');
    dashboards.show('s1'); // one panel per session
    expect(mock.state.panels).toHaveLength(1);
    const [panel] = mock.state.panels;
    expect(panel.title).toBe('Training: s1');
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(panel.webview.html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/https?:/); // nothing from the network
    expect(panel.webview.html).toContain('src="vscode-webview:/ext/dist/dashboard.js"');
    panel.receive({ type: 'ready' });
    await until(() => panel.posted.length === 1, 'the metrics');
    expect(daemon.requests).toEqual([{ method: 'trainer/sessionMetrics', params: { name: 's1' } }]);
    expect(panel.posted[0]).toMatchObject({ type: 'metrics', metrics: { name: 's1', units: { throughput: 'samples/s' } } });
    // the crash mark: the problem at the user's frame once the crash event is known, else its log line
    panel.receive({ type: 'openCrash', line: 9 });
    await until(() => mock.state.shown.length === 1, 'the log at the crash line');
    const crash: SessionEvent = {
      session: 's1',
      kind: 'crash',
      details: { rootCause: true, triage: { frame: { file: '/p/train.py', line: 8 } } },
    };
    dashboards.onSessionEvent(crash);
    panel.receive({ type: 'openCrash', line: 9 });
    await until(() => problems.length === 1, 'the problem');
    expect(problems[0]).toBe(crash);
    panel.receive({ type: 'openLine', line: 3 });
    await until(() => mock.state.shown.length === 2, 'the log at the flag line');
    expect(mock.state.shown[1].uri.fsPath).toBe(__filename);
    // a finished session is not asked again on a timer; an event of it refreshes the page
    expect(daemon.requests).toHaveLength(2);
    panel.dispose();
    dashboards.dispose();
  });
});
