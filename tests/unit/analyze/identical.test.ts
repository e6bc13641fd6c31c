import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildExpected } from '../../fixtures/analyze/make-expected.ts';
import { auditPackage } from '../../../lib/package/index.ts';

const EXPECTED = new URL('../../fixtures/analyze/expected.json', import.meta.url);
const PACKAGES = new URL('../../fixtures/packages/', import.meta.url);

describe('results frozen before the speed work (tests/fixtures/analyze/expected.json)', () => {
  const expected = JSON.parse(readFileSync(EXPECTED, 'utf8'));

  it('every corpus text: statuses, evidence spans and suggestions, also under other declared languages and line by line; every package fixture', async () => {
    const now = await buildExpected();
    // Compared part by part so that a failure names the text or package that changed.
    for (const part of ['texts', 'declared', 'lines', 'packages'] as const) {
      for (const key of Object.keys(expected[part])) expect(now[part][key], `${part}: ${key}`).toEqual(expected[part][key]);
      expect(Object.keys(now[part]).sort()).toEqual(Object.keys(expected[part]).sort());
    }
  });

  it('the command line’s faster inflater (Node zlib) reads every package fixture exactly as the built-in one', async () => {
    const zlib = (data: Uint8Array, size: number) => {
      try {
        const out = inflateRawSync(data, { maxOutputLength: size });
        return out.length === size ? out : null;
      } catch {
        return null;
      }
    };
    for (const name of Object.keys(expected.packages).filter((n) => n.includes('.'))) {
      const bytes = new Uint8Array(readFileSync(new URL(name, PACKAGES)));
      const fast = await auditPackage(bytes, { records: false, fileName: name, inflateRaw: zlib });
      expect(JSON.parse(JSON.stringify(fast)), name).toEqual(expected.packages[name]);
    }
  });
});
