/** `vantage serp` as a person runs it: spawned, with real pages, checking output and exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWN_DIR, REPO_ROOT, SHARED_DIR } from './fixtures.ts';

function vantage(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'lib/cli/main.ts'), 'serp', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('vantage serp', () => {
  it('prints the documented JSON for a result page and exits 0', () => {
    const r = vantage(path.join(OWN_DIR, 'duckduckgo-html-2024-reconstructed-iran.html'), '--url', 'https://html.duckduckgo.com/html/?q=iran+hostage+crisis', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ engine: 'duckduckgo', query: 'iran hostage crisis', isResultPage: true });
    expect(j.results[0]).toEqual({ url: 'https://en.wikipedia.org/wiki/Iran_hostage_crisis', domain: 'en.wikipedia.org', country: null });
    expect(j.results.map((x: { country: string | null }) => x.country)).toEqual([null, null, 'IR', 'US', 'GB']);
    expect(j.diversity).toMatchObject({ countries: { IR: 1, US: 1, GB: 1 }, generic: 2, index: 0.9 });
  });

  it('prints a readable summary with hints by default', () => {
    const r = vantage(path.join(SHARED_DIR, 'google-desktop-2023-zlurad-matrix.html'), '--url', 'https://www.google.com/search?q=The+Matrix');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Google · "The Matrix" · 8 results/);
    expect(r.out).toMatch(/All 8 results are from sites with no country\./);
  });

  it('exits 3 for a captcha page and still prints the JSON', () => {
    const r = vantage(path.join(SHARED_DIR, 'google-desktop-2023-zlurad-recaptcha.html'), '--url', 'https://www.google.com/sorry/index?continue=https://www.google.com/search%3Fq%3D.com%2Bdomains', '--json');
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out)).toMatchObject({ engine: 'google', query: '.com domains', isResultPage: false, reason: 'captcha', results: [] });
  });

  it('exits 3 for an unrendered page, saying why in words', () => {
    const r = vantage(path.join(OWN_DIR, 'duckduckgo-js-2015-googlescraper-mountain-unrendered.html'), '--url', 'https://duckduckgo.com/?q=mountain');
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/not a result page: no results could be read/);
  });

  it('exits 2 with a message for unreadable input', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vantage-serp-'));
    const binary = path.join(dir, 'page.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    const text = path.join(dir, 'notes.txt');
    writeFileSync(text, 'just some notes, no markup');
    const page = path.join(SHARED_DIR, 'google-desktop-2023-zlurad-matrix.html');
    const cases: string[][] = [
      [path.join(dir, 'missing.html'), '--url', 'https://www.google.com/search?q=x'],
      [binary, '--url', 'https://www.google.com/search?q=x'],
      [text, '--url', 'https://www.google.com/search?q=x'],
      [page],
      [page, '--url', 'not a url'],
      [page, '--url', 'https://example.com/search?q=x'],
      [],
    ];
    for (const args of cases) {
      const r = vantage(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(/^vantage: /);
      expect(r.out).toBe('');
    }
  });
});
