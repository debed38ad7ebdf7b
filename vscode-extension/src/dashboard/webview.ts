/**
 * The training dashboard's page (runs in the webview, bundled with uPlot into dist/dashboard.js; no
 * network). Draws loss with validation loss, and throughput, over steps; marks the monitor's flags
 * and the crash on both timelines; lists them below. Clicking a mark or an entry asks the extension
 * to open its log line (or, for the crash, the diagnostic at the user's frame).
 */
import uPlot from 'uplot';
import type { SessionMetrics } from '../protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

interface Mark {
  step: number;
  label: string;
  kind: 'flag' | 'crash';
  severity: string;
  line?: number | null;
}

const COLORS = { loss: '#3b82f6', val: '#f59e0b', throughput: '#10b981', error: '#dc2626', warning: '#d97706' };

let charts: uPlot[] = [];
let marks: Mark[] = [];
let lastKey = '';
let lastMetrics: SessionMetrics | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** All steps of the given series, sorted, and each series' values aligned on them (null where absent). */
function align(series: [number, number | null][][]): uPlot.AlignedData {
  const steps = [...new Set(series.flatMap((s) => s.map((p) => p[0])))].sort((a, b) => a - b);
  const index = new Map(steps.map((s, i) => [s, i]));
  const columns = series.map((s) => {
    const column: (number | null)[] = new Array(steps.length).fill(null);
    for (const [step, value] of s) column[index.get(step)!] = value;
    return column;
  });
  return [steps, ...columns] as uPlot.AlignedData;
}

/** A uPlot plugin drawing the marks as vertical lines, and opening the one clicked. */
function marksPlugin(): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u: uPlot) => {
          const ctx = u.ctx;
          ctx.save();
          for (const mark of marks) {
            const x = Math.round(u.valToPos(mark.step, 'x', true));
            if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
            ctx.strokeStyle = mark.kind === 'crash' || mark.severity === 'error' ? COLORS.error : COLORS.warning;
            ctx.lineWidth = 2 * devicePixelRatio;
            ctx.setLineDash(mark.kind === 'crash' ? [] : [6 * devicePixelRatio, 4 * devicePixelRatio]);
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
          }
          ctx.restore();
        },
      ],
      ready: [
        (u: uPlot) => {
          u.over.addEventListener('click', (e) => {
            const x = e.offsetX;
            const hit = marks.find((m) => Math.abs(u.valToPos(m.step, 'x') - x) <= 6);
            if (hit) open(hit);
          });
        },
      ],
    },
  };
}

function open(mark: Mark): void {
  vscode.postMessage(mark.kind === 'crash' ? { type: 'openCrash', line: mark.line } : { type: 'openLine', line: mark.line });
}

function chart(container: HTMLElement, title: string, names: string[], colors: string[], data: uPlot.AlignedData, unit?: string): uPlot {
  const width = Math.max(320, container.clientWidth || document.body.clientWidth - 32);
  const style = getComputedStyle(document.body);
  const fg = style.getPropertyValue('--vscode-foreground') || '#333';
  const grid = style.getPropertyValue('--vscode-editorWidget-border') || '#ddd';
  const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
  return new uPlot(
    {
      title,
      width,
      height: 170,
      scales: { x: { time: false } },
      axes: [
        { ...axis, label: 'step' },
        { ...axis, label: unit ?? '' },
      ],
      series: [
        { label: 'step' },
        ...names.map((label, i) => ({ label, stroke: colors[i], width: 2, spanGaps: false, points: { show: false } })),
      ],
      plugins: [marksPlugin()],
    },
    data,
    container,
  );
}

function render(metrics: SessionMetrics): void {
  const key = JSON.stringify(metrics);
  if (key === lastKey) return;
  lastKey = key;
  lastMetrics = metrics;
  const series = metrics.series;
  const lastStep = Math.max(0, ...Object.values(series).flatMap((s) => s.map((p) => p[0])));
  marks = metrics.flags.map((f) => ({
    step: typeof f.step === 'number' ? f.step : lastStep,
    label: `${f.kind}: ${f.message}`,
    kind: 'flag',
    severity: f.severity ?? 'warning',
    line: f.line,
  }));
  // the crash happened after the last step logged
  if (metrics.crash)
    marks.push({ step: lastStep, label: `crash: ${metrics.crash.message}`, kind: 'crash', severity: 'error', line: metrics.crash.line });

  document.getElementById('state')!.textContent = metrics.state ?? '';
  const loss = series.loss ?? [];
  const val = series.eval_loss ?? series.val_loss ?? [];
  const throughput = series.throughput ?? [];
  const unit = metrics.units?.throughput;
  const summary = document.getElementById('summary')!;
  summary.replaceChildren(
    ...[
      ['loss', loss],
      ['validation loss', val],
      [`throughput${unit ? ` (${unit})` : ''}`, throughput],
    ].map(([name, points]) => {
      const list = points as [number, number | null][];
      const last = list.at(-1);
      const text = last
        ? `${String(name)}: ${list.length} points, last ${last[1] === null ? 'NaN' : Number(last[1].toPrecision(4))} at step ${last[0]}`
        : `${String(name)}: no points yet`;
      return el('li', { class: 'series' }, text);
    }),
  );

  for (const c of charts) c.destroy();
  charts = [];
  const lossBox = document.getElementById('loss')!;
  const rateBox = document.getElementById('throughput')!;
  lossBox.replaceChildren();
  rateBox.replaceChildren();
  if (loss.length || val.length)
    charts.push(chart(lossBox, 'Loss', ['loss', 'validation loss'], [COLORS.loss, COLORS.val], align([loss, val])));
  if (throughput.length) charts.push(chart(rateBox, 'Throughput', ['throughput'], [COLORS.throughput], align([throughput]), unit));

  const events = document.getElementById('events')!;
  events.replaceChildren(
    ...marks.map((mark) => {
      const item = el('li', { class: `mark ${mark.kind} ${mark.severity}` });
      const button = el(
        'button',
        { type: 'button', title: mark.kind === 'crash' ? 'Open the problem' : 'Open the log line' },
        `step ${mark.step} · ${mark.label}`,
      );
      button.addEventListener('click', () => open(mark));
      item.append(button);
      return item;
    }),
  );
  document.getElementById('no-events')!.hidden = marks.length > 0;
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = event.data as { type?: string; metrics?: SessionMetrics; error?: string };
  if (message.type === 'metrics' && message.metrics) render(message.metrics);
  if (message.type === 'error') document.getElementById('state')!.textContent = message.error ?? 'error';
});
window.addEventListener('resize', () => {
  lastKey = '';
  if (lastMetrics) render(lastMetrics);
});
vscode.postMessage({ type: 'ready' });
