/**
 * The command line's (and any batch caller's) one-call view: perspectives for a topic, then the
 * designs that reach them.
 */
import { designSearches } from './designs.ts';
import { perspectivesFor } from './perspectives.ts';
import { cleanTopic } from './topic.ts';
import type { DesignOptions, Perspective, SearchDesign } from './types.ts';

/** What `searchReport` returns (the CLI's `--json` shape). */
export interface SearchReport {
  /** The cleaned topic ('' when the input had none). */
  topic: string;
  perspectives: Array<Pick<Perspective, 'country' | 'name' | 'reason' | 'source'>>;
  designs: SearchDesign[];
  /** Messages for the person (unknown country, no academic domain…), in `opts.lang`. */
  messages: string[];
}

/**
 * Perspectives for `topic` (those it names plus `countries`, or the default set), and the
 * designs for all of them. `countries` are ISO codes or names; unknown ones become messages.
 */
export function searchReport(topic: string, countries: string[] = [], opts: DesignOptions = {}): SearchReport {
  const lang = opts.lang === 'es' ? 'es' : 'en';
  const cleaned = cleanTopic(topic, lang);
  const { perspectives, messages } = perspectivesFor(topic, countries, lang);
  if (!cleaned.ok) return { topic: '', perspectives, designs: [], messages };
  const designed = designSearches(cleaned.topic, perspectives.map((p) => p.country), { ...opts, lang });
  return {
    topic: cleaned.topic,
    perspectives: perspectives.map(({ country, name, reason, source }) => ({ country, name, reason, source })),
    designs: designed.designs,
    messages: [...messages, ...designed.messages],
  };
}
