import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function vantage(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', 'search', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('vantage search', () => {
  it('prints Iran as a perspective and site:ir / site:ac.ir designs as JSON', () => {
    const r = vantage('Iranian hostage crisis', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.topic).toBe('Iranian hostage crisis');
    expect(report.perspectives[0]).toMatchObject({ country: 'IR', name: 'Iran', reason: 'one side in the Iran hostage crisis' });
    const queries = report.designs.map((d: { query: string }) => d.query);
    expect(queries).toContain('site:ir Iranian hostage crisis');
    expect(queries).toContain('site:ac.ir Iranian hostage crisis');
    for (const d of report.designs) {
      expect(d).toMatchObject({ countries: expect.any(Array), query: expect.any(String), why: expect.any(String) });
      expect(Object.keys(d.engines).sort()).toEqual(['bing', 'duckduckgo', 'google']);
    }
  });

  it('prints a readable report by default, with added countries, in Spanish when asked', () => {
    const r = vantage('Iranian revolution', '--country', 'us', '--lang', 'es');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('IR  Irán');
    expect(r.stdout).toContain('US  Estados Unidos — lo agregaste tú');
    expect(r.stdout).toContain('site:ac.ir Iranian revolution');
    expect(r.stdout).toContain('https://www.google.com/search?q=site%3Aac.ir+Iranian+revolution');
  });

  it('exits 2 with a message for an empty topic', () => {
    const r = vantage('   ');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/topic/);
    expect(r.stdout).toBe('');
  });

  it('exits 2 naming an unknown country', () => {
    const r = vantage('Iranian hostage crisis', '--country', 'ir', '--country', 'narnia');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"narnia"');
  });

  it('takes the other side’s words with --term', () => {
    const r = vantage('Iranian hostage crisis', '--term', 'fa:تسخیر لانه جاسوسی', '--json');
    const report = JSON.parse(r.stdout);
    expect(report.designs.map((d: { query: string }) => d.query)).toContain('site:ac.ir "تسخیر لانه جاسوسی"');
  });

  it('gives both sides of the Falklands/Malvinas war and Argentina’s own words, offline', () => {
    const r = vantage('Falklands War', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.perspectives.map((p: { country: string }) => p.country)).toEqual(['AR', 'GB', 'FK']);
    expect(report.perspectives[0].reason).toBe('one side in the Falklands/Malvinas dispute');
    const queries = report.designs.map((d: { query: string }) => d.query);
    expect(queries).toContain('site:ar Falklands War');
    expect(queries).toContain('site:edu.ar "Guerra de Malvinas"');
  });

  it('gives the British side’s words for a Spanish topic, in Spanish', () => {
    const r = vantage('La guerra de las Malvinas', '--lang', 'es');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('AR  Argentina — una de las partes en la disputa por las Malvinas');
    expect(r.stdout).toContain('GB  Reino Unido — una de las partes en la disputa por las Malvinas');
    expect(r.stdout).toContain('site:ac.uk "Falklands War"');
    expect(r.stdout).toContain('En el Reino Unido pueden llamar a esto "Falklands War"');
  });
});
