/**
 * Styles for the plain-DOM pieces Vantage puts into pages (assignment tab, result-page summary).
 * Constructable sheets first: they are not subject to the page's style-src CSP, and one sheet
 * object can be shared by many shadow roots without parsing the CSS again.
 */

/** A shared sheet for `css`, or null where constructable sheets are unavailable. */
export function constructSheet(css: string): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return null;
  }
}

/** Applies `css` to a shadow root: the shared sheet when there is one, else a `<style>` element. */
export function applyStyles(shadow: ShadowRoot, doc: Document, css: string, sheet: CSSStyleSheet | null = constructSheet(css)): void {
  try {
    if (sheet) {
      shadow.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // Firefox content scripts may refuse a sheet built in their own compartment: fall through.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
