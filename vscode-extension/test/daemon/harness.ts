/**
 * The real daemon (`python3 -m trainerd serve`) driven over stdio with vscode-jsonrpc, with the
 * client capabilities this extension declares. Server->client requests are answered by handlers the
 * test installs (the extension's own code where it has one).
 */
import { ChildProcessWithoutNullStreams, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterAll } from 'vitest';
import {
  CancellationToken,
  MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
} from 'vscode-jsonrpc/node';
import { DaemonEndpoint, WORK_DONE_PROGRESS } from '../../src/wiring';
import { COMPLETE_CAPABILITY } from '../../src/protocol';

export const REPO = path.resolve(__dirname, '..', '..', '..');
export const PYTHON = process.env.TRAINERD_PYTHON ?? 'python3';
const WAIT_MS = 30000;

/**
 * The tmux and screen servers of this test file's daemons: private sockets (TMUX_TMPDIR, SCREENDIR), so
 * a default-named session (`trainer-train-<time to the second>`) never meets one of the same name that
 * another test process (a parallel test file, pytest, another checkout's tests) launched in the same
 * second on the user's default server: the daemon checks the name, then starts the session, and the
 * second `tmux new-session` of a name fails.
 */
const SESSION_SOCKETS = path.join(os.tmpdir(), `trainerd-ext-sessions-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
export const SESSION_ENV = { TMUX_TMPDIR: SESSION_SOCKETS, SCREENDIR: path.join(SESSION_SOCKETS, 'screen') };

/** This process's environment with the private session servers (and without TMUX, whose socket tmux prefers). */
export function sessionEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...SESSION_ENV, ...extra };
  delete env.TMUX;
  return env;
}

export interface Notification {
  method: string;
  params: unknown;
}

type RequestHandler = (params: unknown, token: CancellationToken) => unknown;

/** A copy of `examples/<name>` in a temp folder, with a `.git` marking its root (like tests/conftest.py). */
export function copyExample(name: string): string {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'trainerd-ext-'));
  const target = path.join(dest, name);
  fs.cpSync(path.join(REPO, 'examples', name), target, {
    recursive: true,
    filter: (src) => !/(\.trainer-workspace|__pycache__|\.pytest_cache)$/.test(src),
  });
  fs.mkdirSync(path.join(target, '.git'), { recursive: true });
  return target;
}

export class Daemon {
  readonly notifications: Notification[] = [];
  readonly serverRequests: Notification[] = [];
  readonly stderr: string[] = [];
  private waiters: { match: (n: Notification) => boolean; resolve: (n: Notification) => void }[] = [];
  readonly handlers = new Map<string, RequestHandler>();
  /** Listeners per notification method (the connection itself keeps one catch-all handler). */
  readonly listeners = new Map<string, (params: unknown) => void>();
  capabilities: Record<string, unknown> = {};

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    readonly root: string,
  ) {}

  static async start(
    root: string,
    initializationOptions: Record<string, unknown> = {},
    capabilities?: Record<string, unknown>,
  ): Promise<Daemon> {
    fs.mkdirSync(SESSION_ENV.SCREENDIR, { recursive: true, mode: 0o700 }); // screen wants its folder private
    const proc = spawn(PYTHON, ['-m', 'trainerd', 'serve', '--log-level', 'debug'], {
      cwd: root,
      env: sessionEnv({ PYTHONUNBUFFERED: '1' }),
    });
    const connection = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const daemon = new Daemon(proc, connection, root);
    proc.stderr.on('data', (chunk: Buffer) => daemon.stderr.push(chunk.toString()));
    connection.onNotification((method, params) => daemon.record({ method, params }));
    connection.onRequest((method, params, token) => {
      daemon.serverRequests.push({ method, params });
      const handler = daemon.handlers.get(method);
      if (handler) return handler(params, token);
      return null; // client/registerCapability, window/workDoneProgress/create, refreshes
    });
    connection.listen();
    const uri = `file://${root}`;
    const result = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: path.basename(root) }],
      initializationOptions: { trainer: initializationOptions },
      capabilities: capabilities ?? VSCODE_CAPABILITIES,
    })) as { capabilities: Record<string, unknown> };
    daemon.capabilities = result.capabilities;
    await connection.sendNotification('initialized', {});
    return daemon;
  }

  private record(n: Notification): void {
    this.notifications.push(n);
    this.listeners.get(n.method)?.(n.params);
    for (const w of [...this.waiters]) {
      if (w.match(n)) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve(n);
      }
    }
  }

  /** The next notification (already received, from index `since`, or future) that matches. */
  waitFor(method: string, match: (params: unknown) => boolean = () => true, since = 0, timeoutMs = WAIT_MS): Promise<Notification> {
    const seen = this.notifications.slice(since).find((n) => n.method === method && match(n.params));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(
          new Error(
            `no ${method} within ${timeoutMs} ms; got ${this.notifications.map((n) => n.method).join(', ')}\nstderr: ${this.stderr.join('').slice(-3000)}`,
          ),
        );
      }, timeoutMs);
      const done = (n: Notification) => {
        clearTimeout(timer);
        resolve(n);
      };
      this.waiters.push({ match: (n) => n.method === method && match(n.params), resolve: done });
    });
  }

  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** The DaemonApi the extension's controllers use, backed by this connection. */
  api() {
    return { running: true, request: <R>(method: string, params: unknown) => this.request<R>(method, params) };
  }

  /** The endpoint the extension's wiring (src/wiring.ts) registers its handlers on. */
  endpoint(): DaemonEndpoint {
    const dispose = (remove: () => void) => ({ dispose: remove });
    return {
      onRequest: (method, handler) => {
        this.handlers.set(method, handler);
        return dispose(() => this.handlers.delete(method));
      },
      onNotification: (method, handler) => {
        this.listeners.set(method, handler);
        return dispose(() => this.listeners.delete(method));
      },
      onProgress: (token, handler) => this.connection.onProgress(WORK_DONE_PROGRESS, token, handler),
      sendNotification: (method, params) => this.connection.sendNotification(method, params),
    };
  }

  /** Latest diagnostics published for `uri`. */
  diagnostics(uri: string): { code?: string; message: string; source?: string; range: { start: { line: number } } }[] {
    const published = this.notifications.filter(
      (n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri,
    );
    const last = published.at(-1)?.params as { diagnostics: [] } | undefined;
    return last?.diagnostics ?? [];
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    const exited = new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) resolve();
      else this.proc.once('exit', () => resolve());
    });
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/** What vscode-languageclient 9 declares, trimmed to what trainerd looks at, plus our capability. */
export const VSCODE_CAPABILITIES = {
  workspace: {
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    executeCommand: { dynamicRegistration: true },
    configuration: true,
    workspaceFolders: true,
    codeLens: { refreshSupport: true },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, didSave: true },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      dynamicRegistration: true,
      isPreferredSupport: true,
      dataSupport: true,
      resolveSupport: { properties: ['edit'] },
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } },
    },
    codeLens: { dynamicRegistration: true },
  },
  window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: true } } },
  experimental: { [COMPLETE_CAPABILITY]: true },
};

/** Close the multiplexer session of every session folder under root (exact names only). */
export function closeSessions(root: string): void {
  const base = path.join(root, '.trainer-workspace', 'training');
  if (!fs.existsSync(base)) return;
  for (const name of fs.readdirSync(base)) {
    for (const argv of [
      ['tmux', 'kill-session', '-t', `=${name}`],
      ['screen', '-S', name, '-X', 'quit'],
    ]) {
      try {
        execFileSync(argv[0], argv.slice(1), { stdio: 'ignore', timeout: 10000, env: sessionEnv() });
      } catch {
        // not running under this backend
      }
    }
  }
  closeSessionServers();
}

/** This file's tmux server (never the user's default one) and the private socket folders. */
function closeSessionServers(): void {
  if (!fs.existsSync(SESSION_SOCKETS)) return;
  try {
    execFileSync('tmux', ['kill-server'], { stdio: 'ignore', timeout: 10000, env: sessionEnv() });
  } catch {
    // no server left
  }
  fs.rmSync(SESSION_SOCKETS, { recursive: true, force: true });
}
// also for the files that start a daemon but launch nothing, or that failed before closeSessions: a
// hook of the importing test file, after its own
afterAll(closeSessionServers);
