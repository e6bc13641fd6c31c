import { describe, expect, it } from 'vitest';
import { audit, type AuditInput } from '../../../lib/audit.ts';
import { auditPackage, packageItemKey } from '../../../lib/package/audit.ts';
import { AuditRecordSchema } from '../../../lib/records/schema.ts';
import { makeCanvasCourse } from '../../../scripts/make-packages.ts';
import { fixture } from './helpers.ts';

const NOW = new Date('2025-03-01T12:00:00Z');

describe('auditPackage', () => {
  it('audits every item with the same analysis as a single audit, and makes package records', async () => {
    const r = await auditPackage(fixture('canvas-cc11.imscc'), { now: () => NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.summary.items).toBe(5);
    expect(r.summary.byKind).toEqual({ assignment: 3, page: 1, discussion: 1 });
    expect(r.summary.skipped).toBe(3); // the announcement, the resources page and the external tool without instructions
    const first = r.results[0]!;
    const single = audit({ platform: null, url: null, title: first.item.title, description: first.item.description });
    expect(first.audit).toEqual(single);
    const record = AuditRecordSchema.parse(first.record);
    expect(record.source).toBe('package');
    expect(record.createdAt).toBe(NOW.toISOString());
    expect(record.assignment.packageName).toBe('World History 10 (Period 3)');
    expect(record.assignment.key).toBe(first.key);
    // Per-question counts add up to the items audited.
    for (const q of [1, 2, 3, 4, 5, 6] as const) {
      const c = r.summary.questions[q];
      expect(c.evident + c.partial + c.missing).toBe(5);
    }
  });

  it('gives an item the same key on every audit of the course, so re-audits line up', async () => {
    const a = await auditPackage(fixture('canvas-cc11.imscc'), { records: false });
    const b = await auditPackage(fixture('broken-item.imscc'), { records: false });
    if (!a.ok || !b.ok) throw new Error('not read');
    expect(a.results[0]!.key).toBe(packageItemKey('World History 10 (Period 3)', 'i8f2c4a61d3b9e0f7a5c2d8e4b6f1a3c9'));
    expect(b.results[0]!.key).toBe(a.results[0]!.key);
    expect(a.results[0]!.record).toBeUndefined();
  });

  it('keeps going past broken items and reports them', async () => {
    const r = await auditPackage(fixture('broken-item.imscc'));
    if (!r.ok) throw new Error(r.error);
    expect(r.results.map((e) => e.item.title)).toEqual(['The 1979 Embassy Takeover: Two Sides of One Story', 'Week 2 Project Brief: Local History Podcast']);
    expect(r.errors.map((e) => e.item)).toEqual(['i1b7d9e3f5a2c4e6f8091a3b5c7d9e1f2', 'i6c0e2a4b8d1f3e5a7c9b2d4f6e8a0c1b']);
    expect(r.summary.errors).toBe(2);
  });

  it('turns an analysis failure into that item’s error', async () => {
    let n = 0;
    const r = await auditPackage(fixture('canvas-cc13.imscc'), {
      audit: (input: AuditInput) => {
        if (n++ === 0) throw new Error('boom');
        return audit(input);
      },
    });
    if (!r.ok) throw new Error(r.error);
    expect(r.results.map((e) => e.item.title)).toEqual(['Letter to a Pen Pal in Chile']);
    expect(r.errors).toEqual([{ item: 'ib1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1', title: 'Climate Migration Case Study', path: 'ib1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1/assignment.xml', message: 'the analysis failed on this item (boom)' }]);
  });

  it('refuses what readPackage refuses, with the same message', async () => {
    expect(await auditPackage(fixture('bad-wrong-kind.pdf'))).toEqual({ ok: false, error: expect.stringMatching(/^Not a course export: this is a PDF document/) });
  });

  it('reports progress from 0 to the total, announces the package first, and lets the event loop run', async () => {
    const bytes = makeCanvasCourse(300, ['<p>You will write a 500-word essay comparing two newspapers. Submit it by Friday.</p>']);
    const calls: [number, number][] = [];
    let opened: unknown = null;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const r = await auditPackage(bytes, { records: false, onOpen: (info) => void (opened = info), onProgress: (d, t) => void calls.push([d, t]) });
    clearInterval(timer);
    expect(r.ok).toBe(true);
    expect(opened).toEqual({ name: 'Generated course', format: { version: '1.1.0', root: '' }, total: 300 });
    expect(calls[0]).toEqual([0, 300]);
    expect(calls.at(-1)).toEqual([300, 300]);
    expect(calls.every(([d], i) => i === 0 || d === calls[i - 1]![0] + 1)).toBe(true);
    expect(ticks).toBeGreaterThan(0);
  });

  it('runs asynchronous audits concurrently but hands results over in package order', async () => {
    const bytes = makeCanvasCourse(300, ['<p>You will write a 500-word essay comparing two newspapers. Submit it by Friday.</p>']);
    let inFlight = 0;
    let most = 0;
    const order: string[] = [];
    const r = await auditPackage(bytes, {
      records: false,
      concurrency: 2,
      audit: async (input) => {
        inFlight++;
        most = Math.max(most, inFlight);
        // Later items (within each run of eight) finish first: order must still hold.
        await new Promise((res) => setTimeout(res, 8 - (Number(input.title.replace(/\D/g, '')) % 8)));
        inFlight--;
        return audit(input);
      },
      onResult: (e) => void order.push(e.item.title),
    });
    expect(r.ok).toBe(true);
    expect(most).toBeGreaterThan(1);
    // A bounded window: 64 items per unit of concurrency, never the whole package at once.
    expect(most).toBeLessThanOrEqual(128);
    expect(order).toEqual(Array.from({ length: 300 }, (_, i) => `Assignment ${i + 1}`));
  });

  it('stops between items when cancelled, keeping what was done', async () => {
    const controller = new AbortController();
    const r = await auditPackage(makeCanvasCourse(50, ['<p>You will write an essay. Submit it by Friday, 500 words.</p>']), {
      signal: controller.signal,
      records: false,
      onProgress: (done) => {
        if (done === 10) controller.abort();
      },
    });
    if (!r.ok) throw new Error(r.error);
    expect(r.cancelled).toBe(true);
    expect(r.results).toHaveLength(10);
  });
});
