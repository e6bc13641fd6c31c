export type QuestionId = 1 | 2 | 3 | 4 | 5 | 6;
export type Status = 'evident' | 'partial' | 'missing';

/** A quoted span of the analysed text: `text === source.slice(start, end)`. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface QuestionResult {
  id: QuestionId;
  status: Status;
  evidence: Evidence[];
  /** Two or three concrete ways to strengthen the assignment for this question, specific to its topic. */
  suggestions: string[];
}

export interface Analysis {
  /** Bumped whenever rules change, stored with each record. */
  version: string;
  /** 'en' | 'es' when analysed; the detected or declared code otherwise. */
  language: string;
  /** False for a language we do not analyse: then every status is 'missing' and `message` says why. */
  supported: boolean;
  message?: string;
  /** Number of questions with status 'evident'. */
  score: number;
  questions: QuestionResult[];
}

export interface AnalyzeInput {
  title: string;
  /** The assignment text (instructions). Evidence offsets refer to this string. */
  text: string;
  /** Declared language (page `lang`), if any; detection decides otherwise. */
  lang?: string;
  /** The assignment's topic for topic-specific suggestions; derived from the title when absent. */
  topic?: string;
}
