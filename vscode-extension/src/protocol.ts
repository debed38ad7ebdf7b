/**
 * trainerd's custom LSP methods and the shapes this client relies on.
 *
 * The daemon (daemon/trainerd/protocol.py, docs/protocol.md) is the source of truth. Results are read
 * tolerantly: every field the UI uses is optional here, and snake_case/camelCase spellings are both
 * accepted through the small readers at the end of this file.
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
  conflict?: { reason?: string; file?: string; candidate_file?: string; snapshot_file?: string };
  error?: string;
  blockers?: Blocker[];
  artifacts?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface FollowupInfo {
  prompt_file?: string;
  report_file?: string;
  prompt?: string;
  [key: string]: unknown;
}

export interface CandidateInfo {
  candidate_file?: string;
  snapshot_file?: string;
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
  backend?: string;
  started_at?: string;
  ended_at?: string | null;
  exit_code?: number | null;
  log_path?: string;
  session_dir?: string;
  attach_command?: string | string[];
  metrics?: Record<string, unknown>;
  last_metrics?: Record<string, unknown>;
  [key: string]: unknown;
}

/** `trainer/sessionEvent`: kind started | exited | killed | lost (| crash | flag from the monitor). */
export interface SessionEvent {
  session?: string;
  kind?: string;
  state?: string;
  status?: string;
  exit_code?: number | null;
  message?: string;
  log_path?: string;
  session_dir?: string;
  /** crash: `{key, triage: {kind, category, exception, frame: {file, line}, ...}, root_cause}`; flag: `{key, flag}` */
  details?: Record<string, unknown>;
  frame?: { file?: string; line?: number };
  [key: string]: unknown;
}

// --- tolerant readers -----------------------------------------------------------------------------

/** The first string value among `keys` (snake_case and camelCase spellings of one field). */
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

/** The sessions of a `trainer/sessions` result (a list, or `{sessions: [...]}`). */
export function sessionsOf(result: unknown): SessionInfo[] {
  const list = Array.isArray(result) ? result : (result as { sessions?: unknown })?.sessions;
  if (!Array.isArray(list)) return [];
  return list.filter((s): s is SessionInfo => !!s && typeof s === 'object' && typeof (s as SessionInfo).name === 'string');
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
