/**
 * Vantage's context-menu item, "Design a search for …", as far as a test can reach it.
 *
 * Chromium draws the context menu natively: no Playwright or DevTools call opens it or picks an
 * item. What a test can reach is both ends of it: what the background registers with
 * `contextMenus.create` (read by re-running its install-time set-up with that call observed),
 * and the `contextMenus.onClicked` event Chromium fires when the item is chosen, delivered to
 * the background's real listener with the info Chromium gives it for a selection.
 */
import type { Page, Worker } from '@playwright/test';

declare const chrome: typeof import('wxt/browser').browser;
type Dispatchable = { dispatch(...args: unknown[]): void };

/** The item's id in entrypoints/background/index.ts. */
export const MENU_ID = 'vantage-design-search';

export type MenuItem = { id?: string | number; title?: string; contexts?: string[] };

/**
 * The items the background registers, in the browser's UI language. Runs the background's
 * onInstalled set-up again (as for an update, so no welcome tab) and records each `create` call,
 * passing every call through to Chromium.
 */
export async function registeredMenuItems(sw: Worker): Promise<MenuItem[]> {
  return sw.evaluate(async () => {
    const items: MenuItem[] = [];
    const menus = chrome.contextMenus as unknown as { create: (props: MenuItem, done?: () => void) => unknown };
    const create = menus.create;
    menus.create = function (props, done) {
      items.push({ id: props.id, title: props.title, contexts: props.contexts });
      return create.call(this, props, done);
    };
    try {
      (chrome.runtime.onInstalled as unknown as Dispatchable).dispatch({ reason: 'update', previousVersion: '0.0.0' });
      const deadline = Date.now() + 5000;
      while (items.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    } finally {
      menus.create = create;
    }
    return items;
  });
}

/** True when Chromium has an item with this id (update fails for an unknown id). */
export async function menuItemExists(sw: Worker, id: string = MENU_ID): Promise<boolean> {
  return sw.evaluate((menuId) => chrome.contextMenus.update(menuId, {}).then(() => true, () => false), id);
}

/**
 * Chooses "Design a search for …" on the page's current selection: Chromium's onClicked event
 * with the info it gives for a selection (item id, the selected text, the page's address, the
 * top frame) and the tab, sent to the background's listener.
 */
export async function chooseDesignSearch(sw: Worker, page: Page): Promise<void> {
  await page.bringToFront();
  const selectionText = await page.evaluate(() => getSelection()?.toString() ?? '');
  if (!selectionText) throw new Error('select some text first: the item only shows on a selection');
  await sw.evaluate(
    async ({ menuItemId, selectionText, pageUrl }) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch({ menuItemId, selectionText, pageUrl, frameId: 0, editable: false }, tab);
    },
    { menuItemId: MENU_ID, selectionText, pageUrl: page.url() },
  );
}
