/**
 * The search designer: topic → perspectives (countries) → search designs → engine URLs, plus
 * the optional look-up of the other side's words on Wikipedia (network injected by the caller).
 */
export { cleanTopic, topicFromText, normalizeTopic, MAX_TOPIC_CHARS, MAX_TOPIC_WORDS } from './topic.ts';
export { perspectivesFor, DEFAULT_PERSPECTIVES } from './perspectives.ts';
export { designSearches, siteFilter, cleanTerm } from './designs.ts';
export { countriesInText } from './match.ts';
export type { TopicMatch } from './match.ts';
export { engineLinks, googleUrl, bingUrl, duckduckgoUrl } from './engines.ts';
export type { EngineRequest } from './engines.ts';
export { searchReport } from './report.ts';
export type { SearchReport } from './report.ts';
export type * from './types.ts';
