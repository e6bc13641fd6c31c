import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../lib/decode-text.ts';
import { CSV_COLUMNS, escapeCell, fromCsv, toCsv } from '../../../lib/records/csv.ts';
import { readImportFile } from '../../../lib/records/import-file.ts';
import type { AuditRecord } from '../../../lib/records/schema.ts';
import { encodeCodePage } from '../code-page.ts';
import { makeRecords } from './factory.ts';

const fixture = (p: string) => readFileSync(new URL(`../../fixtures/records/${p}`, import.meta.url), 'utf8');
const sample = (): AuditRecord => JSON.parse(fixture('v2/canvas-page.json'));
/** What a spreadsheet sees: the rows as cells. */
const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends, a header and one row per audit', () => {
    const csv = toCsv(makeRecords(3, 31));
    expect(csv.startsWith('\ufeffid,created,updated,platform,title,url,school,teacher,course,subject,grade,score,met,Q1 status,Q1 verdict,Q1 note,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = cells(csv);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.header));
  });

  it('has a status and a verdict column for each of the six questions', () => {
    const r = sample();
    const [header, row] = cells(toCsv([r]));
    for (let id = 1; id <= 6; id++) {
      expect(row![header!.indexOf(`Q${id} status`)]).toBe(r.questions[id - 1]!.status);
      expect(row![header!.indexOf(`Q${id} verdict`)]).toBe(r.questions[id - 1]!.verdict ?? '');
    }
    expect(row![header!.indexOf('teacher')]).toBe('Ms. Rahimi');
    expect(row![header!.indexOf('created')]).toBe('2025-10-20T10:05:00.000Z');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ['+1 555 0100', `'+1 555 0100`],
    ['-2 points', `'-2 points`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\r=1', `'\r=1`],
    ["'quoted", `''quoted`],
    ['plain = text', 'plain = text'],
  ])('escapes %j so a spreadsheet shows text', (note, shown) => {
    const r = sample();
    r.questions[0]!.note = note;
    const [header, row] = cells(toCsv([r]));
    expect(row![header!.indexOf('Q1 note')]).toBe(shown);
    expect(escapeCell(note)).toBe(shown);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const r = sample();
    r.assignment.title = 'Essay, "draft"\nsecond line';
    const csv = toCsv([r]);
    expect(csv).toContain('"Essay, ""draft""\nsecond line"');
    expect(cells(csv)[1]![CSV_COLUMNS.findIndex((c) => c.header === 'title')]).toBe('Essay, "draft"\nsecond line');
  });

  it('matches the stored CSV byte for byte (the format is a contract with spreadsheets)', async () => {
    const bundle = JSON.parse(fixture('bundle-v1.json'));
    expect(toCsv(bundle.records)).toBe(fixture('audits.csv'));
  });
});

describe('fromCsv', () => {
  it('reads our own CSV back: every column, escaped cells restored, as imports without evidence', () => {
    const records = makeRecords(40, 32);
    records[3]!.questions[2]!.note = '=1+1 and "quotes", commas\r\nand lines';
    records[4]!.questions[5]!.note = "'tis the season";
    const back = fromCsv(toCsv(records));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.records).toEqual(
      records.map((r) => ({ ...r, source: 'import', questions: r.questions.map((q) => ({ ...q, evidence: [] })) })),
    );
  });

  it('carries the instructions’ fingerprint, drops one a spreadsheet turned into a number, and reads sheets made before the column', () => {
    const records = makeRecords(3, 34).map((r, i) => ({ ...r, assignment: { ...r.assignment, fingerprint: ['0123456789abcdef', '1234567890123456', 'fedcba9876543210'][i]! } }));
    const rows = cells(toCsv(records));
    const at = rows[0]!.indexOf('instructions fingerprint');
    // Added last: the columns sheets were built on keep their places.
    expect(at).toBe(rows[0]!.length - 1);
    expect(rows[0]![at - 1]).toBe('excerpt');
    expect(fromCsv(toCsv(records))).toMatchObject({ ok: true, records: records.map((r) => ({ assignment: { fingerprint: r.assignment.fingerprint } })) });
    // Excel reads an all-digit fingerprint as a number and writes it back as 1.23457E+15.
    rows[2]![at] = '1.23457E+15';
    const mangled = fromCsv(Papa.unparse(rows));
    expect(mangled.ok && mangled.records.map((r) => r.assignment.fingerprint)).toEqual(['0123456789abcdef', undefined, 'fedcba9876543210']);
    const before = fromCsv(Papa.unparse(rows.map((row) => row.slice(0, at))));
    expect(before.ok && before.records.every((r) => r.assignment.fingerprint === undefined)).toBe(true);
  });

  it('reads the stored CSV fixture', () => {
    const r = fromCsv(fixture('audits.csv'));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.records).toHaveLength(3);
      expect(r.records[0]!.questions[5]!.note).toBe('=HYPERLINK("http://evil.example","click")');
      expect(r.records[2]!.assignment.key).toBe('pkg:g8a1b2c3d4/i5e6f7a8b9');
    }
  });

  it('accepts columns reordered by a spreadsheet and extra columns', () => {
    const rows = cells(toCsv(makeRecords(3, 33)));
    const order = rows[0]!.map((_, i) => i).reverse();
    const shuffled = rows.map((row) => [...order.map((i) => row[i]!), 'extra']);
    shuffled[0]![shuffled[0]!.length - 1] = 'my column';
    const r = fromCsv(Papa.unparse(shuffled));
    expect(r.ok && r.records.length).toBe(3);
  });

  it('names the row and column of a bad cell', () => {
    const rows = cells(toCsv(makeRecords(5, 34)));
    rows[4]![rows[0]!.indexOf('Q3 status')] = 'maybe';
    expect(fromCsv(Papa.unparse(rows))).toEqual({ ok: false, error: 'Row 5, column "Q3 status": "maybe" — expected evident/partial/missing.' });
    rows[4]![rows[0]!.indexOf('Q3 status')] = 'missing';
    rows[2]![rows[0]!.indexOf('updated')] = 'yesterday';
    expect(fromCsv(Papa.unparse(rows))).toEqual({ ok: false, error: 'Row 3, column "updated": "yesterday" — expected an ISO date and time (2025-03-04T10:00:00Z).' });
  });

  it.each([
    ['an empty file', '', /empty/],
    ['a BOM only', '\ufeff', /empty/],
    ['a bundle', '{"format":"vantage-audits"}', /JSON file, not a CSV/],
    ['an HTML page', '<html><body></body></html>', /HTML/],
    ['binary', 'id,created\u0000', /binary/],
    ['another CSV', 'name,score\nAna,3\n', /not a Vantage export: the column "id" is missing/],
  ])('refuses %s', (_name, text, message) => {
    const r = fromCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a file cut inside a quoted cell or a row', () => {
    const records = makeRecords(3, 35);
    records[2]!.questions[0]!.note = 'line one\nline two';
    const csv = toCsv(records);
    const cut = csv.slice(0, csv.indexOf('line one') + 4);
    expect(fromCsv(cut)).toEqual({ ok: false, error: expect.stringMatching(/never closed at row \d+|has \d+ cells but the header has/) });
    const short = toCsv(makeRecords(2, 36));
    expect(fromCsv(short.slice(0, short.length - 300))).toEqual({ ok: false, error: expect.stringMatching(/Row 3 has \d+ cells but the header has \d+/) });
  });

  it('refuses oversized files', () => {
    expect(fromCsv(toCsv(makeRecords(20, 37)), { maxBytes: 1000 })).toEqual({ ok: false, error: expect.stringMatching(/limit is 0\.0 MB/) });
  });
});

describe('a Vantage CSV opened and saved again in a spreadsheet', () => {
  // What the coach re-imports after editing our export: the same records, whatever the program.
  const records = makeRecords(12, 35);
  const ours = toCsv(records);
  const expected = fromCsv(ours);
  const rows = cells(ours);

  it('has accents to lose (the test would prove nothing without them)', () => {
    expect(ours).toMatch(/López|México/);
    expect(expected.ok).toBe(true);
  });

  it('Excel in a Spanish or German locale: semicolons, Windows-1252, no BOM', async () => {
    const saved = encodeCodePage(Papa.unparse(rows, { delimiter: ';', newline: '\r\n' }), 'windows-1252');
    const r = await readImportFile(decodeText(saved));
    expect(r).toMatchObject({ ok: true, kind: 'csv' });
    if (r.ok && expected.ok) expect(r.records).toEqual(expected.records);
  });

  it('Excel "Unicode Text": tabs, UTF-16 with a byte-order mark', async () => {
    const text = Papa.unparse(rows, { delimiter: '\t', newline: '\r\n' });
    const saved = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await readImportFile(decodeText(saved));
    expect(r).toMatchObject({ ok: true, kind: 'csv' });
    if (r.ok && expected.ok) expect(r.records).toEqual(expected.records);
  });

  it('Google Sheets and LibreOffice defaults: commas, UTF-8 without a BOM', async () => {
    const r = await readImportFile(decodeText(new TextEncoder().encode(Papa.unparse(rows))));
    if (r.ok && expected.ok) expect(r.records).toEqual(expected.records);
    expect(r.ok).toBe(true);
  });

  it('a comma inside a cell of a semicolon file stays in the cell', () => {
    const edited = rows.map((row) => [...row]);
    const note = edited[0]!.indexOf('Q2 note');
    edited[1]![note] = 'Strong, but add sources; ask about Tehran';
    const r = fromCsv(Papa.unparse(edited, { delimiter: ';' }));
    expect(r.ok && r.records[0]!.questions[1]!.note).toBe('Strong, but add sources; ask about Tehran');
  });
});
