#!/usr/bin/env node
/**
 * `npm test`: every test. Unit and component tests (vitest), then the extension is built and the
 * end-to-end tests run it in Chromium (Playwright). Ends with one plain line, "N passed, N failed",
 * and a non-zero exit when anything failed or nothing ran.
 * Then the Firefox build runs in firefox-esr (scripts/test-firefox.ts).
 *   npm test -- --unit-only | --e2e-only | --no-firefox
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'reports');
const args = process.argv.slice(2);
mkdirSync(reports, { recursive: true });

const run = (cmd, argv, env = {}) => spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

let passed = 0;
let failed = 0;
let skipped = 0;

if (!args.includes('--e2e-only')) {
  const out = path.join(reports, 'vitest.json');
  rmSync(out, { force: true });
  const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const v = readJson(out);
  if (v) {
    passed += v.numPassedTests;
    failed += v.numFailedTests;
    skipped += v.numPendingTests + v.numTodoTests;
    // A suite that failed to load counts as a failure even though none of its tests ran.
    failed += v.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  } else if (code !== 0) failed += 1;
}

if (!args.includes('--unit-only')) {
  if (run('npx', ['wxt', 'build']) !== 0) failed += 1;
  else {
    const out = path.join(reports, 'playwright.json');
    rmSync(out, { force: true });
    const code = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    const p = readJson(out)?.stats;
    if (p) {
      passed += p.expected;
      failed += p.unexpected + p.flaky;
      skipped += p.skipped;
    } else if (code !== 0) failed += 1;
  }
}

// The Firefox build in Debian's firefox-esr (WebDriver BiDi, tests/firefox). CI installs it; on a
// machine without Firefox the suite is reported as skipped rather than silently left out.
if (!args.includes('--unit-only') && !args.includes('--no-firefox')) {
  const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(firefox)) {
    console.log(`Firefox tests skipped: no Firefox at ${firefox} (apt-get install -y firefox-esr, or set FIREFOX_PATH).`);
    skipped += 1;
  } else if (run('npx', ['wxt', 'build', '-b', 'firefox']) !== 0) failed += 1;
  else {
    const r = spawnSync('node', ['--import', 'tsx', 'scripts/test-firefox.ts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stdout.write(r.stdout ?? '');
    const m = /(\d+) passed, (\d+) failed\s*$/.exec(r.stdout ?? '');
    if (m) {
      passed += Number(m[1]);
      failed += Number(m[2]);
    } else failed += 1;
  }
}

if (skipped) console.log(`${skipped} skipped`);
// CI reads this last line: exactly "N passed, N failed".
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
