/**
 * Real Canvas course exports (checked in unzipped in public repositories; trimmed copies under
 * tests/fixtures/packages/real/, provenance in PROVENANCE.md), zipped here as Canvas zips them:
 * imsmanifest.xml at the top.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../lib/package/read.ts';
import { writeZip } from '../../../scripts/make-packages.ts';
import { FIXTURES } from './helpers.ts';

/** Every file under the folder, manifest first, the rest in name order (a stable zip), any of them replaced by a text of `changed`. */
function zipFolder(name: string, changed: Record<string, string> = {}): Uint8Array {
  const root = `${FIXTURES}real/${name}/`;
  const names: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(root + rel).sort()) {
      const path = rel + entry;
      if (statSync(root + path).isDirectory()) walk(`${path}/`);
      else names.push(path);
    }
  };
  walk('');
  names.sort((a, b) => (a === 'imsmanifest.xml' ? -1 : b === 'imsmanifest.xml' ? 1 : a < b ? -1 : 1));
  return writeZip(names.map((n) => ({ name: n, data: n in changed ? new TextEncoder().encode(changed[n]) : new Uint8Array(readFileSync(root + n)) })));
}

/** Some files of a real folder, in the order given (manifest first), any of them replaced by a text of `changed`. */
function zipFiles(folder: string, names: readonly string[], changed: Record<string, string> = {}): Uint8Array {
  const root = `${FIXTURES}real/${folder}/`;
  return writeZip(names.map((name) => ({ name, data: name in changed ? new TextEncoder().encode(changed[name]) : new Uint8Array(readFileSync(root + name)) })));
}

function read(name: string, zip = zipFolder(name)) {
  const r = readPackage(zip, { fileName: `${name}.imscc` });
  if (!r.ok) throw new Error(r.error);
  return r;
}

/** Nothing of the markup, Canvas's link placeholders or hidden template text reaches the audit. */
function expectCleanText(text: string) {
  expect(text).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>/]/i);
  expect(text).not.toMatch(/\$(?:IMS-CC-FILEBASE|CANVAS_OBJECT_REFERENCE|CANVAS_COURSE_REFERENCE|WIKI_REFERENCE)\$|%24IMS/);
  expect(text).not.toMatch(/&(?:nbsp|amp|lt|gt|quot);/);
  expect(text).not.toContain('hidden in app');
}

describe('a real Canvas export: SPCS 302 Earth and Its Processes (rootalley/du-spcs-302-earth-and-its-processes)', () => {
  const r = read('du-spcs-302');

  it('finds the six writing assignments and the seventeen graded discussions, in module order, and no course pages', () => {
    expect(r.name).toBe('[parent] SPCS 302 Earth and Its Processes');
    expect(r.format).toEqual({ version: '1.1.0', root: '' });
    expect(r.errors).toEqual([]);
    const kinds = r.items.map((i) => i.kind);
    expect(kinds.filter((k) => k === 'assignment')).toHaveLength(6);
    expect(kinds.filter((k) => k === 'discussion')).toHaveLength(17);
    // Course Home, How To Use Canvas, Technology Requirements, Academic Policies, Unit 5 Objectives
    // and "Watch: Water and Development" are pages of a course whose work is all in assignments and
    // discussions: none of them is an item.
    expect(kinds).not.toContain('page');
    expect(r.items.slice(0, 4).map((i) => [i.kind, i.title, i.module])).toEqual([
      ['discussion', 'Introductions', 'Course Introduction'],
      ['discussion', 'Discuss (U1): Earth Systems', 'Unit 1: Earth Systems - Rocks and Minerals'],
      ['discussion', 'Discuss (U1): Rocks and Minerals', 'Unit 1: Earth Systems - Rocks and Minerals'],
      ['assignment', 'Write (U1): How the Earth Was Made', 'Unit 1: Earth Systems - Rocks and Minerals'],
    ]);
    expect(r.items.filter((i) => i.kind === 'assignment').map((i) => i.title)).toEqual([
      'Write (U1): How the Earth Was Made',
      'Write (U2): A Brief History of Geologic Time',
      'Write (U3): Earthquakes and Volcanoes',
      'Write (U4): Mountain-Making',
      'Write (U5): Ice Age Death Trap',
      'Write (U6): Ocean Life Video Clips',
    ]);
    // The ungraded "STUDENT LOUNGE" topic is an open forum, not an assignment.
    expect(r.items.map((i) => i.title)).not.toContain('STUDENT LOUNGE');
  });

  it('reads each description as the student sees it, from the assignment page or the topic text', () => {
    const u2 = r.items.find((i) => i.title === 'Write (U2): A Brief History of Geologic Time')!;
    expect(u2.id).toBe('g74e8455f617af70f769d7bb94e3716fd');
    expect(u2.path).toBe('g74e8455f617af70f769d7bb94e3716fd/write-u2-a-brief-history-of-geologic-time.html');
    expect(u2.description.split('\n')).toEqual([
      'Please respond to the following writing prompts related to the "A Brief History of Geologic Time" video, using complete sentences and proper grammar.',
      'In the video. explain why you think that it is important to think of geologic time on a large scale instead of a human scale.',
      'In your own words, describe what scientists have learned about the development of the planet by looking at the rocks.',
      'In your own words, explain why identifying the different layers of rocks is important to understanding the history of the development of the planet. Provide a few examples of what scientists have learned from studying the content of the various layers.',
      'Describe how the "Geologic Time Scale is" organized.',
      'Share one or two take-away thoughts/ideas that you gained from watching this video.',
      'This assignment is due on Sunday by 11:59pm - Remember to use complete sentences and proper grammar.',
    ]);
    const lakes = r.items.find((i) => i.title === 'Discuss (U5): The Great Lakes')!;
    expect(lakes.path).toBe('ga735a5c586667563bedcaaae774c066c.xml');
    expect(lakes.description).toMatch(/^Living in the Great Lakes Region/);
    for (const item of r.items) expectCleanText(item.title + '\n' + item.description);
  });
});

describe('a real Canvas export in Spanish with a DesignPLUS template (andrewpetraccabc/Formacion-Testing)', () => {
  const r = read('formacion-testing');

  it('leaves out the template text that is hidden from students, and the ungraded reflection forums', () => {
    expect(r.name).toBe('[DEV] Experiencia de Ejercicios Espirituales');
    expect(r.errors).toEqual([]);
    expect(r.items.map((i) => [i.kind, i.title, i.module])).toEqual([['page', 'Dia Primero', 'Día Primero']]);
    const day1 = r.items[0]!;
    expect(day1.description.split('\n').slice(0, 4)).toEqual(['Día 1: Primer día de ejercicios', 'Ejercicios Espirituales', 'Descripción', expect.stringMatching(/^Introducción al día primero, disponte a escuchar/)]);
    expectCleanText(day1.description);
  });
});

describe('a real Moodle 2.6 backup: LINCS "Formative Assessment" (LINCS/course-teal-formative-assessment)', () => {
  // The repository holds the backup unpacked; its README says to zip the files and restore the zip.
  const r = read('lincs-formative-assessment');

  it('reads the discussion prompt, the two graded journal prompts, the two wiki practice tasks and the three assignments in course order with their section, and no open forum or course page', () => {
    expect(r.name).toBe('Formative Assessment');
    expect(r.format).toEqual({ version: '2.6', root: '', kind: 'moodle-backup', container: 'zip' });
    expect(r.errors).toEqual([]);
    expect(r.items.map((i) => [i.id, i.kind, i.title, i.module])).toEqual([
      // An ungraded forum whose prompt asks each student to "try some of these ideas and tell us
      // about your experience": a discussion task. The introductions forum ("tell us about
      // yourself" in spirit) and the question-and-answer forum beside it are not.
      ['forum_369', 'discussion', 'How Do You Check for Understanding?', 'General'],
      // mod_journal (a plugin many such sites add): graded prompts for a private written entry.
      ['journal_373', 'assignment', 'Rate Your Knowledge: What do you know about Formative Assessment?', "Section 1 - Let's get started!"],
      // mod_wiki: "Click on the Edit tab to add your ideas" under a student paper to give feedback on.
      ['wiki_381', 'page', 'Practicing Feedback Writing', "Section 3 - Let's Put it in Context"],
      ['wiki_619', 'page', 'Practicing Feedback Math', "Section 3 - Let's Put it in Context"],
      ['assign_621', 'assignment', 'Assignment #1: Use and Reflect on a Formative Assessment Technique', 'Section 4 - Differentiated Professional Learning'],
      ['assign_622', 'assignment', 'Assignment #2: Reflect on your Feedback Practices', 'Section 4 - Differentiated Professional Learning'],
      ['assign_620', 'assignment', 'Assignment #3: Explore Formative Assessment in Greater Depth', 'Section 4 - Differentiated Professional Learning'],
      ['journal_387', 'assignment', 'Write a goal for yourself', 'Section 5 - Wrap up and Summary'],
    ]);
    // "General Discussion & Questions for the Facilitator" asks students to "post your questions":
    // an open question-and-answer forum, not a discussion assignment.
    expect(r.items.map((i) => i.title)).not.toContain('General Discussion & Questions for the Facilitator');
  });

  it('reads an ungraded forum that asks each student for a contribution, not one that asks students to introduce themselves', () => {
    const forum = readFileSync(`${FIXTURES}real/lincs-formative-assessment/activities/forum_1046/forum.xml`, 'utf8');
    const withPrompt = (intro: string) =>
      forum.replace(/<name>[^<]*<\/name>/, '<name>Week 2 discussion</name>').replace(/<intro>[\s\S]*?<\/intro>/, `<intro>&lt;p&gt;${intro}&lt;/p&gt;</intro>`);
    const readWith = (intro: string) =>
      read('lincs-formative-assessment', zipFolder('lincs-formative-assessment', { 'activities/forum_1046/forum.xml': withPrompt(intro) })).items.some((i) => i.id === 'forum_1046');
    expect(readWith('Share your draft lesson plan and your thoughts about the planning process here.')).toBe(true);
    expect(readWith('Attach your final lesson plan so your colleagues can see what you did.')).toBe(true);
    expect(readWith('Questions for Reflection: what is your process for planning instruction?')).toBe(true);
    expect(readWith('Tell us a little about yourself: where you teach and for how long.')).toBe(false);
    expect(readWith('Share something about yourself with the group.')).toBe(false);
    expect(readWith('Post your questions for the facilitator here.')).toBe(false);
    // Wordings of LINCS "Adult Numeracy Instruction 2.0" (2024), each missed before.
    expect(readWith('Share 1–2 of your takeaways from Session 3.5 in the discussion forum below.')).toBe(true);
    expect(readWith('Think of five situations with different likelihoods. Click ADD DISCUSSION TOPIC and share each of your situations.')).toBe(true);
    expect(readWith('What are some real-world applications of probability? Click ADD DISCUSSION TOPIC to add a post. Remember to read and respond to others’ postings.')).toBe(true);
    expect(readWith('Click ADD DISCUSSION TOPIC and respond to two of the following prompts in the discussion forum below.')).toBe(true);
    // Its question forum: sharing questions and answering others' questions is not a task.
    expect(readWith('What questions do you have about the program? Click ADD DISCUSSION TOPIC to share your questions and concerns. And please respond to others’ questions if you feel you can.')).toBe(false);
    // The same requests in Spanish, and the same exceptions.
    expect(readWith('Comparte tu experiencia con el uso de fuentes primarias en clase.')).toBe(true);
    expect(readWith('Cuéntanos cómo aplicarías esta estrategia con tus alumnos.')).toBe(true);
    expect(readWith('Responde a las siguientes preguntas y comenta las aportaciones de dos compañeros.')).toBe(true);
    expect(readWith('Publica tu reflexión final sobre el proyecto.')).toBe(true);
    expect(readWith('Cuéntanos un poco sobre ti: dónde enseñas y desde cuándo.')).toBe(false);
    expect(readWith('Comparte tus dudas sobre la tarea aquí.')).toBe(false);
  });

  it('a Spanish question or introductions forum is an open forum by its title, whatever its prompt asks', () => {
    const forum = readFileSync(`${FIXTURES}real/lincs-formative-assessment/activities/forum_1046/forum.xml`, 'utf8');
    const titled = (name: string) =>
      forum.replace(/<name>[^<]*<\/name>/, `<name>${name}</name>`).replace(/<intro>[\s\S]*?<\/intro>/, '<intro>&lt;p&gt;Comparte tu pregunta sobre el curso y responde a las siguientes preguntas.&lt;/p&gt;</intro>');
    const has = (name: string) => read('lincs-formative-assessment', zipFolder('lincs-formative-assessment', { 'activities/forum_1046/forum.xml': titled(name) })).items.some((i) => i.id === 'forum_1046');
    expect(has('Semana 2: debate')).toBe(true);
    for (const name of ['Foro de dudas', 'Consultas al profesor', 'Preséntate', 'Cafetería'])
      expect([name, has(name)]).toEqual([name, false]);
  });

  it('reads an assignment that takes no submission only when its text reads as a task: a session notice is not one, offline work is', () => {
    const real = readFileSync(`${FIXTURES}real/lincs-formative-assessment/activities/assign_620/assign.xml`, 'utf8');
    // Both ways to hand work in turned off; the submission comments plugin stays on, as Moodle leaves it.
    const offline = (name: string, intro: string) =>
      real
        .replace(/<name>[^<]*<\/name>/, `<name>${name}</name>`)
        .replace(/<intro>[\s\S]*?<\/intro>/, `<intro>${intro.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</intro>`)
        .replace(/(<plugin>(?:onlinetext|file)<\/plugin>\s*<subtype>assignsubmission<\/subtype>\s*<name>enabled<\/name>\s*<value>)1/g, '$10');
    expect(offline('x', 'y').match(/<plugin>(?:onlinetext|file)<\/plugin>\s*<subtype>assignsubmission<\/subtype>\s*<name>enabled<\/name>\s*<value>0</g)).toHaveLength(2);
    const has = (xml: string) => read('lincs-formative-assessment', zipFolder('lincs-formative-assessment', { 'activities/assign_620/assign.xml': xml })).items.some((i) => i.id === 'assign_620');
    // As LINCS "Adult Numeracy Instruction 2.0" keeps its session notices, to mark attendance.
    const notice =
      '<p>Session 4.5 will meet on Mar. 7, 2025 at 2 PM ET.</p><p>Session 4.5 log in information: https://example.zoom.us/j/1</p><p>Prior to the session, download the Handouts folder.</p><p>Session 4.5 Agenda</p><p>In Session 4.5, you will work collaboratively to review common issues.</p><p>Your facilitator will mark this activity complete if you attend.</p>';
    expect(has(offline('Session 4.5 Information', notice))).toBe(false);
    const presentation =
      '<p>Prepare a five-minute presentation of your lesson plan for the Session 6 meeting.</p><p>You will present it to your peers, who will give feedback with the rubric (20 points).</p><p>Include one learner work sample.</p>';
    expect(has(offline('Present your lesson plan', presentation))).toBe(true);
    // The notice with a way to submit stays an assignment: the teacher made it one.
    expect(has(real.replace(/<name>[^<]*<\/name>/, '<name>Session 4.5 Information</name>'))).toBe(true);
  });

  it("reads a wiki's description only, never the pages students wrote in it; a wiki with no sign of a task is no item", () => {
    const real = readFileSync(`${FIXTURES}real/lincs-formative-assessment/activities/wiki_381/wiki.xml`, 'utf8');
    // The same wiki after the course ran: a page of what the students wrote.
    const written = real.replace(
      '<subwikis>\n    </subwikis>',
      '<subwikis><subwiki id="1"><groupid>0</groupid><userid>0</userid><pages><page id="1"><title>First Page</title><cachedcontent>&lt;p&gt;STUDENT WRITING: My feedback would be (Maria L.)&lt;/p&gt;</cachedcontent></page></pages></subwiki></subwikis>',
    );
    expect(written).toContain('STUDENT WRITING');
    // A wiki the teacher keeps as a reference list: nothing asks anything of students.
    const glossary = readFileSync(`${FIXTURES}real/lincs-formative-assessment/activities/wiki_619/wiki.xml`, 'utf8').replace(
      /<intro>[\s\S]*?<\/intro>/,
      '<intro>&lt;p&gt;The terms of this course and what they mean, kept up to date by the facilitator.&lt;/p&gt;</intro>',
    );
    const r2 = read('lincs-formative-assessment', zipFolder('lincs-formative-assessment', { 'activities/wiki_381/wiki.xml': written, 'activities/wiki_619/wiki.xml': glossary }));
    const wikis = r2.items.filter((i) => i.id.startsWith('wiki_'));
    expect(wikis.map((i) => i.id)).toEqual(['wiki_381']);
    expect(wikis[0]!.description).toMatch(/^What are some "timely, specific, and task-oriented" points of feedback/);
    expect(wikis[0]!.description).toContain('Click on the Edit tab to add your ideas.');
    expect(wikis[0]!.description).not.toContain('STUDENT WRITING');
  });

  it('reads each description from the escaped HTML of the intro, one line per list item', () => {
    const a1 = r.items.find((i) => i.id === 'assign_621')!;
    expect(a1.path).toBe('activities/assign_621/assign.xml');
    expect(a1.description.split('\n')).toEqual([
      'Incorporate into your class one or more of the formative in-class assessment techniques shared in this course. Do it more than once so it becomes more than a novelty experience. Then, write a 2- to 3-paragraph reflection that describes the following:',
      'What you did and in what setting (whole group, small, individual); How it was received by the students;',
      'The information you learned from the experience;',
      'How you acted on that information;',
      'Whether you would recommend the technique to a colleague; and',
      'Whether and how you would refine the technique for future use.',
    ]);
    for (const item of r.items) expectCleanText(item.title + '\n' + item.description);
  });
});

describe('a Brightspace (D2L) export in its own format, not Common Cartridge (derived from joker-jonesy/es-template)', () => {
  // D2L's "Export Components" package: an IMS CP 1.1 manifest in the d2l_2p0 namespace whose
  // assignments are not resources but submission folders, all in one dropbox_d2l.xml; the
  // course outline links to them by resource code. The folders are real (byte for byte); the
  // manifest keeps the real header and resource shapes around a two-module outline (PROVENANCE.md).
  const r = read('d2l-es-template');

  it('reads each submission folder that has instructions as an assignment, placed where the outline links it', () => {
    expect(r.name).toBe('ES TEMPLATE 2024 (COPY ME DO NOT EDIT)');
    expect(r.errors).toEqual([]);
    expect(r.items.map((i) => [i.id, i.kind, i.title, i.module, i.language, i.path])).toEqual([
      [
        'res_dropbox/1595',
        'assignment',
        'Plan and SMART Goal – GarageBand: Creating Music with Multiplication and Codes',
        'GarageBand: Creating Music with Multiplication and Codes',
        'en-US',
        'dropbox_d2l.xml',
      ],
    ]);
    // "Explore - 3Doodler Start+: Create a Puzzle" has no instructions: nothing to audit.
    expect(r.items[0]!.description.split('\n')).toEqual([
      'Before you start your challenge, make a plan for your project and set a SMART goal. Your goal should be Specific, Measurable, Attainable, Relevant, and Time Based.',
      'How can I translate a number I have calculated into a musical code?',
      'How will I use the code I decipher to create a song?',
      'Write your project SMART Goal: We will use (name of kit/program) to program (detailed description product) by (due date). We are creating this because (personal interest or purpose).',
    ]);
    expectCleanText(r.items[0]!.description);
  });

  it('a dropbox_d2l.xml that cannot be read is one error naming the file, not a refused package', () => {
    const zip = zipFiles('d2l-es-template', ['imsmanifest.xml', 'dropbox_d2l.xml'], { 'dropbox_d2l.xml': '<dropbox><folder name="Essay" id="1"></dropbox>' });
    const broken = read('d2l-es-template', zip);
    expect(broken.items).toEqual([]);
    expect(broken.errors).toEqual([{ item: 'res_dropbox', path: 'dropbox_d2l.xml', message: expect.stringMatching(/dropbox_d2l\.xml.*not well-formed/) }]);
  });
});

describe('Brightspace (D2L) discussions in its own export format (derived from stevesunypoly/com216-brightspace-pipeline)', () => {
  // discussion_d2l_1.xml is a real forum of a real export (topics whose prompts are introductions);
  // discussion_d2l_3.xml and the outline are ours, in the shapes of the real files (PROVENANCE.md).
  const r = read('d2l-com216');

  it('reads a graded topic and a topic whose prompt reads as a task, each placed where the outline links it; introductions, open questions and an empty graded topic are not items', () => {
    expect(r.name).toBe('26FA DIGITAL MEDIA/INFO IN SOCIETY COM216-01- 1594');
    expect(r.format).toEqual({ version: null, root: '', kind: 'd2l-export' });
    expect(r.errors).toEqual([]);
    expect(r.items.map((i) => [i.id, i.kind, i.title, i.module, i.language, i.path])).toEqual([
      // Linked from "Week 2" by the topic's own (second) resource code; hidden, as a course is before its term.
      ['res_discuss_3/36', 'discussion', 'Week 2 Discussion: One Story, Two Countries', 'Week 2: News From Elsewhere', 'en-US', 'discussion_d2l_3.xml'],
      // Not linked itself: it takes the place of its forum's link ("Readings").
      ['res_discuss_3/37', 'discussion', 'Reading Response: Filter Bubbles', 'Readings', 'en-US', 'discussion_d2l_3.xml'],
    ]);
    expect(r.items[0]!.description.split('\n')).toEqual([
      'Pick one news event from this week and find how a newspaper in another country reported it.',
      'Post a link to each article and compare the two headlines: what does each one leave out?',
      'Reply to two classmates by Sunday.',
    ]);
    for (const item of r.items) expectCleanText(item.title + '\n' + item.description);
  });

  it('keeps the HTML of the prompt when asked for it', () => {
    const zip = zipFolder('d2l-com216');
    const withHtml = readPackage(zip, { includeHtml: true });
    if (!withHtml.ok) throw new Error(withHtml.error);
    expect(withHtml.items[1]!.html).toMatch(/^<p>After the reading, write 150 words/);
  });

  it('a discussion file that cannot be read is one error naming the file; the other forums are still read', () => {
    const zip = zipFiles('d2l-com216', ['imsmanifest.xml', 'discussion_d2l_1.xml', 'discussion_d2l_3.xml'], {
      'discussion_d2l_3.xml': '<discussion><forum id="35"><topics><topic id="36"></forum></discussion>',
    });
    const broken = read('d2l-com216', zip);
    expect(broken.items).toEqual([]);
    expect(broken.errors).toEqual([{ item: 'res_discuss_3', path: 'discussion_d2l_3.xml', message: expect.stringMatching(/discussion_d2l_3\.xml.*not well-formed/) }]);
  });
});

describe('a real Brightspace (D2L) export with graded group discussions (derived from byuitechops/d2l-to-canvas-conversion-tool)', () => {
  // Four discussion files of a real 2017 export, byte for byte (with their byte-order marks): an
  // introductions topic, six ungraded group topics, four graded group topics (10 points each) and a
  // forum without topics. Their prompts are pages of their own; the topics have no description.
  const r = read('d2l-byu-test-course');

  it('finds no discussion with a prompt to audit, and no error', () => {
    expect(r.format).toEqual({ version: null, root: '', kind: 'd2l-export' });
    expect(r.errors).toEqual([]);
    expect(r.items).toEqual([]);
  });

  it('a graded topic with a prompt is read, placed by the outline link to its forum, whichever of the forum’s resource codes the link names', () => {
    // A re-copied course lists every code an object ever had ("a,b,c"); the link names the first.
    const graded = readFileSync(`${FIXTURES}real/d2l-byu-test-course/discussion_d2l_67.xml`, 'utf8').replace(
      '<title>Troubleshooting #8 - Group 1</title>',
      '<title>Troubleshooting #8 - Group 1</title><description>&lt;p&gt;Post your fix for ticket 8, then reply to two classmates with one thing you would test next.&lt;/p&gt;</description>',
    );
    const names = ['imsmanifest.xml', 'discussion_d2l_53.xml', 'discussion_d2l_56.xml', 'discussion_d2l_57.xml', 'discussion_d2l_67.xml'];
    const withPrompt = read('d2l-byu-test-course', zipFiles('d2l-byu-test-course', names, { 'discussion_d2l_67.xml': graded }));
    expect(withPrompt.errors).toEqual([]);
    expect(withPrompt.items.map((i) => [i.id, i.kind, i.title, i.module, i.description])).toEqual([
      ['res_discuss_67/493', 'discussion', 'Troubleshooting #8 - Group 1', 'Troubleshooting Tickets', 'Post your fix for ticket 8, then reply to two classmates with one thing you would test next.'],
    ]);
  });
});
