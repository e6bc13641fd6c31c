/**
 * THIRD_PARTY_NOTICES.md goes with every library the extension ships: a runtime dependency added
 * to package.json without its notice fails here. (Dev dependencies are tools, except Svelte,
 * which is compiled into the pages.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { dependencies: Record<string, string> };
const notices = readFileSync(new URL('THIRD_PARTY_NOTICES.md', root), 'utf8');

describe('third-party notices', () => {
  const shipped = [...Object.keys(pkg.dependencies), 'svelte'];

  it.each(shipped)('name %s with its licence', (name) => {
    const row = notices.split('\n').find((line) => line.includes(`\`${name}\``));
    expect(row, `${name} is not in THIRD_PARTY_NOTICES.md`).toBeDefined();
    expect(row).toMatch(/MIT|ISC|Apache|Mozilla Public License|MPL/);
  });
});
