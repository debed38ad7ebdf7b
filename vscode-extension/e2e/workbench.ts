/**
 * A real VS Code for the end-to-end test: code-server (VS Code 1.100.3 served to a browser) with the
 * extension's .vsix installed, driven in Debian's chromium by playwright-core. Everything it starts is
 * stopped by `close()`. Helpers read what a user sees: DOM text of notifications, dialogs, quick
 * picks, the Problems view, editors and the status bar; `shot()` keeps a screenshot per step.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { Browser, FrameLocator, Locator, Page, chromium } from 'playwright-core';

export const E2E = __dirname;
export const EXTENSION = path.resolve(E2E, '..');
export const REPO = path.resolve(EXTENSION, '..');
const CODE_SERVER = path.join(E2E, 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.TRAINERD_E2E_CHROMIUM ?? '/usr/bin/chromium';
/** Generous bound for one user-visible step on a loaded 2-core machine (never a sleep: a wait for it). */
export const STEP_MS = Number(process.env.TRAINERD_E2E_STEP_MS ?? 60000);

export interface WorkbenchOptions {
  /** Where screenshots and logs go (kept as the test's artifacts). */
  artifacts: string;
  /** Scratch folder for code-server's user data and extensions. */
  scratch: string;
  /** The .vsix to install. */
  vsix: string;
  /** User settings (settings.json). */
  settings: Record<string, unknown>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** Poll `check` until it returns a value other than undefined/false, or fail after `timeoutMs`. */
export async function waitUntil<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  timeoutMs = STEP_MS,
  detail?: () => Promise<unknown>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const seen = detail ? ` (seen: ${JSON.stringify(await detail().catch((e) => String(e)))})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}${seen}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The text as a person reads it (Monaco renders spaces as non-breaking spaces). */
export function plain(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

export class Workbench {
  page!: Page;
  private browser!: Browser;
  private server!: ChildProcess;
  private shots = 0;
  readonly serverLog: string[] = [];
  url = '';
  /**
   * The tmux/screen servers of this window's daemon: private sockets, so a default-named session
   * (`trainer-train-<time to the second>`) never meets one another test process launched in the same
   * second on the user's default server (the second `tmux new-session` of a name fails).
   */
  sessionEnv: Record<string, string> = {};

  private constructor(readonly options: WorkbenchOptions) {}

  /** Install the .vsix into a fresh extensions folder and start code-server and chromium. */
  static async start(options: WorkbenchOptions): Promise<Workbench> {
    const wb = new Workbench(options);
    fs.mkdirSync(options.artifacts, { recursive: true });
    const userData = path.join(options.scratch, 'user-data');
    const extensions = path.join(options.scratch, 'extensions');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    wb.writeSettings(options.settings);
    const config = path.join(options.scratch, 'code-server.yaml');
    fs.writeFileSync(config, 'auth: none\n');
    const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
    execFileSync(CODE_SERVER, [...common, '--install-extension', options.vsix], { stdio: 'pipe', timeout: STEP_MS });
    wb.sessionEnv = { TMUX_TMPDIR: path.join(options.scratch, 'sessions'), SCREENDIR: path.join(options.scratch, 'sessions', 'screen') };
    fs.mkdirSync(wb.sessionEnv.SCREENDIR, { recursive: true, mode: 0o700 }); // screen wants its folder private
    const port = await freePort();
    wb.url = `http://127.0.0.1:${port}`;
    wb.server = spawn(
      CODE_SERVER,
      [
        ...common,
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-getting-started-override',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: wb.env({ PYTHONUNBUFFERED: '1' }) },
    );
    const record = (chunk: Buffer) => wb.serverLog.push(chunk.toString());
    wb.server.stdout?.on('data', record);
    wb.server.stderr?.on('data', record);
    await waitUntil(async () => (await fetch(`${wb.url}/healthz`).catch(() => undefined))?.ok, 'code-server /healthz');
    wb.browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    return wb;
  }

  /** This process's environment with the window's session servers (without TMUX, whose socket tmux prefers). */
  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, ...this.sessionEnv, ...extra };
    delete env.TMUX;
    return env;
  }

  writeSettings(settings: Record<string, unknown>): void {
    const file = path.join(this.options.scratch, 'user-data', 'User', 'settings.json');
    fs.writeFileSync(file, JSON.stringify(settings, null, 2));
  }

  /**
   * Open `folder` in a new page (a VS Code window) and wait for its Explorer. With workspace trust
   * enabled, `trust: false` answers VS Code's startup question with "No, I don't trust the authors".
   */
  async open(folder: string, options: { trust?: boolean } = {}): Promise<Page> {
    if (this.page) await this.page.close();
    const context = this.browser.contexts()[0] ?? (await this.browser.newContext({ viewport: { width: 1280, height: 800 } }));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: this.url });
    this.page = await context.newPage();
    await this.page.goto(`${this.url}/?folder=${encodeURIComponent(folder)}`);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: STEP_MS });
    if (options.trust === false) {
      const dialog = this.page.locator('.monaco-dialog-box', { hasText: /trust the authors/i });
      await dialog.waitFor({ timeout: STEP_MS });
      await dialog.locator('.monaco-button', { hasText: /^No, I don.t trust the authors$/ }).click();
    }
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: STEP_MS });
    return this.page;
  }

  /** The extension's own log (what Trainer: Show Logs shows), of the newest window. */
  extensionLog(): string {
    const logs = path.join(this.options.scratch, 'user-data', 'logs');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === 'trainerd.log' && path.basename(dir) === 'trainerd.trainerd') files.push(full);
      }
    };
    if (fs.existsSync(logs)) walk(logs);
    const newest = files.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
    return newest ? fs.readFileSync(newest, 'utf8') : '';
  }

  /** The language status items of the active editor's language (the `{}` item's hover), as text. */
  async languageStatus(): Promise<string> {
    const item = this.page.locator('[id="status.languageStatus"]');
    await item.waitFor({ timeout: STEP_MS });
    await item.hover();
    const hover = this.page.locator('.hover-language-status').first();
    await hover.waitFor({ timeout: STEP_MS });
    const text = plain(await this.page.locator('.monaco-hover, .workbench-hover').filter({ has: hover }).first().innerText());
    await this.page.mouse.move(640, 300);
    return text;
  }

  /** Whether the open quick pick's title matches (undefined when none is open). */
  async quickPickTitled(title: RegExp): Promise<boolean> {
    const widget = this.quickInput();
    await widget.locator('.monaco-list-row').first().waitFor({ timeout: STEP_MS });
    return title.test(
      plain(
        await widget
          .locator('.quick-input-title')
          .innerText()
          .catch(() => ''),
      ),
    );
  }

  /** Keep a screenshot of this step: `NN-name.png` in the artifacts folder. */
  async shot(name: string): Promise<string> {
    this.shots += 1;
    const file = path.join(this.options.artifacts, `${String(this.shots).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  // --- commands, files, editors ---------------------------------------------------------------

  private quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** Run a command from the palette by its title as shown ("Trainer: Launch Training"). */
  async command(title: string): Promise<void> {
    const row = this.quickInput().locator('.monaco-list-row', {
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escape(title)}$`) }),
    });
    await this.inQuickInput('F1', `>${title}`, row.first(), () => row.first().click());
  }

  /**
   * Open the quick input with its key, type `text`, wait for `row`, then `act`. The workbench moves
   * the focus on its own at times (an editor closing, a notification's button clicked just before),
   * and the quick input closes when it loses the focus: then the whole step is done again (3 tries).
   */
  private async inQuickInput(key: string, text: string, row: Locator, act: () => Promise<void>): Promise<void> {
    const input = this.quickInput().locator('input');
    for (let attempt = 1; ; attempt++) {
      try {
        await this.closeQuickInput();
        await this.page.keyboard.press(key);
        await input.waitFor({ timeout: 5000 });
        await input.fill(text, { timeout: 5000 });
        await row.waitFor({ timeout: attempt < 3 ? 10000 : STEP_MS });
        await act();
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
        await this.page.locator('.part.statusbar').click({ position: { x: 640, y: 5 } }); // give the workbench the focus
      }
    }
  }

  private async closeQuickInput(): Promise<void> {
    if (await this.quickInput().isVisible()) await this.page.keyboard.press('Escape');
  }

  /**
   * Open a file of the workspace by its relative path: a file at the top of the folder from the
   * Explorer (one click, as people do), others with Go to File.
   */
  async openFile(relative: string): Promise<void> {
    const name = path.basename(relative);
    const active = this.page.locator('.tab.active', { hasText: name });
    if (name === relative) {
      const label = this.page.locator('.label-name', { hasText: new RegExp(`^${escape(name)}$`) });
      const top = this.page.locator('.explorer-folders-view .monaco-list-row[aria-level="1"]', { has: label }).first();
      // the Explorer's list only renders the rows in view: a run that expands its workspace folder can push
      // the file out of it (or move it under the click), and then Go to File opens it as it opens the others
      if (await top.isVisible()) {
        await top.click();
        try {
          await active.waitFor({ timeout: 5000 });
          return;
        } catch {
          // fall through to Go to File
        }
      }
    }
    const row = this.quickInput().locator('.monaco-list-row', { hasText: name });
    await this.inQuickInput('Control+P', relative, row.first(), () => row.first().click());
    await active.waitFor({ timeout: STEP_MS });
  }

  /** The pick of the open quick pick whose label matches, clicked. */
  async pick(label: string | RegExp): Promise<void> {
    const row = this.quickInput().locator('.monaco-list-row', { hasText: label });
    await row.first().waitFor({ timeout: STEP_MS });
    await row.first().click();
  }

  /** Labels of the open quick pick's rows. */
  async picks(): Promise<string[]> {
    await this.quickInput().locator('.monaco-list-row').first().waitFor({ timeout: STEP_MS });
    return (await this.quickInput().locator('.monaco-list-row .label-name').allInnerTexts()).map(plain);
  }

  /** The active editor's text (visible lines; the files of this test fit on the screen). */
  async editorText(group?: Locator): Promise<string> {
    const editor = (group ?? this.page.locator('.editor-group-container.active')).locator('.monaco-editor .view-lines').first();
    await editor.waitFor({ timeout: STEP_MS });
    const lines = await editor.locator('.view-line').evaluateAll((els) =>
      els
        .map((el) => ({ top: parseFloat((el as HTMLElement).style.top || '0'), text: (el as HTMLElement).innerText }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text),
    );
    return plain(lines.join('\n'));
  }

  /** Click a code lens and wait for what it does to show (a lens whose click does nothing fails here). */
  async clickLens(title: string, effect: Locator, timeoutMs = STEP_MS): Promise<void> {
    const lens = this.page.locator('.codelens-decoration a', { hasText: title }).first();
    await lens.waitFor({ timeout: STEP_MS });
    await lens.click();
    await effect.first().waitFor({ timeout: timeoutMs });
  }

  /**
   * Run an editor command such as Undo from the palette until `done` holds. The palette's command acts
   * where the focus was before it opened, and the workbench can take the focus back in between (a
   * notification, the notification center closing): CI twice saw Undo land nowhere. A try that changed
   * nothing is repeated (3 tries); one more Undo or Redo than needed finds nothing more to do.
   */
  async editorCommand(title: string, done: () => Promise<boolean>, what: string, detail?: () => Promise<unknown>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      // a later try clicks into the text, as a person would, rather than only focusing it
      if (attempt > 1) await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
      await this.focusEditor();
      await this.command(title);
      try {
        await waitUntil(done, what, attempt < 3 ? 10000 : STEP_MS, detail);
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  }

  /** Focus the active editor's text (for keyboard input). */
  async focusEditor(): Promise<void> {
    await this.page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
  }

  /** Paste `text` into the active editor through the clipboard, as a person would. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.focusEditor();
    await this.page.keyboard.press('Control+V');
  }

  /** Titles of the editor tabs, in order, per group. */
  async tabs(): Promise<string[][]> {
    const groups = this.page.locator('.editor-group-container');
    const out: string[][] = [];
    for (let i = 0; i < (await groups.count()); i++) {
      out.push((await groups.nth(i).locator('.tab .label-name').allInnerTexts()).map(plain));
    }
    return out;
  }

  /** Open the quick-fix menu at the cursor and choose the action whose title matches. */
  async quickFix(title: string | RegExp): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+.');
    const item = this.page.locator('.action-widget .monaco-list-row', { hasText: title });
    await item.first().waitFor({ timeout: STEP_MS });
    await item.first().click({ force: true }); // the widget keeps re-laying out: playwright never finds it "stable"
  }

  // --- notifications, dialogs, panels --------------------------------------------------------

  /** A notification toast whose message matches. */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.notification-toast', { hasText: text });
  }

  /** Texts of the notifications on screen. */
  async notificationTexts(): Promise<string[]> {
    return (await this.page.locator('.notification-toast .notification-list-item-message').allInnerTexts()).map(plain);
  }

  /** Every notification of this window so far (the notification center's list). */
  async notificationCenter(): Promise<string[]> {
    const center = this.page.locator('.notifications-center');
    if (!(await center.isVisible())) await this.command('Notifications: Show Notifications');
    await center.waitFor({ timeout: STEP_MS });
    const texts = (await center.locator('.notification-list-item-message').allInnerTexts()).map(plain);
    await this.page.keyboard.press('Escape');
    return texts;
  }

  /** Wait for a notification and click one of its buttons. */
  async answerNotification(text: string | RegExp, button: string): Promise<void> {
    const toast = this.notification(text).first();
    await toast.waitFor({ timeout: STEP_MS });
    await toast.locator('.monaco-button', { hasText: new RegExp(`^${escape(button)}$`) }).click();
  }

  /** The modal dialog's text (message and detail), once it shows. */
  async dialogText(): Promise<string> {
    const dialog = this.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: STEP_MS });
    return plain(await dialog.innerText());
  }

  async answerDialog(button: string): Promise<void> {
    await this.page.locator('.monaco-dialog-box .dialog-buttons .monaco-button', { hasText: new RegExp(`^${escape(button)}$`) }).click();
  }

  /** Rows of the Problems view (each: the message with its source/code and position). */
  async problems(): Promise<string[]> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.command('View: Focus Problems (Errors, Warnings, Infos)');
    await panel.waitFor({ timeout: STEP_MS });
    return (await panel.locator('.monaco-list-row').allInnerTexts()).map(plain);
  }

  /** The Training Sessions view (in the Explorer), expanded. */
  private async sessionsView(): Promise<Locator> {
    const header = this.page.locator('.pane-header', { hasText: 'Training Sessions' });
    await header.waitFor({ timeout: STEP_MS });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    return this.page.locator('.pane', { has: header }).locator('.pane-body');
  }

  /** Wait for a row of the Training Sessions view whose text matches; returns the session name. */
  async sessionRow(text: RegExp): Promise<string> {
    const view = await this.sessionsView();
    const row = view.locator('.monaco-list-row', { hasText: text }).first();
    await row.waitFor({ timeout: STEP_MS });
    return plain(await row.locator('.label-name').innerText());
  }

  /** Click a session's row (opens its training dashboard). */
  async openSession(session: string): Promise<void> {
    const view = await this.sessionsView();
    await view.locator('.monaco-list-row', { hasText: session }).first().click();
  }

  /** The page inside the active webview (VS Code nests it in two iframes). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  }

  /** Run an inline action (by its title) of a session's row. */
  async sessionAction(session: string, title: string): Promise<void> {
    const view = await this.sessionsView();
    const row = view.locator('.monaco-list-row', { hasText: session }).first();
    await row.hover();
    await row.locator(`.action-label[aria-label="${title}"]`).click();
  }

  /** Status-bar items' texts. */
  async statusBar(): Promise<string[]> {
    return (await this.page.locator('.statusbar-item').allInnerTexts()).map(plain);
  }

  async close(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    if (this.server?.pid) {
      try {
        process.kill(-this.server.pid, 'SIGTERM'); // code-server and its extension host (the daemon stops with its client)
      } catch {
        // already gone
      }
    }
    fs.writeFileSync(path.join(this.options.artifacts, 'code-server.log'), this.serverLog.join(''));
    // the window's logs (the extension's output channels among them) go with the screenshots
    const logs = path.join(this.options.scratch, 'user-data', 'logs');
    if (fs.existsSync(logs)) fs.cpSync(logs, path.join(this.options.artifacts, 'logs'), { recursive: true });
  }
}

/** `text` as a regular expression matching itself. */
export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
