import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditStatuses, type AuditInput } from '../../../lib/audit.ts';
import { decodeBatch, encodeBatch } from '../../../lib/cli/audit-package-codec.ts';

const FIXTURES = new URL('../../fixtures/assignments/', import.meta.url);

function input(file: string, language?: string): AuditInput {
  const raw = readFileSync(new URL(file, FIXTURES), 'utf8');
  const nl = raw.indexOf('\n');
  return { platform: null, url: null, title: raw.slice(0, nl), description: raw.slice(nl + 1), ...(language ? { language } : {}) };
}

describe('audit-package worker messages', () => {
  it('come back as the very results the audit gave, evidence text included, in order', () => {
    const inputs = [input('001.txt'), input('003.txt', 'es'), input('ours/portugues.txt'), input('019.txt', 'en-US')];
    const results = inputs.map((i) => auditStatuses(i));
    const batch = encodeBatch(results.map((result, k) => ({ id: 10 + k, result })));
    // What travels is a few strings and one typed array, not evidence objects.
    expect(batch.numbers).toBeInstanceOf(Int32Array);
    expect(batch.strings.some((s) => s.startsWith('This assignment is not in English or Spanish'))).toBe(true);
    const back = decodeBatch(structuredClone(batch), (id) => inputs[id - 10]);
    expect(back).toEqual(results.map((result, k) => ({ id: 10 + k, result })));
    expect(results[2]!.message).toBeDefined();
    expect(results.some((r) => r.questions.some((q) => q.evidence.length > 0))).toBe(true);
  });

  it('carry an item’s error in its place without disturbing the others', () => {
    const ok = auditStatuses(input('002.txt'));
    const batch = encodeBatch([
      { id: 1, error: 'boom' },
      { id: 2, result: ok },
    ]);
    expect(decodeBatch(batch, () => input('002.txt'))).toEqual([
      { id: 1, error: 'boom' },
      { id: 2, result: ok },
    ]);
  });
});
