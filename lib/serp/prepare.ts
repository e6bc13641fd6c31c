/**
 * Node-only speed-up for the command line and the bench: before a saved page is parsed, drop
 * what no reader ever looks at — `<script>`, `<style>` and inline `<svg>` elements and HTML
 * comments, often two thirds of a result page's bytes. In the browser the readers get the live
 * DOM unchanged; the tests read every fixture both ways and expect the same results.
 */

const START = /<!--|<(script|style|svg)(?=[\s>/])/gi;

/**
 * The page without scripts, styles, inline SVG and comments. One pass, following the HTML
 * tokenizer's rule that these end at the first matching close tag (`-->`, `</script`…); an
 * unclosed one runs to the end of the page, as in a browser.
 */
export function stripInertMarkup(html: string): string {
  const parts: string[] = [];
  let pos = 0;
  START.lastIndex = 0;
  for (let m = START.exec(html); m; m = START.exec(html)) {
    parts.push(html.slice(pos, m.index));
    let end: number;
    if (m[0] === '<!--') {
      const close = html.indexOf('-->', m.index + 4);
      end = close < 0 ? html.length : close + 3;
    } else {
      const closer = new RegExp(`</${m[1]}\\s*>`, 'gi');
      closer.lastIndex = m.index + m[0].length;
      const c = closer.exec(html);
      end = c ? c.index + c[0].length : html.length;
    }
    pos = end;
    START.lastIndex = end;
  }
  parts.push(html.slice(pos));
  return parts.join('');
}
