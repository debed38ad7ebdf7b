/**
 * The training dashboard: a webview per session with live charts of loss, validation loss and
 * throughput (uPlot, bundled: dist/dashboard.js; nothing is fetched), the monitor's flags and the
 * crash marked on the timeline. Fed by `trainer/sessionMetrics`, asked again every 2 s while the
 * session runs and the panel is visible, and at each `trainer/sessionEvent` of the session.
 * A click on a mark opens its log line; on the crash, the diagnostic at the user's frame.
 */
import * as vscode from 'vscode';
import { DaemonApi, errorText } from './api';
import { Methods, SessionEvent, SessionMetrics, readSessionMetrics } from './protocol';

export const DASHBOARD_VIEW = 'trainer.dashboard';
const REFRESH_MS = 2000;

interface Panel {
  panel: vscode.WebviewPanel;
  timer?: NodeJS.Timeout;
  metrics?: SessionMetrics;
  root?: string;
}

export class Dashboards implements vscode.Disposable {
  private readonly panels = new Map<string, Panel>();
  /** The crash events seen, by session: the frame the crash mark opens. */
  private readonly crashes = new Map<string, SessionEvent>();

  constructor(
    private readonly daemon: DaemonApi,
    private readonly extensionUri: vscode.Uri,
    private readonly showProblem: (event: SessionEvent) => Promise<void>,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Open (or bring forward) the dashboard of session `name`. */
  show(name: string, root?: string): vscode.WebviewPanel {
    const existing = this.panels.get(name);
    if (existing) {
      existing.panel.reveal();
      return existing.panel;
    }
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(DASHBOARD_VIEW, `Training: ${name}`, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [dist],
    });
    const entry: Panel = { panel, root };
    this.panels.set(name, entry);
    panel.webview.html = dashboardHtml(panel.webview, dist, name);
    panel.webview.onDidReceiveMessage((m: { type?: string; line?: number | null }) => void this.onMessage(name, entry, m));
    panel.onDidChangeViewState(() => this.schedule(name, entry));
    panel.onDidDispose(() => {
      if (entry.timer) clearTimeout(entry.timer);
      this.panels.delete(name);
    });
    return panel;
  }

  /** A session event: refresh its dashboard at once; remember a crash's frame for its mark. */
  onSessionEvent(event: SessionEvent): void {
    const name = event.session;
    if (!name) return;
    if (event.kind === 'crash' && event.details?.rootCause !== false) this.crashes.set(name, event);
    if (event.kind === 'started') this.crashes.delete(name);
    const entry = this.panels.get(name);
    if (entry) void this.refresh(name, entry);
  }

  private async onMessage(name: string, entry: Panel, message: { type?: string; line?: number | null }): Promise<void> {
    if (message.type === 'ready') {
      await this.refresh(name, entry);
    } else if (message.type === 'openCrash' && this.crashes.has(name)) {
      await this.showProblem(this.crashes.get(name)!);
    } else if ((message.type === 'openLine' || message.type === 'openCrash') && entry.metrics?.logPath) {
      const line = Math.max(0, (message.line ?? 1) - 1);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(entry.metrics.logPath));
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(line, 0, line, 0) });
    }
  }

  private async refresh(name: string, entry: Panel): Promise<void> {
    try {
      const raw = await this.daemon.request<unknown>(Methods.sessionMetrics, { name, ...(entry.root ? { root: entry.root } : {}) });
      entry.metrics = readSessionMetrics(raw);
      await entry.panel.webview.postMessage({ type: 'metrics', metrics: entry.metrics });
    } catch (error) {
      this.log.warn(`dashboard of ${name}: ${errorText(error)}`);
      await entry.panel.webview.postMessage({ type: 'error', error: errorText(error) });
    }
    this.schedule(name, entry);
  }

  /** Ask again in a moment while the session runs (or waits in a queue) and the panel is visible. */
  private schedule(name: string, entry: Panel): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = undefined;
    const live = ['running', 'pending'].includes(entry.metrics?.state ?? 'running');
    if (live && entry.panel.visible) entry.timer = setTimeout(() => void this.refresh(name, entry), REFRESH_MS);
  }

  dispose(): void {
    for (const entry of this.panels.values()) entry.panel.dispose();
  }
}

function nonce(): string {
  let out = '';
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < 32; i++) out += chars.charAt(Math.floor(Math.random() * chars.length));
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page: the bundled script and styles only (a strict content security policy, no network). */
export function dashboardHtml(webview: vscode.Webview, dist: vscode.Uri, name: string): string {
  const script = webview.asWebviewUri(vscode.Uri.joinPath(dist, 'dashboard.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(dist, 'dashboard.css'));
  const n = nonce();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${webview.cspSource} data:; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Training: ${escapeHtml(name)}</title>
</head>
<body>
<header><h1>${escapeHtml(name)}</h1><span id="state" class="state"></span></header>
<ul id="summary"></ul>
<section id="loss" class="chart"></section>
<section id="throughput" class="chart"></section>
<h2>Flags and crash</h2>
<p id="no-events">None so far.</p>
<ul id="events"></ul>
<script nonce="${n}" src="${script}"></script>
</body>
</html>`;
}
