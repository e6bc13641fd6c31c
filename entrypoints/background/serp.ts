/**
 * The result-page content script's questions, answered where the settings, the country table
 * and the designer's name index already live. Nothing about the search is stored or sent on.
 */
import { browser } from 'wxt/browser';
import { getSettings, updateSettings } from '../../lib/browser/settings.ts';
import { uiLang } from '../../lib/i18n.ts';
import type { SerpStartReply, SerpToBackground } from '../../lib/messages.ts';
import { serpHintsOn } from '../../lib/settings.ts';
import type { SerpReading } from '../../lib/serp/types.ts';
import { serpView, type SerpView } from '../../lib/serp/view.ts';

/** Answers one validated result-page message. */
export async function serpMessage(message: SerpToBackground): Promise<SerpStartReply | SerpView | null> {
  switch (message.type) {
    case 'content:serp-start': {
      const settings = await getSettings();
      const lang = settings.uiLanguage === 'auto' ? uiLang(browser.i18n.getUILanguage()) : settings.uiLanguage;
      return { on: serpHintsOn(settings, message.engine), lang };
    }
    case 'content:serp':
      return serpView({ ...message.reading, results: message.reading.results.map((r) => ({ ...r, title: '', country: null })) } as SerpReading, message.lang);
    case 'content:serp-off':
      await updateSettings({ serpHints: { ...(await getSettings()).serpHints, [message.engine]: false } });
      return null;
  }
}
