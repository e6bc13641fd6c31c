/**
 * Handouts read for "Audit a text": real OpenDocument files a teacher wrote (tests/fixtures/documents),
 * Word's structures that are not the text a reader sees, and every file the reader must refuse
 * with what to do instead.
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES, documentTooBig, isDocumentFile, readDocument } from '../../../lib/documents/read.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url)));
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** A .docx holding `body` (WordprocessingML inside <w:body>), as Word lays the package out. */
function docx(body: string, title?: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...(title ? { 'docProps/core.xml': strToU8(`<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${title}</dc:title></cp:coreProperties>`) } : {}),
  });
}
const p = (...runs: string[]) => `<w:p>${runs.map((r) => `<w:r>${r}</w:r>`).join('')}</w:p>`;
const t = (s: string) => `<w:t xml:space="preserve">${s}</w:t>`;

describe('readDocument: real teachers’ handouts', () => {
  it('reads an OpenDocument worksheet in Spanish, and a block the teacher repeated to print several per page only once', () => {
    const r = readDocument('consignas numeracion egipcia.odt', fixture('quintogrado-numeracion-egipcia.odt'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kind).toBe('odt');
    expect(r.text.startsWith('Hace aproximadamente 5.000 años, en Egipto se usaban estos símbolos')).toBe(true);
    expect(r.text).toContain('- Decidan en grupos, cuales de las siguientes frases sobre la numeración son correctas\n1. Cualquiera de los símbolos');
    expect(r.text.split('Se abre la discusión')).toHaveLength(2);
    expect(r.text.split('Hace aproximadamente')).toHaveLength(2);
  });

  it('keeps a list’s lines as lines', () => {
    const r = readDocument('consignas de escritura.odt', fixture('quintogrado-consignas-de-escritura.odt'));
    expect(r.ok && r.text).toBe(
      'Ahora vamos a escribir, en parejas, las cartas de inicio de los cuentos. Tengan en cuenta:\n- las fórmulas de bienvenida,\n- Contar algunas cosas del cuento pero NO contarlo todo y\n- las fórmulas de cierre',
    );
  });
});

describe('readDocument: Word', () => {
  it('reads a real Spanish handout made in Word: headings, instructions and answer lines as lines', () => {
    const r = readDocument('Instrucciones.docx', fixture('espol-solid-instrucciones.docx'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kind).toBe('docx');
    expect(r.text.startsWith('Taller Principios SOLID\n\nObjetivos:\nIdentificar violaciones a los principios SOLID.')).toBe(true);
    expect(r.text).toContain('Explique brevemente como cada principio es violado en el código analizado.\n\nSRP:\nOCP:');
    expect(r.text.endsWith('Subir el enlace a Sidweb.')).toBe(true);
  });

  it('reads a real English activity handout with pictures, its links as text', () => {
    const r = readDocument('L10_Exercise.docx', fixture('dataone-l10-legal-policy-exercise.docx'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text.split('\n')[0]).toBe('Hands-on Activity 10: Legal and Policy Issues');
    expect(r.text).toContain('Instructions: This exercise will engage students in a discussion of data ownership');
    expect(r.text).toContain('http://on.wsj.com/1NclktW');
  });

  it('takes the words a reader sees: runs joined, tabs and breaks, table cells as lines, the title from the properties', () => {
    const body =
      p(t('Compare two '), t('newspapers'), t(' from Iran &amp; the US.')) +
      p(t('Due:'), '<w:tab/>', t('Friday'), '<w:br/>', t('Publish on the class blog.')) +
      `<w:tbl><w:tr><w:tc>${p(t('Criterion'))}</w:tc><w:tc>${p(t('Points'))}</w:tc></w:tr></w:tbl>`;
    const r = readDocument('essay.docx', docx(body, 'The Hostage Crisis Essay'));
    expect(r).toEqual({
      ok: true,
      kind: 'docx',
      title: 'The Hostage Crisis Essay',
      text: 'Compare two newspapers from Iran & the US.\nDue: Friday\nPublish on the class blog.\nCriterion\nPoints',
    });
  });

  it('leaves out deleted tracked changes, field instructions and the fallback copy of a text box', () => {
    const body =
      p(t('Use '), '<w:delText>one</w:delText>', t('two sources.')) +
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://evil.example" </w:instrText></w:r><w:r>${t('the museum site')}</w:r></w:p>` +
      `<w:p><w:r><mc:AlternateContent><mc:Choice>${p(t('Boxed tip'))}</mc:Choice><mc:Fallback>${p(t('Boxed tip'))}</mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const r = readDocument('a.docx', docx(body));
    expect(r.ok && r.text).toBe('Use two sources.\nthe museum site\nBoxed tip');
  });

  it('says what is wrong with a damaged document', () => {
    const broken = docx('<w:p><w:r><w:t>unclosed</w:r></w:p>');
    expect(readDocument('a.docx', broken)).toMatchObject({ ok: false, error: expect.stringContaining('The document is damaged: word/document.xml') });
    const cut = docx(p(t('Hello'))).slice(0, 60);
    expect(readDocument('a.docx', cut)).toMatchObject({ ok: false, error: expect.stringContaining('incomplete') });
    expect(readDocument('a.docx', docx(p(t('  '))))).toMatchObject({ ok: false, error: expect.stringContaining('found no text in a.docx') });
  });
});

describe('readDocument: other files', () => {
  it('reads a saved web page and a text file in its own encoding', () => {
    const page = readDocument('lab.html', strToU8('<!doctype html><title>Lab 4</title><script>alert(1)</script><h1>Lab 4</h1><p>Measure the <b>pH</b> of three samples.</p>'));
    expect(page).toEqual({ ok: true, kind: 'html', title: 'Lab 4', text: 'Lab 4\nMeasure the pH of three samples.' });
    const latin1 = new Uint8Array([...strToU8('Investigaci'), 0xf3, ...strToU8('n: compar'), 0xe1, ...strToU8(' dos fuentes.')]);
    expect(readDocument('tarea.txt', latin1)).toEqual({ ok: true, kind: 'text', title: '', text: 'Investigación: compará dos fuentes.' });
  });

  it('refuses what it cannot read, saying what to do instead', () => {
    expect(readDocument('handout.pdf', strToU8('%PDF-1.7\n…'))).toMatchObject({ ok: false, error: expect.stringContaining('select all its text') });
    expect(readDocument('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatchObject({ ok: false, error: expect.stringContaining('Save it as .docx') });
    expect(readDocument('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toMatchObject({ ok: false, error: expect.stringContaining('Vantage reads Word (.docx)') });
    expect(readDocument('export.zip', zipSync({ 'imsmanifest.xml': strToU8('<manifest/>') }))).toMatchObject({ ok: false, error: expect.stringContaining('use Import') });
    expect(readDocument('notes.docx', strToU8('just text'))).toMatchObject({ ok: false, error: expect.stringContaining('not a zip archive') });
    expect(readDocument('empty.txt', new Uint8Array())).toEqual({ ok: false, error: 'This file is empty.' });
  });

  it('refuses a file over the limit before reading it', () => {
    expect(documentTooBig(MAX_DOCUMENT_BYTES)).toBeNull();
    expect(documentTooBig(2 * 1024 ** 3)).toContain('2048 MB; Vantage reads handouts up to 50 MB');
  });
});

describe('isDocumentFile: what a file link answered', () => {
  it('a PDF, a Word and an OpenDocument file are files', () => {
    expect(isDocumentFile(fixture('dataone-l10-legal-policy-exercise.pdf'))).toBe(true);
    expect(isDocumentFile(fixture('dataone-l10-legal-policy-exercise.docx'))).toBe(true);
    expect(isDocumentFile(fixture('quintogrado-consignas-de-escritura.odt'))).toBe(true);
  });

  it('a sign-in page, plain text and nothing are not: their words are never audited as the handout', () => {
    expect(isDocumentFile(strToU8('<!doctype html><html><body><h1>Log In to Canvas</h1></body></html>'))).toBe(false);
    expect(isDocumentFile(strToU8('Write an essay on the crisis.'))).toBe(false);
    expect(isDocumentFile(new Uint8Array())).toBe(false);
  });
});
