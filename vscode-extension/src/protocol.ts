/**
 * trainerd's custom LSP methods and the shapes this client relies on.
 *
 * The daemon (daemon/trainerd/protocol.py, docs/protocol.md) is the source of truth. The wire is
 * camelCase; daemons before 0.2 sent snake_case keys, which the normalisers at the end of this file
 * still read for one release (`camelKeys`: the camelCase spelling wins when both are present). Data
 * maps (metrics, series, environment facts under a name) keep their keys as sent.
 */

export const Methods = {
  resolveWorkspace: 'trainer/resolveWorkspace',
  surfaces: 'trainer/surfaces',
  optimize: 'trainer/optimize',
  cancel: 'trainer/cancel',
  answerFollowup: 'trainer/answerFollowup',
  runUpdated: 'trainer/runUpdated',
  complete: 'trainer/complete',
  detectTraining: 'trainer/detectTraining',
  launchTraining: 'trainer/launchTraining',
  sessions: 'trainer/sessions',
  stopTraining: 'trainer/stopTraining',
  restartTraining: 'trainer/restartTraining',
  sessionEvent: 'trainer/sessionEvent',
  sessionMetrics: 'trainer/sessionMetrics',
  triage: 'trainer/triage',
} as const;

/** workspace/executeCommand commands the daemon registers (clients without custom UI use them). */
export const ServerCommands = {
  createReview: 'trainer.createReview',
  optimize: 'trainer.optimize',
  answerFollowup: 'trainer.answerFollowup',
  showWorkspace: 'trainer.showWorkspace',
  applyFix: 'trainer.applyFix',
  cancel: 'trainer.cancel',
} as const;

export interface Blocker {
  code?: string;
  message?: string;
  artifact?: string | null;
  fix?: string | null;
}

export interface OptimizeParams {
  uri?: string;
  path?: string;
  symbol?: string | null;
  feedbackCommand?: string | null;
  model?: string | null;
  iterations?: number | null;
}

/** The argument the daemon puts on an "Optimize with Trace" code lens. */
export interface OptimizeLensArgument {
  uri?: string;
  path?: string;
  symbol?: string | null;
  [key: string]: unknown;
}

/** `trainer/optimize` (and `trainer/answerFollowup`, which continues under a new run) result. */
export interface OptimizeResult {
  runId?: string | null;
  state?: string;
  progressToken?: string | null;
  blockers?: Blocker[];
  answered?: string | null;
  [key: string]: unknown;
}

/**
 * A `trainer/runUpdated` notification: one state change of a run. States: checking, running,
 * candidate_ready, validated, writing; followup_needed (paused); blocked, written_back, conflict,
 * cancelled, failed, done (final).
 */
export interface RunUpdated {
  runId?: string;
  state?: string;
  event?: string;
  phase?: string | null;
  message?: string | null;
  target?: { path?: string; symbol?: string | null };
  iteration?: number | null;
  iterations?: number | null;
  tests?: { passed?: number; total?: number } | null;
  followup?: FollowupInfo;
  candidate?: CandidateInfo;
  conflict?: ConflictInfo;
  error?: string;
  blockers?: Blocker[];
  artifacts?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface FollowupInfo {
  promptFile?: string;
  reportFile?: string;
  prompt?: string;
  variables?: string[];
  [key: string]: unknown;
}

export interface CandidateInfo {
  candidateFile?: string;
  snapshotFile?: string;
  [key: string]: unknown;
}

export interface ConflictInfo {
  reason?: string;
  file?: string;
  candidateFile?: string;
  snapshotFile?: string;
  [key: string]: unknown;
}

/** Exactly one of `answer` / `file`. */
export interface AnswerFollowupParams {
  runId: string;
  answer?: string;
  file?: string;
}

/**
 * `trainer/complete` (server -> client request): the daemon's `editor` LLM backend asks the client's
 * language model; the client answers `{content}`. Sent only to clients that declare
 * `capabilities.experimental.trainerComplete: true`; an error answer turns the step into a manual
 * follow-up.
 */
export interface CompleteParams {
  runId?: string;
  messages: { role: string; content: string }[];
  maxTokens?: number | null;
  json?: boolean;
}

export interface CompleteResult {
  content: string;
}

/** The experimental client capability that makes the daemon send `trainer/complete`. */
export const COMPLETE_CAPABILITY = 'trainerComplete';

export interface DetectedCommand {
  command: string;
  source?: string;
  notes?: string | string[];
  cwd?: string;
  [key: string]: unknown;
}

/** `trainer/detectTraining` result; `preflight` when a `command` was given. */
export interface DetectResult {
  root?: string;
  commands?: DetectedCommand[];
  environment?: Record<string, unknown>;
  preflight?: Preflight | null;
  [key: string]: unknown;
}

export interface Preflight {
  command?: string;
  cwd?: string;
  checks?: { name: string; ok: boolean | null; summary: string; detail?: string }[];
  questions?: string[];
  ok?: boolean;
}

/** A training session (`session.json`); `status` is the state as a person reads it ("exited 0"). */
export interface SessionInfo {
  name: string;
  state?: string;
  status?: string;
  command?: string;
  cwd?: string;
  root?: string;
  backend?: string;
  startedAt?: string;
  endedAt?: string | null;
  exitCode?: number | null;
  logPath?: string;
  sessionDir?: string;
  attachCommand?: string | string[];
  metrics?: Record<string, unknown>;
  lastMetrics?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The triage of one error (an entry of `trainer/triage`'s `errors`, a crash event's `details.triage`). */
export interface TriageEntry {
  kind?: string;
  category?: string | null;
  exception?: string;
  message?: string;
  frame?: { file?: string; line?: number } | null;
  explanation?: string;
  fix?: string | null;
  [key: string]: unknown;
}

/** `trainer/sessionEvent`: kind started | exited | killed | lost (| crash | flag from the monitor). */
export interface SessionEvent {
  session?: string;
  kind?: string;
  state?: string;
  status?: string;
  exitCode?: number | null;
  message?: string;
  logPath?: string;
  sessionDir?: string;
  /** crash: `{key, triage, rootCause, line?}`; flag: `{key, flag: {kind, message, step?, cites}}` */
  details?: { key?: string; rootCause?: boolean; triage?: TriageEntry; flag?: Record<string, unknown>; [key: string]: unknown };
  frame?: { file?: string; line?: number };
  [key: string]: unknown;
}

/** `trainer/sessionMetrics` result: the series the training dashboard draws. */
export interface SessionMetrics {
  name: string;
  state?: string;
  /** `{loss: [[step, value], …], …}` (a NaN/inf value is null): metric names as the daemon gives them */
  series: Record<string, [number, number | null][]>;
  /** `{throughput: "it/s"}` */
  units?: Record<string, string>;
  flags: { kind: string; message: string; severity?: string; step?: number | null; line?: number | null }[];
  crash: { line?: number | null; message: string; step?: number | null } | null;
  logPath?: string;
}

// --- reading the wire -----------------------------------------------------------------------------

/** `log_path` -> `logPath`. */
export function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/**
 * A copy of `obj` with its own keys in camelCase (one level; values as they are). Daemons before 0.2
 * sent snake_case: read for one release; when both spellings are present the camelCase one wins.
 */
export function camelKeys<T = Record<string, unknown>>(obj: unknown): T {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return obj as T;
  const out: Record<string, unknown> = {};
  const record = obj as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    const camel = camelCase(key);
    if (camel !== key && camel in record) continue;
    out[camel] = value;
  }
  return out as T;
}

function camelList<T>(value: unknown, each: (v: unknown) => T = camelKeys): T[] | undefined {
  return Array.isArray(value) ? value.map(each) : undefined;
}

/**
 * A `trainer/runUpdated` notification (or an optimize result) with camelCase keys. The daemon sends
 * every field of the update, `null` where it has no value (`"error": null`): those are left out here,
 * so an absent value reads as `undefined` whichever way the daemon spelled it.
 */
export function readRunUpdated(raw: unknown): RunUpdated {
  const update = camelKeys<RunUpdated>(raw);
  if (!update || typeof update !== 'object') return {};
  for (const [key, value] of Object.entries(update)) if (value === null) delete (update as Record<string, unknown>)[key];
  for (const key of ['followup', 'candidate', 'conflict', 'tests', 'target', 'writeBack'] as const) {
    if (update[key] && typeof update[key] === 'object') (update as Record<string, unknown>)[key] = camelKeys(update[key]);
  }
  return update;
}

/** A session record with camelCase keys (its `metrics` / `lastMetrics` maps as sent). */
export function readSession(raw: unknown): SessionInfo {
  return camelKeys<SessionInfo>(raw);
}

/** A `trainer/sessionEvent` with camelCase keys, down to the crash's triage and frame. */
export function readSessionEvent(raw: unknown): SessionEvent {
  const event = camelKeys<SessionEvent>(raw);
  if (!event || typeof event !== 'object') return {};
  if (event.details && typeof event.details === 'object') {
    const details = camelKeys<NonNullable<SessionEvent['details']>>(event.details);
    if (details.triage) details.triage = readTriageEntry(details.triage);
    if (details.flag && typeof details.flag === 'object') details.flag = camelKeys(details.flag);
    event.details = details;
  }
  return event;
}

export function readTriageEntry(raw: unknown): TriageEntry {
  const entry = camelKeys<TriageEntry>(raw);
  if (entry?.frame && typeof entry.frame === 'object') entry.frame = camelKeys(entry.frame);
  return entry;
}

/** A `trainer/detectTraining` result with camelCase keys (environment facts and pre-flight included). */
export function readDetectResult(raw: unknown): DetectResult {
  const result = camelKeys<DetectResult>(raw);
  if (!result || typeof result !== 'object') return {};
  result.commands = camelList<DetectedCommand>(result.commands);
  if (result.environment && typeof result.environment === 'object') {
    const env = camelKeys<Record<string, unknown>>(result.environment);
    for (const key of ['cuda', 'wandb', 'tensorboard']) if (env[key] && typeof env[key] === 'object') env[key] = camelKeys(env[key]);
    result.environment = env;
  }
  if (result.preflight && typeof result.preflight === 'object') {
    const preflight = camelKeys<Preflight>(result.preflight);
    preflight.checks = camelList(preflight.checks);
    result.preflight = preflight;
  }
  return result;
}

/** A `trainer/sessionMetrics` result; missing parts read as empty. */
export function readSessionMetrics(raw: unknown): SessionMetrics {
  const result = camelKeys<Partial<SessionMetrics>>(raw) ?? {};
  const series: Record<string, [number, number | null][]> = {};
  if (result.series && typeof result.series === 'object') {
    for (const [name, points] of Object.entries(result.series)) {
      if (!Array.isArray(points)) continue;
      series[name] = points.filter(
        (p): p is [number, number | null] => Array.isArray(p) && typeof p[0] === 'number' && (typeof p[1] === 'number' || p[1] === null),
      );
    }
  }
  const units = result.units && typeof result.units === 'object' ? (result.units as Record<string, string>) : undefined;
  const flags = (camelList<SessionMetrics['flags'][number]>(result.flags) ?? []).filter((f) => typeof f?.message === 'string');
  const crash = result.crash && typeof result.crash === 'object' ? camelKeys<SessionMetrics['crash']>(result.crash) : null;
  return {
    name: String(result.name ?? ''),
    state: result.state,
    series,
    ...(units ? { units } : {}),
    flags,
    crash,
    logPath: result.logPath,
  };
}

/** The first string value among `keys`. */
export function pickString(obj: unknown, ...keys: string[]): string | undefined {
  if (!obj || typeof obj !== 'object') return undefined;
  const record = obj as Record<string, unknown>;
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return undefined;
}

export function runIdOf(value: unknown): string | undefined {
  return pickString(value, 'runId', 'run_id');
}

/** The state word of a run update, lower-cased (`followup_needed`, `validated`, `failed`, ...). */
export function runStateOf(update: RunUpdated): string {
  return (pickString(update, 'state', 'status') ?? '').toLowerCase();
}

/** The sessions of a `trainer/sessions` result (a list, or `{sessions: [...]}`), camelCase. */
export function sessionsOf(result: unknown): SessionInfo[] {
  const list = Array.isArray(result) ? result : (result as { sessions?: unknown })?.sessions;
  if (!Array.isArray(list)) return [];
  return list.filter((s) => !!s && typeof s === 'object' && typeof (s as SessionInfo).name === 'string').map(readSession);
}

/** The commands of a `trainer/detectTraining` result. */
export function commandsOf(result: DetectResult | null | undefined): DetectedCommand[] {
  const list = result?.commands;
  if (!Array.isArray(list)) return [];
  return list.filter((c) => !!c && typeof c.command === 'string');
}

export function isRunning(session: SessionInfo): boolean {
  return (session.state ?? '').toLowerCase().startsWith('running');
}
