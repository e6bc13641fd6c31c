/**
 * Random version-4 UUIDs for record ids and storage keys, in every context the records code runs.
 * `crypto.randomUUID` exists only in secure contexts, and the overlay's panel is an extension
 * frame inside the LMS page: in Firefox that frame is not a secure context when the page is plain
 * http (a school's own Moodle on its intranet, "Audit this page" anywhere), so saving an audit
 * threw. `crypto.getRandomValues` is there in every context and gives the same randomness.
 */

/** A random RFC 9562 version-4 UUID in lower case. */
export function randomUuid(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
