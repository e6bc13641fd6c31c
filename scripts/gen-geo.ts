/**
 * Generates lib/geo/data/countries.json, the country table that ships in the extension.
 *
 *   node --import tsx scripts/gen-geo.ts                # regenerate from installed packages
 *   node --import tsx scripts/gen-geo.ts --hipo FILE    # also refresh academic-usage.json from
 *                                                       # Hipo's world_universities_and_domains.json
 *   node --import tsx scripts/gen-geo.ts --check        # exit 1 if the committed table is stale
 *
 * Sources (see THIRD_PARTY_NOTICES.md): world-countries (ODbL-1.0: ccTLDs, capitals, English
 * and French demonyms, alternative spellings), cldr-core territoryInfo (Unicode-3.0: languages
 * with official status and population share), the Public Suffix List inside tldts (MPL-2.0:
 * academic and government second-level domains, probed), the PSL's IDN ccTLD comments
 * (lib/geo/build/idn-cctlds.ts), Hipo university-domains-list (MIT: which academic suffix
 * universities actually use; lib/geo/build/academic-usage.json), and hand-written tables in
 * lib/geo/build/ (demonyms in es/pt/de, overrides). Country names are not stored: the runtime
 * asks Intl.DisplayNames; only names it does not give are kept as aliases.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { domainToUnicode } from 'node:url';
import { parse } from 'tldts';
import { IDN_CCTLDS } from '../lib/geo/build/idn-cctlds.ts';
import { CAPITAL_BLOCKLIST, CAPITAL_NAMES, DOMAIN_OVERRIDES, NAME_ALIASES } from '../lib/geo/build/overrides.ts';
import { DEMONYMS_ES_PT_DE, EXTRA_EN_DEMONYMS, EXTRA_ES_PT_DE, EXTRA_FR_DEMONYMS } from '../lib/geo/build/demonyms.ts';
import { GENERIC_USE_CCTLDS } from '../lib/geo/tlds.ts';
import { foldPhrase } from '../lib/geo/fold.ts';
import type { CountryRecord, CountryTable } from '../lib/geo/types.ts';

const require = createRequire(import.meta.url);
const ROOT = new URL('../', import.meta.url);
const OUT = new URL('lib/geo/data/countries.json', ROOT);
const USAGE = new URL('lib/geo/build/academic-usage.json', ROOT);

interface WorldCountry {
  cca2: string;
  cca3: string;
  tld: string[];
  capital: string[];
  altSpellings: string[];
  name: { common: string; official: string };
  independent?: boolean;
  translations: Record<string, { common: string; official: string }>;
  demonyms?: { eng?: { m: string; f: string }; fra?: { m: string; f: string } };
}
type LangPop = Record<string, { _populationPercent?: string; _officialStatus?: string }>;

const worldCountries = require('world-countries/countries.json') as WorldCountry[];
const territoryInfo = (require('cldr-core/supplemental/territoryInfo.json') as {
  supplemental: { territoryInfo: Record<string, { languagePopulation?: LangPop }> };
}).supplemental.territoryInfo;

const ACADEMIC_LABELS = ['ac', 'edu', 'ed', 'univ'];
const GOVERNMENT_LABELS = ['gov', 'gob', 'gouv', 'go', 'govt', 'gv', 'gub'];
// Labels for a country-wide design when the bare ccTLD is generic-use (`site:com.co`).
const LOCAL_LABELS = ['com', 'org'];
const MATCH_LANGS = ['en', 'es', 'fr', 'de', 'pt'];
/** Share of a country's universities (Hipo) an academic suffix needs to be offered as the filter. */
const ACADEMIC_MIN_SHARE = 0.3;
/** Below this many universities in Hipo, the PSL's word is taken without validation. */
const ACADEMIC_MIN_SAMPLE = 5;

// ---------- PSL probing (through tldts) ----------

/** A `*.cc` ccTLD makes every label look like a public suffix; those come from overrides. */
export function isWildcardTld(tld: string): boolean {
  return parse(`x.zzq-probe.${tld}`).publicSuffix === `zzq-probe.${tld}`;
}

/** True when `label.tld` is a public suffix: ICANN, or (lower confidence) PRIVATE section. */
export function suffixExists(suffix: string, allowPrivate: boolean): boolean {
  const p = parse(`zzqprobe.${suffix}`, { allowPrivateDomains: allowPrivate });
  return p.publicSuffix === suffix && (p.isIcann === true || (allowPrivate && p.isPrivate === true));
}

/** True when the TLD is delegated and in the PSL (bare, or through second-level rules). */
function tldExists(tld: string): boolean {
  if (suffixExists(tld, false) || isWildcardTld(tld)) return true;
  return ['co', 'ac', 'gov', 'com', 'org'].some((l) => suffixExists(`${l}.${tld}`, false));
}

function probeLabels(tld: string, labels: string[]): string[] {
  if (isWildcardTld(tld)) return [];
  const icann = labels.map((l) => `${l}.${tld}`).filter((s) => suffixExists(s, false));
  if (icann.length) return icann;
  return labels.map((l) => `${l}.${tld}`).filter((s) => suffixExists(s, true));
}

// ---------- Hipo academic usage ----------

interface AcademicUsage {
  source: string;
  countries: Record<string, { universities: number; share: Record<string, number> }>;
}

function computeAcademicUsage(hipoPath: string, candidates: Map<string, string[]>): AcademicUsage {
  const unis = JSON.parse(readFileSync(hipoPath, 'utf8')) as Array<{ alpha_two_code: string; domains: string[] }>;
  const byCountry = new Map<string, string[][]>();
  for (const u of unis) {
    const cc = u.alpha_two_code?.toUpperCase();
    if (!cc) continue;
    byCountry.set(cc, [...(byCountry.get(cc) ?? []), u.domains.map((d) => d.toLowerCase())]);
  }
  const countries: AcademicUsage['countries'] = {};
  for (const [cc, slds] of candidates) {
    const list = byCountry.get(cc) ?? [];
    const share: Record<string, number> = {};
    for (const sld of slds) {
      const n = list.filter((domains) => domains.some((d) => d === sld || d.endsWith(`.${sld}`))).length;
      share[sld] = list.length ? Math.round((n / list.length) * 100) / 100 : 0;
    }
    countries[cc] = { universities: list.length, share };
  }
  return { source: `Hipo/university-domains-list ${hipoPath}`, countries };
}

// ---------- languages ----------

// Wikipedia edition codes that differ from the BCP 47 tag (data-sources.md §1.4).
const WIKI_CODE: Record<string, string> = {
  gsw: 'als', yue: 'zh-yue', nan: 'zh-min-nan', lzh: 'zh-classical', nb: 'no', 'az-Arab': 'azb',
  'pa-Arab': 'pnb', 'zh-Hant': 'zh', 'zh-Hans': 'zh', 'sr-Latn': 'sr', 'ms-Arab': 'ms',
  'uz-Arab': 'uz', 'ku-Arab': 'ckb', 'kk-Arab': 'kk', 'mn-Mong': 'mn', 'vai-Latn': 'vai',
  fil: 'tl', 'bs-Cyrl': 'bs', 'ha-Arab': 'ha', 'ff-Adlm': 'ff', 'sd-Deva': 'sd', 'ks-Deva': 'ks',
};

/** Official / de-facto official languages, then any other ≥ 20 % — except English, German and
 *  French, because CLDR counts second-language speakers and would put them across Europe
 *  (NL: de 60 %). Most spoken first. */
const SECOND_LANGUAGES = new Set(['en', 'de', 'fr']);

function languagesOf(cc: string): string[] {
  const pop = territoryInfo[cc]?.languagePopulation ?? {};
  const rows = Object.entries(pop).map(([tag, v]) => ({
    tag: tag.replace(/_/g, '-'),
    pct: Number(v._populationPercent ?? 0),
    official: v._officialStatus === 'official' || v._officialStatus === 'de_facto_official',
  }));
  const official = rows.filter((r) => r.official).sort((a, b) => b.pct - a.pct);
  const major = rows.filter((r) => !r.official && r.pct >= 20 && !SECOND_LANGUAGES.has(r.tag)).sort((a, b) => b.pct - a.pct);
  return [...official, ...major].map((r) => r.tag).filter((t) => t !== 'und').slice(0, 4);
}

function wikiOf(langs: string[]): string[] {
  const out: string[] = [];
  for (const l of langs) {
    const base = l.split('-')[0]!;
    const w = WIKI_CODE[l] ?? WIKI_CODE[base] ?? base;
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

// ---------- names ----------

const displayNames = MATCH_LANGS.flatMap((lang) =>
  (['long', 'short'] as const).map((style) => new Intl.DisplayNames([lang], { type: 'region', style })),
);

/** Folded names Intl.DisplayNames gives at run time (what the runtime index will have). */
function intlNames(cc: string): string[] {
  const out = new Set<string>();
  for (const dn of displayNames) {
    const n = dn.of(cc);
    if (!n || n === cc) continue;
    for (const part of n.split(/[()]/)) {
      const f = foldPhrase(part);
      if (f) out.add(f);
    }
  }
  return [...out];
}

/** True when `phrase` contains `inner` as whole words. */
function containsWords(phrase: string, inner: string): boolean {
  return ` ${phrase} `.includes(` ${inner} `);
}

const LATIN_RE = /^[\p{Script=Latin}\p{M}\p{N}\s'’.,&()-]+$/u;

function aliasesOf(c: WorldCountry, intl: string[]): { alias: string[]; abbr: string[] } {
  const candidates = [
    c.name.common,
    ...c.altSpellings,
    ...['spa', 'fra', 'deu', 'por'].map((l) => c.translations[l]?.common).filter((x): x is string => !!x),
    ...(NAME_ALIASES[c.cca2] ?? []),
  ];
  const alias: string[] = [];
  const abbr: string[] = [];
  const seen = new Set<string>();
  for (const raw of candidates) {
    const name = raw.trim();
    if (!name) continue;
    // All-capital short forms (USA, UK, DRC) match only when written in capitals.
    if (/^[A-Z. ]{2,8}$/.test(name) && /[A-Z].*[A-Z]/.test(name)) {
      if (name !== c.cca2 && name !== 'CAR' && !abbr.includes(name)) abbr.push(name);
      continue;
    }
    if (!LATIN_RE.test(name)) continue; // native scripts come from Intl at run time
    // Inverted forms ("Iran, Islamic Republic of") add nothing the plain name lacks.
    if (name.includes(', ')) continue;
    const f = foldPhrase(name);
    if (!f || seen.has(f)) continue;
    seen.add(f);
    const explicit = NAME_ALIASES[c.cca2]?.includes(name) ?? false;
    if (!explicit && intl.some((n) => containsWords(f, n))) continue;
    if (explicit && intl.includes(f)) continue;
    alias.push(name);
  }
  return { alias, abbr };
}

// ---------- demonyms ----------

function split(field: string | undefined): string[] {
  return (field ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function uniq(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function demonymsOf(c: WorldCountry): CountryRecord['dem'] {
  const dem: CountryRecord['dem'] = {};
  const en = uniq([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_EN_DEMONYMS[c.cca2] ?? [])].filter((x): x is string => !!x));
  const fr = uniq(
    [c.demonyms?.fra?.m, c.demonyms?.fra?.f, ...(EXTRA_FR_DEMONYMS[c.cca2] ?? [])]
      .filter((x): x is string => !!x)
      .map((x) => x.toLowerCase()),
  );
  const rows = [DEMONYMS_ES_PT_DE[c.cca2], EXTRA_ES_PT_DE[c.cca2]].filter((x): x is string => !!x).map((r) => r.split('|'));
  const es = uniq(rows.flatMap((r) => split(r[0])));
  const pt = uniq(rows.flatMap((r) => split(r[1])));
  const de = uniq(rows.flatMap((r) => split(r[2])));
  const deNoun = uniq(rows.flatMap((r) => split(r[3])));
  if (en.length) dem.en = en;
  if (es.length) dem.es = es;
  if (fr.length) dem.fr = fr;
  if (de.length) dem.de = de;
  if (deNoun.length) dem.deN = deNoun;
  if (pt.length) dem.pt = pt;
  return dem;
}

/** Demonyms of independent states in any language, folded (accents and case ignored). */
const sovereignDemonyms = (() => {
  const out = new Set<string>();
  for (const c of worldCountries) {
    if (c.independent === false) continue;
    const d = demonymsOf(c);
    for (const w of [...(d.en ?? []), ...(d.fr ?? [])]) out.add(foldPhrase(w));
  }
  return out;
})();

/**
 * A territory keeps only demonyms of its own: world-countries calls the people of the Northern
 * Mariana Islands "American" (and, in French, "américan"), which would make "Mexican–American
 * War" name them.
 */
function territoryDemonyms(c: WorldCountry, dem: CountryRecord['dem']): CountryRecord['dem'] {
  if (c.independent !== false) return dem;
  const out = { ...dem };
  if (out.en) out.en = out.en.filter((w) => !sovereignDemonyms.has(foldPhrase(w)));
  if (out.fr) out.fr = out.fr.filter((w) => !sovereignDemonyms.has(foldPhrase(w)));
  if (!out.en?.length) delete out.en;
  if (!out.fr?.length) delete out.fr;
  return out;
}

// ---------- main ----------

function normTld(t: string): string {
  return t.replace(/^\.|\.$/g, '').toLowerCase();
}

export function build(usage: AcademicUsage | null): CountryTable {
  const idnByCountry = new Map<string, Record<string, string>>();
  for (const [puny, cc] of IDN_CCTLDS) {
    if (!suffixExists(puny, false)) throw new Error(`IDN ccTLD ${puny} (${cc}) is no longer an ICANN suffix in tldts`);
    const map = idnByCountry.get(cc) ?? {};
    map[puny] = domainToUnicode(`x.${puny}`).slice(2);
    idnByCountry.set(cc, map);
  }

  const countries: Record<string, CountryRecord> = {};
  for (const c of [...worldCountries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const cc = c.cca2;
    const o = DOMAIN_OVERRIDES[cc] ?? {};
    // Only the TLD equal to the ISO code (world-countries also files .us under UM, .fr under
    // MF, the IDN TLDs come from the PSL instead), and only if it is delegated.
    const tlds = (o.tlds ?? c.tld.map(normTld).filter((t) => t === cc.toLowerCase())).filter(tldExists);
    const ascii = tlds.filter((t) => /^[a-z]{2}$/.test(t));
    const acadCandidates = ascii.flatMap((t) => probeLabels(t, ACADEMIC_LABELS));
    const use = usage?.countries[cc];
    let acad = acadCandidates;
    let acadWeak: string[] = [];
    if (use && use.universities >= ACADEMIC_MIN_SAMPLE) {
      acad = acadCandidates.filter((s) => (use.share[s] ?? 0) >= ACADEMIC_MIN_SHARE).sort((a, b) => (use.share[b] ?? 0) - (use.share[a] ?? 0));
      acadWeak = acadCandidates.filter((s) => !acad.includes(s));
    }
    if (o.acad) {
      acad = o.acad;
      acadWeak = [];
    }
    const gov = o.gov ?? ascii.flatMap((t) => probeLabels(t, GOVERNMENT_LABELS));
    const primary = ascii[0];
    let site: string[] = o.site ?? (primary ? [primary] : []);
    if (!o.site && primary && GENERIC_USE_CCTLDS.has(primary)) {
      // `site:co` is mostly start-ups; registry-run `com.co` / `org.co` are Colombian. Without
      // such a level the bare TLD is still the only country-wide filter there is.
      const local = probeLabels(primary, LOCAL_LABELS);
      if (local.length) site = local;
    }
    const langs = languagesOf(cc);
    const intl = intlNames(cc);
    const { alias, abbr } = aliasesOf(c, intl);
    const capitals = c.capital.filter(Boolean);
    // Names to match: unambiguous capitals plus their es/fr/de/pt forms, minus those equal to a
    // country name. Stored only when it differs from `capital` (the runtime falls back to it).
    const capitalNames = uniq([...capitals.filter((x) => !CAPITAL_BLOCKLIST.has(x)), ...(CAPITAL_NAMES[cc] ?? [])]).filter(
      (x) => !intl.includes(foldPhrase(x)),
    );
    const sameAsCapital = capitalNames.length === capitals.length && capitalNames.every((x, i) => x === capitals[i]);

    const rec: CountryRecord = { a3: c.cca3, tlds, site, acad, gov, langs, wiki: wikiOf(langs), capital: capitals, dem: territoryDemonyms(c, demonymsOf(c)) };
    const idn = idnByCountry.get(cc);
    if (idn) rec.idn = idn;
    if (acadWeak.length) rec.acadWeak = acadWeak;
    if (!sameAsCapital) rec.capitalNames = capitalNames;
    if (alias.length) rec.alias = alias;
    if (abbr.length) rec.abbr = abbr;
    countries[cc] = rec;
  }
  for (const cc of idnByCountry.keys()) {
    if (!countries[cc] && cc !== 'EU') throw new Error(`IDN ccTLD for unknown country ${cc}`);
  }
  const pkg = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return {
    meta: {
      generatedBy: 'scripts/gen-geo.ts',
      sources: {
        'world-countries': pkg('world-countries'),
        'cldr-core': pkg('cldr-core'),
        tldts: pkg('tldts'),
        hipo: usage?.source ?? 'not used',
      },
      licence: 'Derived from world-countries (ODbL-1.0), CLDR (Unicode-3.0), Public Suffix List (MPL-2.0), Hipo university-domains-list (MIT); see THIRD_PARTY_NOTICES.md',
    },
    countries,
  };
}

/** One country per line: small diffs when a source changes, still compact. */
export function serialize(table: CountryTable): string {
  const lines = Object.entries(table.countries).map(([cc, rec]) => `${JSON.stringify(cc)}:${JSON.stringify(rec)}`);
  return `{"meta":${JSON.stringify(table.meta)},\n"countries":{\n${lines.join(',\n')}\n}}\n`;
}

function main(argv: string[]): number {
  const hipoAt = argv.indexOf('--hipo');
  let usage: AcademicUsage | null;
  try {
    usage = JSON.parse(readFileSync(USAGE, 'utf8')) as AcademicUsage;
  } catch {
    usage = null;
  }
  if (hipoAt >= 0) {
    const path = argv[hipoAt + 1];
    if (!path) throw new Error('--hipo needs the path of world_universities_and_domains.json');
    const candidates = new Map<string, string[]>();
    for (const c of worldCountries) {
      const tlds = c.tld.map(normTld).filter((t) => /^[a-z]{2}$/.test(t) && t === c.cca2.toLowerCase());
      const slds = tlds.flatMap((t) => probeLabels(t, ACADEMIC_LABELS));
      if (slds.length) candidates.set(c.cca2, slds);
    }
    usage = computeAcademicUsage(path, candidates);
    const note = argv[argv.indexOf('--hipo-note') + 1];
    if (argv.includes('--hipo-note') && note) usage.source = note;
    writeFileSync(USAGE, JSON.stringify(usage, null, 1) + '\n');
  }
  const text = serialize(build(usage));
  if (argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    // The meta line carries versions only; compare the data.
    const strip = (s: string) => s.slice(s.indexOf('\n'));
    if (strip(current) !== strip(text)) {
      process.stderr.write('lib/geo/data/countries.json is stale: run node --import tsx scripts/gen-geo.ts\n');
      return 1;
    }
    process.stdout.write('lib/geo/data/countries.json is up to date\n');
    return 0;
  }
  writeFileSync(OUT, text);
  process.stdout.write(`wrote ${OUT.pathname}: ${Object.keys(JSON.parse(text).countries).length} countries, ${text.length} bytes\n`);
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  process.exitCode = main(process.argv.slice(2));
}
