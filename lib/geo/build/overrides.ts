/**
 * Hand-written corrections to the generated country table, used only where the maintained
 * datasets (world-countries, CLDR, the Public Suffix List via tldts, the Hipo university list)
 * lack something. Every entry says why. Consumed by scripts/gen-geo.ts.
 */

/** Second-level (or other) domains for designs that the PSL cannot give. */
export interface DomainOverride {
  /** Replaces the derived academic suffixes. */
  acad?: string[];
  /** Replaces the derived government suffixes. */
  gov?: string[];
  /** Replaces the country-wide `site:` targets. */
  site?: string[];
  /** Extra ASCII ccTLDs that belong to the country. */
  tlds?: string[];
}

export const DOMAIN_OVERRIDES: Readonly<Record<string, DomainOverride>> = {
  // The US barely uses .us; its universities and government sit in the US-only gTLDs .edu and
  // .gov (data-sources.md §1.3). No country-wide site: filter exists.
  US: { acad: ['edu'], gov: ['gov'], site: [] },
  // .gb is delegated but unused; British sites are .uk. Both map to GB; only .uk is searched.
  GB: { tlds: ['uk', 'gb'], site: ['uk'] },
  // Wildcard ccTLDs (`*.np` etc.): every label "exists" in the PSL, so the probe cannot tell.
  // Labels checked against university domains in the Hipo list (tribhuvan-university.edu.np,
  // uwi.edu.jm, yu.edu.mm, unitech.ac.pg) and the governments' own sites.
  NP: { acad: ['edu.np'], gov: ['gov.np'] },
  JM: { acad: ['edu.jm'], gov: ['gov.jm'] },
  MM: { acad: ['edu.mm'], gov: ['gov.mm'] },
  PG: { acad: ['ac.pg'], gov: ['gov.pg'] },
  FK: { gov: ['gov.fk'] },
  CK: { gov: ['gov.ck'] },
  ER: { gov: ['gov.er'] },
  // No government SLD in the PSL, but a well-known shared government domain that works as a
  // site: filter: German federal agencies (bmi.bund.de …), Canada (*.gc.ca and canada.ca),
  // the Swiss federal administration (*.admin.ch), Belgian federal services (*.fgov.be).
  DE: { gov: ['bund.de'] },
  CA: { gov: ['gc.ca', 'canada.ca'] },
  CH: { gov: ['admin.ch'] },
  BE: { gov: ['fgov.be'] },
};

/**
 * Extra names for matching topics, beyond what `Intl.DisplayNames` gives in en/es/fr/de/pt and
 * what world-countries' alternative spellings add. Old names, constituent nations and
 * historical states whose successor is the useful search perspective.
 */
export const NAME_ALIASES: Readonly<Record<string, string[]>> = {
  // Constituent nations of the UK, in the five languages.
  GB: ['U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Inglaterra', 'Angleterre', 'Escocia', 'Escócia', 'Écosse', 'Schottland', 'Gales', 'País de Gales', 'Pays de Galles', 'Irlanda del Norte', 'Irlanda do Norte', 'Irlande du Nord', 'Nordirland', 'Grande-Bretagne', 'Gran Bretaña', 'Grã-Bretanha', 'Großbritannien'],
  // "America" alone means the US in English; "Latin America", "South America" … are stop
  // phrases in the matcher.
  US: ['America', 'United States of America', 'Estados Unidos de América', 'U.S.', 'U.S.A.', 'EE. UU.', 'EEUU', 'EUA'],
  NL: ['Holland', 'Holanda', 'Hollande'],
  CZ: ['Czech Republic', 'República Checa', 'République tchèque', 'Tschechische Republik', 'República Tcheca'],
  // CLDR now says Türkiye; most teaching material still says Turkey (case-sensitive in the
  // matcher because of the bird).
  TR: ['Turkey', 'Turquia'],
  MM: ['Burma', 'Birmania', 'Birmanie', 'Birma', 'Birmânia'],
  CI: ['Ivory Coast', 'Costa de Marfil', 'Costa do Marfim', 'Elfenbeinküste'],
  CV: ['Cape Verde'],
  SZ: ['Swaziland', 'Suazilandia', 'Swasiland', 'Suazilândia'],
  MK: ['Macedonia', 'Mazedonien', 'Macedônia'],
  TL: ['East Timor', 'Timor Oriental', 'Osttimor'],
  BA: ['Bosnia', 'Bosnien'],
  TT: ['Trinidad'],
  AG: ['Antigua'],
  KN: ['Saint Kitts', 'St Kitts'],
  ST: ['São Tomé', 'Sao Tome'],
  VC: ['Saint Vincent', 'St Vincent'],
  VA: ['Vatican', 'Vaticano', 'Vatikan'],
  PS: ['Gaza', 'West Bank', 'Cisjordania', 'Cisjordânia', 'Cisjordanie', 'Westjordanland', 'Franja de Gaza', 'Faixa de Gaza', 'Bande de Gaza', 'Gazastreifen'],
  // Old and historical names; the successor state is the perspective a search can reach.
  IR: ['Persia', 'Perse', 'Persien', 'Pérsia'],
  RU: ['Soviet Union', 'USSR', 'Unión Soviética', 'URSS', 'Union soviétique', 'Sowjetunion', 'UdSSR', 'União Soviética'],
  DE: ['Prussia', 'Prusia', 'Prusse', 'Preußen', 'Prússia', 'West Germany', 'East Germany'],
  LK: ['Ceylon', 'Ceilán', 'Ceilão'],
  TH: ['Siam'],
  CD: ['Zaire', 'Zaïre', 'DR Congo', 'RD Congo', 'RDC'],
  ZW: ['Rhodesia', 'Rodesia', 'Rhodésie', 'Rhodesien', 'Rodésia'],
  ZM: ['Northern Rhodesia'],
  BJ: ['Dahomey'],
  BF: ['Upper Volta', 'Alto Volta', 'Haute-Volta', 'Obervolta'],
  ET: ['Abyssinia', 'Abisinia', 'Abyssinie', 'Abessinien', 'Abissínia'],
  TW: ['Formosa'],
  // Short forms used for the islands and the 1982 war ("Guerra de las Malvinas").
  FK: ['Falklands', 'Malvinas'],
  // Abbreviations used in teaching material (matched only in capitals).
  CN: ['PRC'],
  KR: ['ROK'],
  SA: ['KSA'],
};

/** Topic words naming two or more states at once (matched to all of them). */
export const SHARED_ALIASES: ReadonlyArray<{ names: string[]; countries: string[]; why: string }> = [
  { names: ['Korea', 'Corea', 'Corée', 'Coreia'], countries: ['KR', 'KP'], why: 'the peninsula is divided into two states' },
  { names: ['Congo', 'Kongo'], countries: ['CD', 'CG'], why: 'two states carry the name' },
  { names: ['Czechoslovakia', 'Checoslovaquia', 'Tchécoslovaquie', 'Tschechoslowakei', 'Tchecoslováquia'], countries: ['CZ', 'SK'], why: 'its two successor states' },
  { names: ['Jerusalem', 'Jerusalén', 'Jérusalem', 'Jerusalém'], countries: ['IL', 'PS'], why: 'both claim it as their capital' },
];

/**
 * Capitals whose name is also a common word, a person's name, or a better-known place
 * elsewhere; matching them would name the wrong country ("La Paz" = "the peace", "Victoria",
 * "Praia" = beach, "Jamestown" colony in Virginia, "Wellington" the duke).
 */
export const CAPITAL_BLOCKLIST: ReadonlySet<string> = new Set([
  'La Paz', 'Sucre', 'Victoria', 'Male', 'Malé', 'Praia', 'Kingston', 'Nassau', 'Hamilton',
  'Stanley', 'Jamestown', 'Plymouth', 'Douglas', 'Wellington', 'Georgetown', 'George Town',
  'The Valley', 'Saint-Denis', 'Cayenne', 'Santiago', 'San José', 'Sofia', 'Roseau',
  'West Island', 'Kingstown', 'Saint John', "Saint John's", 'Road Town', 'Castries', 'Basseterre',
  'Gustavia', 'Marigot', 'Philipsburg', 'Oranjestad', 'The Bottom', 'Saint Helier', 'Hagåtña',
  'Adamstown', 'Flying Fish Cove', 'Avarua', 'Alofi', 'King Edward Point', 'Saint-Pierre',
  'Papeete', 'Mata-Utu', 'Nouméa', 'Bloemfontein',
  // Jerusalem is matched as a shared name (IL + PS) instead; see SHARED_ALIASES.
  'Jerusalem',
]);

/**
 * Capitals written differently (beyond accents) in es / fr / de / pt; the English name and
 * accent variants already match. Capitals that equal the country name are left to the name.
 */
export const CAPITAL_NAMES: Readonly<Record<string, string[]>> = {
  AF: ['Kabul', 'Caboul', 'Cabul'],
  AT: ['Vienna', 'Viena', 'Vienne', 'Wien'],
  BE: ['Brussels', 'Bruselas', 'Bruxelles', 'Brüssel', 'Bruxelas'],
  CN: ['Beijing', 'Pekín', 'Pékin', 'Peking', 'Pequim'],
  CU: ['Havana', 'La Habana', 'La Havane', 'Havanna'],
  CZ: ['Prague', 'Praga', 'Prag'],
  DK: ['Copenhagen', 'Copenhague', 'Kopenhagen', 'Copenhaga'],
  DZ: ['Algiers', 'Argel', 'Alger', 'Algier'],
  EG: ['Cairo', 'El Cairo', 'Le Caire', 'Kairo'],
  ES: ['Madrid'],
  ET: ['Addis Ababa', 'Adís Abeba', 'Addis-Abeba', 'Adis Abeba'],
  FI: ['Helsinki', 'Helsingfors'],
  FR: ['Paris', 'París'],
  GB: ['London', 'Londres', 'Londra'],
  GR: ['Athens', 'Atenas', 'Athènes', 'Athen'],
  HU: ['Budapest', 'Budapeste'],
  IN: ['New Delhi', 'Nueva Delhi', 'New Delhi', 'Nova Deli', 'Neu-Delhi', 'Delhi'],
  IQ: ['Baghdad', 'Bagdad', 'Bagdá'],
  IR: ['Tehran', 'Teherán', 'Téhéran', 'Teheran', 'Teerã', 'Teerão'],
  IT: ['Rome', 'Roma', 'Rom'],
  JP: ['Tokyo', 'Tokio', 'Tóquio'],
  KP: ['Pyongyang', 'Pionyang', 'Pjöngjang', 'Pyongyang'],
  KR: ['Seoul', 'Seúl', 'Séoul', 'Seul'],
  LB: ['Beirut', 'Beyrouth', 'Beirute'],
  LY: ['Tripoli', 'Trípoli'],
  MA: ['Rabat'],
  MX: ['Mexico City', 'Ciudad de México', 'Cidade do México', 'Mexiko-Stadt'],
  NL: ['Amsterdam', 'Ámsterdam', 'Amesterdão'],
  NO: ['Oslo'],
  PL: ['Warsaw', 'Varsovia', 'Varsovie', 'Warschau', 'Varsóvia'],
  PT: ['Lisbon', 'Lisboa', 'Lisbonne', 'Lissabon'],
  RO: ['Bucharest', 'Bucarest', 'Bukarest', 'Bucareste'],
  RS: ['Belgrade', 'Belgrado', 'Belgrad'],
  RU: ['Moscow', 'Moscú', 'Moscou', 'Moskau'],
  SA: ['Riyadh', 'Riad', 'Riyad', 'Riade'],
  SD: ['Khartoum', 'Jartum', 'Khartum', 'Cartum'],
  SE: ['Stockholm', 'Estocolmo'],
  SY: ['Damascus', 'Damasco', 'Damas', 'Damaskus'],
  TH: ['Bangkok', 'Bangkok', 'Banguecoque'],
  TN: ['Tunis', 'Túnez', 'Tunes'],
  TR: ['Ankara', 'Ancara'],
  UA: ['Kyiv', 'Kiev', 'Kiew', 'Kíiv', 'Quieve'],
  US: ['Washington, D.C.', 'Washington'],
  VN: ['Hanoi', 'Hanói'],
  ZA: ['Pretoria', 'Cape Town', 'Ciudad del Cabo', 'Le Cap', 'Kapstadt', 'Cidade do Cabo'],
  CH: ['Bern', 'Berna', 'Berne'],
  PH: ['Manila', 'Manille'],
  HR: ['Zagreb', 'Zagreb', 'Zágreb'],
  LT: ['Vilnius', 'Vilna'],
  IE: ['Dublin', 'Dublín'],
  IS: ['Reykjavik', 'Reikiavik', 'Reykjavík'],
  DE: ['Berlin', 'Berlín', 'Berlim'],
  BR: ['Brasília', 'Brasilia'],
  AR: ['Buenos Aires'],
  PE: ['Lima'],
  PY: ['Asunción', 'Assunção'],
};
