/**
 * The extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3, in Debian's chromium): the
 * .vsix built from this tree, the daemon from this checkout run by the interpreter in
 * TRAINERD_PYTHON. Each step asserts what a user sees and keeps a screenshot in the artifacts folder
 * (TRAINERD_E2E_ARTIFACTS, default e2e/artifacts). The LLM is the only double: the follow-up is
 * answered with the example's recorded answer.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { E2E, EXTENSION, REPO, STEP_MS, Workbench, escape, waitUntil } from './workbench';

const PYTHON =
  process.env.TRAINERD_PYTHON ?? (fs.existsSync(path.join(REPO, '.venv/bin/python')) ? path.join(REPO, '.venv/bin/python') : 'python3');
const ARTIFACTS = process.env.TRAINERD_E2E_ARTIFACTS ?? path.join(E2E, 'artifacts');
const SETTINGS: Record<string, unknown> = {
  'files.autoSave': 'off',
  'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'git.enabled': false,
  'remote.autoForwardPorts': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'trainer.interpreter': PYTHON,
  'trainer.sessionBackend': 'tmux',
  'trainer.trace.server': process.env.TRAINERD_E2E_TRACE ? 'verbose' : 'off',
};
export const FIXED_RETURN = 'return (ordered[middle - 1] + ordered[middle]) / 2';
export const BUGGY_RETURN = 'return ordered[middle]';

/**
 * A training script (our words): it logs its loss, validation loss and throughput every step until a
 * `STOP` file appears (how some training loops end an epoch on request), then evaluates on a data file
 * whose name is wrong (`data/train.csv`; the file is `data/train_1.csv`): a runtime bug.
 */
const TRAIN_SCRIPT = `"""Train until STOP appears, then evaluate on the training rows."""
import math
import os
import time


def load_rows(path):
    with open(path) as fh:
        return fh.readlines()


def main():
    step = 0
    while not os.path.exists("STOP"):
        step += 1
        loss = 2.4 * math.exp(-step / 30) + 0.15
        record = {"loss": round(loss, 4), "step": step, "samples_per_second": 48 + step % 5}
        if step % 5 == 0:
            record["eval_loss"] = round(loss + 0.08, 4)
        print(record, flush=True)
        time.sleep(0.2)
    rows = load_rows("data/train.csv")
    print(f"evaluated on {len(rows)} rows", flush=True)


if __name__ == "__main__":
    main()
`;

/**
 * examples/buggy_median plus the training script, opened as a folder inside a larger git repository
 * (a window on a sub-folder: everything it writes must stay in the folder).
 */
function makeProject(scratch: string): string {
  const repo = path.join(scratch, 'repo');
  const root = path.join(repo, 'buggy_median');
  fs.cpSync(path.join(REPO, 'examples', 'buggy_median'), root, {
    recursive: true,
    filter: (src) => !/(\.trainer-workspace|__pycache__|\.pytest_cache)$/.test(src),
  });
  fs.mkdirSync(path.join(repo, '.git'));
  fs.writeFileSync(path.join(root, 'train.py'), TRAIN_SCRIPT);
  fs.mkdirSync(path.join(root, 'data'));
  fs.writeFileSync(path.join(root, 'data', 'train_1.csv'), 'x,y\n1,2\n3,4\n');
  return root;
}

function packageVsix(): string {
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: EXTENSION, stdio: 'pipe', timeout: 180000 });
  const version = (JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8')) as { version: string }).version;
  return path.join(EXTENSION, `trainerd-${version}.vsix`);
}

describe('trainerd in VS Code', () => {
  let wb: Workbench;
  let scratch: string;
  let root: string;
  let session = '';
  const leftovers: string[] = [];

  beforeAll(async () => {
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'trainerd-e2e-'));
    root = makeProject(scratch);
    wb = await Workbench.start({
      artifacts: ARTIFACTS,
      scratch,
      vsix: packageVsix(),
      settings: SETTINGS,
    });
    await wb.open(root);
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && wb?.page) await wb.shot('FAILED').catch(() => undefined);
  });

  afterAll(async () => {
    await wb?.close(); // its logs are copied to the artifacts
    // the sessions this window launched, on its own tmux server (never the user's default one)
    if (wb?.sessionEnv.TMUX_TMPDIR) closeSessions(wb, root);
    // the scratch folder (the project, code-server's user data): a daemon still stopping may write a last file
    for (const folder of [scratch, ...leftovers]) if (folder) fs.rmSync(folder, { recursive: true, force: true, maxRetries: 5 });
  });

  function closeSessions(wb: Workbench, root: string | undefined): void {
    const env = wb.env();
    for (const base of [path.join(root ?? '', '.trainer-workspace', 'training')]) {
      if (!fs.existsSync(base)) continue;
      for (const name of fs.readdirSync(base)) {
        try {
          execFileSync('tmux', ['kill-session', '-t', `=${name}`], { stdio: 'ignore', env });
        } catch {
          // not running
        }
      }
    }
    try {
      execFileSync('tmux', ['kill-server'], { stdio: 'ignore', env });
    } catch {
      // none left
    }
  }

  it('shows the lens on a tested function', async () => {
    await wb.openFile('stats.py');
    const lens = wb.page.locator('.codelens-decoration a', { hasText: 'Optimize with Trace' });
    await lens.first().waitFor({ timeout: STEP_MS });
    await wb.page.locator('.codelens-decoration', { hasText: 'Tests: tests/test_stats.py' }).first().waitFor({ timeout: STEP_MS });
    await wb.shot('lens');
  });

  it('a blocked optimize shows the blocker in Problems; "Create engineering review" opens the review and the lens turns ready', async () => {
    await wb.clickLens('Optimize with Trace', wb.notification(/Optimize with Trace is blocked/));
    await wb.answerNotification(/Optimize with Trace is blocked/, 'Show problems');
    const problems = await waitUntil(async () => {
      const rows = await wb.problems();
      return rows.some((r) => /review/i.test(r)) && rows;
    }, 'the review blocker in Problems');
    expect(problems.join('\n')).toMatch(/engineering review/i);
    await wb.shot('blocked-problems');
    await wb.page
      .locator('.markers-panel .monaco-list-row', { hasText: /review/i })
      .first()
      .click();
    await wb.quickFix(/Create engineering review/);
    // the review opens, so the user can read what it says before optimizing
    await wb.page.locator('.tab.active', { hasText: 'review.md' }).waitFor({ timeout: STEP_MS });
    expect(fs.existsSync(path.join(root, '.trainer-workspace', 'stats', 'engineer-prompt', 'review.md'))).toBe(true);
    await wb.shot('review-opened');
    await wb.page.keyboard.press('Control+W'); // close the review; stats.py is in front again
    await wb.page
      .locator('.codelens-decoration', { hasText: /ready to optimize/ })
      .first()
      .waitFor({ timeout: STEP_MS });
    expect(await wb.problems()).not.toContainEqual(expect.stringMatching(/review/i));
    await wb.shot('lens-ready');
  });

  it('optimize: one prompt, one answer document, one notification; the recorded answer sent; the diff; Apply; Undo; Save', async () => {
    await wb.page.locator('.codelens-decoration a', { hasText: 'Optimize with Trace' }).first().click();
    // no model configured: the run stops at a manual follow-up
    await wb
      .notification(/needs a follow-up/)
      .first()
      .waitFor({ timeout: 4 * STEP_MS });
    await wb.page.locator('.tab', { hasText: 'prompt.md' }).first().waitFor({ timeout: STEP_MS });
    await wb.shot('followup-opened');
    // the answer: the example's recorded one, pasted into the answer document
    const answer = fs.readFileSync(path.join(root, 'answer-fix.json'), 'utf8');
    await wb.page
      .locator('.tab', { hasText: /^Untitled/ })
      .first()
      .click();
    await wb.paste(answer);
    await wb.shot('followup-answered');
    const tabs = (await wb.tabs()).flat();
    expect(tabs.filter((t) => /prompt\.md/.test(t))).toHaveLength(1);
    expect(tabs.filter((t) => /^Untitled/.test(t))).toHaveLength(1);
    expect((await wb.tabs()).length).toBeLessThanOrEqual(2);
    await wb.command('Trainer: Send Follow-up Answer');
    const sent = await wb
      .notification(/Answer sent/)
      .first()
      .innerText();
    expect(sent).not.toMatch(/as run/); // the same run continues: no "new" run id
    // the answer document is closed, not left dirty
    await waitUntil(
      async () => !(await wb.tabs()).flat().some((t) => /^Untitled/.test(t)),
      'the answer document to close',
      STEP_MS,
      () => wb.tabs(),
    );
    // the candidate passes validation: its write-back is shown as a diff first
    await wb.page
      .locator('.tab', { hasText: 'current ↔ candidate' })
      .first()
      .waitFor({ timeout: 4 * STEP_MS });
    await wb.page
      .locator('.monaco-diff-editor .editor.modified .view-lines', { hasText: '(ordered[middle' })
      .first()
      .waitFor({ timeout: STEP_MS });
    await wb.shot('candidate-diff');
    const original = fs.readFileSync(path.join(root, 'stats.py'), 'utf8');
    await wb.answerNotification(/Apply it\?/, 'Apply');
    await wb.openFile('stats.py');
    const fixed = await waitUntil(async () => {
      const text = await wb.editorText();
      return text.includes(FIXED_RETURN) && text;
    }, 'the fix in the buffer');
    expect(fixed).toContain('def median(values):');
    expect(fs.readFileSync(path.join(root, 'stats.py'), 'utf8')).toBe(original); // not saved yet
    await wb.shot('fix-applied');
    // the follow-up notification was shown once (answered from the palette, it is still listed)
    expect((await wb.notificationCenter()).filter((n) => /needs a follow-up/.test(n))).toHaveLength(1);
    // the palette's Undo acts where the focus was before it opened: the notification center just
    // closed, so editorCommand focuses the editor first (and tries again if the Undo landed elsewhere)
    await wb.editorCommand(
      'Undo',
      async () => (await wb.editorText()) === original,
      'Undo to restore the original',
      () => wb.editorText(),
    );
    await wb.editorCommand(
      'Redo',
      async () => (await wb.editorText()) === fixed,
      'Redo',
      () => wb.editorText(),
    );
    await wb.command('File: Save');
    await waitUntil(() => fs.readFileSync(path.join(root, 'stats.py'), 'utf8') === fixed, 'the saved fix on disk');
  });

  it('Launch Training: the quick pick, the pre-flight, the session in the view and the status bar', async () => {
    await wb.command('Trainer: Launch Training');
    const picks = await wb.picks();
    expect(picks).toContain('python train.py');
    expect(picks).toContain('Enter a command…');
    await wb.shot('launch-quick-pick');
    await wb.pick(/^python train\.py/);
    // with Slurm's sbatch on PATH (CI installs a one-node cluster) Launch Training asks where it runs
    if (await wb.quickPickTitled(/^Where should/)) await wb.pick('On this machine');
    const preflight = await wb.dialogText();
    expect(preflight).toContain('Command: python train.py');
    expect(preflight).toContain(`Folder: ${root}`);
    expect(preflight).toMatch(/✓ /);
    if (path.isAbsolute(PYTHON)) {
      // bug 8: the `python` the command runs is the interpreter the pre-flight describes (the setting's)
      expect(preflight).toContain(`✓ python: ${PYTHON}`);
      // "Python 3.x.y (<the setting's interpreter>)": the environment it describes
      expect(preflight).toMatch(new RegExp(`Python 3\\.\\d+\\.\\d+ \\(${escape(PYTHON)}\\)`));
    }
    await wb.shot('launch-preflight');
    await wb.answerDialog('Launch');
    await wb
      .notification(/Training launched in trainer-train-/)
      .first()
      .waitFor({ timeout: STEP_MS });
    session = await wb.sessionRow(/running/);
    expect(await wb.statusBar()).toContainEqual(expect.stringMatching(/1 training/));
    await wb.shot('session-running');
  });

  it('the training dashboard: live charts of loss, validation loss and throughput', async () => {
    await wb.command('View: Hide Panel'); // room for the charts
    await wb.openSession(session);
    await wb.page.locator('.tab.active', { hasText: `Training: ${session}` }).waitFor({ timeout: STEP_MS });
    const dashboard = wb.webview();
    const points = async () => Number(/loss: (\d+) points/.exec(await dashboard.locator('li.series').first().innerText())?.[1] ?? 0);
    const first = await waitUntil(async () => {
      const n = await points();
      return n >= 5 && n;
    }, 'the loss series');
    await waitUntil(async () => (await points()) > first, 'the chart to grow while the run trains');
    await dashboard.locator('.u-title', { hasText: 'Throughput' }).waitFor({ timeout: STEP_MS });
    expect(await dashboard.locator('li.series').allInnerTexts()).toEqual([
      expect.stringMatching(/^loss: \d+ points, last [\d.]+ at step \d+$/),
      expect.stringMatching(/^validation loss: \d+ points/),
      expect.stringMatching(/^throughput \(samples\/s\): \d+ points/),
    ]);
    await wb.shot('dashboard-live');
  });

  it('a crash: one notification, the diagnostic at the user frame, its quick fix after the diff, then a restart', async () => {
    fs.writeFileSync(path.join(root, 'STOP'), '');
    const crash = new RegExp(`${session}: FileNotFoundError`);
    await wb.notification(crash).first().waitFor({ timeout: STEP_MS });
    await wb.answerNotification(crash, 'Show problem');
    await wb.page.locator('.tab.active', { hasText: 'train.py' }).waitFor({ timeout: STEP_MS });
    const problems = await waitUntil(async () => {
      const rows = await wb.problems();
      return rows.some((r) => /FileNotFoundError|data\/train\.csv/.test(r)) && rows;
    }, 'the crash in Problems');
    expect(problems.join('\n')).toMatch(/file_not_found/);
    await wb.shot('crash-diagnostic');
    // the crash is marked on the dashboard's timeline; its mark opens the problem at the user's frame
    await wb.command('View: Hide Panel');
    await wb.page
      .locator('.tab', { hasText: `Training: ${session}` })
      .first()
      .click();
    const crashMark = wb.webview().locator('#events .mark.crash button');
    await crashMark.waitFor({ timeout: STEP_MS });
    expect(await crashMark.innerText()).toMatch(/crash: FileNotFoundError at .*train\.py:8/);
    await wb.shot('dashboard-crash');
    await crashMark.click();
    await wb.page.locator('.tab.active', { hasText: 'train.py' }).waitFor({ timeout: STEP_MS });
    await wb.page.locator('.statusbar-item', { hasText: 'Ln 8,' }).waitFor({ timeout: STEP_MS });
    // one notification per crash: the one answered is gone, and no second one is waiting
    expect((await wb.notificationCenter()).filter((n) => crash.test(n))).toEqual([]);
    await wb.page
      .locator('.markers-panel .monaco-list-row', { hasText: /file_not_found/ })
      .first()
      .click();
    await wb.quickFix(/^trainerd: /);
    await wb.page.locator('.tab', { hasText: 'current ↔ candidate' }).first().waitFor({ timeout: STEP_MS });
    await wb.page
      .locator('.monaco-diff-editor .editor.modified .view-lines', { hasText: 'train_1.csv' })
      .first()
      .waitFor({ timeout: STEP_MS });
    await wb.shot('fix-diff');
    await wb.answerNotification(/Apply it\?/, 'Apply');
    // the confirmed fix is saved (the restarted command reads the file from disk) and a restart is offered
    await waitUntil(() => fs.readFileSync(path.join(root, 'train.py'), 'utf8').includes('data/train_1.csv'), 'the fix on disk');
    fs.rmSync(path.join(root, 'STOP'));
    await wb.answerNotification(/Restart/, 'Restart');
    await wb.sessionRow(/running/);
    await wb.shot('restarted');
  });

  it('Stop: the running session ends and leaves the status bar', async () => {
    await wb.sessionAction(session, 'Stop Session');
    await wb.sessionRow(/killed/);
    await waitUntil(async () => !(await wb.statusBar()).some((s) => /\d+ training/.test(s)), 'the status bar item to go');
    await wb.shot('stopped');
  });

  it('Show Logs: each daemon message once, at its level; Restart Server: ready again, no error logged', async () => {
    await wb.openFile('stats.py'); // the language status belongs to Python editors
    await wb.command('Trainer: Show Logs');
    await wb.page
      .locator('.panel .output-view, .panel .monaco-editor', { hasText: /trainerd/ })
      .first()
      .waitFor({ timeout: STEP_MS });
    await wb.shot('show-logs');
    expect(await wb.languageStatus()).toMatch(/trainerd: ready/);
    await wb.command('Trainer: Restart Server');
    // the status may still read "ready" from before the restart: wait for the new server's own start line too
    const starts = () =>
      wb
        .extensionLog()
        .split('\n')
        .filter((l) => /serving code-server/.test(l)).length;
    await waitUntil(
      async () =>
        /trainerd: ready/.test(await wb.languageStatus()) && wb.extensionLog().includes('restarting the trainerd server') && starts() >= 2,
      'the daemon ready again',
    );
    await wb.shot('restarted-server');
    const log = wb.extensionLog();
    const lines = log.split('\n').filter((l) => l.trim());
    expect(lines.filter((l) => /serving code-server/.test(l))).toHaveLength(2); // one per start, not two
    expect(lines.filter((l) => /\[Info\s+-|,\d{3} trainerd(\.\S+)? (INFO|WARNING)/.test(l))).toEqual([]); // no client prefix, no stderr copy
    expect(lines.filter((l) => /\[error\]/.test(l))).toEqual([]);
    expect(log).toMatch(/\[info\] Server process exited with code 0/);
  });

  it('an untrusted workspace runs nothing: no lens, the status says why', async () => {
    const untrustedParent = fs.mkdtempSync(path.join(os.tmpdir(), 'trainerd-e2e-untrusted-'));
    leftovers.push(untrustedParent);
    const untrusted = makeProject(untrustedParent);
    wb.writeSettings({ ...SETTINGS, 'security.workspace.trust.enabled': true });
    await wb.open(untrusted, { trust: false });
    await wb.openFile('stats.py');
    await waitUntil(async () => /off \(untrusted workspace\)/.test(await wb.languageStatus()), 'the untrusted status');
    await wb.shot('untrusted');
    expect(await wb.page.locator('.codelens-decoration').count()).toBe(0);
    expect(fs.existsSync(path.join(untrusted, '.trainer-workspace'))).toBe(false);
    await wb.command('Trainer: Launch Training');
    await wb
      .notification(/untrusted/)
      .first()
      .waitFor({ timeout: STEP_MS });
  });

  it('a window on a sub-folder of a repository keeps what it writes in the folder (bug 7)', () => {
    expect(fs.readdirSync(path.join(root, '.trainer-workspace', 'training'))).toContain(session);
    expect(fs.existsSync(path.join(path.dirname(root), '.trainer-workspace'))).toBe(false);
  });
});
