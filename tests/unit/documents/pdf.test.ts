/**
 * PDF handouts: the real DataONE exercise as its authors published it (the same exercise as the
 * Word fixture, so the two readings can be held side by side), and PDFs written for the test
 * (scripts/make-pdf.ts) for what a reader must do with lines, running heads, scans, passwords
 * and damaged files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument, readDocumentFile } from '../../../lib/documents/read.ts';
import { pdfText, readPdf, type PdfLine } from '../../../lib/documents/pdf.ts';
import { linesFrom, makePdf } from '../../../scripts/make-pdf.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url)));

describe('readPdf: a teacher’s PDF', () => {
  it('reads the DataONE exercise as the Word version reads: whole sentences across wrapped lines, list items apart, no running head or page number', async () => {
    const r = await readDocumentFile('L10_Exercise.pdf', fixture('dataone-l10-legal-policy-exercise.pdf'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kind).toBe('pdf');
    // Its Title property is only a file name.
    expect(r.title).toBe('');
    const lines = r.text.split('\n');
    expect(lines[0]).toBe('Hands-on Activity 10: Legal and Policy Issues');
    // Printed over three lines in the PDF, one paragraph here.
    expect(lines).toContain(
      'Outcome: Students should be able to identify potential ethical, legal, and policy issues associated with the management of a research project and research data, including properly assigning responsibility for data ownership and stewardship. Students will also have a good understanding of legal and ethical restrictions for sharing their data.',
    );
    // A word the line broke at its hyphen is whole again.
    expect(r.text).toContain('give you hands-on practice with identifying who owns the data you work with');
    expect(lines).toContain('o Proprietary data and licensing restrictions.');
    // The head and foot every page repeats are left out.
    expect(r.text).not.toContain('Hands-on Exercises for Data Management');
    expect(r.text).not.toContain('education-modules');

    // The student task reads as it does in the Word file of the same exercise.
    const word = readDocument('exercise.docx', fixture('dataone-l10-legal-policy-exercise.docx'));
    if (!word.ok) throw new Error(word.error);
    for (const sentence of [
      'Identify at least 3 issues which may limit your ability to share data.',
      'Discuss this in your group and pick one example to share with the class.',
      'Who are the stakeholders in this story?',
    ]) {
      expect(word.text).toContain(sentence);
      expect(r.text).toContain(sentence);
    }
  });
});

describe('pdfText: lines back into paragraphs', () => {
  const line = (text: string, y: number, more: Partial<PdfLine> = {}): PdfLine => ({ text, x: 72, y, end: 540, size: 11, ...more });

  it('joins a wrapped paragraph and breaks at a list item, a short last line, a heading’s size, a wide gap and a colon', () => {
    const page = [
      line('Project brief', 720, { size: 16, end: 200 }),
      line('Write a two-page letter to a newspaper in', 690),
      line('Tehran about the events of 1979, using', 676),
      line('sources from both countries.', 662, { end: 300 }),
      line('You will need:', 640, { end: 160 }),
      line('• two sources from Iran', 626, { end: 260 }),
      line('• one source from the', 612),
      line('United States', 598, { end: 200 }),
      line('Due on Friday.', 560, { end: 150 }),
    ];
    expect(pdfText([page]).split('\n')).toEqual([
      'Project brief',
      'Write a two-page letter to a newspaper in Tehran about the events of 1979, using sources from both countries.',
      'You will need:',
      '• two sources from Iran',
      '• one source from the United States',
      'Due on Friday.',
    ]);
  });

  it('leaves out running heads and feet, page numbers and all, and lone page numbers, but keeps a line each page says in its body', () => {
    const pageOf = (n: number) => [
      line('History 210 - Unit 4', 760, { end: 200 }),
      line(`Question ${n}: whose account is it?`, 700 - n * 14, { end: 300 }),
      line('Use the sources on the class site.', 600, { end: 300 }),
      line('Answer in full sentences.', 500 - n * 14, { end: 250 }),
      line(`Unit 4 guide ${n}`, 52, { end: 150 }),
      line(`Page ${n} of 3`, 40, { end: 120 }),
    ];
    const lines = pdfText([pageOf(1), pageOf(2), pageOf(3)]).split('\n');
    expect(lines.some((l) => /History 210|Unit 4 guide|^Page /.test(l))).toBe(false);
    expect(lines.filter((l) => l === 'Answer in full sentences.')).toHaveLength(3);
    expect(lines.filter((l) => /^Question \d: whose account is it\?$/.test(l))).toHaveLength(3);
    expect(pdfText([[line('12', 40, { end: 90 }), line('The only line.', 700, { end: 200 })]])).toBe('The only line.');
  });
});

describe('readPdf: files it cannot read, each with what to do', () => {
  it('reads a PDF written page by page, its running head left out, in Spanish too', async () => {
    const head = { text: 'Colegio Monterrey - Historia', x: 72, y: 760, size: 9 };
    const pdf = makePdf(
      [
        { lines: [head, ...linesFrom(700, ['Investiga la crisis de 1979 en fuentes de Irán y de', 'Estados Unidos, y compara cómo la cuenta cada país.'])] },
        { lines: [head, ...linesFrom(700, ['Entrega tu informe el viernes.'])] },
      ],
      { title: 'Consigna: la crisis de 1979' },
    );
    const r = await readPdf('consigna.pdf', pdf);
    expect(r).toEqual({
      ok: true,
      kind: 'pdf',
      title: 'Consigna: la crisis de 1979',
      text: 'Investiga la crisis de 1979 en fuentes de Irán y de Estados Unidos, y compara cómo la cuenta cada país.\nEntrega tu informe el viernes.',
    });
  });

  it('says a scan has no text to read, a protected file needs its password, and a damaged file is damaged', async () => {
    const scan = await readDocumentFile('scan.pdf', makePdf([{ picture: true }, { picture: true }]));
    expect(scan).toMatchObject({ ok: false, error: expect.stringContaining('scan.pdf has no text Vantage can read: it looks like a scan') });
    const locked = await readDocumentFile('locked.pdf', makePdf([{ lines: linesFrom(700, ['Secret brief']) }], { password: true }));
    expect(locked).toMatchObject({ ok: false, error: expect.stringContaining('locked.pdf is protected by a password') });
    const cut = makePdf([{ lines: linesFrom(700, ['Write a letter.']) }]);
    const damaged = await readDocumentFile('cut.pdf', cut.subarray(0, 60));
    expect(damaged).toMatchObject({ ok: false });
    const junk = await readDocumentFile('junk.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'));
    expect(junk).toMatchObject({ ok: false, error: expect.stringMatching(/junk\.pdf (?:is damaged|has no text)/) });
  });

  it('refuses a PDF over a page limit when asked to, and reads only the first pages it is given', async () => {
    const words = ['Sources', 'Perspectives', 'Audience', 'Purpose', 'Evidence'];
    const pdf = makePdf(words.map((w) => ({ lines: linesFrom(700, [`${w} are this page's subject.`]) })));
    expect(await readPdf('reading.pdf', pdf, { refuseOver: 4 })).toMatchObject({ ok: false, error: 'reading.pdf has 5 pages: longer than a handout.' });
    const first = await readPdf('reading.pdf', pdf, { maxPages: 2 });
    expect(first.ok && first.text).toBe("Sources are this page's subject.\nPerspectives are this page's subject.");
  });

  it('never changes the caller’s bytes, reads a Node Buffer, and the synchronous reader still sends a PDF to the asynchronous one', async () => {
    const bytes = fixture('dataone-l10-legal-policy-exercise.pdf');
    const copy = bytes.slice();
    await readPdf('x.pdf', bytes);
    expect(bytes).toEqual(copy);
    // The command line reads files into Node Buffers, which pdf.js alone would refuse.
    expect(await readPdf('x.pdf', Buffer.from(bytes))).toMatchObject({ ok: true, kind: 'pdf' });
    expect(readDocument('handout.pdf', bytes)).toMatchObject({ ok: false });
  });
});
