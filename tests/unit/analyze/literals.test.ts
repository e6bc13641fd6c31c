import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClauseGrams, foldCode, requiredLiterals, toGrams } from '../../../lib/analyze/literals.ts';
import { RULES } from '../../../lib/analyze/rules.ts';

const FIXTURES = new URL('../../fixtures/assignments/', import.meta.url);

describe('requiredLiterals', () => {
  it('finds the words a pattern cannot match without, folded', () => {
    // "check" or "verificador" must be in any match (the longer of "fact"/"check" is asked for).
    expect(requiredLiterals(/\bfact[- ]?check|\bverificador(?:es|as)?\s+de\s+datos/gi)).toEqual([['CHECK', 'VERIFICADOR']]);
    expect(requiredLiterals(/\bc[oó]mo\s+buscar/gi)).toEqual([['BUSCAR'], ['COMO', 'CÓMO']]);
    // Both halves of a sequence must be there: the rarer one is asked for.
    expect(requiredLiterals(/\b(?:choose|select)\s+\w+\s+(?:topic|theme)s?/gi)[0]).toEqual(['CHOOSE', 'SELECT']);
  });

  it('asks for nothing where an alternative or optional part could match without a literal', () => {
    expect(requiredLiterals(/\bsources?\b|\w+\b/gi)).toEqual([]);
    expect(requiredLiterals(/(?:reflection)?\s+\d+/gi)).toEqual([]);
    expect(requiredLiterals(/ab|cd/gi)).toEqual([]); // too short to filter on
  });

  it('gives up (asks for nothing) on syntax it does not read', () => {
    expect(requiredLiterals(/\u0041bcd/gi)).toEqual([]);
    expect(requiredLiterals(/(abc)\1/g)).toEqual([]);
    expect(requiredLiterals(/\p{L}bcd/gu)).toEqual([]);
  });

  it('covers every rule', () => {
    for (const rule of RULES) expect(requiredLiterals(rule.re).length, rule.re.source.slice(0, 60)).toBeGreaterThan(0);
  });
});

describe('the filter never hides a match', () => {
  it('folds a text character and a rule character alike whenever the case-insensitive pattern matches them', () => {
    const chars = new Set<string>();
    for (const rule of RULES) for (const ch of rule.re.source) chars.add(ch);
    const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    for (const p of chars) {
      const re = new RegExp(p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
      const fp = foldCode(p.charCodeAt(0));
      for (let c = 0; c < 0x10000; c++) if (re.test(units[c]!)) expect(foldCode(c), `${p} vs U+${c.toString(16)}`).toBe(fp);
    }
  });

  it('lets every rule through on every corpus clause where its pattern matches', () => {
    const filters = RULES.map((r) => toGrams(requiredLiterals(r.re)));
    const grams = new ClauseGrams();
    const clauses = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(new URL(f, FIXTURES), 'utf8').split(/(?<=[.!?;\n])/));
    // Upper-cased and oddly cased copies: the filter must not depend on case.
    const variants = clauses.flatMap((c) => [c, c.toUpperCase(), c.replace(/[aeiou]/g, (v) => v.toUpperCase())]);
    let matched = 0;
    for (const clause of variants) {
      grams.fill(clause, 0, clause.length);
      RULES.forEach((rule, i) => {
        rule.re.lastIndex = 0;
        if (!rule.re.test(clause)) return;
        matched++;
        expect(grams.meets(filters[i]!), `${rule.re.source.slice(0, 50)} on ${clause}`).toBe(true);
      });
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('rules out a clause without the literals', () => {
    const grams = new ClauseGrams();
    const filter = toGrams(requiredLiterals(/\bfact[- ]?check/gi));
    grams.fill('Look at the facts in the article', 0, 32);
    expect(grams.meets(filter)).toBe(false);
    grams.fill('Use a FACT-CHECK site', 0, 21);
    expect(grams.meets(filter)).toBe(true);
  });
});
