/**
 * What a result page is missing, in plain words, and one-click searches that reach it: the
 * countries the query itself names (lib/search `perspectivesFor`) that no result comes from,
 * designed with lib/search `designSearches` and linked on the engine the student is using.
 */
import type { Engine, SerpReading } from './types.ts';
import type { Diversity } from './diversity.ts';
import { countryName } from '../geo/index.ts';
import { designSearches, perspectivesFor, type SearchDesign, type UiLang } from '../search/index.ts';
import { deName, theName } from '../search/text.ts';

/** A ready search to offer on the result page. */
export interface HintDesign {
  id: string;
  /** The query as typed ("site:ac.ir iran hostage crisis"). */
  query: string;
  /** Runs the query on the engine of the page. */
  url: string;
  /** Why it helps, one plain sentence. */
  why: string;
  countries: string[];
}

/** Sentences and designs for one page. Both empty when the page is not a result page. */
export interface SerpHints {
  sentences: string[];
  designs: HintDesign[];
}

/** Most designs offered at once: a summary, not a menu. */
export const MAX_HINT_DESIGNS = 3;

const SITE_OPERATOR = /(^|[\s(])-?site:[^\s()]*/gi;

/** The query without `site:` / `-site:` operators (and the `OR`s left between them). */
export function stripSiteOperators(query: string): string {
  return query
    .replace(SITE_OPERATOR, '$1')
    .replace(/(^|[\s(])(OR|\|)(?=[\s)]|$)/g, '$1')
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(OR|\|)\s+|\s+(OR|\|)$/g, '');
}

// Plain query URLs for engines lib/search does not link (no region parameters).
const QUERY_URL: Partial<Record<Engine, (q: string) => string>> = {
  yahoo: (q) => `https://search.yahoo.com/search?p=${encodeURIComponent(q)}`,
  yandex: (q) => `https://yandex.com/search/?text=${encodeURIComponent(q)}`,
  baidu: (q) => `https://www.baidu.com/s?wd=${encodeURIComponent(q)}`,
  ecosia: (q) => `https://www.ecosia.org/search?q=${encodeURIComponent(q)}`,
  brave: (q) => `https://search.brave.com/search?q=${encodeURIComponent(q)}`,
  startpage: (q) => `https://www.startpage.com/sp/search?query=${encodeURIComponent(q)}`,
};

function urlOn(engine: Engine, design: SearchDesign): string {
  if (engine === 'google' || engine === 'bing' || engine === 'duckduckgo') return design.engines[engine];
  return QUERY_URL[engine]?.(design.query) ?? design.engines.google;
}

// Country names arrive as the words a sentence needs: "from the United States", "del Reino Unido".
const TEXT = {
  en: {
    noCountry: 'from sites with no country',
    from: (name: string) => `from ${theName(name)}`,
    allFrom: (n: number, from: string) => (n === 1 ? `The only result is ${from}` : `All ${n} results are ${from}`),
    mix: (n: number, parts: string) => `${n} results: ${parts}`,
    part: (n: number, from: string) => `${n} ${from}`,
    unknown: (n: number) => `${n} with an address the engine hides`,
    none: (names: string[]) => `none from ${joinList(names.map((n) => theName(n)), 'or')}`,
    noneNamed: 'Your search names no country. Add one to hear from it, for example "site:ir" for Iran.',
    tryThese: 'Try:',
  },
  es: {
    noCountry: 'de sitios sin país',
    from: (name: string) => deName(name),
    allFrom: (n: number, from: string) => (n === 1 ? `El único resultado es ${from}` : `Los ${n} resultados son ${from}`),
    mix: (n: number, parts: string) => `${n} resultados: ${parts}`,
    part: (n: number, from: string) => `${n} ${from}`,
    unknown: (n: number) => `${n} con una dirección que el buscador oculta`,
    none: (names: string[]) => `ninguno ${joinList(names.map((n) => deName(n)), 'ni')}`,
    noneNamed: 'Tu búsqueda no nombra ningún país. Añade uno para escucharlo, por ejemplo "site:ir" para Irán.',
    tryThese: 'Prueba:',
  },
} as const;

function joinList(items: string[], word: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** "All 10 results are from sites with no country" / "10 results: 7 from …, 3 from …". */
function summary(d: Diversity, lang: UiLang): string {
  const T = TEXT[lang];
  const buckets: Array<[string, number]> = Object.entries(d.countries).map(([cc, n]) => [T.from(countryName(cc, lang)), n]);
  if (d.generic) buckets.push([T.noCountry, d.generic]);
  buckets.sort((a, b) => b[1] - a[1]);
  if (!d.unknown && buckets.length === 1) return T.allFrom(d.total, buckets[0]![0]);
  const parts = buckets.map(([where, n]) => T.part(n, where));
  if (d.unknown) parts.push(T.unknown(d.unknown));
  return T.mix(d.total, parts.join(', '));
}

/**
 * Sentences naming what the page lacks, and searches for the countries the query names but no
 * result comes from (if every named country is there, searches for their academic and
 * government sites instead). Never throws; lang other than 'es' means English.
 */
export function hints(reading: SerpReading, d: Diversity, lang: UiLang = 'en'): SerpHints {
  const ui: UiLang = lang === 'es' ? 'es' : 'en';
  const T = TEXT[ui];
  if (!reading.isResultPage || !reading.query || d.total === 0) return { sentences: [], designs: [] };
  try {
    const topic = stripSiteOperators(reading.query);
    // The countries the query names, and every side of a place or conflict it names ("Falklands
    // War": Argentina and the United Kingdom), which is where a one-sided page shows most.
    const named = topic ? perspectivesFor(topic, [], ui).perspectives.filter((p) => p.source === 'topic' || p.source === 'place') : [];
    // American sites mostly have no country in their address (.com, .org): on a page with such
    // results the United States is not missing, even if no result ends in .us, .gov or .edu.
    const present = (cc: string) => !!d.countries[cc] || (cc === 'US' && d.generic > 0);
    const missing = named.filter((p) => !present(p.country)).map((p) => p.country);

    let first = summary(d, ui);
    if (missing.length) first += `; ${T.none(missing.map((c) => countryName(c, ui)))}`;
    const sentences = [`${first}.`];
    if (!named.length && (d.dominant?.share ?? d.genericShare) >= 0.8) sentences.push(T.noneNamed);

    const targets = missing.length ? missing : named.map((p) => p.country);
    let designs: HintDesign[] = [];
    if (targets.length && topic) {
      const all = designSearches(topic, targets, { lang: ui }).designs;
      // Missing countries: the other side's own words first where the designer knows them (the
      // heart of the method: "Guerra de Malvinas", not "Falklands War"), then any way in, the
      // country's sites first. Present ones: the voices results rarely show, universities and
      // government.
      const wanted = missing.length ? ['terms', 'cctld', 'academic', 'combined', 'government'] : ['academic', 'government'];
      designs = all
        .filter((x) => wanted.includes(x.kind))
        .sort((a, b) => wanted.indexOf(a.kind) - wanted.indexOf(b.kind))
        .slice(0, MAX_HINT_DESIGNS)
        .map((x) => ({ id: x.id, query: x.query, url: urlOn(reading.engine, x), why: x.why, countries: x.countries }));
    }
    if (designs.length) sentences.push(T.tryThese);
    return { sentences, designs };
  } catch {
    return { sentences: [`${summary(d, ui)}.`], designs: [] };
  }
}
