/** Page object for the assignment overlay: the tab on the page and the panel frame it opens. */
import { expect, type Page } from '@playwright/test';

export class OverlayPage {
  constructor(readonly page: Page) {}

  get host() {
    return this.page.locator('vantage-overlay');
  }
  get tab() {
    return this.page.locator('vantage-overlay button.tab');
  }
  get panel() {
    return this.page.frameLocator('vantage-overlay iframe');
  }
  question(id: number) {
    return this.panel.locator(`section[data-question="${id}"]`);
  }

  async open() {
    await this.tab.click();
    await expect(this.panel.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** The frame object (for axe), once the panel is open. */
  async frame() {
    const handle = await this.page.locator('vantage-overlay iframe').elementHandle();
    const frame = await handle!.contentFrame();
    if (!frame) throw new Error('panel frame not attached');
    return frame;
  }
}
