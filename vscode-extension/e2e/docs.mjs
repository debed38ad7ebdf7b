// Copy the screenshots docs/vscode.md shows from the last e2e run (e2e/artifacts) to docs/images/vscode.
// `npm run e2e:docs` runs the suite first; a failed run copies nothing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const artifacts = process.env.TRAINERD_E2E_ARTIFACTS ?? path.join(here, 'artifacts');
const target = path.resolve(here, '..', '..', 'docs', 'images', 'vscode');
export const SHOWN = [
  'lens',
  'blocked-problems',
  'review-opened',
  'followup-answered',
  'candidate-diff',
  'fix-applied',
  'launch-quick-pick',
  'launch-preflight',
  'dashboard-live',
  'crash-diagnostic',
  'dashboard-crash',
  'fix-diff',
  'show-logs',
  'untrusted',
];

const files = fs.readdirSync(artifacts);
if (files.some((f) => f.includes('FAILED'))) throw new Error(`the last run in ${artifacts} failed: nothing copied`);
fs.mkdirSync(target, { recursive: true });
for (const name of SHOWN) {
  const file = files.find((f) => f.replace(/^\d+-/, '') === `${name}.png`);
  if (!file) throw new Error(`no screenshot named ${name} in ${artifacts}`);
  fs.copyFileSync(path.join(artifacts, file), path.join(target, `${name}.png`));
}
console.log(`copied ${SHOWN.length} screenshots to ${path.relative(process.cwd(), target)}`);
