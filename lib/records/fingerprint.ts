/**
 * A fingerprint of an assignment's instructions, kept with each audit so that a later look at the
 * same assignment can tell whether the teacher has revised the text since ("the instructions have
 * changed since your audit of 12 Nov") and a coach can tell a revision from a re-judgement.
 *
 * Only the words count: case, punctuation, spacing and markup are left out, so the same text read
 * from an LMS's view page and from its edit form (whose HTML differs in spacing and tags) gives
 * one fingerprint, while any changed, added or removed word gives another. The title is left out
 * too: pages of one assignment title it differently ("Review Submission History: …").
 *
 * Not a security hash: two texts of one assignment are compared, nobody forges one. Two
 * independent 32-bit multiplicative hashes over the UTF-16 units make 64 bits, which is plenty for
 * that, and several times faster than SHA-256 on a 5 MB description.
 */

/** Length of a fingerprint: 16 lower-case hex digits. */
export const FINGERPRINT_LENGTH = 16;
export const FINGERPRINT_PATTERN = /^[0-9a-f]{16}$/;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Per UTF-16 unit: 0 not looked at yet, 1 part of a word, 2 a separator. Filled as met, so a
// Unicode-aware regex runs once per distinct character rather than over the whole text.
const kind = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) kind[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 2;
// Surrogates: the halves of a character outside the basic plane (an emoji, a rare CJK letter) count as word.
for (let c = 0xd800; c <= 0xdfff; c++) kind[c] = 1;

/** The fingerprint of an assignment's instructions (see the file comment). */
export function textFingerprint(description: string): string {
  const lower = description.toLowerCase();
  const once = hashWords(lower);
  // A combining accent: the text may be decomposed ("e" + "\u0301") where another reading of the
  // same text is composed ("é"); composed form first. Rare, so the normalisation is paid only then.
  return once.decomposed ? hashWords(lower.normalize('NFC')).hex : once.hex;
}

function hashWords(s: string): { hex: string; decomposed: boolean } {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  let pending = false; // a separator is owed before the next word character
  let started = false;
  let decomposed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k = kind[c]!;
    if (k === 0) k = kind[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    if (k === 2) {
      pending = started;
      continue;
    }
    if (c >= 0x300 && c <= 0x36f) decomposed = true;
    if (pending) {
      a = Math.imul(a ^ 0x20, 0x01000193);
      b = Math.imul(b ^ 0x20, 0x5bd1e995);
      b ^= b >>> 15;
      pending = false;
    }
    started = true;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return { hex: hex8(mix(a)) + hex8(mix(b)), decomposed };
}

// A final mix so that texts differing only near the end spread over all bits.
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/**
 * Whether the instructions changed between two audits: true or false when both audits carry a
 * fingerprint, null when either does not (audits saved before fingerprints, CSV imports).
 */
export function textChanged(before: string | undefined, after: string | undefined): boolean | null {
  if (!before || !after) return null;
  return before !== after;
}
