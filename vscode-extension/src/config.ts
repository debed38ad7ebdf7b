/** Reading the `trainer.*` settings: variable substitution and the object the daemon receives. */
import * as os from 'os';
import * as path from 'path';

/**
 * Expand `${workspaceFolder}`, `${workspaceFolderBasename}`, `${userHome}`, `${env:NAME}` and a leading
 * `~` the way VS Code users expect in path settings. Unknown variables are left as written.
 */
export function substituteVariables(
  value: string,
  workspaceFolder: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  let out = value.replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
    if (name === 'workspaceFolder' || name === 'workspaceRoot') return workspaceFolder ?? whole;
    if (name === 'workspaceFolderBasename') return workspaceFolder ? path.basename(workspaceFolder) : whole;
    if (name === 'userHome') return home;
    if (name.startsWith('env:')) return env[name.slice(4)] ?? '';
    return whole;
  });
  if (out === '~') out = home;
  else if (out.startsWith('~/') || out.startsWith('~\\')) out = path.join(home, out.slice(2));
  return out;
}

/** The part of a VS Code configuration this module reads (`vscode.WorkspaceConfiguration` fits). */
export interface ConfigurationLike {
  get<T>(section: string): T | undefined;
}

/** Settings keys the daemon knows (daemon/trainerd/settings.py, camelCase aliases accepted there). */
export const DAEMON_SETTING_KEYS = [
  'model',
  'interpreter',
  'feedbackCommand',
  'iterations',
  'optimizer',
  'sessionBackend',
  'logLevel',
  'maxConcurrentRuns',
  'testTimeoutSeconds',
  'monitor',
] as const;

/**
 * The `trainer` settings object sent to the daemon (initializationOptions and
 * workspace/didChangeConfiguration). Client-only settings (`trace`, `languageModel`) are left out so
 * the daemon does not warn about them; the interpreter is the resolved one.
 */
export function daemonSettings(config: ConfigurationLike, interpreter: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of DAEMON_SETTING_KEYS) {
    const value = config.get<unknown>(key);
    if (value === undefined || value === null || value === '') continue;
    out[key] = value;
  }
  if (interpreter) out.interpreter = interpreter;
  else delete out.interpreter;
  return out;
}

/** Settings a request can carry for one target (`trainer/optimize` params), resource-scoped. */
export const PER_TARGET_KEYS = ['model', 'feedbackCommand', 'iterations'] as const;

/**
 * The resource-scoped settings where `target` (the configuration of the target's folder) differs from
 * `daemon` (the configuration the daemon was given: the first folder's). Sent with the request, so a
 * folder's own settings win for its targets; an equal value is left out (the workspace status file,
 * which the daemon reads first, keeps its say).
 */
export function folderOverrides(
  target: ConfigurationLike,
  daemon: ConfigurationLike,
  keys: readonly string[] = PER_TARGET_KEYS,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = target.get<unknown>(key);
    if (value === undefined || value === null || value === '') continue;
    if (JSON.stringify(value) !== JSON.stringify(daemon.get<unknown>(key))) out[key] = value;
  }
  return out;
}

/** Calls `fn` once, `delayMs` after the last of a burst of calls. */
export function debounce(fn: () => void, delayMs: number): { (): void; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const wrapped = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, delayMs);
  };
  wrapped.cancel = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return wrapped;
}
