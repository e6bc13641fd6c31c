#!/usr/bin/env node
/**
 * `npm start`: build the extension, find Chromium (installing Debian's package where that is
 * possible), and open the built-in demo assignment with the overlay on it. With a display the
 * browser opens for you; without one it runs headless, saves a screenshot and prints the audit.
 *   npm start -- --headless     force headless
 *   CHROMIUM_PATH=/path/to/chromium npm start
 */
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const extension = path.join(root, '.output', 'chrome-mv3');
const demoHost = 'vantage-demo.instructure.com';
const demoPath = '/courses/101/assignments/2001';
const args = process.argv.slice(2);

function step(message) {
  process.stdout.write(`\n▸ ${message}\n`);
}

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    // Branded Google Chrome ignores --load-extension since version 137; kept last for older installs.
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
  return candidates.find((c) => existsSync(c)) ?? null;
}

function installChromium() {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!hasApt) return false;
  step(`Chromium not found: installing Debian's chromium package${isRoot ? '' : ' (with sudo)'}`);
  const prefix = isRoot ? [] : ['sudo'];
  const run = (cmd) => spawnSync(prefix.length ? 'sudo' : cmd[0], prefix.length ? cmd : cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return run(['apt-get', 'update']).status === 0 && run(['apt-get', 'install', '-y', 'chromium']).status === 0;
}

function serveDemo() {
  const html = readFileSync(path.join(root, 'scripts', 'demo', 'assignment.html'));
  const server = createServer((req, res) => {
    if (req.url?.startsWith(demoPath)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not part of the Vantage demo.');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  step('Building the extension (wxt build)');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });

  let chromium = findChromium();
  if (!chromium && installChromium()) chromium = findChromium();
  if (!chromium) {
    process.stderr.write(
      '\nNo Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium),\n' +
        'or point CHROMIUM_PATH at a Chromium binary, then run npm start again.\n' +
        `To load Vantage by hand: open chrome://extensions, turn on Developer mode, "Load unpacked" and pick ${extension}\n`,
    );
    process.exit(1);
  }

  const server = await serveDemo();
  const port = server.address().port;
  const demoUrl = `http://${demoHost}${demoPath}`;
  const resolverRule = `--host-resolver-rules=MAP ${demoHost} 127.0.0.1:${port}`;
  const headed = !args.includes('--headless') && (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

  if (headed) {
    step(`Opening ${demoUrl} in ${chromium} with Vantage loaded (close the browser to stop)`);
    const profile = mkdtempSync(path.join(tmpdir(), 'vantage-demo-'));
    const child = spawn(chromium, [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      resolverRule,
      '--no-first-run',
      '--no-default-browser-check',
      demoUrl,
    ], { stdio: 'ignore' });
    child.on('exit', () => server.close());
    return;
  }

  step('No display: running headless');
  const { chromium: pw } = await import('@playwright/test');
  const context = await pw.launchPersistentContext('', {
    executablePath: chromium,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, resolverRule, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    // The demo shows the teacher's view; a person sees the welcome first and picks a role there.
    await worker.evaluate(() => globalThis.chrome.storage.local.set({ settings: { role: 'teacher' } }));
    const page = await context.newPage();
    await page.goto(demoUrl);
    const tab = page.locator('vantage-overlay button.tab');
    await tab.waitFor({ timeout: 15000 });
    const tabText = (await tab.textContent())?.trim();
    await tab.click();
    const panel = page.frameLocator('vantage-overlay iframe');
    await panel.locator('section.question').first().waitFor({ timeout: 15000 });
    mkdirSync(path.join(root, 'reports'), { recursive: true });
    const shot = path.join(root, 'reports', 'demo.png');
    await page.screenshot({ path: shot });
    step(`The overlay's tab reads "${tabText}". Screenshot of the open panel: ${path.relative(process.cwd(), shot)}`);
  } finally {
    await context.close();
    server.close();
  }
  step('The audit (the same analysis, from the command line):');
  execFileSync('node', ['--import', 'tsx', 'lib/cli/main.ts', 'audit', 'scripts/demo/assignment.html', '--url', demoUrl], { cwd: root, stdio: 'inherit' });
}

main().catch((error) => {
  process.stderr.write(`\nnpm start failed: ${error?.stack ?? error}\n`);
  process.exit(1);
});
