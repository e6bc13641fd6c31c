/**
 * `node --import tsx scripts/test-firefox.ts`: the Firefox build run for real in Debian's
 * firefox-esr (headless, fresh profile, WebDriver BiDi). Builds `.output/firefox-mv2` first when
 * it is missing (`--build` rebuilds it anyway). Ends with one plain line, "N passed, N failed",
 * and a non-zero exit when anything failed. FIREFOX_PATH overrides /usr/bin/firefox-esr.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FIREFOX } from '../tests/firefox/firefox.ts';
import { EXTENSION_DIR, ROOT, runSuite } from '../tests/firefox/suite.ts';

const started = Date.now();
if (!existsSync(FIREFOX)) {
  console.error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr, or set FIREFOX_PATH.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (process.argv.includes('--build') || !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  const built = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

console.log(`Firefox: ${spawnSync(FIREFOX, ['--version'], { encoding: 'utf8' }).stdout.trim()}, extension ${path.relative(ROOT, EXTENSION_DIR)}`);
// The whole run has two minutes; Firefox is killed on exit (tests/firefox/firefox.ts).
const watchdog = setTimeout(() => {
  console.error('Firefox e2e: still running after 120 s, stopping.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}, 120_000);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

let results: Awaited<ReturnType<typeof runSuite>>;
try {
  results = await runSuite();
} catch (e) {
  // A failure outside any check (the harness itself): still one closing line.
  console.error(e);
  results = [{ name: 'harness', ok: false, ms: 0, error: String(e) }];
}
clearTimeout(watchdog);
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`Firefox e2e finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
