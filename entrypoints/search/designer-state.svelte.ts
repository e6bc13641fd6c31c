/**
 * The search designer's glue, shared by the popup and the search page: topic → perspectives →
 * designs, and the opt-in look-up of the other side's words (the one network call Vantage makes,
 * sent only after the person asks, and carrying only the topic).
 */
import { countryInfo } from '../../lib/geo/index.ts';
import { designSearches, perspectivesFor, type Perspective, type SearchDesign } from '../../lib/search/index.ts';
import { lookupTerms, type TermsFailure, type TermsSuccess } from '../../lib/search/wikipedia.ts';
import type { TermsState } from '../../components/search/types.ts';
import { updateSettings } from '../../lib/browser/settings.ts';

const USER_AGENT = 'Vantage/0.1.0 (browser extension for teachers; https://github.com/vantage-extension)';
const cache = new Map<string, TermsSuccess>();

export class DesignerState {
  topic = $state('');
  picked = $state<string[]>([]);
  removed = $state<string[]>([]);
  terms = $state<TermsState>({ status: 'off' });
  byLang = $state.raw<Record<string, string[]>>({});
  copied = $state<string | null>(null);

  constructor(
    readonly lang: 'en' | 'es',
    topic: string,
  ) {
    this.topic = topic;
  }

  get perspectiveResult(): { perspectives: Perspective[]; messages: string[] } {
    if (!this.topic.trim()) return { perspectives: [], messages: [] };
    const r = perspectivesFor(this.topic, this.picked, this.lang);
    return { perspectives: r.perspectives.filter((p) => !this.removed.includes(p.country)), messages: r.messages };
  }

  get designResult(): { designs: SearchDesign[]; messages: string[] } {
    const countries = this.perspectiveResult.perspectives.map((p) => p.country);
    if (!this.topic.trim() || !countries.length) return { designs: [], messages: [] };
    return designSearches(this.topic, countries, { lang: this.lang, terms: this.byLang });
  }

  setTopic(topic: string): void {
    this.topic = topic;
    this.terms = { status: 'off' };
    this.byLang = {};
  }

  addCountry(code: string): void {
    const upper = code.toUpperCase();
    this.removed = this.removed.filter((c) => c !== upper);
    if (!this.picked.includes(upper)) this.picked = [...this.picked, upper];
  }

  removeCountry(code: string): void {
    this.picked = this.picked.filter((c) => c !== code);
    this.removed = [...this.removed, code];
  }

  async copy(query: string): Promise<void> {
    await navigator.clipboard.writeText(query).catch(() => undefined);
    this.copied = query;
  }

  /** Asking counts as turning the look-up on; it can be turned off again in the dashboard's settings. */
  async lookup(): Promise<void> {
    this.terms = { status: 'loading' };
    await updateSettings({ wikipediaLookup: true });
    const langs = [
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local, not state
      ...new Set(this.perspectiveResult.perspectives.flatMap((p) => countryInfo(p.country)?.wiki.slice(0, 1) ?? [])),
    ].filter((l) => l !== 'en');
    const result: TermsSuccess | TermsFailure = await lookupTerms(this.topic, langs, {
      fetch: (url, init) => fetch(url, init),
      userAgent: USER_AGENT,
      cache,
      lang: this.lang,
    });
    if (result.ok) {
      this.byLang = result.byLang;
      this.terms = { status: 'results', terms: result.terms.map((t) => ({ lang: t.lang, text: t.text, url: t.url })) };
    } else this.terms = { status: 'failure', message: result.message };
  }
}
