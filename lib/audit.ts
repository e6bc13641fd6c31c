/**
 * One audit = an assignment (from an LMS adapter, the generic reader, plain text or a course
 * package) run through the analysis, with question 1 given a first search design for its topic.
 * The overlay, the command line and the package auditor all call this, so they agree.
 */
import { analyze, topicFromTitle } from './analyze/index.ts';
import type { Analysis, QuestionResult } from './analyze/types.ts';
import type { Platform } from './lms/types.ts';
import { designSearches, perspectivesFor } from './search/index.ts';

export interface AuditInput {
  platform: Platform | null;
  url: string | null;
  title: string;
  description: string;
  /** Declared language of the page, when known. */
  language?: string;
}

/** The command line's `--json` shape, plus what the overlay needs. */
export interface AuditResult {
  platform: Platform | null;
  url: string | null;
  title: string;
  description: string;
  language: string;
  supported: boolean;
  message?: string;
  score: number;
  analysisVersion: string;
  topic: string;
  /** Countries the first search design reaches (ISO codes), for the overlay's question 1. */
  searchCountries: string[];
  questions: QuestionResult[];
}

const MAX_DESIGN_SUGGESTIONS = 1;

/** Audits one assignment. Pure and deterministic; never throws on page text. */
export function audit(input: AuditInput): AuditResult {
  const title = input.title.trim();
  const topic = topicFromTitle(title) || title;
  const analysis: Analysis = analyze({ title, text: input.description, lang: input.language, topic });
  const lang = analysis.language === 'es' ? 'es' : 'en';
  const { designLine, countries } = firstSearchDesign(topic, lang);
  const questions = analysis.questions.map((q) =>
    q.id === 1 && designLine && analysis.supported
      ? { ...q, suggestions: [designLine, ...q.suggestions].slice(0, 3 + MAX_DESIGN_SUGGESTIONS) }
      : q,
  );
  return {
    platform: input.platform,
    url: input.url,
    title,
    description: input.description,
    language: analysis.language,
    supported: analysis.supported,
    ...(analysis.message ? { message: analysis.message } : {}),
    score: analysis.score,
    analysisVersion: analysis.version,
    topic,
    searchCountries: countries,
    questions,
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
