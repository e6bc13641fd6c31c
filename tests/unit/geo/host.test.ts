import { describe, expect, it } from 'vitest';
import { countryOfHost, countryOfUrl } from '../../../lib/geo/index.ts';

describe('countryOfHost', () => {
  it.each([
    ['www.ut.ac.ir', 'IR', 'ac.ir', 'ut.ac.ir'],
    ['www.irna.ir', 'IR', 'ir', 'irna.ir'],
    ['news.bbc.co.uk', 'GB', 'co.uk', 'bbc.co.uk'],
    ['www.ox.ac.uk', 'GB', 'ac.uk', 'ox.ac.uk'],
    ['www.gob.mx', 'MX', 'gob.mx', 'www.gob.mx'],
    ['www.u-tokyo.ac.jp', 'JP', 'ac.jp', 'u-tokyo.ac.jp'],
    ['www.lemonde.fr', 'FR', 'fr', 'lemonde.fr'],
    ['www.tsinghua.edu.cn', 'CN', 'edu.cn', 'tsinghua.edu.cn'],
  ])('%s is a %s ccTLD host', (host, country, suffix, domain) => {
    expect(countryOfHost(host)).toEqual({ country, domain, kind: 'cctld', suffix });
  });

  it('maps IDN ccTLDs in Unicode and punycode form', () => {
    expect(countryOfHost('президент.рф')).toMatchObject({ country: 'RU', kind: 'cctld', suffix: 'xn--p1ai' });
    expect(countryOfHost('kremlin.xn--p1ai')).toMatchObject({ country: 'RU', kind: 'cctld' });
    expect(countryOfHost('example.ایران')).toMatchObject({ country: 'IR', suffix: 'xn--mgba3a4f16a' });
    expect(countryOfHost('example.xn--mgba3a4fra')).toMatchObject({ country: 'IR' });
    expect(countryOfHost('example.中国')).toMatchObject({ country: 'CN' });
  });

  it('treats .uk and the unused .gb as GB', () => {
    expect(countryOfHost('example.gb').country).toBe('GB');
  });

  it('never guesses a country for generic-use ccTLDs, but trusts their registry-run levels', () => {
    for (const host of ['github.io', 'example.io', 'angel.co', 'twitch.tv', 'about.me', 'x.ai', 'last.fm', 'bit.ly', 'example.gg', 'example.to', 'example.ws', 'example.cc', 'example.ac']) {
      expect(countryOfHost(host), host).toMatchObject({ country: null, kind: 'generic' });
    }
    expect(countryOfHost('www.mineducacion.gov.co')).toMatchObject({ country: 'CO', kind: 'cctld', suffix: 'gov.co' });
    expect(countryOfHost('www.eltiempo.com.co')).toMatchObject({ country: 'CO', suffix: 'com.co' });
    expect(countryOfHost('www.uot.edu.ly')).toMatchObject({ country: 'LY', suffix: 'edu.ly' });
  });

  it('reads the country from the ICANN suffix, never from a private one', () => {
    expect(countryOfHost('someone.github.io')).toMatchObject({ country: null, kind: 'generic', suffix: 'io', domain: 'someone.github.io' });
    expect(countryOfHost('myblog.blogspot.com')).toMatchObject({ country: null, kind: 'generic', suffix: 'com', domain: 'myblog.blogspot.com' });
  });

  it('gives gTLDs no country, except the US-only .gov and .mil; .edu is not guessed', () => {
    expect(countryOfHost('en.wikipedia.org')).toEqual({ country: null, domain: 'wikipedia.org', kind: 'generic', suffix: 'org' });
    // RFC 2606 example domains are special-use, like localhost: not a source anywhere.
    expect(countryOfHost('www.example.com').kind).toBe('invalid');
    expect(countryOfHost('www.nasa.gov')).toMatchObject({ country: 'US', kind: 'generic' });
    expect(countryOfHost('www.army.mil')).toMatchObject({ country: 'US', kind: 'generic' });
    expect(countryOfHost('www.monash.edu')).toMatchObject({ country: null, kind: 'generic' });
    expect(countryOfHost('europa.eu')).toMatchObject({ country: null, kind: 'generic' });
  });

  it('normalises case and trailing dots', () => {
    expect(countryOfHost('WWW.Example.DE.')).toMatchObject({ country: 'DE', domain: 'example.de' });
  });

  it('recognises IP addresses', () => {
    expect(countryOfHost('192.168.1.10').kind).toBe('ip');
    expect(countryOfHost('[2001:db8::1]').kind).toBe('ip');
  });

  it('returns invalid for non-hosts and never throws', () => {
    for (const bad of ['', '   ', 'localhost', 'intranet', 'x.onion', 'x.test', 'a..b', 'x.notarealtld', 'has space.com', '<script>.ir', 'x'.repeat(300) + '.ir', '\u202Eexample.ir']) {
      expect(countryOfHost(bad), bad).toMatchObject({ country: null, kind: 'invalid' });
    }
    expect(countryOfHost(undefined as unknown as string).kind).toBe('invalid');
    expect(countryOfHost(42 as unknown as string).kind).toBe('invalid');
  });
});

describe('countryOfUrl', () => {
  it('reads the host of a URL', () => {
    expect(countryOfUrl('https://www.ut.ac.ir/fa/page?x=1#top')).toMatchObject({ country: 'IR', suffix: 'ac.ir' });
    expect(countryOfUrl('http://user:pw@example.de:8080/')).toMatchObject({ country: 'DE' });
    expect(countryOfUrl('//www.bbc.co.uk/news')).toMatchObject({ country: 'GB' });
    expect(countryOfUrl('example.ir/page')).toMatchObject({ country: 'IR' });
  });

  it('returns invalid for unparseable input', () => {
    expect(countryOfUrl('not a url').kind).toBe('invalid');
    expect(countryOfUrl('').kind).toBe('invalid');
    expect(countryOfUrl('javascript:alert(1)').kind).toBe('invalid');
    expect(countryOfUrl('http://localhost:3000/').kind).toBe('invalid');
  });
});
