/**
 * One serialisation per value: object keys sorted, no whitespace. The bundle checksum is taken
 * over it, and "the same record" means the same canonical text, whatever order a tool wrote the
 * keys in. Works on untrusted parsed JSON (a `__proto__` key is data and is kept); nesting so
 * deep that the engine's stack gives out becomes a `CanonicalError`, not a crash.
 */

/** Thrown for nesting too deep to serialise. */
export class CanonicalError extends Error {}

/** Canonical JSON of `value` (see the file comment). */
export function canonicalJson(value: unknown): string {
  try {
    // The native serialiser does the work; the replacer only hands it each object with sorted
    // keys. Null-prototype copies keep a "__proto__" key as an ordinary property.
    return JSON.stringify(value, sortKeys) ?? 'null';
  } catch (e) {
    if (e instanceof RangeError) throw new CanonicalError('nested too deeply');
    throw e;
  }
}

function sortKeys(_key: string, v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  const keys = Object.keys(v);
  if (isSorted(keys)) return v.constructor === Object || Object.getPrototypeOf(v) === null ? v : copy(v, keys);
  return copy(v, keys.sort());
}

function copy(v: object, keys: string[]): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const k of keys) out[k] = (v as Record<string, unknown>)[k];
  return out;
}

function isSorted(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}
