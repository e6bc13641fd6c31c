/**
 * The result-page content script's questions, answered where the settings, the country table
 * and the designer's name index already live. The page sends its candidate links as written;
 * finishing them (URL parsing, redirect unwrapping, the engine's own links, duplicates) happens
 * here, off the search page's main thread. Nothing about the search is stored or sent on.
 */
import { browser } from 'wxt/browser';
import { getSettings, updateSettings } from '../../lib/browser/settings.ts';
import { uiLang } from '../../lib/i18n.ts';
import type { SerpPageReply, SerpStartReply, SerpToBackground } from '../../lib/messages.ts';
import { serpHintsOn } from '../../lib/settings.ts';
import { READERS } from '../../lib/serp/readers.ts';
import type { RawLink } from '../../lib/serp/read.ts';
import { httpUrl } from '../../lib/serp/url.ts';
import { serpView } from '../../lib/serp/view.ts';

/** Answers one validated result-page message. */
export async function serpMessage(message: SerpToBackground): Promise<SerpStartReply | SerpPageReply | null> {
  switch (message.type) {
    case 'content:serp-start': {
      const settings = await getSettings();
      const lang = settings.uiLanguage === 'auto' ? uiLang(browser.i18n.getUILanguage()) : settings.uiLanguage;
      return { on: serpHintsOn(settings, message.engine), lang };
    }
    case 'content:serp':
      return pageReply(message);
    case 'content:serp-off':
      await updateSettings({ serpHints: { ...(await getSettings()).serpHints, [message.engine]: false } });
      return null;
  }
}

/** The view of a page's finished links, or null when the message does not fit its page. */
export function pageReply(message: Extract<SerpToBackground, { type: 'content:serp' }>): SerpPageReply | null {
  const reader = READERS.find((r) => r.id === message.engine);
  const page = httpUrl(message.page);
  if (!reader || !page || !reader.matchUrl(page)) return null;
  const links: RawLink[] = message.hrefs.map((href, i) => {
    const shown = message.shown?.[i];
    return shown === undefined || shown === false ? { href } : { href, displayHost: shown };
  });
  const results = reader.finish(links, page);
  if (!results.length) return null;
  const view = serpView(
    {
      engine: reader.id,
      query: message.query,
      isResultPage: true,
      results: results.map((r) => ({ url: r.url, domain: r.domain, title: '', country: null, ...(r.redirect ? { redirect: true as const } : {}) })),
    },
    message.lang,
  );
  return { ...view, at: results.map((r) => r.index) };
}
