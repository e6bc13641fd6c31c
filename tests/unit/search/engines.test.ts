import { describe, expect, it } from 'vitest';
import { bingUrl, duckduckgoUrl, engineLinks, googleUrl } from '../../../lib/search/index.ts';

describe('engine URLs', () => {
  it('Google: query encoded, interface language, news tab, country and language restriction', () => {
    expect(googleUrl({ query: 'site:ac.ir Iranian hostage crisis', uiLang: 'en' })).toBe('https://www.google.com/search?q=site%3Aac.ir+Iranian+hostage+crisis&hl=en');
    expect(googleUrl({ query: 'x', news: true })).toBe('https://www.google.com/search?q=x&tbm=nws');
    expect(googleUrl({ query: 'x', restrictTo: ['IR', 'IQ'] })).toBe('https://www.google.com/search?q=x&cr=countryIR%7CcountryIQ');
    expect(googleUrl({ query: 'x', docLang: 'fa' })).toContain('lr=lang_fa');
    expect(googleUrl({ query: 'x', docLang: 'he' })).toContain('lr=lang_iw');
  });

  it('Bing: web and news paths, one-country market', () => {
    expect(bingUrl({ query: 'site:ir x' })).toBe('https://www.bing.com/search?q=site%3Air+x');
    expect(bingUrl({ query: 'x', news: true, restrictTo: ['MX'], uiLang: 'es' })).toBe('https://www.bing.com/news/search?q=x&cc=MX&setlang=es');
  });

  it('DuckDuckGo: news tab and region only where DuckDuckGo has one', () => {
    expect(duckduckgoUrl({ query: 'site:ir x', news: true })).toBe('https://duckduckgo.com/?q=site%3Air+x&iar=news&ia=news');
    expect(duckduckgoUrl({ query: 'x', restrictTo: ['MX'] })).toBe('https://duckduckgo.com/?q=x&kl=mx-es');
    expect(duckduckgoUrl({ query: 'x', restrictTo: ['IR'] })).toBe('https://duckduckgo.com/?q=x');
  });

  it('round-trips any text through the q parameter', () => {
    const query = 'site:ac.ir "تسخیر لانه جاسوسی" & <b>#1</b> 100%';
    for (const url of Object.values(engineLinks({ query }))) {
      expect(new URL(url).searchParams.get('q')).toBe(query);
      expect(url).not.toMatch(/[\s"<>]/);
      expect(new URL(url).hash).toBe('');
    }
  });
});
