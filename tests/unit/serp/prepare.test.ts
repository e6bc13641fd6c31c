/** Stripping what readers never look at, the way the HTML tokenizer would end each element. */
import { describe, expect, it } from 'vitest';
import { stripInertMarkup } from '../../../lib/serp/prepare.ts';

describe('stripInertMarkup', () => {
  it('drops scripts, styles, inline SVG and comments, keeping everything else in order', () => {
    const html = '<p>a</p><script type="x">if (a<b) {"</scr"+"ipt>"}</script><p>b</p><STYLE>.x{}</STYLE><!-- c --><svg viewBox="0 0 1 1"><path d="M0"/></svg><p>d</p>';
    expect(stripInertMarkup(html)).toBe('<p>a</p><p>b</p><p>d</p>');
  });
  it('ends a script at the first </script even inside a string, as browsers do (the stray end tag is left to the parser, which ignores it)', () => {
    expect(stripInertMarkup('<script>var s="</script>";</script><b>x</b>')).toBe('";</script><b>x</b>');
  });
  it('does not mistake longer tag names or attribute text for these elements', () => {
    const html = '<scripted>k</scripted><a title="style">s</a><svgicon>i</svgicon>';
    expect(stripInertMarkup(html)).toBe(html);
  });
  it('runs an unclosed element or comment to the end of the page', () => {
    expect(stripInertMarkup('<p>a</p><script>never closed')).toBe('<p>a</p>');
    expect(stripInertMarkup('<p>a</p><!-- never closed <p>b</p>')).toBe('<p>a</p>');
  });
});
