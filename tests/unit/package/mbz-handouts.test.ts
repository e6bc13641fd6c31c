/**
 * Moodle backups: an assignment or a discussion whose task is written in a Word or OpenDocument
 * file (linked from the description as `@@PLUGINFILE@@/…`, or an assignment's "Additional
 * files") is read with that file, in both of Moodle's containers. The backup stores the file
 * under its content hash and names it only in `files.xml`, which comes after the files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditPackage } from '../../../lib/package/audit.ts';
import { openMoodleBackup } from '../../../lib/package/mbz/index.ts';
import { memorySource, type ByteSource } from '../../../lib/package/source.ts';
import type { PackageItem } from '../../../lib/package/types.ts';
import { backupWithFiles, gzip, writeTar, writeZip, type StoredFile } from '../../../scripts/make-packages.ts';

const doc = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url)));
const brief = doc('espol-solid-instrucciones.docx');
const worksheet = doc('quintogrado-consignas-de-escritura.odt');
const text = (s: string) => new TextEncoder().encode(s);
type Stored = StoredFile;
const riversWith = (fields: Record<string, string>, stored: readonly Stored[], opts: { filesXml?: boolean } = {}) => backupWithFiles('moodle43-rivers', fields, stored, opts);

function items(input: Uint8Array | ByteSource): PackageItem[] {
  const r = openMoodleBackup(input, {});
  if (!r.ok) throw new Error(r.error);
  return r.pkg.candidates.flatMap((c) => {
    // The rivers course lists one assignment it does not hold: that item's error, read elsewhere.
    const x = r.pkg.read(c);
    return 'item' in x ? [x.item] : [];
  });
}

const asZip = (entries: ReturnType<typeof riversWith>) => writeZip(entries.filter((e) => e.data).map((e) => ({ name: e.name, data: e.data! })));
const asTgz = (entries: ReturnType<typeof riversWith>) => gzip(writeTar(entries, { longNames: 'prefix' }));

/** A source that counts how often the backup is read through from its first byte (one per pass; not the sniff of its first bytes). */
function countingSource(bytes: Uint8Array): { source: ByteSource; passes: () => number } {
  const inner = memorySource(bytes);
  let passes = 0;
  return {
    source: { length: inner.length, read: (offset, length) => ((passes += offset === 0 && length > 1024 ? 1 : 0), inner.read(offset, length)) },
    passes: () => passes,
  };
}

const ASSIGN = 'activities/assign_204/assign.xml';
const FORUM = 'activities/forum_205/forum.xml';
const PAGE = 'activities/page_203/page.xml';

describe('Moodle backups: handouts read with their activity', () => {
  const stored: Stored[] = [
    { contextId: 504, component: 'mod_assign', area: 'intro', name: 'Instrucciones SOLID.docx', data: brief },
    { contextId: 504, component: 'mod_assign', area: 'intro', name: 'rubrica.pdf', data: text('%PDF-1.4 rubric') },
    { contextId: 504, component: 'mod_assign', area: 'introattachment', name: 'consignas.odt', data: worksheet },
    { contextId: 505, component: 'mod_forum', area: 'intro', name: 'consignas.odt', data: worksheet, path: '/semana 2/' },
    { contextId: 503, component: 'mod_page', area: 'content', name: 'lectura.docx', data: brief },
  ];
  const intros = {
    [ASSIGN]: '<p>Lea <a href="@@PLUGINFILE@@/Instrucciones%20SOLID.docx?forcedownload=1">las instrucciones</a>, la <a href="@@PLUGINFILE@@/rubrica.pdf">rúbrica</a> y <a href="@@PLUGINFILE@@/falta.docx">este archivo perdido</a>. Entregue el enlace.</p>',
    [FORUM]: '<p>Post your letter following <a href="@@PLUGINFILE@@/semana%202/consignas.odt">the prompts</a>, then reply to two classmates.</p>',
    [PAGE]: '<p>Lean <a href="@@PLUGINFILE@@/lectura.docx">la lectura</a> y respondan las preguntas en su cuaderno para la clase del lunes.</p>',
  };
  const entries = riversWith(intros, stored);

  it('reads the linked brief and then the additional files after the instructions, each after its name, in a compressed tar and in a zip alike', () => {
    for (const input of [asTgz(entries), asZip(entries)]) {
      const all = items(input);
      const assign = all.find((i) => i.id === 'assign_204')!;
      // The description, then Moodle 4's activity instructions, then the handouts.
      expect(assign.description.startsWith('Lea las instrucciones, la rúbrica y este archivo perdido. Entregue el enlace.\nChoose Egypt, Sudan or Ethiopia.')).toBe(true);
      expect(assign.description).toContain('Due Friday 29 September.\n\nInstrucciones SOLID.docx\nTaller Principios SOLID\n\nObjetivos:');
      expect(assign.description).toContain('Subir el enlace a Sidweb.\n\nconsignas.odt\nAhora vamos a escribir, en parejas,');
      // The PDF and the missing file add nothing, and are not the assignment's error.
      expect(assign.description).not.toContain('rubric');
      const forum = all.find((i) => i.id === 'forum_205')!;
      expect(forum.description).toBe(
        'Post your letter following the prompts, then reply to two classmates.\n\nconsignas.odt\nAhora vamos a escribir, en parejas, las cartas de inicio de los cuentos. Tengan en cuenta:\n- las fórmulas de bienvenida,\n- Contar algunas cosas del cuento pero NO contarlo todo y\n- las fórmulas de cierre',
      );
      // A page that links a reading is course material: its file is not read with it.
      const page = all.find((i) => i.id === 'page_203');
      expect(page?.description ?? '').not.toContain('Taller Principios SOLID');
    }
  });

  it('streams a compressed tar a second time only when an activity reaches a handout, and stops at the last one', () => {
    const withHandouts = countingSource(asTgz(entries));
    items(withHandouts.source);
    expect(withHandouts.passes()).toBe(2);
    const plain = countingSource(asTgz(riversWith({}, [])));
    const read = items(plain.source);
    expect(plain.passes()).toBe(1);
    expect(read.find((i) => i.id === 'assign_204')!.description).toMatch(/Due Friday 29 September\.$/);
  });

  it('a damaged handout, a file another activity owns, and a backup without files.xml leave the instructions as they are', () => {
    const broken = riversWith({ [ASSIGN]: '<p>Lea <a href="@@PLUGINFILE@@/brief.docx">el enunciado</a>. Entregue el lunes.</p>' }, [
      { contextId: 504, component: 'mod_assign', area: 'intro', name: 'brief.docx', data: text('not a zip at all') },
      // Same name, another activity's context: never this assignment's.
      { contextId: 505, component: 'mod_forum', area: 'intro', name: 'brief.docx', data: brief },
    ]);
    const alone = (entries: ReturnType<typeof riversWith>) => items(asTgz(entries)).find((i) => i.id === 'assign_204')!.description;
    const asWritten = alone(riversWith({ [ASSIGN]: '<p>Lea <a href="@@PLUGINFILE@@/brief.docx">el enunciado</a>. Entregue el lunes.</p>' }, []));
    expect(asWritten).toMatch(/^Lea el enunciado\. Entregue el lunes\.\n[^]*Due Friday 29 September\.$/);
    for (const input of [asTgz(broken), asZip(broken)]) {
      expect(items(input).find((i) => i.id === 'assign_204')!.description).toBe(asWritten);
    }
    expect(alone(riversWith(intros, stored, { filesXml: false }))).toBe(alone(riversWith(intros, [])));
  });

  it('reads a PDF brief among the additional files when the backup is audited, in both containers, still in two passes over the compressed tar', async () => {
    const exercise = doc('dataone-l10-legal-policy-exercise.pdf');
    const pdfEntries = riversWith({ [ASSIGN]: '<p>Work through the attached exercise sheet.</p>' }, [
      { contextId: 504, component: 'mod_assign', area: 'introattachment', name: 'L10_Exercise_LegalPolicyIssues.pdf', data: exercise },
    ]);
    const counted = countingSource(asTgz(pdfEntries));
    for (const input of [counted.source, asZip(pdfEntries)]) {
      const r = await auditPackage(input, { records: false });
      if (!r.ok) throw new Error(r.error);
      const assign = r.results.find((e) => e.item.id === 'assign_204')!;
      expect(assign.item.description).toContain('Due Friday 29 September.\n\nL10_Exercise_LegalPolicyIssues.pdf\nHands-on Activity 10: Legal and Policy Issues');
      expect(assign.item.description).toContain('Discuss this in your group and pick one example to share with the class.');
    }
    expect(counted.passes()).toBe(2);
  });

  it('fetches the files named as briefs first when a course’s handouts together are more than the second pass holds', async () => {
    const exercise = doc('dataone-l10-legal-policy-exercise.pdf');
    // Seven readings of 9 MB each (63 MB) listed before a 9.5 MB brief: by size or by order alone,
    // the brief would not fit in the 64 MB the second pass holds.
    const readings: Stored[] = Array.from({ length: 7 }, (_, i) => ({
      contextId: 505, component: 'mod_forum', area: 'intro', name: `Reading ${i + 1}.pdf`, data: text(`%PDF-1.4 reading ${i}`), declaredSize: 9_000_000,
    }));
    const entries = riversWith({ [ASSIGN]: '<p>Work through the attached sheet.</p>' }, [
      ...readings,
      { contextId: 504, component: 'mod_assign', area: 'introattachment', name: 'Exercise 10.pdf', data: exercise, declaredSize: 9_500_000 },
    ]);
    const r = await auditPackage(asTgz(entries), { records: false });
    if (!r.ok) throw new Error(r.error);
    expect(r.results.find((e) => e.item.id === 'assign_204')!.item.description).toContain('Discuss this in your group and pick one example to share with the class.');
  });
});
