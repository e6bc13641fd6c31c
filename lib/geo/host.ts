/**
 * Which country a host name belongs to, from its ICANN public suffix (never from a private one:
 * `foo.github.io` is not British Indian Ocean Territory). Pure; safe on any string.
 */
import { parse } from 'tldts';
import { countryOfTld } from './data.ts';
import { COUNTRY_GTLDS, GENERIC_USE_CCTLDS, REGION_TLDS } from './tlds.ts';
import type { HostCountry } from './types.ts';

const INVALID: HostCountry = Object.freeze({ country: null, domain: null, kind: 'invalid', suffix: null });
const MAX_HOST = 253;

/** Lower-cased ASCII (punycode) host without trailing dots, or null when it is not a host. */
function normalizeHost(input: string): string | null {
  let host = input.trim();
  if (!host || host.length > 2048) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) return hostOfUrl(host);
  if (host.startsWith('[') && host.endsWith(']')) return host.toLowerCase();
  host = host.replace(/\.+$/, '');
  if (!host) return null;
  // IDN hosts: let the URL parser do the punycode conversion browsers do in URL.hostname.
  if (/[^ -~]/.test(host) || /[A-Z]/.test(host)) {
    try {
      host = new URL(`http://${host}/`).hostname.replace(/\.+$/, '');
    } catch {
      return null;
    }
  }
  if (host.length > MAX_HOST || !/^[a-z0-9._:-]+$/.test(host)) return null;
  return host;
}

function hostOfUrl(url: string): string | null {
  try {
    const host = new URL(url).hostname.replace(/\.+$/, '');
    return host && host.length <= MAX_HOST ? host : null;
  } catch {
    return null;
  }
}

/**
 * Classifies a host name (`www.ut.ac.ir`, `x.ایران`, `bbc.co.uk`, `1.2.3.4`).
 *
 * - `kind: 'cctld'` with the ISO code when the ICANN suffix ends in a country's TLD (`.uk` and
 *   `.gb` → GB; IDN ccTLDs such as `.рф` / `xn--p1ai` → RU).
 * - `kind: 'generic'` with country null for gTLDs, for ccTLDs used as generic names when the host
 *   sits directly under them (`.io`, `.co`, `.tv`, `.me`, `.ai` …; but `gov.co`, `com.co` → CO),
 *   and for `.eu`; `.gov`/`.mil` are generic with country US (restricted to US institutions).
 * - `kind: 'ip'` for IPv4/IPv6 addresses; `kind: 'invalid'` for anything else (empty, malformed,
 *   `localhost`, `.onion`, `.test`, unknown TLDs).
 *
 * `domain` is the registrable domain counting private suffixes (`x.blogspot.com`), so that
 * diversity counts ten blogs as ten sources; `suffix` is the ICANN public suffix.
 */
export function countryOfHost(hostname: string): HostCountry {
  if (typeof hostname !== 'string') return INVALID;
  const host = normalizeHost(hostname);
  if (!host) return INVALID;
  const icann = parse(host, { allowPrivateDomains: false, detectSpecialUse: true });
  if (icann.isIp) return { country: null, domain: null, kind: 'ip', suffix: null };
  if (icann.isSpecialUse || !icann.isIcann || !icann.publicSuffix || !icann.hostname) return INVALID;
  const suffix = icann.publicSuffix;
  const domain = parse(host, { allowPrivateDomains: true }).domain ?? null;
  const tld = suffix.slice(suffix.lastIndexOf('.') + 1);
  const restricted = COUNTRY_GTLDS[tld];
  if (restricted) return { country: restricted, domain, kind: 'generic', suffix };
  if (REGION_TLDS.has(tld)) return { country: null, domain, kind: 'generic', suffix };
  if (GENERIC_USE_CCTLDS.has(tld) && suffix === tld) return { country: null, domain, kind: 'generic', suffix };
  const country = countryOfTld(tld);
  if (country) return { country, domain, kind: 'cctld', suffix };
  return { country: null, domain, kind: 'generic', suffix };
}

/**
 * `countryOfHost` for a URL string (`https://www.ut.ac.ir/fa`); a bare host (`example.ir/page`)
 * is read as `http://…`. Unparseable input gives `kind: 'invalid'`.
 */
export function countryOfUrl(url: string): HostCountry {
  if (typeof url !== 'string') return INVALID;
  const text = url.trim();
  if (!text) return INVALID;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d+(\/|$)/.test(text) ? text : `http://${text.replace(/^\/\//, '')}`;
  const host = hostOfUrl(withScheme);
  return host ? countryOfHost(host) : INVALID;
}
