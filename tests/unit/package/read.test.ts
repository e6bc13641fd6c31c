import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../lib/package/read.ts';
import type { PackageItem } from '../../../lib/package/types.ts';
import { writeZip } from '../../../scripts/make-packages.ts';
import { fixture } from './helpers.ts';

const text = (s: string) => new TextEncoder().encode(s);

function read(name: string, opts = {}) {
  const r = readPackage(fixture(name), { fileName: name, ...opts });
  if (!r.ok) throw new Error(r.error);
  return r;
}

const brief = (i: PackageItem) => [i.kind, i.title];

/** A one-off package: a manifest with these resources and files. */
function pkg(resources: string, files: Record<string, string>, org = ''): Uint8Array {
  const manifest = `<?xml version="1.0"?><manifest identifier="t" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"><metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion></metadata><organizations>${org}</organizations><resources>${resources}</resources></manifest>`;
  return writeZip([{ name: 'imsmanifest.xml', data: text(manifest) }, ...Object.entries(files).map(([name, s]) => ({ name, data: text(s) }))]);
}
const TASK = '<p>You will write a 500-word essay comparing two sources. Submit it by Friday.</p>';

describe('readPackage on LMS-shaped exports', () => {
  it('Canvas CC 1.1: assignments from assignment_settings.xml + HTML, task pages, graded discussions; not quizzes, announcements or resource pages', () => {
    const r = read('canvas-cc11.imscc');
    expect(r.name).toBe('World History 10 (Period 3)');
    expect(r.format).toEqual({ version: '1.1.0', root: '' });
    expect(r.errors).toEqual([]);
    // Outline order first (modules), then resources outside any module in manifest order.
    expect(r.items.map(brief)).toEqual([
      ['assignment', 'The 1979 Embassy Takeover: Two Sides of One Story'],
      ['page', 'Week 2 Project Brief: Local History Podcast'],
      ['discussion', 'What counts as a reliable source?'],
      ['assignment', 'Water on the Nile: Position Paper'],
      ['assignment', 'Lab 4: Measuring Reaction Rates'],
    ]);
    const embassy = r.items[0]!;
    expect(embassy.id).toBe('i8f2c4a61d3b9e0f7a5c2d8e4b6f1a3c9');
    expect(embassy.path).toBe('i8f2c4a61d3b9e0f7a5c2d8e4b6f1a3c9/the-1979-embassy-takeover-two-sides-of-one-story.html');
    expect(embassy.module).toBe('Unit 1: Sources and Perspectives');
    expect(embassy.description).toMatch(/^In this assignment you will investigate how the 1979 takeover/);
    expect(embassy.description).toContain('Search for at least two sources from Iran (try site:ir and site:ac.ir)');
    expect(embassy.html).toBeUndefined();
    // "Vocabulary Practice (Quizlet)", an external-tool assignment, has no instructions: nothing to
    // audit, skipped as the Moodle and Brightspace readers skip theirs.
  });

  it('keeps the HTML only when asked', () => {
    const r = read('canvas-cc11.imscc', { includeHtml: true });
    expect(r.items[0]!.html).toMatch(/^<html>\n<head>/);
  });

  it('Canvas CC 1.3: reads assignment.xml <text> and does not audit its HTML fallback variant a second time', () => {
    const r = read('canvas-cc13.imscc');
    expect(r.format.version).toBe('1.3.0');
    expect(r.items.map((i) => [i.kind, i.title, i.path])).toEqual([
      ['assignment', 'Climate Migration Case Study', 'ib1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1/assignment.xml'],
      ['assignment', 'Letter to a Pen Pal in Chile', 'ic2e4a6b8d0f2a4c6e8b0d2f4a6c8e0b2/assignment.xml'],
    ]);
    expect(r.items[0]!.description.split('\n')).toHaveLength(4);
  });

  it('Moodle CC 1.1: assignments survive only as pages, so a task page is audited and a reading is not; the news forum is left out', () => {
    const r = read('moodle-cc11.imscc');
    expect(r.name).toBe('Ancient Trade Networks');
    expect(r.items.map(brief)).toEqual([
      ['page', 'Assignment: Silk Road trade map'],
      ['discussion', 'Week 1 discussion: ideas on the move'],
    ]);
    expect(r.items[0]!.language).toBe('en');
    expect(r.items[0]!.module).toBe('Topic 1: The Silk Road');
    expect(r.items[1]!.path).toBe('i_7b4c1e3a/discussion.xml');
  });

  it('Schoology CC 1.2: intendeduse="assignment" web content is an assignment; PDFs and question banks are not items', () => {
    const r = read('schoology-cc12.imscc');
    expect(r.items.map((i) => [i.id, i.kind, i.title])).toEqual([
      ['ccres0000002', 'assignment', 'Book Report: Esperanza Rising'],
      ['ccres0000004', 'discussion', 'Book club: chapters 1-3'],
    ]);
  });

  it('Blackboard-shaped CC 1.2: the assignment item in the Assignments folder, not the notes, the syllabus PDF or the Q&A forum', () => {
    const r = read('blackboard-cc12.imscc');
    expect(r.items.map((i) => [i.id, i.kind, i.title, i.module])).toEqual([['res00002', 'page', 'Research Paper: Renewable Energy in Kenya', 'Assignments']]);
  });

  it('Brightspace-shaped CC 1.3: the dropbox assignment (not its instructor text) and a discussion, language from lomm metadata', () => {
    const r = read('brightspace-cc13.imscc');
    expect(r.name).toBe('Media Literacy 11');
    expect(r.items.map(brief)).toEqual([
      ['assignment', 'Assignment 1: Comparing News Coverage'],
      ['discussion', 'Headlines from elsewhere'],
    ]);
    expect(r.items[0]!.description).not.toContain('Look for students who quote sources');
    expect(r.items[0]!.language).toBe('en-US');
  });

  it('plain CC 1.3: CDATA HTML and text/plain instructions', () => {
    const r = read('cc13-plain.imscc');
    expect(r.items.map(brief)).toEqual([
      ['assignment', 'Ensayo: la independencia contada desde dos países'],
      ['assignment', 'News Habits Survey'],
    ]);
    expect(r.items[0]!.description).toContain('Busca fuentes con site:mx y site:es');
    expect(r.items[1]!.description.split('\n')[0]).toBe('Design a survey about how students in our school get their news.');
  });

  it('accepts an export whose folder was zipped (manifest one level down)', () => {
    const r = read('zipped-folder.imscc');
    expect(r.format.root).toBe('History and Media/');
    expect(r.items.map((i) => i.path)).toEqual(['History and Media/a1/assignment.xml', 'History and Media/a2/assignment.xml']);
    expect(r.items.map((i) => i.id)).toEqual(read('cc13-plain.imscc').items.map((i) => i.id));
  });

  it('a package with only links and quizzes reads fine and has no items', () => {
    const r = read('no-assignments.imscc');
    expect(r.items).toEqual([]);
    expect(r.errors).toEqual([]);
  });
});

describe('readPackage: one broken item never stops the rest', () => {
  it('lists the broken XML and the missing file, with the file and the line, and reads the others', () => {
    const r = read('broken-item.imscc');
    expect(r.items.map(brief)).toEqual([
      ['assignment', 'The 1979 Embassy Takeover: Two Sides of One Story'],
      ['page', 'Week 2 Project Brief: Local History Podcast'],
    ]);
    expect(r.errors).toEqual([
      {
        item: 'i1b7d9e3f5a2c4e6f8091a3b5c7d9e1f2',
        title: 'Water on the Nile: Position Paper',
        path: 'i1b7d9e3f5a2c4e6f8091a3b5c7d9e1f2/assignment_settings.xml',
        message: '“i1b7d9e3f5a2c4e6f8091a3b5c7d9e1f2/assignment_settings.xml” is not well-formed XML: line 3: </titel> where </title> (opened on line 3) was expected',
      },
      {
        item: 'i6c0e2a4b8d1f3e5a7c9b2d4f6e8a0c1b',
        path: 'i6c0e2a4b8d1f3e5a7c9b2d4f6e8a0c1b/lab-4-measuring-reaction-rates.html',
        message: 'missing file “i6c0e2a4b8d1f3e5a7c9b2d4f6e8a0c1b/lab-4-measuring-reaction-rates.html” (the manifest lists it but the zip does not hold it)',
      },
    ]);
  });

  it('a zip-bomb entry inside one item is that item’s error', () => {
    const bytes = writeZip([
      { name: 'imsmanifest.xml', data: text('<manifest><resources><resource identifier="a" type="webcontent" href="a.html"/><resource identifier="b" type="webcontent" href="b.html"/></resources></manifest>') },
      { name: 'a.html', data: new Uint8Array(2 * 1024 * 1024).fill(0x20), declaredSize: 100 },
      { name: 'b.html', data: text(TASK) },
    ]);
    const r = readPackage(bytes);
    expect(r.ok && r.items.map((i) => i.id)).toEqual(['b']);
    expect(r.ok && r.errors[0]).toEqual({ item: 'a', path: 'a.html', message: '“a.html” expands past its declared 100 bytes (a zip bomb?)' });
  });

  it('an href that climbs out of the package is that item’s error, never a read outside it', () => {
    const r = readPackage(pkg('<resource identifier="x" type="assignment_xmlv1p0" href="../../secret.xml"/>', {}));
    expect(r.ok && r.errors).toEqual([{ item: 'x', message: 'the assignment lists no XML or HTML file to read' }]);
  });
});

describe('readPackage: hrefs as exporters really write them', () => {
  it('follows xml:base, backslashes and percent-encoding to the zip entry', () => {
    const bytes = pkg(
      `<resource identifier="a" type="webcontent" href="week 1\\My%20Essay.html" xml:base="units/"/>`,
      { 'units/week 1/My Essay.html': `<html><head><title>My Essay</title></head><body>${TASK}</body></html>` },
    );
    const r = readPackage(bytes);
    expect(r.ok && r.items.map((i) => [i.title, i.path])).toEqual([['My Essay', 'units/week 1/My Essay.html']]);
  });

  it('takes the outline title over the page title, and the page title over the file name', () => {
    const org = '<organization identifier="o"><item identifier="root"><item identifier="m"><title>Week 3</title><item identifier="i" identifierref="a"><title>Outline title</title></item></item></item></organization>';
    const files = { 'a.html': `<title>Page title</title>${TASK}`, 'b.html': `<title>Page B</title>${TASK}`, 'c_essay-task.html': TASK };
    const r = readPackage(pkg('<resource identifier="a" type="webcontent" href="a.html"/><resource identifier="b" type="webcontent" href="b.html"/><resource identifier="c" type="webcontent" href="c_essay-task.html"/>', files, org));
    expect(r.ok && r.items.map((i) => [i.title, i.module ?? null])).toEqual([
      ['Outline title', 'Week 3'],
      ['Page B', null],
      ['c essay task', null],
    ]);
  });

  it('finds a file whose "|" became "_" when the export was unzipped on Windows and zipped again', () => {
    // As in ASU-UIDE/CIS-300-Programaci-n-Web-y-Multimedia: Canvas names the file after the title
    // "Case Study | Ch2 - Week 1" and the manifest keeps the "|"; Windows cannot store it.
    const id = 'g0df3f1c6b1369715ad2953be1bb894e6';
    const bytes = pkg(
      `<resource identifier="${id}" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="${id}/case-study-|-ch2-week-1.html"><file href="${id}/case-study-|-ch2-week-1.html"/><file href="${id}/assignment_settings.xml"/></resource>`,
      {
        [`${id}/case-study-_-ch2-week-1.html`]: `<html><head><title>Assignment: Case Study | Ch2 - Week 1</title></head><body>${TASK}</body></html>`,
        [`${id}/assignment_settings.xml`]: '<assignment identifier="x" xmlns="http://canvas.instructure.com/xsd/cccv1p0"><title>Case Study | Ch2 - Week 1</title></assignment>',
      },
    );
    const r = readPackage(bytes);
    expect(r.ok && r.errors).toEqual([]);
    expect(r.ok && r.items.map((i) => [i.kind, i.title, i.path])).toEqual([['assignment', 'Case Study | Ch2 - Week 1', `${id}/case-study-_-ch2-week-1.html`]]);
  });

  it('beside real assignments, a page that copies one, a how-to and an FAQ are not items; a project brief is', () => {
    const org = '<organization identifier="o"><item identifier="root"><item identifier="m"><title>Module 4</title><item identifier="i1" identifierref="asg"><title>Module 4 Project</title></item></item></item></organization>';
    const settings = '<assignment identifier="x" xmlns="http://canvas.instructure.com/xsd/cccv1p0"><title>Module 4 Project</title></assignment>';
    const page = (title: string, body: string) => `<html><head><title>${title}</title></head><body>${body}</body></html>`;
    const bytes = pkg(
      '<resource identifier="asg" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="asg/module-4-project.html"><file href="asg/module-4-project.html"/><file href="asg/assignment_settings.xml"/></resource>' +
        ['copy', 'howto', 'faq', 'brief'].map((n) => `<resource identifier="${n}" type="webcontent" href="wiki_content/${n}.html"><file href="wiki_content/${n}.html"/></resource>`).join(''),
      {
        'asg/module-4-project.html': page('Assignment: Module 4 Project', TASK),
        'asg/assignment_settings.xml': settings,
        'wiki_content/copy.html': page('Module 4 Project', TASK),
        'wiki_content/howto.html': page('Mac Users: How to set up your computer', '<p>You will install VS Code. Submit a screenshot if it fails.</p>'),
        'wiki_content/faq.html': page('Do I need to zip the project word document?', '<p>No. Upload the project document as it is; you will submit one file.</p>'),
        'wiki_content/brief.html': page('Week 2 Project Brief', '<p>You will produce a podcast.</p><p>Interview a neighbour.</p><p>Submit the audio by March 14.</p>'),
      },
      org,
    );
    const r = readPackage(bytes);
    expect(r.ok && r.items.map((i) => [i.id, i.kind, i.title])).toEqual([
      ['asg', 'assignment', 'Module 4 Project'],
      ['brief', 'page', 'Week 2 Project Brief'],
    ]);
  });

  it('beside real assignments, a week page named after one and the pages of an orientation or FAQ module are not items', () => {
    // As in ASU-UIDE/CIS-300: "Week 7 - Final Project" sends students to the assignment "Project |
    // Final Project"; "Turn in an Assignment" (Student Canvas Orientation) and a page of the FAQ
    // module talk like tasks. A page that only shares a part of an assignment's name still counts.
    const asg = (id: string) => `<resource identifier="${id}" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="${id}/a.html"><file href="${id}/a.html"/><file href="${id}/assignment_settings.xml"/></resource>`;
    const web = (id: string) => `<resource identifier="${id}" type="webcontent" href="wiki_content/${id}.html"><file href="wiki_content/${id}.html"/></resource>`;
    const entry = (id: string, title: string) => `<item identifier="i-${id}" identifierref="${id}"><title>${title}</title></item>`;
    const org =
      '<organization identifier="o"><item identifier="root">' +
      `<item identifier="m0"><title>Student Canvas Orientation</title>${entry('turnin', 'Turn in an Assignment')}</item>` +
      `<item identifier="m1"><title>FAQ</title>${entry('faq', 'Canvas has no responses to Last Week Final Project Submission')}</item>` +
      `<item identifier="m7"><title>Week 7</title>${entry('week7', 'Week 7 - Final Project')}${entry('final', 'Project | Final Project')}${entry('topic', 'Research Project: Choosing a Topic')}${entry('paper', 'Research Project: Final Draft')}</item>` +
      '</item></organization>';
    const settings = (title: string) => `<assignment identifier="x" xmlns="http://canvas.instructure.com/xsd/cccv1p0"><title>${title}</title></assignment>`;
    const page = (title: string, body: string) => `<html><head><title>${title}</title></head><body>${body}</body></html>`;
    const r = readPackage(
      pkg(asg('final') + asg('paper') + ['turnin', 'faq', 'week7', 'topic'].map(web).join(''), {
        'final/a.html': page('Assignment: Project | Final Project', TASK),
        'final/assignment_settings.xml': settings('Project | Final Project'),
        'paper/a.html': page('Assignment: Research Project: Final Draft', TASK),
        'paper/assignment_settings.xml': settings('Research Project: Final Draft'),
        'wiki_content/turnin.html': page('Turn in an Assignment', '<p>You can submit online assignments in Canvas.</p><p>You will then see the assignment. Click Submit Assignment to submit your file.</p>'),
        'wiki_content/faq.html': page('FAQ', '<p>It may take Canvas an hour to finish uploading your final project assignment (1 Word document plus a zipped file), so you must budget time to submit it.</p>'),
        'wiki_content/week7.html': page('Week 7', '<p>All work is due by 11:59 PM the last day of class.</p><p>Complete your Final Project assignment.</p><p>You will submit it through Canvas.</p>'),
        'wiki_content/topic.html': page('Topic', '<p>You will choose a topic and write a 300-word proposal.</p><p>Submit it by Friday for 10 points.</p>'),
      }, org),
    );
    expect(r.ok && r.items.map((i) => [i.id, i.kind, i.title])).toEqual([
      ['final', 'assignment', 'Project | Final Project'],
      ['topic', 'page', 'Research Project: Choosing a Topic'],
      ['paper', 'assignment', 'Research Project: Final Draft'],
    ]);
  });

  it('skips the assignment Canvas makes for each graded quiz and each New Quiz, and assignments without a description', () => {
    // As in bfcoder/compare-exports (a course moved from Blackboard): "Ima Test" is a quiz whose
    // assignment entry has an empty page; and as in ASU-UIDE/CIS-300, an unpublished survey with
    // no text. Audited, each read as six "not found" and pulled the course's figures down.
    const settings = (title: string, extra = '') => `<assignment identifier="x" xmlns="http://canvas.instructure.com/xsd/cccv1p0"><title>${title}</title>${extra}</assignment>`;
    const page = (title: string, body: string) => `<html><head><title>Assignment: ${title}</title></head><body>${body}</body></html>`;
    const res = (id: string, withPage = true) =>
      `<resource identifier="${id}" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="${id}/${withPage ? 'a.html' : 'assignment_settings.xml'}">` +
      (withPage ? `<file href="${id}/a.html"/>` : '') +
      `<file href="${id}/assignment_settings.xml"/></resource>`;
    const bytes = pkg(res('quiz') + res('newquiz') + res('empty') + res('tool', false) + res('essay') + res('real'), {
      'quiz/a.html': page('Ima Test', ''),
      'quiz/assignment_settings.xml': settings('Ima Test', '<submission_types>online_quiz</submission_types><quiz_identifierref>b4b1</quiz_identifierref>'),
      // A New Quiz: an external-tool assignment on Instructure's quiz service, with its instructions as the description.
      'newquiz/a.html': page('Chapter 3 Quiz', '<p>This quiz covers chapter 3. You will have 30 minutes; submit it by Friday.</p>'),
      'newquiz/assignment_settings.xml': settings('Chapter 3 Quiz', '<submission_types>external_tool</submission_types><external_tool_url>https://school.quiz-lti-iad-prod.instructure.com/lti/launch</external_tool_url>'),
      'empty/a.html': page('Extra Credit Survey', '<p> </p>'),
      'empty/assignment_settings.xml': settings('Extra Credit Survey', '<submission_types>online_text_entry</submission_types>'),
      'tool/assignment_settings.xml': settings('Turnitin Essay', '<submission_types>external_tool</submission_types>'),
      // Another tool's assignment with instructions is still one.
      'essay/a.html': page('Essay via Turnitin', TASK),
      'essay/assignment_settings.xml': settings('Essay via Turnitin', '<submission_types>external_tool</submission_types><external_tool_url>https://api.turnitin.com/api/lti/1p0/assignment</external_tool_url>'),
      'real/a.html': page('Position Paper', TASK),
      'real/assignment_settings.xml': settings('Position Paper', '<submission_types>online_upload</submission_types>'),
    });
    const r = readPackage(bytes);
    expect(r.ok && r.errors).toEqual([]);
    expect(r.ok && r.items.map((i) => [i.id, i.title])).toEqual([
      ['essay', 'Essay via Turnitin'],
      ['real', 'Position Paper'],
    ]);
  });

  it('reads Windows-1252 pages that are not UTF-8', () => {
    const latin = new Uint8Array([...text('<html><head><meta charset="windows-1252"><title>Ensayo</title></head><body><p>Escribe un ensayo sobre la canci'), 0xf3, ...text('n. Entrega el ensayo el viernes. Vas a presentarlo.</p></body></html>')]);
    const bytes = writeZip([
      { name: 'imsmanifest.xml', data: text('<manifest><resources><resource identifier="a" type="webcontent" href="a.html" intendeduse="assignment"/></resources></manifest>') },
      { name: 'a.html', data: latin },
    ]);
    const r = readPackage(bytes);
    expect(r.ok && r.items[0]!.description).toContain('sobre la canción.');
  });
});

describe('readPackage: files that are not course exports', () => {
  const refused = (name: string) => {
    const r = readPackage(fixture(name));
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.error;
  };

  it('names the kind of file and what to do instead', () => {
    expect(refused('bad-wrong-kind.pdf')).toBe('Not a course export: this is a PDF document (it starts with “%PDF”). Export the course from the LMS as IMS Common Cartridge (.imscc), or back it up in Moodle (.mbz), and use that file.');
    expect(refused('bad-wrong-kind.docx')).toMatch(/^This is a Word document \(\.docx\), not a course export\./);
    expect(refused('bad-no-manifest.imscc')).toMatch(/no imsmanifest\.xml at its top level.*holds 2 files, e\.g\. “notes\/week1\.html”/);
    expect(readPackage(new Uint8Array(0))).toEqual({ ok: false, error: expect.stringMatching(/this is an empty file/) });
    expect(readPackage(text('<?xml version="1.0"?><manifest xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">'))).toEqual({
      ok: false,
      error: expect.stringMatching(/a bare imsmanifest\.xml/),
    });
  });

  it('refuses the zip bombs, truncated and unsafe fixtures before reading any item', () => {
    expect(refused('bad-truncated.imscc')).toMatch(/incomplete/);
    expect(refused('bad-zip-bomb-declared.imscc')).toMatch(/likely zip bomb: “media\/lecture\.mp4”.* to 3,338 MB/);
    expect(refused('bad-zip-bomb-ratio.imscc')).toMatch(/likely zip bomb/);
    expect(refused('bad-zip-bomb-lying.imscc')).toBe('The package’s imsmanifest.xml cannot be read: “imsmanifest.xml” expands past its declared 2,104 bytes (a zip bomb?).');
    expect(refused('bad-path-traversal.imscc')).toMatch(/unsafe/);
    expect(refused('bad-duplicate-names.imscc')).toMatch(/appears twice/);
  });

  it('explains SCORM packages and a broken manifest; reads Blackboard’s own format instead of refusing it', () => {
    const manifest = (s: string) => readPackage(writeZip([{ name: 'imsmanifest.xml', data: text(s) }]));
    expect(manifest('<manifest xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"><metadata><schema>ADL SCORM</schema></metadata></manifest>')).toEqual({
      ok: false,
      error: expect.stringMatching(/SCORM package/),
    });
    expect(manifest('<manifest><resources><resource identifier="res00001" type="course/x-bb-coursesetting" bb:file="res00001.dat"/></resources></manifest>')).toMatchObject({
      ok: true,
      format: { kind: 'blackboard-export' },
      items: [],
    });
    expect(manifest('<manifest><resources>')).toEqual({ ok: false, error: expect.stringMatching(/imsmanifest\.xml is not well-formed XML \(line 1: the document ends inside <resources>/) });
    expect(manifest('<html><body>hi</body></html>')).toEqual({ ok: false, error: expect.stringMatching(/root element is <html>/) });
  });
});
