/**
 * How a reading rule is written: the Rule shape, bounded gaps and `r()`, which compiles a rule's
 * pattern with `\w` widened to accented Latin letters. Shared by the core rules (rules.ts) and
 * the concept families (families.ts).
 */
import type { QuestionId } from './types.ts';

/** One reading rule. */
export interface Rule {
  q: QuestionId;
  level: 1 | 2;
  /** Trigger words (any case, accents ignored); matched on their first four letters. */
  triggers: readonly string[];
  re: RegExp;
  /** A literal the clause must contain for the rule to be worth running ("?" for questions). */
  needs?: string;
}

/** Up to `n` characters inside one clause. */
export const gap = (n: number) => `[^.!?;\\n]{0,${n}}?`;
/** The usual gap: up to 60 characters. */
export const G = gap(60);

// `\w` in JavaScript is ASCII-only, so "presentarán" would stop at "á". Rules are written with
// `\w` for readability and widened here to Latin letters with accents.
const LATIN_WORD = 'A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F';
function widenWordClass(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === 'w') out += inClass ? LATIN_WORD : `[${LATIN_WORD}]`;
      else out += ch + (next ?? '');
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/** A rule for question `q` at `level`, run on clauses holding one of the comma-separated `triggers`. */
export const r = (q: QuestionId, level: 1 | 2, triggers: string, source: string, flags = 'gi', needs?: string): Rule => ({
  q,
  level,
  triggers: triggers.split(',').map((t) => t.trim()),
  re: new RegExp(widenWordClass(source), flags),
  ...(needs ? { needs } : {}),
});

