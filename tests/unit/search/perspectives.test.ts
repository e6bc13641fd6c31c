import { describe, expect, it } from 'vitest';
import { countriesInText, perspectivesFor } from '../../../lib/search/index.ts';

const codes = (topic: string) =>
  perspectivesFor(topic)
    .perspectives.filter((p) => p.source === 'topic' || p.source === 'place')
    .map((p) => p.country);

describe('perspectivesFor: countries the topic names', () => {
  it('finds Iran by the word the topic uses, and says so', () => {
    const r = perspectivesFor('Iranian revolution');
    expect(r.perspectives).toEqual([{ country: 'IR', name: 'Iran', reason: "named in the topic: 'Iranian'", source: 'topic' }]);
    expect(r.messages).toEqual([]);
  });

  it('finds both sides in November’s example', () => {
    const r = perspectivesFor('Iranian hostage crisis');
    expect(r.perspectives).toEqual([
      { country: 'IR', name: 'Iran', reason: 'one side in the Iran hostage crisis', source: 'topic' },
      { country: 'US', name: 'United States', reason: 'one side in the Iran hostage crisis', source: 'place' },
    ]);
  });

  it.each([
    ['la revolución mexicana', ['MX']],
    ['La Revolución Mexicana de 1910', ['MX']],
    ["Guerre d'Algérie", ['DZ', 'FR']],
    ['la guerre d’Algérie et les Algériens', ['DZ', 'FR']],
    ["l'Algérie coloniale", ['DZ']],
    ['Berlin Wall', ['DE']],
    ['die iranische Revolution', ['IR']],
    ['Revolução Francesa', ['FR']],
    ['A Revolução dos Cravos em Portugal', ['PT']],
    ['Apartheid in South Africa', ['ZA']],
    ['Guerra civil española', ['ES']],
    ['los conquistadores españoles en el Perú', ['ES', 'PE']],
    ['Mexican–American War', ['MX', 'US']],
    ['Franco-Prussian War', ['FR', 'DE']],
    ['Sino-Japanese War', ['CN', 'JP']],
    ['Russo-Japanese War', ['RU', 'JP']],
    ['Iran–Iraq War', ['IR', 'IQ']],
    ['partition of India and Pakistan', ['IN', 'PK', 'BD', 'GB']],
    ['trade between India and Pakistan', ['IN', 'PK']],
    ['Papua New Guinea independence', ['PG']],
    ['Equatorial Guinea oil', ['GQ']],
    ['Guinea-Bissau independence war', ['GW']],
    ['The Cuban Missile Crisis', ['CU', 'US', 'RU']],
    ['Revolución cubana', ['CU']],
    ['Ivory Coast cocoa', ['CI']],
    ['Côte d’Ivoire cacao', ['CI']],
    ['Turkey earthquake', ['TR']],
    ['Türkiye earthquake', ['TR']],
    ['Chernobyl disaster in the Soviet Union', ['UA', 'BY', 'RU']],
    ['the Soviet Union in the 1930s', ['RU']],
    ['US history', ['US']],
    ['history of the U.S. Constitution', ['US']],
    ['Los EE. UU. y la guerra fría', ['US', 'RU']], // the Cold War's other side (lib/search/places.ts)
    ['Tehran Conference', ['IR']],
    ['Conférence de Téhéran', ['IR']],
    ['Teherán', ['IR']],
    ['Moskau 1980', ['RU']],
    ['Persian Empire', ['IR']],
    ['Japanese internment', ['JP']],
    ['japonés', ['JP']],
    ['Großbritannien im Zweiten Weltkrieg', ['GB']],
    ['English Civil War', ['GB']],
    ['Vietnamese boat people', ['VN']],
    ['ایران', ['IR']],
    ['Guerra de las Malvinas', ['AR', 'GB', 'FK']],
    ['Crise dos reféns no Irã', ['IR', 'US']],
    ['Revolução Iraniana', ['IR']],
  ])('%s → %j', (topic, expected) => {
    expect(codes(topic)).toEqual(expected);
  });

  it('names both Koreas, both Congos and both claimants of Jerusalem', () => {
    expect(codes('Korea under Japanese rule')).toEqual(['KR', 'KP', 'JP']);
    expect(codes('Korean War')).toEqual(['KR', 'KP', 'CN', 'US']);
    expect(codes('Congo Crisis').sort()).toEqual(['CD', 'CG']);
    expect(codes('Jerusalem').sort()).toEqual(['IL', 'PS']);
    expect(codes('South Korea elections')).toEqual(['KR']);
  });

  it('reads Latin America as its region, never as the United States', () => {
    const got = codes('Latin American independence movements');
    expect(got).toContain('MX');
    expect(got).not.toContain('US');
  });

  it('does not mistake places and phrases that merely contain a country word', () => {
    for (const topic of [
      'South American geography',
      'Native American history',
      'New Mexico statehood',
      'guinea pig care',
      'Indian Ocean trade routes',
      'turkey recipes for Thanksgiving',
      'Fine china and porcelain',
      'the north pole',
      'la paz interior',
      'este libro',
      'TELL US ABOUT IT',
      'Indo-European languages',
      'American Indian boarding schools',
      'photosynthesis',
      'Easter Island',
      'la ira de Aquiles',
      'THE IRA BOMBINGS',
      'Roma people in Europe',
      'chili con carne',
      'las damas de la corte',
      'los indios de América',
      'Oma erzählt',
    ]) {
      expect(codes(topic), topic).toEqual([]);
    }
  });

  it('accepts lower-case typing of names that are also common words', () => {
    expect(codes('china trade war')).toEqual(['CN']);
    expect(codes('China trade war')).toEqual(['CN']);
  });

  it('names in Spanish when asked', () => {
    const r = perspectivesFor('Iranian revolution', [], 'es');
    expect(r.perspectives[0]).toMatchObject({ country: 'IR', name: 'Irán', reason: "nombrado en el tema: 'Iranian'" });
  });

  it('says when a capital was the clue', () => {
    expect(perspectivesFor('Berlin Airlift').perspectives[0]!.reason).toBe("named in the topic: 'Berlin' (its capital)");
  });
});

describe('perspectivesFor: picked countries and defaults', () => {
  it('adds picked countries by code or name, after the topic’s, without duplicates', () => {
    const r = perspectivesFor('Iranian revolution', ['us', 'IR', 'Irak']);
    expect(r.perspectives.map((p) => [p.country, p.source])).toEqual([
      ['IR', 'topic'],
      ['US', 'picked'],
      ['IQ', 'picked'],
    ]);
    expect(r.perspectives[1]!.reason).toBe('you added it');
  });

  it('reports unknown picked countries by name instead of failing', () => {
    const r = perspectivesFor('Iranian revolution', ['zz', 'Narnia', '<img src=x onerror=alert(1)>', 7 as unknown as string]);
    expect(r.perspectives.map((p) => p.country)).toEqual(['IR']);
    expect(r.messages).toHaveLength(4);
    expect(r.messages[0]).toContain('"zz"');
    expect(r.messages[1]).toContain('Narnia');
  });

  it('suggests a small default set, and says why, when the topic names no country', () => {
    const r = perspectivesFor('photosynthesis');
    expect(r.perspectives.map((p) => p.country)).toEqual(['GB', 'IN', 'ZA']);
    expect(r.perspectives.every((p) => p.source === 'default' && p.reason.includes('names no country'))).toBe(true);
    expect(r.messages[0]).toMatch(/names no country/);
    expect(perspectivesFor('fotosíntesis', [], 'es').perspectives.map((p) => p.country)).toEqual(['ES', 'MX', 'AR']);
  });

  it('uses no defaults when the person picked countries', () => {
    expect(perspectivesFor('photosynthesis', ['jp']).perspectives.map((p) => p.country)).toEqual(['JP']);
  });

  it('handles empty, huge and hostile topics without throwing', () => {
    expect(perspectivesFor('').perspectives).toEqual([]);
    expect(perspectivesFor('').messages[0]).toMatch(/topic/);
    const huge = perspectivesFor('Iran '.repeat(20_000));
    expect(huge.perspectives.map((p) => p.country)).toEqual(['IR']);
    expect(perspectivesFor('"><script>alert(1)</script> site:ir \u202E Mexico').perspectives.map((p) => p.country)).toEqual(['MX']);
    expect(perspectivesFor(undefined as unknown as string, undefined).perspectives).toEqual([]);
  });

  it('caps the number of countries taken from a topic', () => {
    const r = perspectivesFor('France Germany Italy Spain Portugal Poland Greece Sweden');
    expect(r.perspectives.length).toBe(6);
  });
});

describe('countriesInText', () => {
  it('returns matches in order with the words as written', () => {
    expect(countriesInText('From Mexico to the Mexicans of Texas')).toEqual([
      { countries: ['MX'], text: 'Mexico', kind: 'name' },
      { countries: ['MX'], text: 'Mexicans', kind: 'demonym' },
    ]);
  });
});
