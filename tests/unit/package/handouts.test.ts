/**
 * Assignments whose task is written in a Word, OpenDocument or PDF handout they link to inside
 * the export ("Answer all questions in Submission 3 - Site Map.docx", as ASU CIS 300 does): the
 * handout's text is read with the instructions. Links outside the package are never followed;
 * readings and checklists a full description links are not the task, so not read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditPackage, type PackageAuditEntry } from '../../../lib/package/audit.ts';
import { withPdfHandouts } from '../../../lib/package/pdf-handouts.ts';
import { readPackage } from '../../../lib/package/read.ts';
import { isBrief, packagePath } from '../../../lib/package/readers/common.ts';
import { writeZip } from '../../../scripts/make-packages.ts';
import { linesFrom, makePdf } from '../../../scripts/make-pdf.ts';

const text = (s: string) => new TextEncoder().encode(s);
const handout = new Uint8Array(readFileSync(new URL('../../fixtures/documents/espol-solid-instrucciones.docx', import.meta.url)));
const worksheet = new Uint8Array(readFileSync(new URL('../../fixtures/documents/quintogrado-consignas-de-escritura.odt', import.meta.url)));

function canvasExport(html: string, extra: Array<{ name: string; data: Uint8Array }>): Uint8Array {
  const id = 'g5d1';
  const manifest = `<?xml version="1.0"?><manifest identifier="t" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"><metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion></metadata><organizations/><resources>` +
    `<resource identifier="${id}" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="${id}/taller.html"><file href="${id}/taller.html"/><file href="${id}/assignment_settings.xml"/></resource>` +
    `</resources></manifest>`;
  return writeZip([
    { name: 'imsmanifest.xml', data: text(manifest) },
    { name: `${id}/taller.html`, data: text(`<html><head><title>Assignment: Taller SOLID</title></head><body>${html}</body></html>`) },
    { name: `${id}/assignment_settings.xml`, data: text('<assignment identifier="x" xmlns="http://canvas.instructure.com/xsd/cccv1p0"><title>Taller SOLID</title><submission_types>online_upload</submission_types></assignment>') },
    ...extra,
  ]);
}

describe('assignments that link their handout', () => {
  it('reads the linked Word handout after the instructions, once, introduced by its name; a PDF, a missing file and a link outside the export add nothing', () => {
    const html =
      '<p>Lea las instrucciones en <a href="%24IMS-CC-FILEBASE%24/Talleres/Instrucciones%20SOLID.docx?canvas_download=1&amp;canvas_qs_wrap=1">Instrucciones SOLID.docx</a> y entregue el enlace.</p>' +
      '<p>Otra vez: <a href="$IMS-CC-FILEBASE$/Talleres/Instrucciones%20SOLID.docx">el documento</a>, <a href="$IMS-CC-FILEBASE$/Talleres/rubrica.pdf">la rúbrica</a>, ' +
      '<a href="$IMS-CC-FILEBASE$/Talleres/falta.docx">un archivo perdido</a> y <a href="https://example.edu/files/brief.docx">un enlace externo</a>.</p>';
    const r = readPackage(canvasExport(html, [{ name: 'web_resources/Talleres/Instrucciones SOLID.docx', data: handout }, { name: 'web_resources/Talleres/rubrica.pdf', data: text('%PDF-1.4') }]));
    expect(r.ok && r.errors).toEqual([]);
    const item = r.ok ? r.items[0]! : null;
    expect(item?.description.startsWith('Lea las instrucciones en Instrucciones SOLID.docx y entregue el enlace.')).toBe(true);
    expect(item?.description).toContain('\n\nInstrucciones SOLID.docx\nTaller Principios SOLID\n\nObjetivos:');
    expect(item?.description.split('Taller Principios SOLID')).toHaveLength(2);
    expect(item?.description.endsWith('Subir el enlace a Sidweb.')).toBe(true);
  });

  it('reads an OpenDocument worksheet a page links relatively, and leaves the instructions as they are when nothing links a handout', () => {
    const linked = readPackage(canvasExport('<p>Consigna: <a href="../web_resources/consignas.odt">consignas.odt</a></p>', [{ name: 'web_resources/consignas.odt', data: worksheet }]));
    expect(linked.ok && linked.items[0]!.description).toBe(
      'Consigna: consignas.odt\n\nconsignas.odt\nAhora vamos a escribir, en parejas, las cartas de inicio de los cuentos. Tengan en cuenta:\n- las fórmulas de bienvenida,\n- Contar algunas cosas del cuento pero NO contarlo todo y\n- las fórmulas de cierre',
    );
    const plain = readPackage(canvasExport('<p>Escriban una carta. Entreguen el viernes.</p>', []));
    expect(plain.ok && plain.items[0]!.description).toBe('Escriban una carta. Entreguen el viernes.');
  });

  it('a damaged handout is left out, never the assignment’s error', () => {
    const r = readPackage(canvasExport('<p>Ver <a href="$IMS-CC-FILEBASE$/brief.docx">brief.docx</a>. Entregar el lunes.</p>', [{ name: 'web_resources/brief.docx', data: text('not a zip') }]));
    expect(r.ok && r.errors).toEqual([]);
    expect(r.ok && r.items[0]!.description).toBe('Ver brief.docx. Entregar el lunes.');
  });
});

describe('PDF handouts, read when the export is audited', () => {
  const exercise = new Uint8Array(readFileSync(new URL('../../fixtures/documents/dataone-l10-legal-policy-exercise.pdf', import.meta.url)));
  const audited = async (bytes: Uint8Array): Promise<PackageAuditEntry> => {
    const r = await auditPackage(bytes, { records: false });
    if (!r.ok) throw new Error(r.error);
    expect(r.errors).toEqual([]);
    return r.results[0]!;
  };
  /** A description that states the whole task itself, as LINCS's courses do, linking its reading. */
  const full = (link: string) =>
    `<p>Read the chapter ${link} from the book on data management. In the discussion below, identify one practice the chapter describes and explain how you use it in your own research or might use it. ` +
    'Describe what happened when you tried it, what you would change, and what evidence you have that it helped. Reply to two colleagues before Friday and ask each of them one question about their example.</p>';

  it('reads the PDF a short description points to, with its words as the audit’s evidence; the package read alone hands it on unread', async () => {
    const html = '<p>The instructions are in the attached PDF: <a href="$IMS-CC-FILEBASE$/Exercises/L10%20Exercise.pdf">L10 Exercise.pdf</a>.</p>';
    const bytes = canvasExport(html, [{ name: 'web_resources/Exercises/L10 Exercise.pdf', data: exercise }]);
    const entry = await audited(bytes);
    expect(entry.item.description.startsWith('The instructions are in the attached PDF: L10 Exercise.pdf.\n\nL10 Exercise.pdf\n')).toBe(true);
    expect(entry.item.description).toContain('Identify at least 3 issues which may limit your ability to share data.');
    const quoted = entry.audit.questions.flatMap((q) => q.evidence.map((e) => e.text));
    expect(quoted.some((t) => entry.item.description.indexOf(t) > 60)).toBe(true);
    // Nothing of the PDF's bytes travels with the item the dashboard is handed.
    expect(Object.keys(entry.item)).not.toContain('pdfs');

    const read = readPackage(bytes);
    expect(read.ok && read.items[0]!.description).toBe('The instructions are in the attached PDF: L10 Exercise.pdf.');
  });

  it('leaves out a reading a full description links, a PDF longer than a brief, a damaged PDF and a scan, none of them the assignment’s error', async () => {
    const reading = await audited(canvasExport(full('<a href="$IMS-CC-FILEBASE$/Implementing%20Data%20Practices.pdf">Implementing Data Practices</a>'), [{ name: 'web_resources/Implementing Data Practices.pdf', data: exercise }]));
    expect(reading.item.description).not.toContain('Implementing Data Practices.pdf');
    // Named as the brief, the same file is read with the same description.
    const named = await audited(canvasExport(full('<a href="$IMS-CC-FILEBASE$/Exercise%2010.pdf">Exercise 10</a>'), [{ name: 'web_resources/Exercise 10.pdf', data: exercise }]));
    expect(named.item.description).toContain('\n\nExercise 10.pdf\nHands-on Activity 10: Legal and Policy Issues');

    const long = makePdf(Array.from({ length: 13 }, (_, i) => ({ lines: linesFrom(700, [`Part ${i + 1} of the project instructions.`]) })));
    const scan = makePdf([{ picture: true }]);
    const html = '<p>See the attached file: <a href="$IMS-CC-FILEBASE$/a.pdf">a</a>, <a href="$IMS-CC-FILEBASE$/b.pdf">b</a>, <a href="$IMS-CC-FILEBASE$/c.pdf">c</a>.</p>';
    const bad = await audited(canvasExport(html, [{ name: 'web_resources/a.pdf', data: long }, { name: 'web_resources/b.pdf', data: text('%PDF-1.4 broken') }, { name: 'web_resources/c.pdf', data: scan }]));
    expect(bad.item.description).toBe('See the attached file: a, b, c.');
  });

  it('a PDF whose bytes cannot be had (missing, or its read throwing, as a truncated second pass may) is left out, never the item’s error', async () => {
    const item = { id: 'a1', title: 'Letter', kind: 'assignment', description: 'See the attached file.', path: 'a1/letter.html' } as const;
    const out = await withPdfHandouts(item, [
      { name: 'x.pdf', read: () => { throw new Error('unexpected end of the archive'); } },
      { name: 'y.pdf', read: () => ({ ok: false, error: 'missing file' }) },
    ]);
    expect(out).toEqual(item);
  });

  it('isBrief: a file named as the brief, or one a description only points at, is the task; a reading a full description links is not', () => {
    const long = 'Write a letter to the editor of a newspaper in Tehran. '.repeat(10);
    expect(isBrief('CIS300 Project Instructions.pdf', long)).toBe(true);
    expect(isBrief('L10_Exercise_LegalPolicyIssues.docx', long)).toBe(true);
    expect(isBrief('consignas de escritura.odt', long)).toBe(true);
    expect(isBrief('Implementing Equitable Instruction.pdf', long)).toBe(false);
    expect(isBrief('Science and Engineering Practices Checklist.odt', long)).toBe(false);
    expect(isBrief('Growing Staircases.pdf', 'Work through the sheet.')).toBe(true);
    expect(isBrief('Growing Staircases.pdf', `${long} Complete the attached worksheet.`)).toBe(true);
    expect(isBrief('Growing Staircases.pdf', `${long} Los detalles están en el documento adjunto.`)).toBe(true);
  });
});

describe('discussions that link their prompt', () => {
  it('a topic that asks for a post is read with the handout it links; whether it is a task is decided on the prompt alone', () => {
    const topic = (id: string, prompt: string) =>
      `<topic xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1"><title>Foro ${id}</title><text texttype="text/html">${prompt.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text></topic>`;
    const manifest = `<?xml version="1.0"?><manifest identifier="t" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"><metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion></metadata><organizations/><resources>` +
      ['post', 'files'].map((id) => `<resource identifier="${id}" type="imsdt_xmlv1p1"><file href="${id}.xml"/></resource>`).join('') +
      `</resources></manifest>`;
    const r = readPackage(
      writeZip([
        { name: 'imsmanifest.xml', data: text(manifest) },
        { name: 'post.xml', data: text(topic('post', '<p>Publica tu respuesta a las preguntas de <a href="$IMS-CC-FILEBASE$/consignas.odt">consignas.odt</a>.</p>')) },
        // Only a link: its handout alone must not turn an open forum into a task.
        { name: 'files.xml', data: text(topic('files', '<p>Materiales: <a href="$IMS-CC-FILEBASE$/consignas.odt">consignas.odt</a></p>')) },
        { name: 'web_resources/consignas.odt', data: worksheet },
      ]),
    );
    expect(r.ok && r.items.map((i) => i.id)).toEqual(['post']);
    expect(r.ok && r.items[0]!.description).toContain('\n\nconsignas.odt\nAhora vamos a escribir, en parejas, las cartas de inicio de los cuentos.');
  });
});

describe('packagePath', () => {
  it('maps Canvas’s file base, relative links and percent-encoding into the package, and nothing outside it', () => {
    expect(packagePath('$IMS-CC-FILEBASE$/Project/ASURITE%20-%20Submission%203.docx?canvas_download=1', 'g1/page.html')).toBe('web_resources/Project/ASURITE - Submission 3.docx');
    expect(packagePath('https://canvas.school.edu/courses/3/file_contents/%24IMS-CC-FILEBASE%24/brief.docx', 'g1/page.html')).toBe('web_resources/brief.docx');
    expect(packagePath('../web_resources/a b.odt#page=2', 'wiki_content/week-1.html')).toBe('web_resources/a b.odt');
    expect(packagePath('handout.docx', 'assignment/a1/assignment.xml')).toBe('assignment/a1/handout.docx');
    expect(packagePath('../../../etc/passwd.docx', 'g1/page.html')).toBeNull();
    expect(packagePath('https://example.edu/brief.docx', 'g1/page.html')).toBeNull();
    expect(packagePath('//cdn.example.edu/brief.docx', 'g1/page.html')).toBeNull();
    expect(packagePath('/courses/3/files/9/download', 'g1/page.html')).toBeNull();
  });
});
