/**
 * The analysis of one assignment text against November's six questions. Import from here:
 * `analyze`, `ANALYSIS_VERSION`, `detectLanguage`, `topicFromTitle`, the unsupported-language
 * messages, and the agreement statistics used to check the analyzer against labelled texts.
 */
export { analyze, analyzeStatuses, ANALYSIS_VERSION, UNSUPPORTED_MESSAGE_EN, UNSUPPORTED_MESSAGE_ES } from './analyze.ts';
export { detectLanguage, isSupportedLanguage } from './language.ts';
export { topicFromTitle } from './topic.ts';
export { cohenKappa, weightedKappa, corpusAgreement, analysisRow, type CorpusAgreement, type QuestionAgreement, type LabelRow } from './agreement.ts';
export type { Analysis, AnalyzeInput, Evidence, QuestionId, QuestionResult, Status } from './types.ts';
