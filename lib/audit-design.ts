/**
 * Question 1's first search design, made from the assignment's topic. Kept out of lib/audit.ts
 * because the designer carries the country table and the Public Suffix List, which the content
 * script's first bundle has no room for; the panel, the command line and the package auditor add it.
 */
import type { AuditResult } from './audit.ts';
import { isSourceCountrySuggestion } from './analyze/suggestions.ts';
import { designSearches, perspectivesFor } from './search/index.ts';
import { deName, joinNames, theName } from './search/text.ts';

/** Returns the audit with "Require at least two sources from Iran: site:ir …" first in question 1. */
export function withSearchDesign(result: AuditResult): AuditResult {
  if (!result.supported || !result.topic) return result;
  const lang = result.language === 'es' ? 'es' : 'en';
  const { designLine, countries } = firstSearchDesign(result.topic, lang);
  if (!designLine) return { ...result, searchCountries: countries };
  return {
    ...result,
    searchCountries: countries,
    questions: result.questions.map((q) =>
      // The analyzer's own "two sources from another country" idea knows only its short country
      // list; the design line says the same with the designer's countries and real searches.
      q.id === 1 ? { ...q, suggestions: [designLine, ...q.suggestions.filter((s) => !isSourceCountrySuggestion(s))].slice(0, 4) } : q,
    ),
  };
}

/**
 * "Require two sources from Iran: site:ir, site:ac.ir …" — November's move, made from the topic.
 * The two first countries come from the topic (every side of a conflict it names: "Falklands
 * War" → Argentina and the United Kingdom); the line gives each one's country search and then
 * one side's own words where the designer knows them (`site:ac.ir "conquest of the American spy
 * den"`). When the topic names no country there is still a design, from the designer's default set.
 */
function firstSearchDesign(topic: string, lang: 'en' | 'es'): { designLine: string | null; countries: string[] } {
  if (!topic) return { designLine: null, countries: [] };
  const perspectives = perspectivesFor(topic, [], lang).perspectives.slice(0, 2);
  const countries = perspectives.map((p) => p.country);
  if (!countries.length) return { designLine: null, countries };
  const single = designSearches(topic, countries, { lang }).designs.filter((d) => d.countries.length === 1);
  const picks: string[] = [];
  const pick = (query: string | undefined) => {
    if (query && !picks.includes(query) && picks.length < 3) picks.push(query);
  };
  for (const c of countries) pick(single.find((d) => d.countries[0] === c && (d.kind === 'cctld' || d.kind === 'academic'))?.query);
  pick(single.find((d) => d.kind === 'terms')?.query);
  for (const d of single) if (d.kind !== 'news') pick(d.query);
  if (!picks.length) return { designLine: null, countries };
  const names = perspectives.map((p) => p.name);
  const line =
    lang === 'es'
      ? `Exija al menos dos fuentes ${names.map(deName).join(' y ')}: ${picks.join(' · ')}`
      : `Require at least two sources from ${joinNames(names.map((n) => theName(n)), 'en')}: ${picks.join(' · ')}`;
  return { designLine: line, countries };
}
