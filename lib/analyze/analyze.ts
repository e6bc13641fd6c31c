/**
 * analyze(): assignment text → per-question status, evidence and suggestions, by the reading
 * standard in shared/research/six-questions-rubric.md. Deterministic, offline, linear in the
 * length of the text; page text is only ever read as data.
 */
import type { Analysis, AnalyzeInput, Evidence, QuestionId, QuestionResult, Status } from './types.ts';
import { detectLanguage, isSupportedLanguage, languageFromTally, newTally } from './language.ts';
import { scan, tallySpoiltByLastScan, type Hit } from './engine.ts';
import { suggestionsFor } from './suggestions.ts';
import { topicFromTitle } from './topic.ts';

/** Bumped whenever rules, or what is read as an assignment's text, change; stored with each audit record. */
export const ANALYSIS_VERSION = '1.8.4';

/** Shown (English UI) when the text is in a language the rules do not cover. */
export const UNSUPPORTED_MESSAGE_EN =
  'This assignment is not in English or Spanish. Vantage only analyses English and Spanish texts so far, so every question shows as missing; you can still record your own verdict for each question.';

/** Shown (Spanish UI) when the text is in a language the rules do not cover. */
export const UNSUPPORTED_MESSAGE_ES =
  'Esta tarea no está en inglés ni en español. Por ahora Vantage solo analiza textos en inglés y en español, así que todas las preguntas aparecen como ausentes; puede registrar igualmente su propio juicio sobre cada pregunta.';

const QUESTION_IDS: readonly QuestionId[] = [1, 2, 3, 4, 5, 6];
const MAX_EVIDENCE = 5;
/** Evidence is a clause when it is this short, otherwise a window around the matched phrase. */
const MAX_SPAN = 160;
const WINDOW = 50;

/** Makes the suggestions of one question; `analyzeStatuses` passes none to stay small. */
export type SuggestFn = typeof suggestionsFor;

/** Analyses one assignment. Never throws on any text; the same input always gives the same output. */
export function analyze(input: AnalyzeInput): Analysis {
  return analyzeWith(input, suggestionsFor);
}

/**
 * Statuses and evidence without suggestions: what the content script needs for the score, without
 * the suggestion texts (the panel, loaded later, runs `analyze`).
 */
export function analyzeStatuses(input: AnalyzeInput): Analysis {
  return analyzeWith(input, null);
}

function analyzeWith(input: AnalyzeInput, suggest: SuggestFn | null): Analysis {
  const text = typeof input?.text === 'string' ? input.text : '';
  const title = typeof input?.title === 'string' ? input.title : '';
  // The scan counts the stopwords for language detection as it reads the words, which spares a
  // pass over the text; a text in a language the rules do not cover is scanned for nothing.
  let hits: ReturnType<typeof scan> | null = null;
  let language: string;
  if (text.trim()) {
    const words = newTally();
    hits = scan(text, words);
    language = tallySpoiltByLastScan() ? detectLanguage(text, input?.lang) : languageFromTally(words, text, input?.lang);
  } else language = detectLanguage(title, input?.lang);
  if (!isSupportedLanguage(language)) {
    return {
      version: ANALYSIS_VERSION,
      language,
      supported: false,
      message: UNSUPPORTED_MESSAGE_EN,
      score: 0,
      questions: QUESTION_IDS.map((id) => ({ id, status: 'missing' as Status, evidence: [], suggestions: [] })),
    };
  }
  const lang = language as 'en' | 'es';
  // Only suggestions use the topic: the score alone does not derive it. A topic the caller gives,
  // even none (lib/audit.ts has already derived it), is not derived again.
  const topic = suggest ? (typeof input?.topic === 'string' ? input.topic.trim() : topicFromTitle(title)) : '';
  hits ??= scan(text);
  const questions: QuestionResult[] = QUESTION_IDS.map((id) => {
    const h = hits.get(id)!;
    const status: Status = h[2].length ? 'evident' : h[1].length ? 'partial' : 'missing';
    return {
      id,
      status,
      evidence: evidenceFrom(text, [...h[2], ...h[1]]),
      suggestions: suggest ? suggest(id, { lang, topic, text, status }) : [],
    };
  });
  return {
    version: ANALYSIS_VERSION,
    language: lang,
    supported: true,
    score: questions.filter((q) => q.status === 'evident').length,
    questions,
  };
}

/** Short, deduplicated spans of `text` for the hits, strongest first; `text` slices exactly. */
function evidenceFrom(text: string, hits: Hit[]): Evidence[] {
  const out: Evidence[] = [];
  for (const hit of hits) {
    if (out.length >= MAX_EVIDENCE) break;
    const span = spanFor(text, hit);
    if (!span) continue;
    if (out.some((e) => e.start < span.end && span.start < e.end)) continue;
    out.push(span);
  }
  return out;
}

function spanFor(text: string, hit: Hit): Evidence | null {
  let start = hit.clauseStart;
  let end = hit.clauseEnd;
  if (end - start > MAX_SPAN) {
    start = Math.max(hit.clauseStart, hit.start - WINDOW);
    end = Math.min(hit.clauseEnd, hit.end + WINDOW);
    // Cut at word edges so a span never starts or ends inside a word (or a surrogate pair).
    if (start > hit.clauseStart) {
      const sp = text.indexOf(' ', start);
      if (sp >= 0 && sp < hit.start) start = sp + 1;
    }
    if (end < hit.clauseEnd) {
      const sp = text.lastIndexOf(' ', end);
      if (sp > hit.end) end = sp;
    }
  }
  // Trim list markers, quotes and whitespace at both ends.
  while (start < end && /[\s*•\-–—>#|"'“”‘’«»()[\]:,]/.test(text[start]!)) start++;
  while (end > start && /[\s*•\-–—>#|"'“”‘’«»([\]:,]/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { text: text.slice(start, end), start, end };
}
