/** What comes back from a page asked for a document: its bytes, or why not; anything malformed is "blocked". */
import { describe, expect, it } from 'vitest';
import { fromFetched } from '../../../lib/browser/fetch-document.ts';

describe('fromFetched', () => {
  it('turns the page’s base64 back into the exact bytes, with the address and the header', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
    const data = Buffer.from(bytes).toString('base64');
    const got = fromFetched({ url: 'https://school.instructure.com/courses/1/files/2/download', disposition: 'attachment; filename="a.pdf"', data });
    expect(got).toEqual({ ok: true, url: 'https://school.instructure.com/courses/1/files/2/download', disposition: 'attachment; filename="a.pdf"', bytes });
  });

  it('passes on a refusal, a size and a failure as they are', () => {
    expect(fromFetched({ error: 'status', status: 403 })).toEqual({ ok: false, reason: 'status', status: 403 });
    expect(fromFetched({ error: 'tooBig', size: 30_000_000 })).toEqual({ ok: false, reason: 'tooBig', size: 30_000_000 });
    expect(fromFetched({ error: 'failed' })).toEqual({ ok: false, reason: 'failed' });
  });

  it('reads anything else as blocked: no answer, a wrong shape, broken base64', () => {
    for (const out of [undefined, null, 'text', 42, {}, { url: 1, data: 'AA==' }, { url: 'https://x/', data: '@@not base64@@' }, { error: 'status' }]) {
      const got = fromFetched(out);
      expect(got.ok).toBe(false);
    }
    expect(fromFetched({ url: 'https://x/', data: '%%%' })).toEqual({ ok: false, reason: 'blocked' });
  });
});
