import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { randomUuid } from '../../../lib/records/uuid.ts';

describe('randomUuid', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the record schema a valid id where crypto.randomUUID is missing (an insecure context)', () => {
    // Firefox's panel frame inside a plain-http page: getRandomValues yes, randomUUID no.
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array<ArrayBuffer>) => real.getRandomValues(a) });
    const ids = Array.from({ length: 200 }, () => randomUuid());
    for (const id of ids) {
      expect(z.uuid().safeParse(id).success, id).toBe(true);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses the native randomUUID where the context has it', () => {
    vi.stubGlobal('crypto', { randomUUID: () => '0d5c9f3e-2a41-4b7e-9c1d-7e3f5a6b8c90', getRandomValues: () => new Uint8Array(16) });
    expect(randomUuid()).toBe('0d5c9f3e-2a41-4b7e-9c1d-7e3f5a6b8c90');
  });
});
