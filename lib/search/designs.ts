/**
 * Alan November's search designs for a topic and a set of countries: `site:ir <topic>`,
 * `site:ac.ir <topic>`, `site:gov.ir <topic>`, the news tab, several countries at once, the
 * other side's own words (`site:ac.ir "تسخیر لانه جاسوسی"`), and optionally Google's country
 * restriction. Pure and fast (no I/O); engine URLs come from engines.ts.
 */
import { countryInfo, countryName, findCountries, foldPhrase } from '../geo/index.ts';
import type { CountryInfo } from '../geo/index.ts';
import { engineLinks } from './engines.ts';
import { universityWord } from './glossary.ts';
import { otherSideTerms } from './places.ts';
import { DESIGN_TEXT, elName, joinEndings, joinNames, theName } from './text.ts';
import { cleanTopic, normalizeTopic } from './topic.ts';
import type { DesignOptions, DesignsResult, SearchDesign, UiLang } from './types.ts';

/** At most this many countries get designs (each adds four). */
export const MAX_DESIGN_COUNTRIES = 8;
/** At most this many of the other side's terms per language. */
export const MAX_TERMS_PER_LANG = 3;
/** Longest term kept, in characters. */
export const MAX_TERM_CHARS = 80;
/** At most this many of a country's own words from the places table (offline). */
export const MAX_KNOWN_TERMS_PER_COUNTRY = 2;

/** `site:ir`, or `(site:com.co OR site:org.co)` for several suffixes. */
export function siteFilter(suffixes: string[]): string {
  const parts = suffixes.map((s) => `site:${s}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/** A term from outside (Wikipedia, the person) made safe to put inside quotes. */
export function cleanTerm(term: unknown): string {
  const { topic } = normalizeTopic(typeof term === 'string' ? term.slice(0, MAX_TERM_CHARS * 4) : '');
  if (topic.length <= MAX_TERM_CHARS) return topic;
  const cut = topic.slice(0, MAX_TERM_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > 20 ? cut.slice(0, space) : cut;
}

function baseLang(tag: string): string {
  return tag.toLowerCase().split('-')[0]!;
}

function languageName(lang: string, ui: UiLang): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * Search designs for `topic` reaching each country in `countries` (ISO codes or names).
 *
 * Per country, in this order: `cctld` (`site:ir topic`), `academic` (`site:ac.ir topic`, or
 * `site:de Universität topic` where universities share no suffix), `government`
 * (`site:gov.ir topic`), `news` (the engines' news tabs). Then, for two or more countries,
 * `combined` (`(site:ir OR site:iq) topic`, and the same for universities); then `terms` from
 * `opts.terms` (the Wikipedia look-up); then `terms` from the places table for the places the
 * topic names, offline (`site:edu.ar "Guerra de Malvinas"` for "Falklands War", ids
 * `terms-ar-known-0`; off with `opts.knownTerms: false`), skipping words already used; then,
 * if `opts.includeCountryRestrict`, `country-restrict` (Google `cr=`).
 * Designs a country cannot have are skipped with a message saying why. Never throws.
 */
export function designSearches(topic: string, countries: string[], opts: DesignOptions = {}): DesignsResult {
  const lang: UiLang = opts.lang === 'es' ? 'es' : 'en';
  const T = DESIGN_TEXT[lang];
  const messages: string[] = [];
  const designs: SearchDesign[] = [];
  const cleaned = cleanTopic(topic, lang);
  if (!cleaned.ok) return { designs, messages: [cleaned.message] };
  const q = cleaned.topic;

  const infos: CountryInfo[] = [];
  for (const c of Array.isArray(countries) ? countries : []) {
    const codes = typeof c === 'string' ? findCountries(c) : [];
    if (!codes.length) {
      messages.push(T.unknownCountry(typeof c === 'string' ? c : String(c)));
      continue;
    }
    for (const code of codes) {
      if (infos.some((i) => i.code === code)) continue;
      if (infos.length >= MAX_DESIGN_COUNTRIES) {
        if (!messages.includes(T.tooManyCountries(MAX_DESIGN_COUNTRIES))) messages.push(T.tooManyCountries(MAX_DESIGN_COUNTRIES));
        continue;
      }
      infos.push(countryInfo(code)!);
    }
  }
  if (!infos.length) {
    messages.push(T.noCountries);
    return { designs, messages };
  }

  const withArticle = (name: string) => (lang === 'es' ? elName(name) : theName(name));
  const add = (d: Omit<SearchDesign, 'engines'>, engines: SearchDesign['engines']) => designs.push({ ...d, engines });
  const web = (query: string) => engineLinks({ query, uiLang: lang });

  for (const c of infos) {
    const name = countryName(c.code, lang);
    const id = c.code.toLowerCase();
    if (c.site.length) {
      const query = `${siteFilter(c.site)} ${q}`;
      add({ id: `cctld-${id}`, kind: 'cctld', countries: [c.code], query, why: T.cctldWhy(name, joinEndings(c.site, lang)), lookFor: T.cctldLook }, web(query));
    } else {
      messages.push(c.code === 'US' ? T.noSiteUS : T.noSite(name));
    }

    const word = universityWord(c.langs[0] ?? '');
    if (c.acad.length) {
      const query = `${siteFilter(c.acad)} ${q}`;
      add({ id: `academic-${id}`, kind: 'academic', countries: [c.code], query, why: T.academicWhy(name, joinEndings(c.acad, lang)), lookFor: T.academicLook }, web(query));
    } else if (c.site.length && word) {
      const query = `${siteFilter(c.site)} ${word} ${q}`;
      add({ id: `academic-${id}`, kind: 'academic', countries: [c.code], query, why: T.academicWordWhy(name, joinEndings(c.site, lang), word), lookFor: T.academicLook }, web(query));
    } else {
      messages.push(T.noAcademic(name));
    }

    if (c.gov.length) {
      const query = `${siteFilter(c.gov)} ${q}`;
      add({ id: `government-${id}`, kind: 'government', countries: [c.code], query, why: T.governmentWhy(name, joinEndings(c.gov, lang)), lookFor: T.governmentLook }, web(query));
    } else {
      messages.push(T.noGovernment(name));
    }

    if (c.site.length) {
      const query = `${siteFilter(c.site)} ${q}`;
      add({ id: `news-${id}`, kind: 'news', countries: [c.code], query, why: T.newsWhy(name, joinEndings(c.site, lang)), lookFor: T.newsLook }, engineLinks({ query, news: true, uiLang: lang }));
    } else {
      // No ccTLD to filter on: ask the news tab for the country instead (a preference only).
      add({ id: `news-${id}`, kind: 'news', countries: [c.code], query: q, why: T.newsNoSiteWhy(name), lookFor: T.newsLook }, engineLinks({ query: q, news: true, restrictTo: [c.code], uiLang: lang }));
    }
  }

  if (infos.length >= 2) {
    const withSite = infos.filter((c) => c.site.length);
    if (withSite.length >= 2) {
      const query = `${siteFilter(withSite.flatMap((c) => c.site))} ${q}`;
      const codes = withSite.map((c) => c.code);
      const names = joinNames(codes.map((c) => withArticle(countryName(c, lang))), lang);
      add({ id: `combined-${codes.join('-').toLowerCase()}`, kind: 'combined', countries: codes, query, why: T.combinedWhy(names), lookFor: T.combinedLook }, web(query));
    }
    const withAcad = infos.filter((c) => c.acad.length);
    if (withAcad.length >= 2) {
      const query = `${siteFilter(withAcad.flatMap((c) => c.acad))} ${q}`;
      const codes = withAcad.map((c) => c.code);
      const names = joinNames(codes.map((c) => withArticle(countryName(c, lang))), lang);
      add({ id: `combined-academic-${codes.join('-').toLowerCase()}`, kind: 'combined', countries: codes, query, why: T.combinedAcademicWhy(names), lookFor: T.combinedLook }, web(query));
    }
  }

  for (const [termLang, list] of Object.entries(opts.terms ?? {})) {
    if (!Array.isArray(list) || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(termLang)) continue;
    const terms = [...new Set(list.map(cleanTerm).filter(Boolean))].slice(0, MAX_TERMS_PER_LANG);
    const speakers = infos.filter((c) => c.langs.some((l) => baseLang(l) === baseLang(termLang)));
    terms.forEach((term, n) => {
      const quoted = `"${term}"`;
      if (speakers.length) {
        for (const c of speakers) {
          const name = countryName(c.code, lang);
          const academic = c.acad.length > 0;
          const query = `${siteFilter(academic ? c.acad : c.site.length ? c.site : [])} ${quoted}`.trim();
          add({ id: `terms-${c.code.toLowerCase()}-${termLang}-${n}`, kind: 'terms', countries: [c.code], query, why: T.termsWhy(name, term, academic), lookFor: T.termsLook }, engineLinks({ query, uiLang: lang }));
        }
      } else {
        add(
          { id: `terms-${termLang}-${n}`, kind: 'terms', countries: [], query: quoted, why: T.termsAnyWhy(term, languageName(termLang, lang)), lookFor: T.termsLook },
          engineLinks({ query: quoted, docLang: termLang, uiLang: lang }),
        );
      }
    });
  }

  if (opts.knownTerms !== false) {
    // The other side's words from the places table: offline, so they are there even when the
    // Wikipedia look-up is off. Words the look-up already gave a country are not repeated.
    const used = new Set(designs.filter((d) => d.kind === 'terms').map((d) => `${d.countries[0] ?? ''}|${foldPhrase(d.query.replace(/^.*?"|"$/g, ''))}`));
    const perCountry = new Map<string, number>();
    for (const term of otherSideTerms(q)) {
      const c = infos.find((i) => i.code === term.country);
      if (!c || (!c.acad.length && !c.site.length)) continue;
      const text = cleanTerm(term.text);
      const n = perCountry.get(c.code) ?? 0;
      if (!text || n >= MAX_KNOWN_TERMS_PER_COUNTRY || used.has(`${c.code}|${foldPhrase(text)}`)) continue;
      used.add(`${c.code}|${foldPhrase(text)}`);
      perCountry.set(c.code, n + 1);
      const name = countryName(c.code, lang);
      const academic = c.acad.length > 0;
      const query = `${siteFilter(academic ? c.acad : c.site)} "${text}"`;
      add(
        { id: `terms-${c.code.toLowerCase()}-known-${n}`, kind: 'terms', countries: [c.code], query, why: T.termsWhy(name, text, academic), lookFor: T.termsLook },
        engineLinks({ query, uiLang: lang }),
      );
    }
  }

  if (opts.includeCountryRestrict) {
    for (const c of infos) {
      const name = countryName(c.code, lang);
      add({ id: `country-restrict-${c.code.toLowerCase()}`, kind: 'country-restrict', countries: [c.code], query: q, why: T.restrictWhy(name), lookFor: T.restrictLook }, engineLinks({ query: q, restrictTo: [c.code], uiLang: lang }));
    }
  }
  return { designs, messages };
}
