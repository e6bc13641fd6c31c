/**
 * Finds the countries a topic names — country names, demonyms and capitals in English, Spanish,
 * French, German and Portuguese (and the country's own language), and the places and conflicts
 * of places.ts ("Falklands War", "Kashmir") — whole words only, accents and case ignored, using
 * the name index from lib/geo, built once on first use.
 */
import { foldPhrase, nameIndex, tokenize } from '../geo/index.ts';
import type { NameHit, Token } from '../geo/index.ts';
import { placeAt, placeIndex } from './places.ts';
import type { Place } from './places.ts';

/** A place in the topic that names one or more countries. */
export interface TopicMatch {
  /** ISO codes (several for shared names such as "Korea"; every side of a `place`). */
  countries: string[];
  /** The words as written in the topic ("Iranian", "la revolución mexicana" → "mexicana"). */
  text: string;
  kind: NameHit['kind'] | 'prefix' | 'place';
  /** For `kind: 'place'`: the table entry, with each country's role and words. */
  place?: Place;
  /** For `kind: 'place'`: the countries its words name themselves (IR in "Iran hostage crisis"). */
  named?: string[];
}

// Phrases that contain a country word but name no country (or a different place); consumed
// whole so the country word inside them does not match. Folded form.
const STOP_PHRASES = [
  // The Americas, not the United States.
  'latin america', 'latin american', 'latin americans', 'south america', 'south american', 'south americans',
  'central america', 'central american', 'central americans', 'north america', 'north american', 'north americans',
  'native american', 'native americans', 'african american', 'african americans', 'asian american', 'asian americans',
  'pan american', 'mesoamerica', 'american indian', 'american indians', 'the americas',
  'america latina', 'america del sur', 'america del norte', 'america central', 'las americas', 'america do sul',
  'america do norte', 'amerique latine', 'amerique du sud', 'amerique du nord', 'amerique centrale',
  // Places named after a country that are elsewhere.
  'new mexico', 'nuevo mexico', 'new guinea', 'nueva guinea', 'new jersey', 'new england', 'nueva inglaterra',
  'new south wales', 'indian ocean', 'oceano indico', 'ocean indien', 'west indies', 'west indian', 'indias occidentales',
  // A waterway, not the dispute over the Rock (places.ts 'gibraltar').
  'strait of gibraltar', 'straits of gibraltar', 'estrecho de gibraltar', 'detroit de gibraltar',
  'indian territory', 'indian removal', 'indian wars', 'plains indians', 'east indies',
  // Everyday phrases.
  'guinea pig', 'guinea pigs', 'french fries', 'french toast', 'french horn', 'french kiss', 'turkish delight',
  'german measles', 'dutch oven', 'swiss cheese', 'spanish flu', 'gripe espanola', 'english channel',
  'chinese checkers', 'brazil nut', 'brazil nuts', 'russian roulette', 'russian doll', 'panama hat',
].map(foldPhrase);
const STOP = new Set(STOP_PHRASES);
const STOP_MAX_WORDS = Math.max(...STOP_PHRASES.map((p) => p.split(' ').length));

// Combining forms, matched only right before a hyphen: "Franco-Prussian", "Sino-Japanese",
// "Russo-Japanese", "Austro-Hungarian". ("Indo-" is left out: Indo-European is no country.)
const PREFIXES: Record<string, string> = {
  anglo: 'GB', franco: 'FR', sino: 'CN', russo: 'RU', italo: 'IT', germano: 'DE', hispano: 'ES',
  luso: 'PT', austro: 'AT', greco: 'GR', turco: 'TR', nippo: 'JP', irano: 'IR', polono: 'PL',
};

// Folded keys that name no country when written with this accent.
const ACCENT_VETO: Record<string, RegExp> = { america: /é/i };

/** Title case ("Turkey"), or capitals in an all-capitals topic when longer than an acronym ("TURKEY", not "IRA"). */
function capitalized(token: Token, topicHasLower: boolean): boolean {
  if (/^\p{Lu}\p{Ll}/u.test(token.raw)) return true;
  return !topicHasLower && token.raw.length > 3 && /^\p{Lu}+$/u.test(token.raw);
}

/**
 * The countries named in `text`, in order of appearance (one entry per place, duplicates kept).
 * Longest phrase wins ("Equatorial Guinea" before "Guinea", "South Korea" before "Korea").
 * Never throws; callers should pass a cleaned, length-capped topic.
 */
export function countriesInText(text: string): TopicMatch[] {
  return scan(text, true);
}

function scan(text: string, withPlaces: boolean): TopicMatch[] {
  if (typeof text !== 'string' || !text) return [];
  const tokens = tokenize(text);
  if (!tokens.length) return [];
  const idx = nameIndex();
  const hasUpper = /\p{Lu}/u.test(text);
  const hasLower = /\p{Ll}/u.test(text);
  const maxWords = Math.max(idx.maxWords, STOP_MAX_WORDS, placeIndex().maxWords);
  const keys = tokens.map((t) => t.key);
  const found: TopicMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    // A place wins over a country name of the same length or shorter ("Falklands War" over
    // "Falklands", "Persian Gulf" over "Persian", "Russo-Georgian War" over "Russo-").
    const place = withPlaces ? placeAt(keys, i) : null;
    if (!place && first.hyphenAfter && PREFIXES[first.key]) {
      found.push({ countries: [PREFIXES[first.key]!], text: first.raw, kind: 'prefix' });
      i += 1;
      continue;
    }
    let step = 1;
    for (let len = Math.min(maxWords, tokens.length - i); len >= 1; len--) {
      if (place && len === place.words) {
        const sides = place.place.sides;
        if (sides.length) {
          const text = tokens.slice(i, i + len).map((t) => t.raw).join(' ');
          const named = scan(text, false).flatMap((m) => m.countries);
          found.push({ countries: sides.map((s) => s.country), text, kind: 'place', place: place.place, named });
        }
        step = len;
        break;
      }
      const span = tokens.slice(i, i + len);
      const key = span.map((t) => t.key).join(' ');
      if (STOP.has(key)) {
        step = len;
        break;
      }
      const hit = idx.phrases.get(key);
      // Lower-case "turkey"/"china" are a bird and porcelain, unless the whole topic was typed
      // in lower case; Spanish "América" is the continent, English "America" the country.
      const caseOk = !hit?.capitalized || capitalized(first, hasLower) || (hit.capitalized === 'lenient' && !hasUpper);
      if (hit && caseOk && !ACCENT_VETO[key]?.test(span[0]!.raw)) {
        found.push({ countries: [...hit.codes], text: span.map((t) => t.raw).join(' '), kind: hit.kind });
        step = len;
        break;
      }
      // Abbreviations count only in capitals, and two-letter ones not in an all-capitals topic
      // ("US HISTORY" is ambiguous, "US history" is not).
      const raw = span.map((t) => t.raw).join(' ');
      const ab = idx.abbr.get(raw);
      if (ab && (hasLower || raw.replace(/\W/g, '').length > 2)) {
        found.push({ countries: [...ab.codes], text: raw, kind: 'abbr' });
        step = len;
        break;
      }
    }
    i += step;
  }
  return found;
}
