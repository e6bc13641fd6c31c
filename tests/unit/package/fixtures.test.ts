import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFixtures, FIXTURES } from '../../../scripts/make-packages.ts';

describe('test packages', () => {
  it('are exactly what scripts/make-packages.ts builds from tests/fixtures/packages/src', () => {
    const built = buildFixtures();
    expect(Object.keys(built).length).toBeGreaterThanOrEqual(19);
    for (const [name, bytes] of Object.entries(built)) {
      expect(Buffer.compare(readFileSync(FIXTURES + name), Buffer.from(bytes)), `${name} differs: run node --import tsx scripts/make-packages.ts`).toBe(0);
    }
  });

  it('each has a line in PROVENANCE.md', () => {
    const provenance = readFileSync(FIXTURES + 'PROVENANCE.md', 'utf8');
    for (const name of Object.keys(buildFixtures())) expect(provenance, name).toContain(name);
  });
});
