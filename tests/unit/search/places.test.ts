import { describe, expect, it } from 'vitest';
import { withSearchDesign } from '../../../lib/audit-design.ts';
import { audit } from '../../../lib/audit.ts';
import { isCountryCode } from '../../../lib/geo/index.ts';
import { foldPhrase } from '../../../lib/geo/fold.ts';
import { designSearches, perspectivesFor, searchReport } from '../../../lib/search/index.ts';
import { otherSideTerms, PLACES, placesInText } from '../../../lib/search/places.ts';

const codes = (topic: string, lang: 'en' | 'es' = 'en') =>
  perspectivesFor(topic, [], lang)
    .perspectives.filter((p) => p.source === 'topic' || p.source === 'place')
    .map((p) => p.country);
const termQueries = (topic: string, lang: 'en' | 'es' = 'en') => {
  const countries = perspectivesFor(topic, [], lang).perspectives.map((p) => p.country);
  return designSearches(topic, countries, { lang }).designs.filter((d) => d.kind === 'terms').map((d) => d.query);
};

describe('the places table', () => {
  it('holds 40 to 100 places, each with real country codes, a label in both languages and sides', () => {
    expect(PLACES.length).toBeGreaterThanOrEqual(40);
    expect(PLACES.length).toBeLessThanOrEqual(100);
    for (const p of PLACES) {
      expect(p.sides.length, p.id).toBeGreaterThan(0);
      expect(p.label.en && p.label.es, p.id).toBeTruthy();
      for (const s of p.sides) {
        expect(isCountryCode(s.country), `${p.id} ${s.country}`).toBe(true);
        for (const t of s.terms ?? []) {
          expect(t.lang, `${p.id} ${t.text}`).toMatch(/^[a-z]{2,3}(-[A-Za-z]{4})?$/);
          expect(t.text.trim(), p.id).toBe(t.text);
        }
      }
      expect(new Set(p.sides.map((s) => s.country)).size, p.id).toBe(p.sides.length);
    }
  });

  it('gives each name to one place only, and no name is a lone everyday word', () => {
    const owner = new Map<string, string>();
    for (const p of PLACES) {
      for (const n of p.names) {
        const key = foldPhrase(n);
        const before = owner.get(key);
        expect(before === undefined || before === p.id, `${n}: ${before} and ${p.id}`).toBe(true);
        owner.set(key, p.id);
      }
    }
    for (const word of ['gulf', 'pacific', 'war', 'sea', 'east sea', 'troubles', 'partition', 'wall', 'crisis', 'mexican war', 'strait']) {
      expect(owner.has(word), word).toBe(false);
    }
  });
});

describe('perspectivesFor: places and conflicts that name no country', () => {
  it.each([
    // English phrasings of assignment titles.
    ['The Falklands War: causes and consequences', ['AR', 'GB', 'FK']],
    ['Kashmir conflict research project', ['IN', 'PK', 'CN']],
    ['The annexation of Crimea (2014)', ['UA', 'RU']],
    ['Life in Gaza', ['PS', 'IL']],
    ['West Bank settlements debate', ['PS', 'IL']],
    ['Taiwan Strait tensions', ['CN', 'TW', 'US']],
    ['Tibet', ['CN', 'IN']],
    ['Western Sahara', ['MA', 'EH', 'DZ']],
    ['Gibraltar and Brexit', ['GB', 'ES', 'GI', 'IE']],
    ['Kosovo independence', ['XK', 'RS']],
    ['Nagorno-Karabakh war 2020', ['AM', 'AZ']],
    ['Northern Cyprus', ['CY', 'TR']],
    ['Senkaku/Diaoyu Islands dispute', ['JP', 'CN', 'TW']],
    ['Dokdo or Takeshima?', ['KR', 'JP']],
    ['The Kuril Islands dispute', ['RU', 'JP']],
    ['South China Sea disputes', ['CN', 'PH', 'VN', 'MY', 'TW', 'BN']],
    ['Persian Gulf', ['IR', 'SA', 'AE', 'KW', 'QA', 'BH']],
    ['Sea of Japan', ['JP', 'KR', 'KP', 'RU']],
    ['Vietnam War protests', ['VN', 'US']],
    ['Bay of Pigs invasion', ['CU', 'US']],
    ['Suez Crisis 1956', ['EG', 'GB', 'FR', 'IL']],
    ['The Six-Day War', ['IL', 'EG', 'SY', 'JO']],
    ['DBQ: The Partition of India', ['IN', 'PK', 'BD', 'GB']],
    ['Cold War: the Cuban Missile Crisis', ['US', 'RU', 'CU']],
    ['The fall of the Berlin Wall', ['DE']],
    ['Chernobyl', ['UA', 'BY', 'RU']],
    ['Hiroshima and Nagasaki', ['JP', 'US']],
    ['Tiananmen Square protests of 1989', ['CN']],
    ['Apartheid', ['ZA']],
    ['The Rwandan genocide', ['RW', 'FR']],
    ['Armenian genocide', ['AM', 'TR']],
    ['The Opium Wars', ['CN', 'GB']],
    ['Boxer Rebellion', ['CN', 'GB', 'US', 'JP', 'RU', 'FR']],
    ['Mexican–American War', ['MX', 'US']],
    ['Treaty of Versailles', ['DE', 'FR', 'GB', 'US']],
    ['Iran hostage crisis', ['IR', 'US']],
    ['Iran–Iraq War', ['IR', 'IQ']],
    ['The Persian Gulf War', ['IQ', 'KW', 'US', 'SA']],
    ['Russo-Georgian War', ['GE', 'RU']],
    // Topics a class often studies, each with the side its textbooks leave out.
    ['Brexit', ['GB', 'IE']],
    ['The Holocaust', ['DE', 'IL', 'PL']],
    ['La caída de México-Tenochtitlan', ['MX', 'ES']],
    ['Pearl Harbor', ['JP', 'US']],
    ['The Haitian Revolution', ['HT', 'FR']],
    ['the transatlantic slave trade', ['GH', 'BR', 'PT']],
    ['Grand Ethiopian Renaissance Dam', ['ET', 'EG', 'SD']],
    ['Umbrella Movement', ['HK', 'CN']],
  ])('%s → %j', (topic, expected) => {
    expect(codes(topic)).toEqual(expected);
  });

  it.each([
    // Spanish (and a few French, German, Portuguese) phrasings.
    ['Causas y consecuencias de la Guerra de las Malvinas', ['AR', 'GB', 'FK']],
    ['Islas Malvinas', ['AR', 'GB', 'FK']],
    ['El conflicto de Cachemira', ['IN', 'PK', 'CN']],
    ['La anexión de Crimea', ['UA', 'RU']],
    ['La Franja de Gaza', ['PS', 'IL']],
    ['El Sáhara Occidental', ['MA', 'EH', 'DZ']],
    ['La crisis de los misiles en Cuba', ['CU', 'US', 'RU']],
    ['La invasión de Bahía de Cochinos', ['CU', 'US']],
    ['La Guerra del Pacífico (1879-1884)', ['CL', 'PE', 'BO']],
    ['La Guerra del Chaco', ['BO', 'PY']],
    ['La Intervención estadounidense en México', ['MX', 'US']],
    ['La caída del Muro de Berlín', ['DE']],
    ['El Tratado de Versalles', ['DE', 'FR', 'GB', 'US']],
    ['La guerra de Corea', ['KR', 'KP', 'CN', 'US']],
    ['El accidente de Chernóbil', ['UA', 'BY', 'RU']],
    ['Guayana Esequiba', ['VE', 'GY']],
    ['La guerre des Malouines', ['AR', 'GB', 'FK']],
    ['Der Falklandkrieg', ['AR', 'GB', 'FK']],
    ['A Guerra das Malvinas', ['AR', 'GB', 'FK']],
    ['Die Annexion der Krim', ['UA', 'RU']],
  ])('%s → %j', (topic, expected) => {
    expect(codes(topic, 'es')).toEqual(expected);
  });

  it('says why each side is there, in English and Spanish', () => {
    const en = perspectivesFor('Falklands War').perspectives;
    expect(en.map((p) => p.reason)).toEqual([
      'one side in the Falklands/Malvinas dispute',
      'one side in the Falklands/Malvinas dispute',
      'the islanders themselves live there',
    ]);
    const es = perspectivesFor('Guerra de Malvinas', [], 'es').perspectives;
    expect(es[0]).toEqual({ country: 'AR', name: 'Argentina', reason: 'una de las partes en la disputa por las Malvinas', source: 'place' });
    expect(perspectivesFor('Chernobyl').perspectives[0]!.reason).toBe('where the Chernobyl disaster happened');
    expect(perspectivesFor('Treaty of Versailles').perspectives[0]!.reason).toBe('a party to the Treaty of Versailles');
  });

  it('tells the countries the words name apart from the sides they imply', () => {
    const sources = (topic: string) => perspectivesFor(topic).perspectives.map((p) => `${p.country}:${p.source}`);
    expect(sources('Iran hostage crisis')).toEqual(['IR:topic', 'US:place']);
    expect(sources('Iraq War')).toEqual(['IQ:topic', 'US:place', 'GB:place']);
    expect(sources('Falklands War')).toEqual(['AR:place', 'GB:place', 'FK:topic']);
    expect(sources('Kashmir conflict')).toEqual(['IN:place', 'PK:place', 'CN:place']);
    expect(sources('Mexican–American War')).toEqual(['MX:topic', 'US:topic']);
  });

  it('keeps the countries a topic names beside the place, in order, without repeats', () => {
    expect(codes('Argentina and the Falklands War')).toEqual(['AR', 'GB', 'FK']);
    expect(codes('Falklands War and Chile')).toEqual(['AR', 'GB', 'FK', 'CL']);
    expect(codes('Japan and the Kuril Islands')).toEqual(['JP', 'RU']);
  });

  it('reads the world wars, the wars of American history and regions, whose topics name no country', () => {
    for (const [topic, expected] of [
      ['Causes of World War I', ['DE', 'FR', 'GB', 'RU', 'TR', 'RS']],
      ['WWI poetry', ['DE', 'FR', 'GB', 'RU', 'TR', 'RS']],
      ['La Primera Guerra Mundial', ['DE', 'FR', 'GB', 'RU', 'TR', 'RS']],
      // "World War I" inside "World War II" is not the First: the longer name wins.
      ['World War II propaganda posters', ['DE', 'JP', 'RU', 'GB', 'CN', 'PL']],
      ['Pacific War in World War II', ['DE', 'JP', 'RU', 'GB', 'CN', 'PL']],
      ['WW2 home front', ['DE', 'JP', 'RU', 'GB', 'CN', 'PL']],
      ['Zweiter Weltkrieg', ['DE', 'JP', 'RU', 'GB', 'CN', 'PL']],
      ['The American Revolution', ['US', 'GB', 'FR']],
      ['Causes of the Revolutionary War', ['US', 'GB', 'FR']],
      ['War of 1812', ['US', 'GB', 'CA']],
      ['Water scarcity in the Middle East', ['EG', 'TR', 'IR', 'SA', 'IL', 'IQ']],
      ['Latin American independence movements', ['BR', 'MX', 'AR', 'CO', 'CL', 'PE']],
      ['Economía de América Latina', ['BR', 'MX', 'AR', 'CO', 'CL', 'PE']],
      ['Deforestation in the Amazon rainforest', ['BR', 'PE', 'CO', 'BO', 'EC', 'VE']],
      ['Amazon warehouse workers', []],
      ['The Scramble for Africa', ['NG', 'ZA', 'KE', 'EG', 'ET', 'GH']],
      ['South Africa under apartheid', ['ZA']],
      ['Climate change in the Arctic', ['RU', 'CA', 'NO', 'GL', 'US', 'IS']],
      ['Tourism in the Caribbean', ['CU', 'DO', 'JM', 'HT', 'TT', 'PR']],
      ['Southeast Asian economies', ['ID', 'VN', 'PH', 'TH', 'MY', 'SG']],
      ['The Balkan Wars', ['RS', 'HR', 'BA', 'GR', 'BG', 'AL']],
      // The Silk Road comes first in the topic; Central Asia adds its other countries.
      ['Silk Road cities of Central Asia', ['CN', 'UZ', 'IR', 'KZ', 'TR', 'IT']],
      ['Central Asia', ['KZ', 'UZ', 'KG', 'TJ', 'TM']],
      ['The Spanish-American War of 1898', ['ES', 'US', 'CU', 'PH']],
      ['Social media and the Arab Spring', ['TN', 'EG', 'LY', 'SY', 'YE', 'BH']],
      ['Las Cruzadas', ['FR', 'GB', 'IT', 'EG', 'SY', 'TR']],
    ] as const) {
      expect(codes(topic), topic).toEqual(expected);
    }
    // The region's reason says what the country is to the topic.
    const egypt = perspectivesFor('Water scarcity in the Middle East', [], 'en').perspectives.find((p) => p.country === 'EG');
    expect(egypt?.reason).toBe('a country of the Middle East');
    const esEgypt = perspectivesFor('El agua en Oriente Medio', [], 'es').perspectives.find((p) => p.country === 'EG');
    expect(esEgypt?.reason).toBe('un país de Oriente Medio');
  });

  it('gives each side of a world war its own words, and a region none', () => {
    expect(termQueries('World War II propaganda')).toEqual(
      expect.arrayContaining(['site:ru "Великая Отечественная война"', 'site:ac.jp "太平洋戦争"', 'site:edu.cn "抗日战争"']),
    );
    expect(termQueries('Water scarcity in the Middle East')).toEqual([]);
  });

  it('does not see places in phrases that merely contain their words', () => {
    for (const [topic, expected] of [
      ['Gulf of Mexico oil spill', ['MX']],
      ['Gulf Stream and climate', []],
      ['Pacific War strategy', []],
      ['Mexican War of Independence', ['MX']],
      ['The Troubles of a young poet', []],
      ['East Sea fisheries', []],
      ['Gender apartheid in Afghanistan', ['AF']],
      ['the Crimean War', ['RU', 'TR', 'GB', 'FR']],
      ['Taiwan elections', ['TW']],
      ['Tibetan Buddhism', []],
      ['Palace of Versailles', []],
      ['a wall in Berlin', ['DE']],
      ['Korea under Japanese rule', ['KR', 'KP', 'JP']],
      ['Persian Empire', ['IR']],
      ['the French Revolution', ['FR']],
      ['photosynthesis', []],
      ['the threat of a nuclear holocaust', []],
      ['GERD and diet', []],
      ['migration across the Strait of Gibraltar', []],
      ['el estrecho de Gibraltar y la migración', []],
      ['the Gibraltar sovereignty referendum', ['GB', 'ES', 'GI']],
    ] as const) {
      expect(codes(topic), topic).toEqual(expected);
    }
  });

  it('matches whole words only, ignoring case and accents', () => {
    expect(codes('GUERRA DE LAS MALVINAS')).toEqual(['AR', 'GB', 'FK']);
    expect(codes('guerra de las malvinas')).toEqual(['AR', 'GB', 'FK']);
    expect(codes('Tiananmen')).toEqual(['CN']);
    expect(codes('Tiananmén')).toEqual(['CN']);
    expect(codes('Malvinasx')).toEqual([]);
    expect(placesInText('Gazans')).toEqual([]);
  });
});

describe('the other side’s words, offline', () => {
  it('are each side’s words for the places in the topic, minus what the topic already says', () => {
    const terms = otherSideTerms('Falklands War');
    expect(terms.filter((t) => t.country === 'AR').map((t) => t.text)).toEqual(['Guerra de Malvinas', 'Islas Malvinas']);
    expect(terms.filter((t) => t.country === 'GB').map((t) => t.text)).toEqual(['Falkland Islands']);
    expect(otherSideTerms('photosynthesis')).toEqual([]);
  });

  it('become design cards on each side’s academic domain, even with no Wikipedia look-up', () => {
    expect(termQueries('Falklands War')).toEqual(['site:edu.ar "Guerra de Malvinas"', 'site:edu.ar "Islas Malvinas"', 'site:ac.uk "Falkland Islands"']);
    expect(termQueries('Guerra de las Malvinas', 'es')).toContain('site:ac.uk "Falklands War"');
    expect(termQueries('Iranian hostage crisis')).toEqual(
      expect.arrayContaining(['site:ac.ir "conquest of the American spy den"', 'site:ac.ir "تسخیر لانه جاسوسی آمریکا"']),
    );
    expect(termQueries('Persian Gulf')).toContain('site:ac.ae "Arabian Gulf"');
    expect(termQueries('Sea of Japan')).toContain('site:ac.kr "East Sea"');
    expect(termQueries('South China Sea')).toContain('site:edu.ph "West Philippine Sea"');
    expect(termQueries('Kashmir')).toContain('site:ac.in "Pakistan-occupied Kashmir"');
    expect(termQueries('Armenian genocide')).toContain('site:edu.tr "1915 olayları"');
    expect(termQueries('Mexican–American War')).toContain('site:edu.mx "Intervención estadounidense en México"');
    expect(termQueries('Berlin Wall')).toContain('site:de "antifaschistischer Schutzwall"');
  });

  it('come only for countries still in the design, and can be turned off', () => {
    expect(designSearches('Falklands War', ['GB']).designs.filter((d) => d.kind === 'terms').map((d) => d.query)).toEqual(['site:ac.uk "Falkland Islands"']);
    expect(designSearches('Falklands War', ['AR', 'GB'], { knownTerms: false }).designs.some((d) => d.kind === 'terms')).toBe(false);
  });

  it('follow the Wikipedia look-up’s words and never repeat them', () => {
    const designs = designSearches('Falklands War', ['AR'], { terms: { es: ['Guerra de las Malvinas', 'Islas Malvinas'] } }).designs;
    expect(designs.filter((d) => d.kind === 'terms').map((d) => d.id + ' ' + d.query)).toEqual([
      'terms-ar-es-0 site:edu.ar "Guerra de las Malvinas"',
      'terms-ar-es-1 site:edu.ar "Islas Malvinas"',
      'terms-ar-known-0 site:edu.ar "Guerra de Malvinas"',
    ]);
  });
});

describe('end to end', () => {
  it('searchReport gives the Falklands/Malvinas sides, designs and the other side’s words', () => {
    const r = searchReport('Guerra de las Malvinas', [], { lang: 'es' });
    expect(r.perspectives.map((p) => [p.country, p.name])).toEqual([
      ['AR', 'Argentina'],
      ['GB', 'Reino Unido'],
      ['FK', 'Islas Malvinas'],
    ]);
    const queries = r.designs.map((d) => d.query);
    expect(queries).toEqual(expect.arrayContaining(['site:ar Guerra de las Malvinas', 'site:ac.uk Guerra de las Malvinas', 'site:ac.uk "Falklands War"']));
    const combined = r.designs.find((d) => d.id === 'combined-ar-gb-fk')!;
    expect(combined.why).toContain('Argentina, el Reino Unido y las Islas Malvinas');
  });

  it('the audit’s question 1 asks for sources from both sides, with Argentina’s words', () => {
    const text = 'Research the causes of the Falklands War. Write a two-page essay explaining why each country believed the islands belonged to it.';
    const result = withSearchDesign(audit({ platform: null, url: null, title: 'The Falklands War', description: text }));
    const line = result.questions.find((q) => q.id === 1)!.suggestions[0]!;
    expect(line).toMatch(/^Require at least two sources from Argentina and the United Kingdom: /);
    expect(line).toContain('site:ar The Falklands War');
    expect(line).toContain('site:uk The Falklands War');
    expect(line).toContain('site:edu.ar "Guerra de Malvinas"');
    expect(result.searchCountries).toEqual(['AR', 'GB']);
    // The analyzer's own, vaguer "two sources from another country" idea is not repeated below it.
    const q1 = result.questions.find((q) => q.id === 1)!.suggestions;
    expect(q1.filter((s) => s.startsWith('Require at least two sources'))).toHaveLength(1);
  });

  it('the audit says it in Spanish for a Spanish assignment, and keeps November’s own example', () => {
    const es = withSearchDesign(
      audit({ platform: null, url: null, title: 'La Guerra de las Malvinas', description: 'Investiga las causas de la Guerra de las Malvinas de 1982 y escribe un ensayo con tres fuentes.' }),
    );
    expect(es.questions.find((q) => q.id === 1)!.suggestions[0]).toMatch(/^Exija al menos dos fuentes de Argentina y del Reino Unido: /);
    const ir = withSearchDesign(audit({ platform: null, url: null, title: 'Iranian Hostage Crisis', description: 'Write an essay on the Iranian hostage crisis of 1979.' }));
    expect(ir.questions.find((q) => q.id === 1)!.suggestions[0]).toContain('site:ac.ir "conquest of the American spy den"');
    expect(es.questions.find((q) => q.id === 1)!.suggestions.filter((s) => s.startsWith('Exija al menos dos fuentes'))).toHaveLength(1);
  });
});
