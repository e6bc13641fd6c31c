import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { ContentToBackground, PanelToBackground, PopupToBackground, SerpToBackground, type BackgroundReply } from '../../lib/messages.ts';
import { translator, uiLang } from '../../lib/i18n.ts';
import { getSettings } from '../../lib/browser/settings.ts';
import { migrateStore } from '../../lib/browser/records.ts';
import { auditStatuses } from '../../lib/audit.ts';
import { serpMessage } from './serp.ts';
import { disableSite, enableSite, syncRegisteredSites, auditPage, sitesGranted, sitesRevoked } from './sites.ts';

const MENU_ID = 'vantage-design-search';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await migrateStore().catch(() => undefined);
    const t = translator(uiLang(browser.i18n.getUILanguage()));
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: MENU_ID, title: t('menu.designSearch'), contexts: ['selection'] }),
    );
    if (reason === 'install' && (await getSettings()).role === null) {
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
  });
  browser.runtime.onStartup.addListener(() => void syncRegisteredSites());
  browser.permissions.onAdded.addListener((granted) => void sitesGranted(granted.origins));
  browser.permissions.onRemoved.addListener((removed) => void sitesRevoked(removed.origins));

  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    const topic = info.selectionText.slice(0, 500);
    void browser.tabs.create({ url: browser.runtime.getURL(`/search.html#topic=${encodeURIComponent(topic)}`) });
  });

  browser.runtime.onMessage.addListener(async (raw: unknown, sender): Promise<unknown> => {
    // Only our own pages and content scripts may talk to the background.
    if (sender.id !== browser.runtime.id) return undefined;
    const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
    if (!fromExtensionPage) {
      // Our content scripts (sender.tab set, page URL): the one thing they ask is an analysis.
      if (!sender.tab) return undefined;
      const content = ContentToBackground.safeParse(raw);
      if (content.success) return auditStatuses(content.data.input);
      const serp = SerpToBackground.safeParse(raw);
      if (serp.success) return serpMessage(serp.data);
      return undefined;
    }

    const panel = PanelToBackground.safeParse(raw);
    if (panel.success) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sender.url?.startsWith(browser.runtime.getURL('/panel.html'))) return null;
      return browser.tabs.sendMessage(tabId, panel.data.message, { frameId: 0 }).catch(() => null);
    }
    const popup = PopupToBackground.safeParse(raw);
    if (!popup.success) return { ok: false, message: 'Unknown request.' } satisfies BackgroundReply;
    try {
      switch (popup.data.type) {
        case 'site:enable':
          return await enableSite(popup.data.origin);
        case 'site:disable':
          return await disableSite(popup.data.origin);
        case 'page:audit':
          return await auditPage(popup.data.tabId);
      }
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) } satisfies BackgroundReply;
    }
  });
});
