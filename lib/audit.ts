/**
 * One audit = an assignment (from an LMS adapter, the generic reader, plain text or a course
 * package) run through the analysis, with question 1 given a first search design for its topic.
 * The overlay, the command line and the package auditor all call this, so they agree.
 */
import { analyze, analyzeStatuses } from './analyze/analyze.ts';
import { topicFromTitle } from './analyze/topic.ts';
import type { Analysis, QuestionResult } from './analyze/types.ts';
import type { Platform } from './lms/types.ts';

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

/**
 * Audits one assignment: analysis only, small enough for the content script's first bundle.
 * Callers that show suggestions add the search design with `withSearchDesign` (lib/audit-design.ts).
 * Pure and deterministic; never throws on page text.
 */
export function audit(input: AuditInput): AuditResult {
  return auditWith(input, analyze);
}

/** The score, statuses and evidence only: for the content script, whose first bundle must stay small. */
export function auditStatuses(input: AuditInput): AuditResult {
  return auditWith(input, analyzeStatuses);
}

function auditWith(input: AuditInput, run: typeof analyze): AuditResult {
  const title = input.title.trim();
  // A title of furniture only ("Essay 2", "Reading Responses") gives no topic: the suggestions then
  // say "this topic" rather than search for the furniture.
  const topic = topicFromTitle(title);
  const analysis: Analysis = run({ title, text: input.description, lang: input.language, topic });
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
    searchCountries: [],
    questions: analysis.questions,
  };
}
