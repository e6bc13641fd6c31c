import { describe, expect, it } from 'vitest';
import { blackboardOutlineTitle } from '../../../lib/package/manifest.ts';
import { openPackage, readPackage } from '../../../lib/package/read.ts';
import { folderEntries, writeZip } from '../../../scripts/make-packages.ts';
import { fixture } from './helpers.ts';

const text = (s: string) => new TextEncoder().encode(s);

/** Every candidate's outcome, by title or resource id: what a coach's "left out" count is made of. */
function outcomes(bytes: Uint8Array): Map<string, string> {
  const opened = openPackage(bytes);
  if (!opened.ok) throw new Error(opened.error);
  const out = new Map<string, string>();
  for (const c of opened.pkg.candidates) {
    const r = opened.pkg.read(c);
    const key = 'item' in r ? r.item.title : ((c as { resource: { id: string } }).resource.id);
    out.set(key, 'item' in r ? r.item.kind : 'skip' in r ? `skip: ${r.skip}` : `error: ${r.error.message}`);
  }
  return out;
}

describe('Blackboard Learn’s own export (Original course view)', () => {
  const result = readPackage(fixture('blackboard-learn.zip'), { fileName: 'ExportFile_HIST210-S26_20260301.zip', includeHtml: true });
  if (!result.ok) throw new Error(result.error);

  it('is named by the course’s settings and read as Blackboard’s format', () => {
    expect(result.name).toBe('HIST 210: The Modern Middle East (Spring 2026)');
    expect(result.format).toEqual({ version: null, root: '', kind: 'blackboard-export' });
    expect(result.errors).toEqual([]);
  });

  it('audits the assignment, the items that read as tasks and the forum whose prompt is one, each in its folder (the forum in its link’s)', () => {
    expect(result.items.map((i) => [i.kind, i.title, i.module ?? null])).toEqual([
      ['assignment', 'Whose Hostage Crisis? A Source Comparison', 'Week 1: Revolution and Its Words'],
      ['page', 'Oral History Project', 'Week 2: Oil and Power'],
      ['page', 'Map Exercise', 'Week 2: Oil and Power'],
      // The forum is not in the outline; the link to it is, under its title, in week 2.
      ['discussion', 'Mossadegh and 1953', 'Week 2: Oil and Power'],
    ]);
  });

  it('reads rich, smart and plain text as the teacher wrote it, without scripts or Blackboard’s placeholders', () => {
    const [assignment, oral, map, forum] = result.items;
    expect(assignment!.description).toContain('Use site:ir and search for the words Iranian writers used');
    expect(assignment!.description).toContain('Submit your essay here by Friday, February 6.');
    expect(assignment!.description).not.toMatch(/alert|steal|@X@/);
    expect(assignment!.html).toContain('<ol>');
    // Smart text: each line of the teacher's text stays a line.
    expect(oral!.description.split('\n').slice(0, 2)).toEqual(['Oral history project', 'Interview a family member or neighbour who remembers the oil crisis of 1973.']);
    expect(map!.description).toContain('\n1. Draw the borders set by the San Remo conference.\n');
    expect(map!.html).toBeUndefined();
    // A course archive keeps the forum's threads beside its description: students' posts are never read.
    expect(forum!.description).toMatch(/^In 1953 the elected prime minister of Iran/);
    expect(forum!.description).not.toContain('STUDENT POST');
  });

  it('says why everything else was left out: folders, files, links, the quiz, an empty assignment, a welcome page, an open forum', () => {
    const o = outcomes(fixture('blackboard-learn.zip'));
    expect(o.get('res00011')).toBe('skip: a link to a test or Ultra assignment (the test is read itself)');
    // The quiz itself: one question marked automatically makes it a quiz, however long its essay question.
    expect(o.get('res00022')).toBe('skip: a test or quiz (its Multiple Choice questions are marked automatically)');
    expect(o.get('res00004')).toBe('skip: a file or media item');
    expect(o.get('res00008')).toBe('skip: a folder or learning module');
    expect(o.get('res00014')).toBe('skip: a link to a discussion forum (the forum is read itself)');
    expect(o.get('res00015')).toBe('skip: a link');
    expect(o.get('res00016')).toBe('skip: an assignment without instructions (nothing to audit)');
    expect(o.get('res00005')).toMatch(/^skip: an item that does not read as a task/);
    expect(o.get('res00009')).toMatch(/^skip: an item that does not read as a task/);
    expect(o.get('res00020')).toBe('skip: a discussion forum whose description does not read as a task');
    // Course settings, menu entries, announcements and the gradebook are not even candidates.
    expect(o.has('res00001')).toBe(false);
    expect(o.has('res00021')).toBe(false);
  });
});

describe('Blackboard Learn’s own export (Ultra course view)', () => {
  const result = readPackage(fixture('blackboard-ultra.zip'));
  if (!result.ok) throw new Error(result.error);

  it('reads an Ultra document by its folder’s title and place, and skips the document that is not a task', () => {
    expect(result.name).toBe('Ciencias 3.º ESO – El agua');
    expect(result.items.map((i) => [i.kind, i.title, i.module ?? null])).toEqual([
      ['page', 'Estudio de campo', 'Unidad 1: El agua'],
      ['discussion', 'Las fuentes de mi barrio', null],
      ['assignment', 'Tarea: calidad del agua', 'Unidad 1: El agua'],
    ]);
    expect(result.items[0]!.description).toMatch(/^Estudio de campo: el agua de nuestro barrio\nVas a investigar/);
    expect(result.items[0]!.description).toContain('usa site:mx y site:es');
  });

  it('reads an Ultra assignment, exported as a test, from its description and written questions, in the module of the item that links to it', () => {
    const assignment = result.items.find((i) => i.kind === 'assignment')!;
    expect(assignment.description.split('\n\n')).toEqual([
      'Trabajo en parejas. Entrega antes del viernes 6 de febrero.',
      expect.stringMatching(/^Tomad una muestra de agua de una fuente de vuestro barrio.*\nEscribid un informe que explique vuestros resultados/s),
      'Sube el informe en PDF.',
    ]);
    // The link in the outline is not audited a second time.
    expect(outcomes(fixture('blackboard-ultra.zip')).get('res00009')).toBe('skip: a link to a test or Ultra assignment (the test is read itself)');
  });
});

describe('a broken Blackboard export', () => {
  const manifest = (resources: string) =>
    text(`<manifest identifier="man00001" xmlns:bb="http://www.blackboard.com/content-packaging/"><organizations default="toc00001"><organization identifier="toc00001">
      <item identifierref="res00001"><title>COURSE_DEFAULT.Assignments.CONTENT_LINK.label</title><item identifierref="res00002"><title>Essay: the Suez crisis</title></item></item></organization></organizations><resources>${resources}</resources></manifest>`);
  const item = (title: string, handler: string, body: string) =>
    text(`<CONTENT id="_1_1"><TITLE value="${title}"/><BODY><TEXT>${body}</TEXT><TYPE value="H"/></BODY><CONTENTHANDLER value="${handler}"/></CONTENT>`);
  const res = (n: string, file = `${n}.dat`) => `<resource bb:file="${file}" bb:title="x" identifier="${n}" type="resource/x-bb-document" xml:base="${n}"/>`;

  it('reports each unusable item with its file and still audits the rest', () => {
    const zip = writeZip([
      { name: 'imsmanifest.xml', data: manifest(res('res00002') + res('res00003') + res('res00004') + res('res00005') + res('res00006', '../../etc/passwd.dat')) },
      { name: 'res00002.dat', data: item('Essay: the Suez crisis', 'resource/x-bb-assignment', '&lt;p&gt;Write 600 words on how Egypt and Britain each told the story of 1956.&lt;/p&gt;') },
      { name: 'res00003.dat', data: text('<CONTENT><TITLE value="broken"') },
      { name: 'res00005.dat', data: text('<FORUM id="_2_1"><TITLE value="not content"/></FORUM>') },
    ]);
    const r = readPackage(zip);
    if (!r.ok) throw new Error(r.error);
    expect(r.items.map((i) => [i.title, i.module])).toEqual([['Essay: the Suez crisis', 'Assignments']]);
    expect(r.errors.map((e) => [e.item, e.path, e.message])).toEqual([
      ['res00003', 'res00003.dat', expect.stringMatching(/“res00003\.dat” is not well-formed XML/)],
      ['res00004', 'res00004.dat', expect.stringMatching(/missing file “res00004\.dat”/)],
      ['res00005', 'res00005.dat', '“res00005.dat” is not a Blackboard content item (its root is <FORUM>)'],
      ['res00006', undefined, 'the content item’s file “../../etc/passwd.dat” points outside the export'],
    ]);
  });
});

describe('Blackboard tests that are not tasks', () => {
  const manifest = (resources: string) => text(`<manifest xmlns:bb="http://www.blackboard.com/content-packaging/"><resources>${resources}</resources></manifest>`);
  const test = (n: string) => `<resource bb:file="${n}.dat" bb:title="x" identifier="${n}" type="assessment/x-bb-qti-test" xml:base="${n}"/>`;
  const qti = (title: string, rubric: string, items: Array<[string, string]>) =>
    text(
      `<questestinterop><assessment title="${title}"><rubric><flow_mat><material><mat_extension><mat_formattedtext type="HTML">${rubric}</mat_formattedtext></mat_extension></material></flow_mat></rubric><section>${items
        .map(([type, prompt]) => `<item><itemmetadata><bbmd_questiontype>${type}</bbmd_questiontype></itemmetadata><presentation><flow class="Block"><flow class="QUESTION_BLOCK"><flow class="FORMATTED_TEXT_BLOCK"><material><mat_extension><mat_formattedtext type="HTML">${prompt}</mat_formattedtext></mat_extension></material></flow></flow></flow></presentation></item>`)
        .join('')}</section></assessment></questestinterop>`,
    );

  it('skips quizzes, empty tests and tests that set no task, reports a broken one, and reads an essay test', () => {
    const zip = writeZip([
      { name: 'imsmanifest.xml', data: manifest(test('res00001') + test('res00002') + test('res00003') + test('res00004') + test('res00005')) },
      { name: 'res00001.dat', data: qti('Chapter 3 check', '', [['True/False', 'The Nile flows north.'], ['Matching', 'Match the rivers.']]) },
      { name: 'res00002.dat', data: qti('Empty', '', []) },
      { name: 'res00003.dat', data: qti('Survey', '&lt;p&gt;Thank you.&lt;/p&gt;', [['Essay', 'Anything else?']]) },
      { name: 'res00004.dat', data: text('<CONTENT><TITLE value="not a test"/></CONTENT>') },
      { name: 'res00005.dat', data: qti('Essay: two names for one war', '&lt;p&gt;Write 500 words comparing how Argentine and British newspapers named the 1982 war. Submit your essay by Friday.&lt;/p&gt;', [['Essay', 'Paste your essay here.']]) },
    ]);
    const r = readPackage(zip);
    if (!r.ok) throw new Error(r.error);
    expect(r.items.map((i) => [i.kind, i.title])).toEqual([['assignment', 'Essay: two names for one war']]);
    expect(r.items[0]!.description).toMatch(/^Write 500 words comparing .*\n\nPaste your essay here\.$/s);
    expect(r.errors.map((e) => e.message)).toEqual(['“res00004.dat” is not a Blackboard test (its root is <CONTENT>)']);
    const o = outcomes(zip);
    expect(o.get('res00001')).toBe('skip: a test or quiz (its True/False questions are marked automatically)');
    expect(o.get('res00002')).toBe('skip: a test without instructions or questions (nothing to audit)');
    expect(o.get('res00003')).toMatch(/^skip: a test that does not read as a task/);
  });
});

describe('a Common Cartridge that Blackboard wrote', () => {
  it('stays a cartridge even when its manifest declares Blackboard’s namespace', () => {
    const r = readPackage(
      writeZip([
        { name: 'imsmanifest.xml', data: text('<manifest xmlns:bb="http://www.blackboard.com/content-packaging/"><resources><resource identifier="r1" type="webcontent" href="a.html"/></resources></manifest>') },
        { name: 'a.html', data: text('<p>Submit a 500-word essay comparing two sources by Friday.</p>') },
      ]),
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.format).toEqual({ version: null, root: '' });
    expect(r.items.map((i) => i.kind)).toEqual(['page']);
  });
});

describe('blackboardOutlineTitle', () => {
  it('turns Blackboard’s menu keys into the names teachers see and hides its scaffolding', () => {
    expect(blackboardOutlineTitle('COURSE_DEFAULT.CourseDocuments.CONTENT_LINK.label')).toEqual({ title: 'Course Documents' });
    expect(blackboardOutlineTitle('COURSE_DEFAULT.Assignments.CONTENT_LINK.label')).toEqual({ title: 'Assignments' });
    expect(blackboardOutlineTitle('--TOP--')).toEqual({ title: '' });
    expect(blackboardOutlineTitle('ROOT')).toEqual({ title: '' });
    expect(blackboardOutlineTitle('ultraDocumentBody')).toEqual({ title: '', ultraBody: true });
    expect(blackboardOutlineTitle('Week 3: Oil')).toEqual({ title: 'Week 3: Oil' });
  });
});

describe('a Blackboard course archive with the students’ files in it', () => {
  // A student's submitted text file, bigger than one file of a cartridge may be under these caps.
  const limits = { maxEntryBytes: 4096, maxTotalBytes: 200_000 };
  const submission = { name: 'csfiles/home_dir/__xid-9001_1.txt', data: new Uint8Array(10_000).fill(0x61) };

  it('is still read: the caps are for the files Vantage reads, and it reads only the .dat files', () => {
    const r = readPackage(writeZip([...folderEntries('blackboard-learn'), submission]), { limits });
    expect(r.ok && r.items.length).toBe(4);
  });

  it('while a cartridge with the same file is refused as before', () => {
    const r = readPackage(writeZip([...folderEntries('cc13-plain'), submission]), { limits });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/__xid-9001_1\.txt” declares/) });
  });
});
