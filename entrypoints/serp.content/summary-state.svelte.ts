/** Reactive props for the mounted summary, so a later reading updates it in place. */
import type { Diversity } from '../../lib/serp/diversity.ts';
import type { SerpHints } from '../../lib/serp/hints.ts';
import type { SerpUiLang } from '../../components/serp/strings.ts';

export interface SummaryProps {
  engineName: string;
  diversity: Diversity;
  hints: SerpHints;
  lang: SerpUiLang;
  expanded: boolean;
  ontoggle: (expanded: boolean) => void;
  onturnoff: () => void;
}

/** A `$state` proxy of the summary's props: assigning a field re-renders the summary. */
export function summaryProps(initial: SummaryProps): SummaryProps {
  const props = $state(initial);
  return props;
}
