/**
 * What vscode-languageclient writes about the daemon, made readable in the `trainerd` log channel.
 *
 * The client writes the daemon's `window/logMessage` as `[Info  - 1:52:32 PM] text` lines and copies
 * the daemon's raw stderr in chunks; the daemon logs the same records to both, so every line came
 * twice, with blank lines between chunks. Here: each message once, at its level, without the
 * client's prefix (the channel has its own time and level); stderr lines that are trainerd's own log
 * records are dropped (the daemon sends each as logMessage from the moment it reads stdin), the rest (other
 * libraries' warnings, tracebacks, children's output) kept; blank lines dropped. A deliberate stop is
 * no error: the exit code 0 it ends with, and the "Channel has been closed" failures of requests
 * that VS Code still sends while the window closes, are logged at debug level.
 */
import type * as vscode from 'vscode';

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error';

const CLIENT_PREFIX = /^\[(Trace|Debug|Info|Warn|Error)\s*- [^\]]*\] ?(.*)$/s;
/** The daemon's stderr format: `2026-12-03 13:52:32,578 trainerd.features INFO text`. */
const PYTHON_RECORD = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (\S+) (DEBUG|INFO|WARNING|ERROR|CRITICAL) (.*)$/;
const SHUTDOWN_NOISE =
  /Channel has been closed|Connection got disposed|Client is not running|connection got disposed|Pending response rejected/i;

const CLIENT_LEVELS: Record<string, Level> = { Trace: 'trace', Debug: 'debug', Info: 'info', Warn: 'warn', Error: 'error' };
const PYTHON_LEVELS: Record<string, Level> = { DEBUG: 'debug', INFO: 'info', WARNING: 'warn', ERROR: 'error', CRITICAL: 'error' };

export class ServerOutput implements vscode.OutputChannel {
  /** True while the extension stops the daemon on purpose (restart, window close). */
  stopping = false;
  private partial = '';
  private lastLevel: Level = 'info';

  constructor(private readonly log: vscode.LogOutputChannel) {}

  get name(): string {
    return this.log.name;
  }

  /** Raw output of the daemon process (stderr; stdout is the protocol). */
  append(value: string): void {
    const lines = (this.partial + value).split(/\r?\n/);
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.stderrLine(line);
  }

  /** A line of vscode-languageclient's own (`[Level - time] message`, or a detail line after it). */
  appendLine(value: string): void {
    for (const raw of value.split(/\r?\n/)) {
      const match = CLIENT_PREFIX.exec(raw);
      if (!match) {
        if (raw.trim()) this.write(this.lastLevel, raw);
        continue;
      }
      let level = CLIENT_LEVELS[match[1]] ?? 'info';
      const text = match[2];
      if (/^Server process exited with code 0\.?$/.test(text)) level = 'info';
      else if (this.stopping && level === 'error') level = 'debug';
      else if (SHUTDOWN_NOISE.test(text) && this.stopping) level = 'debug';
      this.lastLevel = level;
      if (text.trim()) this.write(level, text);
    }
  }

  private stderrLine(line: string): void {
    if (!line.trim()) return;
    const record = PYTHON_RECORD.exec(line);
    if (record) {
      const [, logger, levelName, text] = record;
      const level = PYTHON_LEVELS[levelName] ?? 'info';
      this.lastLevel = level;
      if (logger === 'trainerd' || logger.startsWith('trainerd.')) return; // it came as window/logMessage
      this.write(level, `${logger}: ${text}`);
      return;
    }
    // a continuation of the record above (a traceback) or output of a child process
    this.write(this.lastLevel === 'error' ? 'error' : 'info', line);
  }

  private write(level: Level, text: string): void {
    this.log[level](text);
  }

  replace(value: string): void {
    this.log.replace(value);
  }
  clear(): void {
    this.log.clear();
  }
  show(columnOrPreserve?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserve === 'boolean') this.log.show(columnOrPreserve);
    else this.log.show(preserveFocus);
  }
  hide(): void {
    this.log.hide();
  }
  /** The channel belongs to the extension, not to one language client. */
  dispose(): void {
    if (this.partial.trim()) this.stderrLine(this.partial);
    this.partial = '';
  }
}
