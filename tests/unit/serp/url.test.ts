/** Redirect wrappers as the engines write them, unwrapped to the page a student would reach. */
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, httpUrl, resultTarget, unwrapBing, unwrapYahoo } from '../../../lib/serp/url.ts';

const page = new URL('https://www.google.com/search?q=x');
const b64url = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('resultTarget', () => {
  it('unwraps Google /url?q= on no-JS pages, decoding the target once', () => {
    expect(resultTarget('/url?q=https://www.youtube.com/watch%3Fv%3DvKQi3bBA1y8&sa=U&ved=2ah', page)?.href).toBe('https://www.youtube.com/watch?v=vKQi3bBA1y8');
  });
  it('unwraps Google /url?url= (JS pages) and leaves other Google links alone', () => {
    expect(resultTarget('https://www.google.com/url?sa=t&url=https%3A%2F%2Fwww.ut.ac.ir%2Fen&usg=x', page)?.href).toBe('https://www.ut.ac.ir/en');
    expect(resultTarget('https://www.google.com/maps', page)?.href).toBe('https://www.google.com/maps');
  });
  it('unwraps Bing /ck/a trackers (u=a1 + base64url, UTF-8 paths included)', () => {
    const real = 'https://www.bing.com/ck/a?!&&p=c47218b2e231&ptn=3&ver=2&hsh=4&fclid=1&u=a1aHR0cHM6Ly93d3cudzNzY2hvb2xzLmNvbS9Kcy8&ntb=1';
    expect(resultTarget(real, page)?.href).toBe('https://www.w3schools.com/Js/');
    const persian = `https://www.bing.com/ck/a?!&&p=1&u=a1${b64url('https://fa.wikipedia.org/wiki/بحران_گروگان‌گیری')}&ntb=1`;
    expect(resultTarget(persian, page)?.hostname).toBe('fa.wikipedia.org');
  });
  it('keeps a Bing tracker whose payload is not a URL (it is then dropped as internal by the reader)', () => {
    const bad = new URL('https://www.bing.com/ck/a?!&&p=1&u=a1%%%&ntb=1');
    expect(unwrapBing(bad)).toBe(bad);
    expect(unwrapBing(new URL(`https://www.bing.com/ck/a?u=a1${b64url('javascript:alert(1)')}`)).hostname).toBe('www.bing.com');
  });
  it('unwraps DuckDuckGo protocol-relative /l/?uddg= links', () => {
    expect(resultTarget('//duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.irna.ir%2Fnews%2F1%2F&rut=77b0', new URL('https://html.duckduckgo.com/html/'))?.href).toBe('https://www.irna.ir/news/1/');
  });
  it('unwraps Yahoo RU= wrappers', () => {
    const y = 'http://r.search.yahoo.com/_ylt=A9mSs2o5;_ylu=X3oDMTBydWpobjZl/RV=2/RE=1421264825/RO=10/RU=http%3a%2f%2fminecraft.gamepedia.com%2fSnow/RK=0/RS=9p0_x';
    expect(resultTarget(y, new URL('https://de.search.yahoo.com/search?p=snow'))?.href).toBe('http://minecraft.gamepedia.com/Snow');
    expect(unwrapYahoo(new URL('https://r.search.yahoo.com/RU=%E0%A4%A/RK=0')).hostname).toBe('r.search.yahoo.com');
  });
  it('drops what a student cannot open: javascript:, data:, mailto:, empty and oversized hrefs', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'mailto:a@b.c', '', null, undefined, 'https://x.example/' + 'a'.repeat(9000)]) {
      expect(resultTarget(href, page)).toBeNull();
    }
  });
  it('resolves relative links against the page', () => {
    expect(httpUrl('/maps', page)?.href).toBe('https://www.google.com/maps');
  });
});

describe('decodeBase64Url', () => {
  it('decodes with or without padding and refuses invalid UTF-8', () => {
    expect(decodeBase64Url(b64url('https://a.ir/'))).toBe('https://a.ir/');
    expect(decodeBase64Url('_-8')).toBeNull();
    expect(decodeBase64Url('***')).toBeNull();
  });
});
