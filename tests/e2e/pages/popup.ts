/**
 * The real toolbar popup, opened the way a click on Vantage's toolbar button opens it.
 *
 * Playwright cannot click the browser's toolbar. Chromium's DevTools protocol can:
 * `Extensions.triggerAction` runs the extension's action on a tab exactly as the button does,
 * so the popup opens over that tab and the tab gets the activeTab grant. (`chrome.action.openPopup()`
 * from the worker opens the same popup without that grant: "Audit this page" then fails, so it
 * is no stand-in for the click.) Playwright does not
 * attach to extension popups on its own connection (the popup is not in a tab), so a second
 * Playwright connection over the context's DevTools port picks it up. Needs a context launched
 * with `remoteDebugging` (fixtures.ts).
 */
import { chromium, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { debuggingEndpoint } from '../fixtures';

type TargetInfo = { targetId: string; type: string; url: string };

export class ToolbarPopup {
  private constructor(
    /** The popup document, driven like any page. */
    readonly page: Page,
    private readonly connection: Browser,
  ) {}

  /** Clicks the toolbar button for `tab` (brought to the front first, as a person's tab is). */
  static async open(context: BrowserContext, extensionId: string, tab: Page): Promise<ToolbarPopup> {
    await tab.bringToFront();
    const popupUrl = `chrome-extension://${extensionId}/popup.html`;
    const cdp = await context.browser()!.newBrowserCDPSession();
    try {
      const tabs = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as { targetInfos: TargetInfo[] };
      const target = tabs.targetInfos.filter((t) => t.url === tab.url());
      if (target.length !== 1) throw new Error(`expected one tab at ${tab.url()}, found ${target.length}`);
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target[0]!.targetId } as never);
      await expect
        .poll(async () => {
          const all = (await cdp.send('Target.getTargets')) as unknown as { targetInfos: TargetInfo[] };
          return all.targetInfos.some((t) => t.type === 'page' && t.url === popupUrl);
        }, { message: 'the toolbar popup opens' })
        .toBe(true);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
    const connection = await chromium.connectOverCDP(debuggingEndpoint(context));
    const find = () =>
      connection
        .contexts()
        .flatMap((c) => c.pages())
        .find((p) => p.url() === popupUrl);
    const deadline = Date.now() + 5000;
    while (!find() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const page = find();
    if (!page) {
      await connection.close();
      throw new Error('popup target not found over the DevTools connection');
    }
    await page.waitForLoadState('domcontentloaded');
    return new ToolbarPopup(page, connection);
  }

  button(name: string | RegExp) {
    return this.page.getByRole('button', { name });
  }

  /** The popup's one status line (what it says after an action). */
  get status() {
    return this.page.getByRole('status');
  }

  /** Resolves when the popup window has gone (it closes itself, or the browser closed it). */
  async closed(timeout = 10_000): Promise<void> {
    if (this.page.isClosed()) return;
    await this.page.waitForEvent('close', { timeout });
  }

  /** Drops the second DevTools connection; the browser and its tabs stay as they are. */
  async detach(): Promise<void> {
    await this.connection.close().catch(() => undefined);
  }
}
