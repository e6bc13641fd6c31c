import { describe, expect, it } from 'vitest';
import { filterRecords, type RecordFilter } from '../../../lib/records/aggregate.ts';
import { filterFromQuery, filterToQuery } from '../../../lib/records/filter-query.ts';
import { makeRecords } from './factory.ts';

describe('filter in the address', () => {
  it('round-trips every kind of filter, with several values per list and "no label"', () => {
    const filter: RecordFilter = {
      school: ['Lincoln High'],
      teacher: ['Ms. Rahimi', 'Sra. López', null],
      course: ['World History 10 & Civics'],
      grade: ['9', '10'],
      platform: ['canvas', null],
      source: ['package'],
      from: '2025-01-01',
      to: '2025-06-30',
      questions: [
        { id: 1, status: ['missing'] },
        { id: 4, met: true },
        { id: 6, status: ['partial', 'missing'] },
      ],
      text: 'hostage crisis',
    };
    const q = filterToQuery(filter);
    expect(q).toContain('teacher=Ms.+Rahimi&teacher=Sra.+L%C3%B3pez&teacher=');
    expect(q).toContain('q1=missing&q4=met&q6=partial%2Cmissing');
    expect(filterFromQuery(q)).toEqual(filter);
    expect(filterFromQuery(`?${q}`)).toEqual(filter);
    expect(filterToQuery({})).toBe('');
    expect(filterToQuery({ questions: [{ id: 2, met: false }] })).toBe('q2=notmet');
  });

  it('selects the same records after a reload as before it', () => {
    const records = makeRecords(400, 71);
    const filter: RecordFilter = { teacher: ['Ms. Rahimi', 'Mr. Okafor'], questions: [{ id: 1, status: ['missing'] }], from: '2025-02-01' };
    const before = filterRecords(records, filter).rows;
    const after = filterRecords(records, filterFromQuery(filterToQuery(filter))).rows;
    expect(before.length).toBeGreaterThan(0);
    expect([...after]).toEqual([...before]);
  });

  it('drops what it cannot read from a hand-edited or hostile address, and never throws', () => {
    expect(
      filterFromQuery('platform=myspace&platform=moodle&source=spam&q0=met&q7=met&q2=sometimes&q3=evident,bogus&from=2025-13-45&to=yesterday&x=1&teacher=' + 'x'.repeat(101)),
    ).toEqual({ platform: ['moodle'], questions: [{ id: 3, status: ['evident'] }] });
    expect(filterFromQuery('%E0%A4%A&teacher=%')).toEqual({ teacher: ['%'] });
    expect(filterFromQuery('teacher=Ms.%20Rahimi&teacher=Ms.%20Rahimi&teacher=%20%20')).toEqual({ teacher: ['Ms. Rahimi', null] });
    expect(filterFromQuery('text=' + 'a'.repeat(10_000)).text).toHaveLength(500);
    expect(filterFromQuery('')).toEqual({});
  });
});
