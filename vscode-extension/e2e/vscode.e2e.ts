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
import { E2E, EXTENSION, REPO, STEP_MS, Workbench, waitUntil } from './workbench';

const PYTHON =
  process.env.TRAINERD_PYTHON ?? (fs.existsSync(path.join(REPO, '.venv/bin/python')) ? path.join(REPO, '.venv/bin/python') : 'python3');
const ARTIFACTS = process.env.TRAINERD_E2E_ARTIFACTS ?? path.join(E2E, 'artifacts');
export const FIXED_RETURN = 'return (ordered[middle - 1] + ordered[middle]) / 2';
export const BUGGY_RETURN = 'return ordered[middle]';

/** A copy of examples/buggy_median as its own repository, plus a training script (our words). */
function makeProject(scratch: string): string {
  const root = path.join(scratch, 'buggy_median');
  fs.cpSync(path.join(REPO, 'examples', 'buggy_median'), root, {
    recursive: true,
    filter: (src) => !/(\.trainer-workspace|__pycache__|\.pytest_cache)$/.test(src),
  });
  fs.mkdirSync(path.join(root, '.git'));
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

  beforeAll(async () => {
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'trainerd-e2e-'));
    root = makeProject(scratch);
    wb = await Workbench.start({
      artifacts: ARTIFACTS,
      scratch,
      vsix: packageVsix(),
      settings: {
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
        'trainer.trace.server': 'verbose',
      },
    });
    await wb.open(root);
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && wb?.page) await wb.shot('FAILED').catch(() => undefined);
  });

  afterAll(async () => {
    await wb?.close();
    for (const base of [path.join(root ?? '', '.trainer-workspace', 'training')]) {
      if (!fs.existsSync(base)) continue;
      for (const name of fs.readdirSync(base)) {
        try {
          execFileSync('tmux', ['kill-session', '-t', `=${name}`], { stdio: 'ignore' });
        } catch {
          // not running
        }
      }
    }
  });

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
    await wb.shot('candidate-diff');
    await wb.answerNotification(/Apply it\?/, 'Apply');
    await wb.openFile('stats.py');
    await waitUntil(async () => (await wb.editorText()).includes(FIXED_RETURN) || undefined, 'the fix in the buffer');
    expect(fs.readFileSync(path.join(root, 'stats.py'), 'utf8')).toContain(BUGGY_RETURN); // not saved yet
    await wb.shot('fix-applied');
    const followups = (await wb.notificationCenter()).filter((n) => /needs a follow-up/.test(n));
    expect(followups).toHaveLength(1);
    await wb.focusEditor();
    await wb.page.keyboard.press('Control+Z');
    await waitUntil(async () => (await wb.editorText()).includes(BUGGY_RETURN) || undefined, 'Undo to restore the original');
    await wb.page.keyboard.press('Control+Shift+Z');
    await waitUntil(async () => (await wb.editorText()).includes(FIXED_RETURN) || undefined, 'Redo');
    await wb.page.keyboard.press('Control+S');
    await waitUntil(() => fs.readFileSync(path.join(root, 'stats.py'), 'utf8').includes(FIXED_RETURN), 'the saved fix on disk');
  });
});
