/**
 * The scan: one pass over the words of the text; a word that triggers rules runs those rules on
 * its clause only. Each match is checked for negation ("you do not need to publish") and for
 * optional wording ("if you want", "puedes"), which lowers an evident match to partial.
 *
 * Speed comes from doing per character only a table look-up, per clause only the rules its words
 * trigger, and per rule only the alternatives whose literals the clause holds; none of it changes
 * a result (tests/unit/analyze/identical.test.ts).
 */
import type { QuestionId } from './types.ts';
import { RULES, NEGATED_BEFORE, NEGATED_AFTER, OPTIONAL_CLAUSE, OPTIONAL_SECTION, SOFTENED_AFTER, type Rule } from './rules.ts';
import { ClauseGrams, requiredLiterals, toGrams, topBranches, type GramSets } from './literals.ts';
import { countLatinWord, countRange, LATIN_LOWER, TALLY_HEAD, TALLY_WORDS, type Tally } from './language.ts';

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
/** The shortest trigger: a shorter word cannot trigger anything, so it is not looked up. */
let minTrigger = KEY_LEN;
RULES.forEach((rule, i) => {
  for (const t of rule.triggers) {
    const codes = Array.from(t, (ch) => ch.charCodeAt(0));
    minTrigger = Math.min(minTrigger, codes.length);
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
let filters: readonly RuleFilter[] | null = null;
const grams = new ClauseGrams();

/**
 * A rule's literal filter, and for a pattern made of alternatives (`a|b|c`) the filter of each:
 * on a clause where only some alternatives can match, the pattern of just those runs instead
 * (same matches, see `topBranches`), which costs a fraction of trying all twenty at every position.
 */
interface RuleFilter {
  sets: GramSets;
  branches: { source: string; sets: GramSets }[] | null;
  /** Patterns of subsets of the alternatives, by bit mask of the alternatives kept. */
  subsets: Map<number, RegExp>;
}
/**
 * Subset patterns remembered, per rule and in all (each is compiled code); past either the full
 * pattern runs: the same matches, only slower. A corpus of 66 assignments needs some 250.
 */
const MAX_SUBSETS = 32;
const MAX_SUBSETS_ALL = 400;
let subsetCount = 0;

function makeFilter(rule: Rule): RuleFilter {
  const sets = toGrams(requiredLiterals(rule.re));
  const split = topBranches(rule.re);
  // Masks are 30-bit integers; a pattern with more alternatives simply always runs whole.
  const branches = split && split.length <= 30 && split.some((b) => b.required.length) ? split.map((b) => ({ source: b.source, sets: toGrams(b.required) })) : null;
  return { sets, branches, subsets: new Map() };
}

/** The pattern to run on the clause in `grams` (which passed the rule's own filter); null when no alternative can match there. */
function patternFor(rule: Rule, filter: RuleFilter): RegExp | null {
  const branches = filter.branches;
  if (!branches) return rule.re;
  let mask = 0;
  for (let b = 0; b < branches.length; b++) {
    const sets = branches[b]!.sets;
    if (!sets[0] || grams.meets(sets)) mask |= 1 << b;
  }
  if (mask === 0) return null;
  if (mask === 2 ** branches.length - 1) return rule.re;
  let re = filter.subsets.get(mask);
  if (!re) {
    if (filter.subsets.size >= MAX_SUBSETS || subsetCount >= MAX_SUBSETS_ALL) return rule.re;
    subsetCount++;
    re = new RegExp(
      branches
        .filter((_, b) => mask & (1 << b))
        .map((b) => b.source)
        .join('|'),
      rule.re.flags,
    );
    filter.subsets.set(mask, re);
  }
  return re;
}

// One table look-up per code unit tells the scan what it needs: a word character's fold for the
// key (see FOLD; 0 when it has none, which leaves its word without a key), NOT_WORD for anything
// else (see `isWordChar`), STOP for a character that may end a clause (see `endsClause`).
// The table stops where the punctuation blocks end (every unit from there on is a word character
// without a fold, except U+FEFF), so building it costs little when the content script loads.
const NOT_WORD = -1;
const STOP = -2;
const KEYS_END = 0x3040;
const KEYS = new Int16Array(KEYS_END);
for (let c = 0; c < KEYS_END; c++) KEYS[c] = !isWordChar(c) ? NOT_WORD : c < FOLD.length && FOLD[c]! > 0 ? FOLD[c]! : 0;
for (const c of [46, 33, 63, 59, 10, 13, 0x2022, 0x3002]) KEYS[c] = STOP;
/** KEYS for any code unit. */
const keyOf = (c: number): number => (c < KEYS_END ? KEYS[c]! : c === 0xfeff ? NOT_WORD : 0);

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

/** Which clause each rule last ran on (clause numbers never repeat, so nothing is cleared). */
let lastRun = new Float64Array(0);
let clauseCount = 0;
/** The rules the words of the current clause trigger, in the order the words come. */
let queue = new Int32Array(0);
let queued = 0;

/** Where the word read by the last `wordKey` call ends. */
let wordEnd = 0;

/**
 * The key of the word starting at `at` (a word character), -1 when it has none; sets `wordEnd`.
 * A word's key is packed from its first letters; past KEY_LEN the rest only needs skipping.
 */
function wordKey(text: string, at: number, n: number): number {
  let i = at;
  let key = 0;
  const head = Math.min(n, at + KEY_LEN);
  for (; i < head; i++) {
    const v = keyOf(text.charCodeAt(i));
    if (v < 0) break;
    key = v === 0 || key < 0 ? -1 : key * 256 + v;
  }
  if (i === head) while (i < n && keyOf(text.charCodeAt(i)) >= 0) i++;
  wordEnd = i;
  return finishKey(key, i - at);
}

/** The key from its packed letters and the word's length; -1 when the word triggers nothing. */
function finishKey(key: number, len: number): number {
  if (key < 0 || len < minTrigger) return -1;
  for (let pad = len; pad < KEY_LEN; pad++) key *= 256;
  return key;
}

/** `wordKey` that also counts the word into `t` (see `tally`), reading each unit once. */
function wordKeyTallied(text: string, at: number, n: number, t: Tally): number {
  let i = at;
  let key = 0;
  let h = 0;
  let latin = true;
  const head = Math.min(n, at + KEY_LEN);
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    let v: number;
    let l = 0;
    if (c < 0x100) {
      // One look-up for both readers: the scan's key value and the language reader's lower case.
      const both = LATIN_KEYS[c]!;
      v = both >> 16;
      l = both & 0xffff;
    } else v = keyOf(c);
    if (v < 0) break;
    if (i < head) key = v === 0 || key < 0 ? -1 : key * 256 + v;
    if (l === 0) latin = false;
    else h = (h * 31 + l) | 0;
  }
  wordEnd = i;
  if (latin) countLatinWord(text, at, i - at, h, t);
  else countRange(text, at, i, t);
  if (t.seen >= TALLY_WORDS) tally = null;
  return finishKey(key, i - at);
}

/**
 * The stopword tally the scan fills for language detection (null: not asked, or TALLY_WORDS words
 * read). A scan word made only of Latin-1 letters is one word to the language reader too; any
 * other scan word is read by that reader's own rules (`countRange`). Scan words and the language
 * reader's words (runs of letters) share their edges, since every unit that ends a scan word is
 * no letter, except a few in U+3000-U+303F (BOUNDARY_LETTER): meeting one spoils the tally,
 * and the caller counts the text afresh.
 */
let tally: Tally | null = null;
let tallySpoilt = false;

/** Below U+0100: KEYS (high 16 bits, signed) and LATIN_LOWER (low 16 bits) of a unit. */
const LATIN_KEYS = Int32Array.from({ length: 0x100 }, (_, c) => (KEYS[c]! << 16) | LATIN_LOWER[c]!);

/** Letters that end a scan word (see `tally`). */
const BOUNDARY_LETTER = new Uint8Array(KEYS_END);
{
  const letter = /\p{L}/u;
  for (let c = 0x80; c < KEYS_END; c++) if (KEYS[c]! < 0 && letter.test(String.fromCharCode(c))) BOUNDARY_LETTER[c] = 1;
}
/** Whether a unit that ends scan words is a letter (see `tally`). */
const spoils = (c: number): boolean => c > 0x7f && c < KEYS_END && BOUNDARY_LETTER[c] === 1;

/** "¿", "¡" and "ñ" in the first TALLY_HEAD units of `text` (found natively: most texts have none). */
function invertedIn(text: string): number {
  // Searched in the head only: a search of the whole would read all of a 5 MB text three times.
  const head = text.length > TALLY_HEAD ? text.slice(0, TALLY_HEAD) : text;
  let count = 0;
  for (const ch of ['¿', '¡', 'ñ']) {
    for (let at = head.indexOf(ch); at >= 0; at = head.indexOf(ch, at + 1)) count++;
  }
  return count;
}

/** Adds the rules not yet queued for clause `clauseNo`. */
function enqueue(rules: number[], clauseNo: number): void {
  for (let r = 0; r < rules.length; r++) {
    const ri = rules[r]!;
    if (lastRun[ri] === clauseNo) continue;
    lastRun[ri] = clauseNo;
    queue[queued++] = ri;
  }
}

/**
 * Runs every rule over `text` and returns the hits, strongest first per question.
 *
 * One pass: outside clauses it looks for a word that triggers rules; such a word opens a clause
 * (from the last boundary, at most MAX_CLAUSE_HALF back, to the next), whose words are then read
 * to its end, collecting the rules they trigger, which run once each on the clause in that order.
 */
export function scan(text: string, words?: Tally): Map<QuestionId, { 2: Hit[]; 1: Hit[] }> {
  tally = words ?? null;
  tallySpoilt = false;
  try {
    return scanText(text);
  } finally {
    if (words) words.inverted = invertedIn(text);
    tally = null;
  }
}

/** True when the last `scan` could not fill its tally (see `tally`): count the text afresh. */
export function tallySpoiltByLastScan(): boolean {
  return tallySpoilt;
}

function scanText(text: string): Map<QuestionId, { 2: Hit[]; 1: Hit[] }> {
  scanned += text.length;
  if (!filters && scanned >= LITERALS_AFTER) filters = RULES.map(makeFilter);
  const ruleFilters = filters;
  if (lastRun.length !== RULES.length) {
    lastRun = new Float64Array(RULES.length).fill(-1);
    queue = new Int32Array(RULES.length);
  }
  // Hits per question and level: bucket (q - 1) * 2 + level - 1.
  const buckets: Hit[][] = [[], [], [], [], [], [], [], [], [], [], [], []];

  /** The last position before `i` that ends a clause: where a clause starting later begins. */
  let lastStop = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const v = keyOf(c);
    if (v < 0) {
      if (v === STOP) {
        if (endsClause(text, i)) lastStop = i;
      } else if (tally !== null && spoils(c)) tallySpoilt = true;
      i++;
      continue;
    }
    const at = i;
    const key = tally === null ? wordKey(text, at, n) : wordKeyTallied(text, at, n, tally);
    i = wordEnd;
    if (key < 0) continue;
    const first = rulesFor(key);
    if (!first) continue;

    const clauseStart = Math.max(at - MAX_CLAUSE_HALF, lastStop + 1, 0);
    const clauseNo = ++clauseCount;
    queued = 0;
    enqueue(first, clauseNo);
    // Read on to the clause's end: the first boundary, or MAX_CLAUSE_HALF past the trigger word's
    // start. A word that starts before the end belongs to the clause even if it runs past it.
    const maxE = Math.min(n, at + MAX_CLAUSE_HALF);
    let e = i;
    let resume = i;
    while (e < maxE) {
      const ce = text.charCodeAt(e);
      const cl = keyOf(ce);
      if (cl >= 0) {
        const k = tally === null ? wordKey(text, e, n) : wordKeyTallied(text, e, n, tally);
        e = resume = wordEnd;
        if (k >= 0) {
          const more = rulesFor(k);
          if (more) enqueue(more, clauseNo);
        }
        continue;
      }
      if (cl === STOP) {
        if (endsClause(text, e)) break;
      } else if (tally !== null && spoils(ce)) tallySpoilt = true;
      e++;
    }
    let clauseEnd = Math.min(e, maxE);
    if (e < maxE) lastStop = e;
    // Keep the terminator: "?" tells an open question from a statement.
    if (clauseEnd < n && text.charCodeAt(clauseEnd) === 63) clauseEnd++;
    i = Math.max(resume, clauseEnd);
    runClause(text, clauseStart, clauseEnd, ruleFilters, buckets);
  }
  const found = new Map<QuestionId, { 2: Hit[]; 1: Hit[] }>();
  for (let q = 1; q <= 6; q++) found.set(q as QuestionId, { 2: buckets[(q - 1) * 2 + 1]!, 1: buckets[(q - 1) * 2]! });
  return found;
}

/** Runs the queued rules on one clause, adding their hits to `buckets`. */
function runClause(text: string, clauseStart: number, clauseEnd: number, ruleFilters: readonly RuleFilter[] | null, buckets: Hit[][]): void {
  const clause = text.slice(clauseStart, clauseEnd);
  optionalClause = optionalSection = -1;
  /** Whether `grams` holds this clause yet: filled on the first rule that asks. */
  let gramsFilled = false;
  for (let r = 0; r < queued; r++) {
    const ri = queue[r]!;
    const rule = RULES[ri]!;
    const qb = (rule.q - 1) * 2;
    // Both buckets this rule can fill are full (a partial rule can still fill neither when evident is full).
    if (buckets[qb + 1]!.length >= KEEP_PER_LEVEL && (rule.level === 2 || buckets[qb]!.length >= KEEP_PER_LEVEL)) continue;
    if (rule.needs !== undefined && !clause.includes(rule.needs)) continue;
    let re: RegExp | null = rule.re;
    const filter = ruleFilters?.[ri];
    if (filter && filter.sets[0]) {
      if (!gramsFilled) {
        grams.fill(text, clauseStart, clauseEnd);
        gramsFilled = true;
      }
      if (!grams.meets(filter.sets)) continue;
      re = patternFor(rule, filter);
      if (!re) continue;
    }
    re.lastIndex = 0;
    let mm: RegExpExecArray | null;
    while ((mm = re.exec(clause))) {
      if (mm[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const level = judge(text, clause, clauseStart, mm.index, mm.index + mm[0].length, rule.level, rule.q);
      if (level > 0) {
        const bucket = buckets[qb + level - 1]!;
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
      if (!re.global) break;
    }
  }
}

/**
 * Whether the current clause reads as optional, and whether an optional heading precedes it:
 * each depends on the clause only, so it is asked once per clause (-1: not asked yet).
 */
let optionalClause = -1;
let optionalSection = -1;

/** The level a raw match keeps after negation and optional wording: 0 drops it. */
function judge(text: string, clause: string, clauseStart: number, ms: number, me: number, level: 1 | 2, q: QuestionId): 0 | 1 | 2 {
  const before = clause.slice(Math.max(0, ms - 60), ms);
  if (NEGATED_BEFORE.test(before)) return 0;
  const after = clause.slice(me, me + 60);
  if (NEGATED_AFTER.test(after)) return 0;
  if (level === 1) return 1;
  // Question 6 asks whether excellent work is shown; "you could use X as a model" still shows it.
  if (q === 6) return 2;
  if (optionalClause < 0) optionalClause = OPTIONAL_CLAUSE.test(clause) ? 1 : 0;
  if (optionalClause === 1 || SOFTENED_AFTER.test(after)) return 1;
  if (optionalSection < 0) optionalSection = OPTIONAL_SECTION.test(text.slice(Math.max(0, clauseStart - OPTIONAL_SECTION_REACH), clauseStart)) ? 1 : 0;
  if (optionalSection === 1) return 1;
  return 2;
}
