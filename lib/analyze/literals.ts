/**
 * Literals a regular expression cannot match without: every match of
 * `\bfact[- ]?check|\bverificadores?` contains "FACT" or "VERIFICADOR". The scan looks for them
 * in a clause (through a small filter of the clause's three-letter sequences) before it runs a
 * rule's pattern there, and skips the pattern when they cannot be present. That saves time and
 * never changes a result: a set is derived only from characters the pattern must match one for
 * one, the filter has false positives but no false negatives, and a pattern this reader cannot
 * follow gets no set (it then always runs).
 *
 * Case: text and literals are compared after `foldCode`, one UTF-16 unit to one. With the `i`
 * flag a pattern character p matches a text character c only when both fold to the same unit
 * (tests/unit/analyze/literals.test.ts checks every code unit against the rules' characters).
 */

/** Literal sets: a match contains at least one string of every set. */
export type Required = string[][];

interface Info {
  /** Every string the node can match, when there are few (null: too many or unknown). */
  exact: string[] | null;
  /** Sets of which every match holds one string each. */
  req: string[][];
}

/** Largest exact set kept while combining; beyond it the run is cut. */
const LIMIT = 48;
/** Shortest literal kept: the filter works on three-unit sequences. */
const MIN_LENGTH = 3;
/** Sets kept per pattern, the most selective first. */
const KEEP = 2;

class Unreadable extends Error {}

/**
 * The literal sets of `re`, folded with `foldCode`; [] when none can be derived (or the pattern
 * uses syntax this reader does not know, which is then treated as "no requirement").
 */
export function requiredLiterals(re: RegExp): Required {
  if (!readable(re)) return [];
  try {
    const parser = new Parser(re.source);
    const info = parser.alternation();
    return parser.pos === re.source.length ? finish(info) : [];
  } catch {
    return [];
  }
}

/** A top-level alternative of a pattern: its source and the literal sets every match of it holds. */
export interface Branch {
  source: string;
  required: Required;
}

/**
 * The top-level alternatives of `re` (`a|b|c`), each with its own literal sets; null when the
 * pattern has one alternative or cannot be read. On a text where some alternatives cannot match,
 * the pattern made of the others, in the same order, finds exactly the same matches: at every
 * position an alternation takes the first alternative that matches, and the dropped ones never do.
 */
export function topBranches(re: RegExp): Branch[] | null {
  if (!readable(re)) return null;
  try {
    const parser = new Parser(re.source);
    const spans = parser.branches();
    if (parser.pos !== re.source.length || spans.length < 2) return null;
    return spans.map(({ info, start, end }) => ({ source: re.source.slice(start, end), required: finish(info) }));
  } catch {
    return null;
  }
}

/** Flags the reader understands; backreferences and named groups would not survive a split. */
function readable(re: RegExp): boolean {
  return !(re.unicode || re.unicodeSets || re.multiline || re.dotAll || re.sticky) && !/\\[1-9k]|\(\?<(?![=!])/.test(re.source);
}

function finish(info: Info): Required {
  const sets = [...info.req];
  if (info.exact) sets.push(info.exact);
  // Folded whatever the flags: a case-sensitive match is found in folded text all the same.
  const clean = sets
    .map((set) => minimal([...new Set(set.map(foldString))]))
    .filter((set) => set.length && set.every((s) => s.length >= MIN_LENGTH));
  clean.sort((a, b) => score(b) - score(a));
  const out: string[][] = [];
  for (const set of clean) {
    if (out.length >= KEEP) break;
    if (!out.some((o) => o.join('\n') === set.join('\n'))) out.push(set);
  }
  return out;
}

/**
 * One UTF-16 unit folded for comparison: its upper case when that is one unit, else itself
 * (so "ß", whose upper case is "SS", stays "ß"). Non-ASCII units are cached as they are met.
 */
export function foldCode(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  let f = foldCache[c]!;
  if (f === 0) {
    const u = String.fromCharCode(c).toUpperCase();
    f = foldCache[c] = u.length === 1 ? u.charCodeAt(0) : c;
  }
  return f;
}
const foldCache = new Uint16Array(0x10000);

/** `foldCode` over a string. */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldCode(s.charCodeAt(i)));
  return out;
}

// The filter: which three-unit sequences (folded, hashed to 12 bits) a clause holds. A stamp per
// slot instead of a cleared bitset: a new clause only takes a new stamp number. One multiply per
// sequence: the hash only has to spread real text over the table, collisions cost a wasted
// pattern run, never a lost match.
const GRAM_BITS = 12;
const gram = (a: number, b: number, c: number) => Math.imul((a << 16) ^ (b << 8) ^ c, 0x9e3779b1) >>> (32 - GRAM_BITS);

/**
 * Required sets as the filter asks them, flat: the number of sets, then per set the number of
 * literals, then per literal the number of hashes and the hashes (at most three: its first,
 * middle and last sequence, enough to rule a literal out).
 */
export type GramSets = Int32Array;

/** Turns literal sets into the flat form `ClauseGrams.meets` reads. */
export function toGrams(required: Required): GramSets {
  const out: number[] = [required.length];
  for (const set of required) {
    out.push(set.length);
    for (const lit of set) {
      const all: number[] = [];
      for (let i = 0; i + 2 < lit.length; i++) all.push(gram(lit.charCodeAt(i), lit.charCodeAt(i + 1), lit.charCodeAt(i + 2)));
      const picked = [...new Set([all[0]!, all[all.length >> 1]!, all[all.length - 1]!])];
      out.push(picked.length, ...picked);
    }
  }
  return Int32Array.from(out);
}

/** The three-unit sequences of the clause being read. */
export class ClauseGrams {
  private readonly stamps = new Int32Array(1 << GRAM_BITS);
  private stamp = 0;

  /** Records the sequences of `text` from `start` to `end`. */
  fill(text: string, start: number, end: number): void {
    const stamps = this.stamps;
    if (this.stamp === 0x7fffffff) {
      // Stamps would overflow their 32-bit slots: start over.
      stamps.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    if (end - start < 3) return;
    let a = foldCode(text.charCodeAt(start));
    let b = foldCode(text.charCodeAt(start + 1));
    for (let i = start + 2; i < end; i++) {
      const u = text.charCodeAt(i);
      // ASCII folded inline: most of any clause.
      const c = u < 128 ? ((u - 97) >>> 0 < 26 ? u - 32 : u) : foldCode(u);
      stamps[gram(a, b, c)] = stamp;
      a = b;
      b = c;
    }
  }

  /** False only when some set has no literal whose every sequence is in the clause. */
  meets(sets: GramSets): boolean {
    const stamps = this.stamps;
    const stamp = this.stamp;
    let p = 1;
    for (let s = sets[0]!; s > 0; s--) {
      let found = false;
      for (let lits = sets[p++]!; lits > 0; lits--) {
        const count = sets[p++]!;
        if (!found) {
          let k = 0;
          while (k < count && stamps[sets[p + k]!] === stamp) k++;
          if (k === count) found = true;
        }
        p += count;
      }
      if (!found) return false;
    }
    return true;
  }
}

/** A set whose shortest string is longer rules out more; fewer strings cost fewer look-ups. */
function score(set: string[]): number {
  return Math.min(...set.map((s) => s.length)) * 100 - set.length;
}

/** Drops strings that contain another string of the set: finding the shorter one is enough. */
function minimal(set: string[]): string[] {
  return set.filter((s) => !set.some((t) => t !== s && s.includes(t)));
}

function cross(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > LIMIT) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}

const hasEmpty = (set: string[] | null) => !set || set.includes('');

/** The better of two requirement sets for one node (either alone is a valid requirement). */
function best(sets: string[][]): string[] | null {
  let top: string[] | null = null;
  for (const s of sets) if (!hasEmpty(s) && (!top || score(s) > score(top))) top = s;
  return top;
}

/** Recursive descent over the pattern syntax the rules use (no `u` flag). */
class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  /** The top-level alternatives with where each starts and ends in the source. */
  branches(): { info: Info; start: number; end: number }[] {
    const out: { info: Info; start: number; end: number }[] = [];
    for (;;) {
      const start = this.pos;
      const info = this.sequence();
      out.push({ info, start, end: this.pos });
      if (this.peek() !== '|') return out;
      this.pos++;
    }
  }

  alternation(): Info {
    const branches: Info[] = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    let exactSet: Set<string> | null = new Set();
    for (const b of branches) {
      if (!b.exact || !exactSet) {
        exactSet = null;
        break;
      }
      for (const x of b.exact) exactSet.add(x);
      if (exactSet.size > LIMIT) exactSet = null;
    }
    const exact = exactSet ? [...exactSet] : null;
    // Each branch contributes its best set; their union is a set every match meets.
    const union = new Set<string>();
    for (const b of branches) {
      const s = best(b.exact ? [...b.req, b.exact] : b.req);
      if (!s) return { exact, req: [] };
      for (const x of s) union.add(x);
    }
    return { exact, req: [[...union]] };
  }

  private sequence(): Info {
    const req: string[][] = [];
    let exact: string[] | null = [''];
    let run: string[] = [''];
    const cut = () => {
      if (!hasEmpty(run)) req.push(run);
      run = [''];
    };
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const node = this.quantified();
      req.push(...node.req);
      if (node.exact) {
        const joined = cross(run, node.exact);
        if (joined) run = joined;
        else {
          cut();
          run = node.exact;
        }
        exact = exact && cross(exact, node.exact);
      } else {
        cut();
        exact = null;
      }
    }
    cut();
    return { exact, req };
  }

  private quantified(): Info {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    const [min, max] = q;
    if (this.peek() === '?') this.pos++; // lazy: same strings
    if (min === 0) return { exact: max === 1 && atom.exact ? [...new Set(['', ...atom.exact])] : null, req: [] };
    const req = [...atom.req];
    if (atom.exact && !hasEmpty(atom.exact)) req.push(atom.exact);
    return { exact: min === 1 && max === 1 ? atom.exact : null, req };
  }

  private quantifier(): [number, number] | null {
    const c = this.peek();
    if (c === '*') return this.pos++, [0, Infinity];
    if (c === '+') return this.pos++, [1, Infinity];
    if (c === '?') return this.pos++, [0, 1];
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Unreadable('brace');
      this.pos += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      return [min, max];
    }
    return null;
  }

  private atom(): Info {
    const c = this.peek();
    if (c === undefined) throw new Unreadable('end');
    if (c === '(') {
      this.pos++;
      let lookaround = false;
      if (this.src.startsWith('?:', this.pos)) this.pos += 2;
      else if (this.src.startsWith('?=', this.pos) || this.src.startsWith('?!', this.pos)) {
        this.pos += 2;
        lookaround = true;
      } else if (this.src.startsWith('?<=', this.pos) || this.src.startsWith('?<!', this.pos)) {
        this.pos += 3;
        lookaround = true;
      } else if (this.peek() === '?') throw new Unreadable('group');
      const inner = this.alternation();
      if (this.peek() !== ')') throw new Unreadable('paren');
      this.pos++;
      // A lookaround matches no characters of its own.
      return lookaround ? { exact: [''], req: [] } : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') {
      this.pos++;
      return { exact: [''], req: [] };
    }
    if (c === '.') {
      this.pos++;
      return { exact: null, req: [] };
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Unreadable(c);
    this.pos++;
    return { exact: [c], req: [] };
  }

  private escape(): Info {
    const next = this.src[this.pos + 1];
    if (next === undefined) throw new Unreadable('escape');
    this.pos += 2;
    if (next === 'b' || next === 'B') return { exact: [''], req: [] };
    if ('sSwWdD'.includes(next)) return { exact: null, req: [] };
    if (/[.\\/\-?*+()[\]{}|^$¿¡'"#&~!@%=:,<> ]/.test(next)) return { exact: [next], req: [] };
    const control: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (next in control) return { exact: [control[next]!], req: [] };
    throw new Unreadable(`\\${next}`);
  }

  private charClass(): Info {
    const end = this.classEnd();
    const body = this.src.slice(this.pos + 1, end);
    this.pos = end + 1;
    if (body.startsWith('^') || body.includes('\\') || body.includes('-') || !body.length) return { exact: null, req: [] };
    const chars = [...new Set(body.split(''))];
    return chars.length <= 8 ? { exact: chars, req: [] } : { exact: null, req: [] };
  }

  private classEnd(): number {
    for (let i = this.pos + 1; i < this.src.length; i++) {
      if (this.src[i] === '\\') i++;
      else if (this.src[i] === ']') return i;
    }
    throw new Unreadable('class');
  }
}
