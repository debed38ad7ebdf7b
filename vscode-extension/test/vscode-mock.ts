/**
 * A small stand-in for the `vscode` module (no desktop VS Code can run here). It keeps enough state
 * to assert what the user would see: messages shown, commands registered, documents opened and edited.
 * Tests steer the user's answers with `vi.mocked(window.showInformationMessage).mockResolvedValueOnce(...)`.
 */
import * as fs from 'fs';
import * as nodePath from 'path';
import { vi } from 'vitest';

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
    readonly query = '',
  ) {}
  static file(p: string): Uri {
    return new Uri('file', nodePath.resolve(p));
  }
  static parse(value: string): Uri {
    const m = /^([a-zA-Z][\w+.-]*):(?:\/\/)?([^?]*)(?:\?(.*))?$/.exec(value);
    if (!m) return new Uri('file', value);
    return new Uri(m[1], decodeURIComponent(m[2]), m[3] ?? '');
  }
  static from(parts: { scheme: string; path: string; query?: string }): Uri {
    return new Uri(parts.scheme, parts.path, parts.query ?? '');
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return new Uri(base.scheme, nodePath.posix.join(base.path, ...segments), base.query);
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    const base = this.scheme === 'file' ? `file://${this.path}` : `${this.scheme}:${this.path}`;
    return this.query ? `${base}?${this.query}` : base;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number | Position, b: number | Position, c?: number, d?: number) {
    if (typeof a === 'number') {
      this.start = new Position(a, b as number);
      this.end = new Position(c as number, d as number);
    } else {
      this.start = a;
      this.end = b as Position;
    }
  }
}

export class TextEdit {
  constructor(
    readonly range: Range,
    readonly newText: string,
  ) {}
  static replace(range: Range, text: string): TextEdit {
    return new TextEdit(range, text);
  }
}

export class WorkspaceEdit {
  private readonly map = new Map<string, { uri: Uri; edits: TextEdit[] }>();
  replace(uri: Uri, range: Range, text: string): void {
    const key = uri.toString();
    if (!this.map.has(key)) this.map.set(key, { uri, edits: [] });
    this.map.get(key)!.edits.push(new TextEdit(range, text));
  }
  delete(uri: Uri, range: Range): void {
    this.replace(uri, range, '');
  }
  entries(): [Uri, TextEdit[]][] {
    return [...this.map.values()].map((e) => [e.uri, e.edits]);
  }
  get size(): number {
    return this.map.size;
  }
}

export class TabInputText {
  constructor(readonly uri: Uri) {}
}
export class TabInputTextDiff {
  constructor(
    readonly original: Uri,
    readonly modified: Uri,
  ) {}
}

export class TextDocument {
  isClosed = false;
  constructor(
    readonly uri: Uri,
    private text: string,
    readonly languageId = 'plaintext',
  ) {}
  private saved: string | undefined;
  /** Untitled documents with text are dirty; file documents once their text differs from the file's. */
  get isDirty(): boolean {
    if (this.uri.scheme === 'untitled') return this.text.length > 0;
    return this.text !== (this.saved ?? this.text);
  }
  /** Write the text to the file (file documents). */
  async save(): Promise<boolean> {
    if (this.uri.scheme !== 'file') return false;
    fs.writeFileSync(this.uri.fsPath, this.text);
    this.saved = this.text;
    return true;
  }
  getText(): string {
    return this.text;
  }
  setText(text: string): void {
    if (this.saved === undefined && this.uri.scheme === 'file') this.saved = this.text;
    this.text = text;
  }
  get lineCount(): number {
    return this.text.split('\n').length;
  }
  offsetAt(p: Position): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < Math.min(p.line, lines.length); i++) offset += lines[i].length + 1;
    if (p.line >= lines.length) return this.text.length;
    return Math.min(offset + p.character, this.text.length);
  }
}

export class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  constructor(private readonly fn: () => void = () => undefined) {}
  dispose(): void {
    this.fn();
  }
}

export class EventEmitter<T> {
  private listeners: ((e: T) => void)[] = [];
  event = (listener: (e: T) => void): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class CancellationTokenSource {
  private readonly emitter = new EventEmitter<void>();
  token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
}

export enum LanguageStatusSeverity {
  Information = 0,
  Warning = 1,
  Error = 2,
}

export class ThemeIcon {
  constructor(readonly id: string) {}
}
export class MarkdownString {
  constructor(readonly value = '') {}
}
export class TreeItem {
  description?: string;
  tooltip?: unknown;
  contextValue?: string;
  iconPath?: unknown;
  command?: unknown;
  constructor(
    readonly label: string,
    readonly collapsibleState?: number,
  ) {}
}
export class CodeLens {
  constructor(
    readonly range: Range,
    public command?: { title: string; command: string; arguments?: unknown[] },
  ) {}
}

export const TreeItemCollapsibleState = { None: 0, Collapsed: 1, Expanded: 2 };
export const StatusBarAlignment = { Left: 1, Right: 2 };
export const ProgressLocation = { SourceControl: 1, Window: 10, Notification: 15 };
export const ViewColumn = { Active: -1, Beside: -2, One: 1, Two: 2 };

export class LanguageModelChatMessage {
  constructor(
    readonly role: 'user' | 'assistant',
    readonly content: string,
  ) {}
  static User(content: string): LanguageModelChatMessage {
    return new LanguageModelChatMessage('user', content);
  }
  static Assistant(content: string): LanguageModelChatMessage {
    return new LanguageModelChatMessage('assistant', content);
  }
}

export const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 };
export class Diagnostic {
  source?: string;
  code?: unknown;
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity = DiagnosticSeverity.Error,
  ) {}
}

/** Diagnostic collections the code (vscode-languageclient) creates, by name. */
export const diagnosticCollections = new Map<string, Map<string, Diagnostic[]>>();
/** Providers the code (vscode-languageclient) registers, by kind. */
export const providers = new Map<string, unknown[]>();
function registerProvider(kind: string) {
  return (_selector: unknown, provider: unknown) => {
    providers.set(kind, [...(providers.get(kind) ?? []), provider]);
    return new Disposable(() =>
      providers.set(
        kind,
        (providers.get(kind) ?? []).filter((p) => p !== provider),
      ),
    );
  };
}
export const languages = {
  /** The language status items (the tests read `text`, `detail`, `severity`, `command`). */
  createLanguageStatusItem: vi.fn((id: string) => {
    const item = { id, name: '', text: '', detail: '', severity: 0, busy: false, command: undefined as unknown, dispose() {} };
    state.languageStatus.push(item);
    return item;
  }),
  registerCodeLensProvider: registerProvider('codeLens'),
  registerCodeActionsProvider: registerProvider('codeAction'),
  match: () => 10,
  createDiagnosticCollection: (name = 'default') => {
    const entries = new Map<string, Diagnostic[]>();
    diagnosticCollections.set(name, entries);
    return {
      name,
      set: (uri: Uri | [Uri, Diagnostic[]][], diagnostics?: Diagnostic[]) => {
        if (Array.isArray(uri)) for (const [u, d] of uri) entries.set(u.toString(), d);
        else entries.set(uri.toString(), diagnostics ?? []);
      },
      delete: (uri: Uri) => void entries.delete(uri.toString()),
      clear: () => entries.clear(),
      get: (uri: Uri) => entries.get(uri.toString()),
      has: (uri: Uri) => entries.has(uri.toString()),
      forEach: (fn: (uri: Uri, d: Diagnostic[]) => void) => entries.forEach((d, u) => fn(Uri.parse(u), d)),
      dispose: () => void diagnosticCollections.delete(name),
    };
  },
};

export const version = '1.90.0';
export const env = {
  clipboard: { readText: vi.fn(async () => ''), writeText: vi.fn(async () => undefined) },
  language: 'en',
  appName: 'Visual Studio Code (test stand-in)',
  machineId: 'test',
  sessionId: 'test',
  uiKind: 1,
  remoteName: undefined,
};

// --- state the tests inspect -------------------------------------------------------------------
export const state = {
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  registrations: [] as string[],
  executed: [] as { command: string; args: unknown[] }[],
  documents: new Map<string, TextDocument>(),
  shown: [] as TextDocument[],
  config: {} as Record<string, unknown>,
  terminals: [] as { name?: string; sent: string[] }[],
  statusBars: [] as { text: string; visible: boolean }[],
  logs: [] as string[],
  contexts: new Map<string, unknown>(),
  untitled: 0,
  /** Documents VS Code would have asked to save (closed while dirty). */
  savePrompts: [] as string[],
  panels: [] as {
    title: string;
    visible: boolean;
    posted: unknown[];
    webview: { html: string };
    receive(m: unknown): void;
    dispose(): void;
  }[],
  languageStatus: [] as { id: string; text: string; detail: string; severity: number; command: unknown }[],
  /** Diff editors open (`vscode.diff`). */
  diffs: [] as { input: TabInputTextDiff; label: string }[],
};

function logChannel() {
  const push = (level: string) => (msg: string) => state.logs.push(`${level}: ${msg}`);
  return {
    info: push('info'),
    warn: push('warn'),
    error: push('error'),
    debug: push('debug'),
    trace: push('trace'),
    appendLine: push('line'),
    append: push('text'),
    show: vi.fn(),
    dispose: vi.fn(),
  };
}

export const window = {
  activeTextEditor: undefined as { document: TextDocument } | undefined,
  get visibleTextEditors(): { document: TextDocument }[] {
    return [...new Set(state.shown)].filter((d) => !d.isClosed).map((document) => ({ document }));
  },
  /** One group holding a tab per shown, open document; closing a dirty one is recorded as a save prompt. */
  tabGroups: {
    get all() {
      const tabs: { input: TabInputText | TabInputTextDiff; label: string }[] = [...new Set(state.shown)]
        .filter((d) => !d.isClosed)
        .map((d) => ({ input: new TabInputText(d.uri), label: d.uri.path }));
      return [{ tabs: [...tabs, ...state.diffs] }];
    },
    close: vi.fn(async (tabs: { input: TabInputText | TabInputTextDiff }[]) => {
      state.diffs = state.diffs.filter((d) => !tabs.includes(d));
      for (const tab of tabs) {
        if (!(tab.input instanceof TabInputText)) continue;
        const doc = state.documents.get(tab.input.uri.toString());
        if (!doc) continue;
        if (doc.isDirty) state.savePrompts.push(doc.uri.toString());
        doc.isClosed = true;
      }
      return true;
    }),
  },
  createOutputChannel: vi.fn(() => logChannel()),
  showInformationMessage: vi.fn(async (..._args: unknown[]): Promise<string | undefined> => undefined),
  showWarningMessage: vi.fn(async (..._args: unknown[]): Promise<string | undefined> => undefined),
  showErrorMessage: vi.fn(async (..._args: unknown[]): Promise<string | undefined> => undefined),
  showQuickPick: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined),
  showInputBox: vi.fn(async (..._args: unknown[]): Promise<string | undefined> => undefined),
  withProgress: vi.fn(async (_opts: unknown, task: (p: unknown, t: unknown) => Promise<unknown>) =>
    task({ report: vi.fn() }, new CancellationTokenSource().token),
  ),
  showTextDocument: vi.fn(async (doc: TextDocument | Uri) => {
    const d = doc instanceof Uri ? await workspace.openTextDocument(doc) : doc;
    state.shown.push(d);
    window.activeTextEditor = { document: d };
    return { document: d };
  }),
  createStatusBarItem: vi.fn(() => {
    const item = {
      text: '',
      tooltip: '',
      command: '',
      name: '',
      visible: false,
      show() {
        item.visible = true;
      },
      hide() {
        item.visible = false;
      },
      dispose() {},
    };
    state.statusBars.push(item);
    return item;
  }),
  createTerminal: vi.fn((opts: { name?: string }) => {
    const t = {
      name: opts?.name,
      sent: [] as string[],
      show: vi.fn(),
      sendText(text: string) {
        t.sent.push(text);
      },
    };
    state.terminals.push(t);
    return t;
  }),
  createTreeView: vi.fn(() => new Disposable()),
  /** Webview panels: the tests read `html` and `posted`, and send messages with `receive`. */
  createWebviewPanel: vi.fn((viewType: string, title: string) => {
    const received = new EventEmitter<unknown>();
    const disposed = new EventEmitter<void>();
    const panel = {
      viewType,
      title,
      visible: true,
      posted: [] as unknown[],
      webview: {
        html: '',
        cspSource: 'vscode-webview://test',
        asWebviewUri: (u: Uri) => Uri.from({ scheme: 'vscode-webview', path: u.path }),
        postMessage: async (m: unknown) => (panel.posted.push(m), true),
        onDidReceiveMessage: received.event,
      },
      receive: (m: unknown) => received.fire(m),
      reveal: vi.fn(),
      onDidChangeViewState: new EventEmitter<void>().event,
      onDidDispose: disposed.event,
      dispose: () => ((panel.visible = false), disposed.fire()),
    };
    state.panels.push(panel);
    return panel;
  }),
};

function configGet(section: string, key: string): unknown {
  const full = section ? `${section}.${key}` : key;
  if (full in state.config) return state.config[full];
  const prefix = `${full}.`;
  const nested = Object.entries(state.config).filter(([k]) => k.startsWith(prefix));
  if (nested.length) return Object.fromEntries(nested.map(([k, v]) => [k.slice(prefix.length), v]));
  return undefined;
}

const configEmitter = new EventEmitter<{ affectsConfiguration(s: string): boolean }>();
const trustEmitter = new EventEmitter<void>();

export const workspace = {
  isTrusted: true,
  get textDocuments(): TextDocument[] {
    return [...state.documents.values()].filter((d) => !d.isClosed);
  },
  workspaceFolders: undefined as { uri: Uri; name: string; index: number }[] | undefined,
  getConfiguration: vi.fn((section = '') => ({
    get: <T>(key: string, fallback?: T) => (configGet(section, key) as T | undefined) ?? fallback,
  })),
  openTextDocument: vi.fn(async (arg: Uri | { content?: string; language?: string }) => {
    if (arg instanceof Uri) {
      const key = arg.toString();
      if (!state.documents.has(key)) {
        state.documents.set(
          key,
          new TextDocument(arg, fs.readFileSync(arg.fsPath, 'utf8'), arg.path.endsWith('.py') ? 'python' : 'plaintext'),
        );
      }
      return state.documents.get(key)!;
    }
    state.untitled += 1;
    const doc = new TextDocument(Uri.from({ scheme: 'untitled', path: `Untitled-${state.untitled}` }), arg.content ?? '', arg.language);
    state.documents.set(doc.uri.toString(), doc);
    return doc;
  }),
  applyEdit: vi.fn(async (edit: WorkspaceEdit) => {
    for (const [uri, edits] of edit.entries()) {
      const doc = await workspace.openTextDocument(uri);
      const spans = edits
        .map((e) => ({ s: doc.offsetAt(e.range.start), e: doc.offsetAt(e.range.end), t: e.newText }))
        .sort((a, b) => b.s - a.s);
      let text = doc.getText();
      for (const span of spans) text = text.slice(0, span.s) + span.t + text.slice(span.e);
      doc.setText(text);
    }
    return true;
  }),
  registerTextDocumentContentProvider: vi.fn(() => new Disposable()),
  onDidChangeConfiguration: configEmitter.event,
  onDidChangeWorkspaceFolders: new EventEmitter<unknown>().event,
  onDidGrantWorkspaceTrust: trustEmitter.event,
};

export const commands = {
  registerCommand: vi.fn((id: string, fn: (...args: unknown[]) => unknown) => {
    if (state.commands.has(id)) throw new Error(`command '${id}' already exists`);
    state.commands.set(id, fn);
    state.registrations.push(id);
    return new Disposable(() => state.commands.delete(id));
  }),
  executeCommand: vi.fn(async (command: string, ...args: unknown[]) => {
    state.executed.push({ command, args });
    if (command === 'vscode.diff')
      state.diffs.push({ input: new TabInputTextDiff(args[0] as Uri, args[1] as Uri), label: String(args[2]) });
    if (command === 'setContext') state.contexts.set(args[0] as string, args[1]);
    const fn = state.commands.get(command);
    return fn ? fn(...args) : undefined;
  }),
};

export const extensions = {
  getExtension: vi.fn((_id: string): unknown => undefined),
};

export interface FakeModel {
  id: string;
  name: string;
  vendor: string;
  family: string;
  maxInputTokens: number;
  sendRequest: ReturnType<typeof vi.fn>;
}

export const lm = {
  selectChatModels: vi.fn(async (): Promise<FakeModel[]> => []),
};

/** A fake chat model whose answers come from `reply` (chunked, like a streaming model). */
export function fakeModel(id: string, reply: (messages: LanguageModelChatMessage[]) => string): FakeModel {
  return {
    id,
    name: `Model ${id}`,
    vendor: 'test',
    family: id,
    maxInputTokens: 8000,
    sendRequest: vi.fn(async (messages: LanguageModelChatMessage[]) => {
      const text = reply(messages);
      return {
        text: (async function* () {
          for (let i = 0; i < text.length; i += 7) yield text.slice(i, i + 7);
        })(),
      };
    }),
  };
}

/** Fire a configuration change for the given setting names. */
export function changeConfiguration(values: Record<string, unknown>): void {
  Object.assign(state.config, values);
  const keys = Object.keys(values);
  configEmitter.fire({ affectsConfiguration: (s: string) => keys.some((k) => k === s || k.startsWith(`${s}.`)) });
}

export function grantTrust(): void {
  workspace.isTrusted = true;
  trustEmitter.fire();
}

/** A fake Memento (workspaceState). */
export function memento() {
  const values = new Map<string, unknown>();
  return {
    get: <T>(key: string, fallback?: T) => (values.has(key) ? (values.get(key) as T) : fallback),
    update: async (key: string, value: unknown) => void values.set(key, value),
    keys: () => [...values.keys()],
  };
}

export function resetMock(): void {
  state.commands.clear();
  state.registrations = [];
  state.executed = [];
  state.documents.clear();
  state.shown = [];
  state.config = {};
  state.terminals = [];
  state.statusBars = [];
  state.logs = [];
  state.contexts.clear();
  state.savePrompts = [];
  state.diffs = [];
  state.languageStatus = [];
  state.panels = [];
  workspace.isTrusted = true;
  workspace.workspaceFolders = undefined;
  window.activeTextEditor = undefined;
  vi.clearAllMocks();
  lm.selectChatModels.mockImplementation(async () => []);
  extensions.getExtension.mockImplementation(() => undefined);
}
