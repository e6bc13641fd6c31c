/**
 * Question 1's first search design, made from the assignment's topic. Kept out of lib/audit.ts
 * because the designer carries the country table and the Public Suffix List, which the content
 * script's first bundle has no room for; the panel, the command line and the package auditor add it.
 */
import type { AuditResult } from './audit.ts';
import { designSearches, perspectivesFor } from './search/index.ts';

/** Returns the audit with "Require at least two sources from Iran: site:ir …" first in question 1. */
export function withSearchDesign(result: AuditResult): AuditResult {
  if (!result.supported || !result.topic) return result;
  const lang = result.language === 'es' ? 'es' : 'en';
  const { designLine, countries } = firstSearchDesign(result.topic, lang);
  if (!designLine) return { ...result, searchCountries: countries };
  return {
    ...result,
    searchCountries: countries,
    questions: result.questions.map((q) => (q.id === 1 ? { ...q, suggestions: [designLine, ...q.suggestions].slice(0, 4) } : q)),
  };
}

/**
 * "Require two sources from Iran: site:ir, site:ac.ir …" — November's move, made from the topic.
 * When the topic names no country there is still a design, from the designer's default set.
 */
function firstSearchDesign(topic: string, lang: 'en' | 'es'): { designLine: string | null; countries: string[] } {
  if (!topic) return { designLine: null, countries: [] };
  const perspectives = perspectivesFor(topic).perspectives.slice(0, 2);
  const countries = perspectives.map((p) => p.country);
  if (!countries.length) return { designLine: null, countries };
  const designs = designSearches(topic, countries, { lang }).designs;
  const queries = designs
    .filter((d) => d.countries.length === 1)
    .slice(0, 3)
    .map((d) => d.query);
  if (!queries.length) return { designLine: null, countries };
  const names = perspectives.map((p) => p.name).join(lang === 'es' ? ' y ' : ' and ');
  const line =
    lang === 'es'
      ? `Exija al menos dos fuentes de ${names}: ${queries.join(' · ')}`
      : `Require at least two sources from ${names}: ${queries.join(' · ')}`;
  return { designLine: line, countries };
}
