/**
 * The scan: one pass over the words of the text; a word that triggers rules runs those rules on
 * its clause only. Each match is checked for negation ("you do not need to publish") and for
 * optional wording ("if you want", "puedes"), which lowers an evident match to partial.
 */
import type { QuestionId } from './types.ts';
import { RULES, NEGATED_BEFORE, NEGATED_AFTER, OPTIONAL_CLAUSE, OPTIONAL_SECTION, SOFTENED_AFTER, type Rule } from './rules.ts';
import { ClauseGrams, requiredLiterals, toGrams, type GramSets } from './literals.ts';

/** A rule that fired on the text, with where and how strongly. */
export interface Hit {
  q: QuestionId;
  /** Level after negation/optional handling: 2 evident, 1 partial. */
  level: 1 | 2;
  start: number;
  end: number;
  /** The clause the match sits in; evidence is cut from it. */
  clauseStart: number;
  clauseEnd: number;
}

/** Hits kept per question and level: enough for five deduplicated evidence spans. */
const KEEP_PER_LEVEL = 8;
/** A clause never grows past this many characters on either side of a trigger word. */
const MAX_CLAUSE_HALF = 400;
/** How far back a strong "optional" heading still covers the text. */
const OPTIONAL_SECTION_REACH = 250;

// A word's key is its first four letters, lower-cased and without accents, packed into one
// number; words in other scripts get no key (no rule is triggered by them). Working on char
// codes keeps the scan free of per-word string allocation, which is what makes it fast.
const KEY_LEN = 4;
const FOLD = new Int16Array(0x250);
for (let c = 0; c < FOLD.length; c++) FOLD[c] = -1;
for (let c = 48; c <= 57; c++) FOLD[c] = c;
for (let c = 97; c <= 122; c++) FOLD[c] = c;
for (let c = 65; c <= 90; c++) FOLD[c] = c + 32;
{
  const latin = 'ÀÁÂÃÄÅàáâãäåaÈÉÊËèéêëeÌÍÎÏìíîïiÒÓÔÕÖØòóôõöøoÙÚÛÜùúûüuÑñnÇçcÝýÿyĀāaĒēeĪīiŌōoŪūuŁłlŚśsŹźŻżŽžzČčcŠšsŘřrĎďdŤťtŇňnĚěeŮůuŐőoŰűuĞğgİıiŞşs';
  // Groups end with their ASCII letter: every character before it folds to it.
  let group: number[] = [];
  for (const ch of latin) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      for (const g of group) FOLD[g] = code;
      group = [];
    } else group.push(code);
  }
  FOLD[0xdf] = 115; // ß
}

/** Letter or digit as far as words go: ASCII alphanumerics and any non-ASCII letter-ish char. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Punctuation, spaces and symbols outside ASCII that commonly sit next to words.
  if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0xbf || c === 0xa1 || c === 0xb7 || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: quotes, dashes, bidi marks
  if (c >= 0x3000 && c <= 0x303f) return false;
  return c !== 0xfeff;
}

/** Packs folded char codes into a key; -1 when a char has no Latin fold. */
function packKey(codes: ArrayLike<number>, len: number): number {
  let k = 0;
  for (let i = 0; i < KEY_LEN; i++) {
    let f = 0;
    if (i < len) {
      const c = codes[i]!;
      f = c < FOLD.length ? FOLD[c]! : -1;
      if (f < 0) return -1;
    }
    k = k * 256 + f;
  }
  return k;
}

const triggerLists = new Map<number, number[]>();
RULES.forEach((rule, i) => {
  for (const t of rule.triggers) {
    const codes = Array.from(t, (ch) => ch.charCodeAt(0));
    const k = packKey(codes, Math.min(codes.length, KEY_LEN));
    if (k < 0) continue;
    const list = triggerLists.get(k);
    if (!list) triggerLists.set(k, [i]);
    else if (!list.includes(i)) list.push(i);
  }
});

// Every word of the text is looked up, so the trigger keys sit in an open-addressing table of
// numbers (a Map lookup per word cost more than the rest of the word loop).
const TRIGGER_BITS = 12;
const triggerKeys = new Int32Array(1 << TRIGGER_BITS).fill(-1);
const triggerRules: number[][] = [];
const triggerSlot = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - TRIGGER_BITS);
for (const [key, list] of triggerLists) {
  let slot = triggerSlot(key);
  while (triggerKeys[slot] !== -1) slot = (slot + 1) & ((1 << TRIGGER_BITS) - 1);
  triggerKeys[slot] = key;
  triggerRules[slot] = list;
}

/** The rules a word with this key triggers, if any. */
function rulesFor(key: number): number[] | undefined {
  for (let slot = triggerSlot(key); ; slot = (slot + 1) & ((1 << TRIGGER_BITS) - 1)) {
    const k = triggerKeys[slot]!;
    if (k === key) return triggerRules[slot];
    if (k === -1) return undefined;
  }
}

/**
 * Per rule, literals its pattern cannot match without: a clause that lacks them is not searched.
 * Deriving them takes some 20 ms, more than one page's analysis, so they are derived only once
 * this many characters have been scanned (bulk audits, long texts); results are the same
 * without them, only slower.
 */
const LITERALS_AFTER = 100_000;
let scanned = 0;
let literalFilters: readonly GramSets[] | null = null;
const grams = new ClauseGrams();

/** True when the character at `i` ends a clause. A full stop inside a token ("site:edu.mx",
 * "1.5", "e.g.x") does not: only one followed by a space, a quote, a bracket or the end does. */
function endsClause(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 46) {
    const n = text.charCodeAt(i + 1);
    return Number.isNaN(n) || n === 32 || n === 9 || n === 10 || n === 13 || n === 0xa0 || n === 34 || n === 39 || n === 41 || n === 0x201d || n === 0x2019 || n === 42 || n === 95;
  }
  // ! ? ; newline • and the CJK full stop
  return c === 33 || c === 63 || c === 59 || c === 10 || c === 13 || c === 0x2022 || c === 0x3002;
}

/** Runs every rule over `text` and returns the hits, strongest first per question. */
export function scan(text: string): Map<QuestionId, { 2: Hit[]; 1: Hit[] }> {
  scanned += text.length;
  if (!literalFilters && scanned >= LITERALS_AFTER) literalFilters = RULES.map((rule) => toGrams(requiredLiterals(rule.re)));
  const required = literalFilters;
  const found = new Map<QuestionId, { 2: Hit[]; 1: Hit[] }>();
  for (const q of [1, 2, 3, 4, 5, 6] as QuestionId[]) found.set(q, { 2: [], 1: [] });
  const full = (rule: Rule) => {
    const f = found.get(rule.q)!;
    return f[2].length >= KEEP_PER_LEVEL && (rule.level === 2 || f[1].length >= KEEP_PER_LEVEL);
  };

  let clauseStart = -1;
  let clauseEnd = -1;
  let clauseNo = 0;
  let clause = '';
  /** Whether `grams` holds this clause yet: filled on the first rule that asks. */
  let gramsFilled = false;
  // Which clause each rule last ran on, so a rule runs once per clause.
  const lastRun = new Int32Array(RULES.length).fill(-1);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    // ASCII fast path: most characters are plain letters, spaces and punctuation.
    if (c < 128 ? !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) : !isWordChar(c)) {
      i++;
      continue;
    }
    const at = i;
    let len = 0;
    let key = 0;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c < 128 ? !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) : !isWordChar(c)) break;
      if (len < KEY_LEN && key >= 0) {
        const f = c < FOLD.length ? FOLD[c]! : -1;
        key = f < 0 ? -1 : key * 256 + f;
      }
      len++;
      i++;
    }
    if (key < 0) continue;
    for (let pad = len; pad < KEY_LEN; pad++) key *= 256;
    const rules = rulesFor(key);
    if (!rules) continue;
    if (at >= clauseEnd) {
      [clauseStart, clauseEnd] = clauseAround(text, at);
      clause = text.slice(clauseStart, clauseEnd);
      gramsFilled = false;
      clauseNo++;
    }
    for (const ri of rules) {
      if (lastRun[ri] === clauseNo) continue;
      lastRun[ri] = clauseNo;
      const rule = RULES[ri]!;
      if (full(rule) || (rule.needs !== undefined && !clause.includes(rule.needs))) continue;
      const sets = required?.[ri];
      if (sets && sets[0]) {
        if (!gramsFilled) {
          grams.fill(text, clauseStart, clauseEnd);
          gramsFilled = true;
        }
        if (!grams.meets(sets)) continue;
      }
      rule.re.lastIndex = 0;
      let mm: RegExpExecArray | null;
      while ((mm = rule.re.exec(clause))) {
        if (mm[0].length === 0) {
          rule.re.lastIndex++;
          continue;
        }
        const level = judge(text, clause, clauseStart, mm.index, mm.index + mm[0].length, rule.level, rule.q);
        if (level > 0) {
          const bucket = found.get(rule.q)![level as 1 | 2];
          if (bucket.length < KEEP_PER_LEVEL) {
            bucket.push({
              q: rule.q,
              level: level as 1 | 2,
              start: clauseStart + mm.index,
              end: clauseStart + mm.index + mm[0].length,
              clauseStart,
              clauseEnd,
            });
          }
        }
        if (!rule.re.global) break;
      }
    }
  }
  return found;
}

/** The clause around position `at`: from the previous to the next boundary, bounded. */
function clauseAround(text: string, at: number): [number, number] {
  let s = at;
  const minS = Math.max(0, at - MAX_CLAUSE_HALF);
  while (s > minS && !endsClause(text, s - 1)) s--;
  let e = at;
  const maxE = Math.min(text.length, at + MAX_CLAUSE_HALF);
  while (e < maxE && !endsClause(text, e)) e++;
  // Keep the terminator: "?" tells an open question from a statement.
  if (e < text.length && text.charCodeAt(e) === 63) e++;
  // A match must never start beyond the clause it came from.
  if (e <= at) e = Math.min(text.length, at + 1);
  return [s, e];
}

/** The level a raw match keeps after negation and optional wording: 0 drops it. */
function judge(text: string, clause: string, clauseStart: number, ms: number, me: number, level: 1 | 2, q: QuestionId): 0 | 1 | 2 {
  const before = clause.slice(Math.max(0, ms - 60), ms);
  if (NEGATED_BEFORE.test(before)) return 0;
  const after = clause.slice(me, me + 60);
  if (NEGATED_AFTER.test(after)) return 0;
  if (level === 1) return 1;
  // Question 6 asks whether excellent work is shown; "you could use X as a model" still shows it.
  if (q === 6) return 2;
  if (OPTIONAL_CLAUSE.test(clause) || SOFTENED_AFTER.test(after)) return 1;
  const reach = text.slice(Math.max(0, clauseStart - OPTIONAL_SECTION_REACH), clauseStart);
  if (OPTIONAL_SECTION.test(reach)) return 1;
  return 2;
}
