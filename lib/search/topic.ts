/**
 * Turning whatever the person gave (a selection, an assignment title, a typed query) into a
 * topic that is safe to put in a search query: plain words, no search operators of its own,
 * no invisible characters, a sane length. Hostile text stays text.
 */
import type { TopicResult, UiLang } from './types.ts';

/** Longest topic kept, in characters (Google ignores words past 32 in a query anyway). */
export const MAX_TOPIC_CHARS = 150;
/** Longest topic kept, in words; room is left for `site:` filters and the other side's words. */
export const MAX_TOPIC_WORDS = 16;
// Work on at most this much input, so a 100 kB paste costs no more than a short one.
const MAX_INPUT_CHARS = 4000;

// Operators a topic must not smuggle into the query (`site:` injection, `inurl:` …).
const OPERATOR_RE =
  /(^|[\s(])[-+]?(?:site|inurl|allinurl|intitle|allintitle|intext|allintext|inanchor|allinanchor|filetype|ext|related|cache|link|info|define|before|after|loc|location|language|lang|source|host|rhost|url|domain|feed|hasfeed|ip|instreamset|contains|prefer|inbody|daterange|around)\s*:\s*\S*/giu;
// Invisible and direction-changing characters (RTL override attacks, zero-width spaces). ZWNJ
// and ZWJ are kept: Persian and Indic words need them.
const INVISIBLE_RE = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const CONTROL_RE = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
const QUOTES_RE = /["“”„‟«»″〝〞＂「」『』]/g;
const BRACKETS_RE = /[()[\]{}|*~^\\]/g;
const LEADING_SIGN_RE = /(^|\s)[-+]+(?=\S)/g;
const BOOLEAN_RE = /(^|\s)(OR|AND|NOT|AROUND)(?=\s|$)/g;
const EDGE_PUNCT_RE = /^[\s\p{P}\p{S}]+|[\s.,;:!?¡¿\-–—]+$/gu;

const EMPTY_MESSAGE: Record<UiLang, string> = {
  en: 'Type a topic to search for, for example "Iranian hostage crisis".',
  es: 'Escribe un tema para buscar, por ejemplo "crisis de los rehenes en Irán".',
};

/** Normalises a topic; returns '' when nothing searchable is left. Never throws. */
export function normalizeTopic(raw: unknown): { topic: string; truncated: boolean } {
  if (typeof raw !== 'string') return { topic: '', truncated: false };
  let truncated = raw.length > MAX_INPUT_CHARS;
  let t = raw.slice(0, MAX_INPUT_CHARS).normalize('NFC');
  t = t.replace(INVISIBLE_RE, '').replace(CONTROL_RE, ' ');
  t = t.replace(OPERATOR_RE, '$1 ');
  t = t.replace(QUOTES_RE, ' ').replace(BRACKETS_RE, ' ');
  t = t.replace(LEADING_SIGN_RE, '$1');
  t = t.replace(BOOLEAN_RE, (_m, pre: string, word: string) => `${pre}${word.toLowerCase()}`);
  t = t.replace(/\s+/g, ' ').replace(EDGE_PUNCT_RE, '').trim();
  const words = t.split(' ').filter(Boolean);
  if (words.length > MAX_TOPIC_WORDS) {
    t = words.slice(0, MAX_TOPIC_WORDS).join(' ');
    truncated = true;
  }
  if (t.length > MAX_TOPIC_CHARS) {
    const cut = t.slice(0, MAX_TOPIC_CHARS);
    const space = cut.lastIndexOf(' ');
    t = (space > MAX_TOPIC_CHARS / 2 ? cut.slice(0, space) : cut).replace(EDGE_PUNCT_RE, '');
    truncated = true;
  }
  // A topic of punctuation or symbols only is no topic.
  if (!/[\p{L}\p{N}]/u.test(t)) return { topic: '', truncated };
  return { topic: t, truncated };
}

/**
 * Cleans a topic for search designs: trims, removes quotes, brackets, search operators
 * (`site:…`, `-word`, `OR`), control and bidi characters, and caps the length. Empty or
 * meaningless input gives `{ ok: false, message }` in the requested language.
 */
export function cleanTopic(topic: unknown, lang: UiLang = 'en'): TopicResult {
  const { topic: t, truncated } = normalizeTopic(topic);
  if (!t) return { ok: false, topic: '', message: EMPTY_MESSAGE[lang] ?? EMPTY_MESSAGE.en };
  return { ok: true, topic: t, truncated };
}

/**
 * A topic from a longer piece of text (a selection, a pasted paragraph): its first line with
 * words in it, cut to its first sentence when that line is long, then cleaned like `cleanTopic`.
 */
export function topicFromText(text: unknown, lang: UiLang = 'en'): TopicResult {
  if (typeof text !== 'string') return cleanTopic('', lang);
  const head = text.slice(0, MAX_INPUT_CHARS);
  const line = head.split(/\r?\n|\r|\u2028|\u2029/).find((l) => /[\p{L}\p{N}]/u.test(l)) ?? '';
  let candidate = line;
  if (candidate.length > MAX_TOPIC_CHARS) {
    const sentence = candidate.match(/^.{20,}?[.!?。؟](?=\s|$)/su);
    if (sentence) candidate = sentence[0];
  }
  const result = cleanTopic(candidate, lang);
  if (result.ok && (candidate !== text.trim() || result.truncated)) return { ...result, truncated: true };
  return result;
}
