/**
 * Which countries' sources a search should reach: the ones the topic names, plus the ones the
 * person picks; a small default set, with the reason said, when there are none.
 */
import { countryName, findCountries } from '../geo/index.ts';
import { countriesInText } from './match.ts';
import type { Place, PlaceRole } from './places.ts';
import { DESIGN_TEXT } from './text.ts';
import { cleanTopic } from './topic.ts';
import type { Perspective, PerspectivesResult, UiLang } from './types.ts';

/** At most this many countries come from the topic (a list of 30 countries helps nobody). */
export const MAX_TOPIC_PERSPECTIVES = 6;
/** At most this many countries in total. */
export const MAX_PERSPECTIVES = 10;

/**
 * Countries suggested when the topic names none: English-language sources from three other
 * continents for English speakers (strong academic domains: ac.uk, ac.in, ac.za), the three
 * largest Spanish-language webs for Spanish speakers. A starting point, said as such.
 */
export const DEFAULT_PERSPECTIVES: Record<UiLang, string[]> = { en: ['GB', 'IN', 'ZA'], es: ['ES', 'MX', 'AR'] };

const TEXT = {
  en: {
    named: (w: string) => `named in the topic: '${w}'`,
    capital: (w: string) => `named in the topic: '${w}' (its capital)`,
    picked: 'you added it',
    default: 'a starting point: your topic names no country',
    noCountry:
      'Your topic names no country, so here are three places to start from. Add the countries your topic is about.',
    tooMany: (n: number) => `Only the first ${n} countries are used.`,
    role: {
      side: (label: string) => `one side in ${label}`,
      party: (label: string) => `a party to ${label}`,
      where: (label: string) => `where ${label} happened`,
      involved: (label: string) => `also involved in ${label}`,
      in: (label: string) => `a country of ${label}`,
    } satisfies Record<PlaceRole, (label: string) => string>,
  },
  es: {
    named: (w: string) => `nombrado en el tema: '${w}'`,
    capital: (w: string) => `nombrado en el tema: '${w}' (su capital)`,
    picked: 'lo agregaste tú',
    default: 'un punto de partida: tu tema no nombra ningún país',
    noCountry:
      'Tu tema no nombra ningún país, así que aquí tienes tres lugares para empezar. Agrega los países de los que trata tu tema.',
    tooMany: (n: number) => `Solo se usan los primeros ${n} países.`,
    role: {
      side: (label: string) => `una de las partes en ${label}`,
      party: (label: string) => `una de las partes en ${label}`,
      where: (label: string) => `donde ocurrió ${label}`,
      involved: (label: string) => `también tuvo que ver con ${label}`,
      in: (label: string) => `un país de ${label}`,
    } satisfies Record<PlaceRole, (label: string) => string>,
  },
} as const;

/** Why a country comes with a place or conflict the topic names, in the person's language. */
function placeReason(place: Place, country: string, ui: UiLang): string {
  const side = place.sides.find((s) => s.country === country);
  if (!side) return '';
  return side.reason?.[ui] ?? TEXT[ui].role[side.role](place.label[ui]);
}

/**
 * The countries whose sources the search should reach.
 *
 * - From the topic: country names, demonyms and capitals in en/es/fr/de/pt (and the country's
 *   own language), and every side of the places and conflicts in places.ts, in order of
 *   appearance: "Mexican Revolution" → MX; "Falklands War" → AR, GB, FK ("one side in the
 *   Falklands/Malvinas dispute").
 * - From `picked`: ISO codes or names (`ir`, `Irán`); unknown ones produce a message.
 * - When neither gives a country (and the topic is not empty), `DEFAULT_PERSPECTIVES[lang]`.
 *
 * Names and reasons are in `lang`. Never throws.
 */
export function perspectivesFor(topic: string, picked: string[] = [], lang: UiLang = 'en'): PerspectivesResult {
  const t = TEXT[lang] ?? TEXT.en;
  const ui: UiLang = TEXT[lang] ? lang : 'en';
  const messages: string[] = [];
  const perspectives: Perspective[] = [];
  const seen = new Set<string>();
  const push = (country: string, reason: string, source: Perspective['source']) => {
    if (seen.has(country)) return;
    if (perspectives.length >= MAX_PERSPECTIVES) {
      if (!messages.includes(t.tooMany(MAX_PERSPECTIVES))) messages.push(t.tooMany(MAX_PERSPECTIVES));
      return;
    }
    seen.add(country);
    perspectives.push({ country, name: countryName(country, ui), reason, source });
  };

  const cleaned = cleanTopic(topic, ui);
  if (cleaned.ok) {
    let fromTopic = 0;
    for (const m of countriesInText(cleaned.topic)) {
      for (const c of m.countries) {
        if (seen.has(c) || fromTopic >= MAX_TOPIC_PERSPECTIVES) continue;
        const reason = m.place ? placeReason(m.place, c, ui) : m.kind === 'capital' ? t.capital(m.text) : t.named(m.text);
        push(c, reason, m.place && !m.named?.includes(c) ? 'place' : 'topic');
        fromTopic++;
      }
    }
  } else {
    messages.push(cleaned.message);
  }

  for (const p of Array.isArray(picked) ? picked : []) {
    const codes = typeof p === 'string' ? findCountries(p) : [];
    if (!codes.length) {
      messages.push(DESIGN_TEXT[ui].unknownCountry(typeof p === 'string' ? p : String(p)));
      continue;
    }
    for (const c of codes) push(c, t.picked, 'picked');
  }

  if (!perspectives.length && cleaned.ok) {
    messages.push(t.noCountry);
    for (const c of DEFAULT_PERSPECTIVES[ui]) push(c, t.default, 'default');
  }
  return { perspectives, messages };
}
