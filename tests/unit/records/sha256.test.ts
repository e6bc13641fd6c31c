import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexSync } from '../../../lib/records/sha256.ts';

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256HexSync('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256HexSync('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it.each([
    ['55 bytes (padding fits in one block)', 'a'.repeat(55)],
    ['56 bytes (padding spills into a second block)', 'a'.repeat(56)],
    ['64 bytes', 'b'.repeat(64)],
    ['multi-block', 'The Iran Hostage Crisis '.repeat(200)],
    ['non-ASCII (UTF-8 encoded)', 'La independencia de México — ایران 🇮🇷'],
  ])('agrees with node:crypto on %s', (_name, text) => {
    expect(sha256HexSync(text)).toBe(node(text));
  });

  it('gives the same hex through WebCrypto as the pure version', async () => {
    const text = JSON.stringify({ records: ['é', 'ü', '日本'] }).repeat(50);
    expect(await sha256Hex(text)).toBe(sha256HexSync(text));
  });
});
