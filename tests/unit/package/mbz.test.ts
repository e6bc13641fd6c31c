/**
 * Moodle course backups (.mbz) as course exports: exact readings of real-shaped backups in both of
 * Moodle's containers (gzip-compressed tar, zip), English and Spanish, and refusals with a message
 * for the bad ones (cut off, gzip bomb, unsafe names, not a Moodle backup).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OpenedPackage } from '../../../lib/package/read.ts';
import { defaultSectionName } from '../../../lib/package/mbz/backup.ts';
import { isMoodleBackupZip, openMoodleBackup, moodleLangToBcp47 } from '../../../lib/package/mbz/index.ts';
import { ACTIVITY_READERS } from '../../../lib/package/mbz/activities.ts';
import { isWanted } from '../../../lib/package/mbz/files.ts';
import { memorySource, type ByteSource } from '../../../lib/package/source.ts';
import type { ItemError, PackageItem, PackageLimits } from '../../../lib/package/types.ts';
import { DEFAULT_LIMITS } from '../../../lib/package/zip.ts';
import { backupEntries, buildMbzFixtures, bytesReadOf, gzip, MBZ_FIXTURES, virtualSource, withBigMedia, writeTar, writeZip } from '../../../scripts/make-packages.ts';

const mbz = (name: string) => new Uint8Array(readFileSync(`${MBZ_FIXTURES}/${name}`));

interface Reading {
  name: string;
  format: unknown;
  items: PackageItem[];
  skips: Array<[string, string]>;
  errors: ItemError[];
}

function readAll(input: Uint8Array | ByteSource, opts: { includeHtml?: boolean; limits?: Partial<PackageLimits> } = {}): Reading {
  const r = openMoodleBackup(input, opts);
  if (!r.ok) throw new Error(r.error);
  const pkg = r.pkg as OpenedPackage<{ activity: { moduleName: string; moduleId: string } }>;
  const out: Reading = { name: pkg.name, format: pkg.format, items: [], skips: [], errors: [] };
  for (const c of pkg.candidates) {
    const x = pkg.read(c);
    if ('item' in x) out.items.push(x.item);
    else if ('skip' in x) out.skips.push([`${c.activity.moduleName}_${c.activity.moduleId}`, x.skip]);
    else out.errors.push(x.error);
  }
  return out;
}

function refusal(input: Uint8Array | ByteSource, limits?: Partial<PackageLimits>): string {
  const r = openMoodleBackup(input, limits ? { limits } : {});
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('Moodle backup fixtures', () => {
  it('are exactly what scripts/make-packages.ts builds from tests/fixtures/packages/mbz/src, each with its provenance', () => {
    const provenance = readFileSync(`${MBZ_FIXTURES}/PROVENANCE.md`, 'utf8');
    for (const [name, bytes] of Object.entries(buildMbzFixtures())) {
      expect(Buffer.compare(readFileSync(`${MBZ_FIXTURES}/${name}`), Buffer.from(bytes)), `${name} differs: run node --import tsx scripts/make-packages.ts`).toBe(0);
      expect(provenance, name).toContain(name);
    }
  });
});

describe('a Moodle 4.3 backup (gzip-compressed tar, as tgz_packer writes it)', () => {
  const reading = readAll(mbz('moodle43-rivers.mbz'));

  it('names the course and the Moodle release', () => {
    expect(reading.name).toBe('Rivers and Empires (World History 10)');
    expect(reading.format).toEqual({ version: '4.3', root: '', kind: 'moodle-backup', container: 'tar.gz' });
  });

  it('reads the assignment with its description and its 4.x activity instructions, under its section', () => {
    expect(reading.items[0]).toEqual({
      id: 'assign_204',
      title: 'Water on the Nile: Position Paper',
      kind: 'assignment',
      description:
        'Egypt, Sudan and Ethiopia all depend on the Nile. In 2011 Ethiopia began building the Grand Ethiopian Renaissance Dam (GERD).\n' +
        'Map of the Nile basin\n' +
        'You will write a position paper (600–800 words) from the point of view of one of the three countries.\n' +
        'Choose Egypt, Sudan or Ethiopia.\n' +
        'Find at least two sources from that country and one from another.\n' +
        'Upload your paper as a PDF or write it in the text box.\n' +
        'Due Friday 29 September.',
      path: 'activities/assign_204/assign.xml',
      module: 'Unit 1: The Nile',
    });
  });

  it('audits the workshop, the task-like forum and page and the graded forum; an unnamed section is "Topic 2"', () => {
    expect(reading.items.map((i) => [i.id, i.kind, i.title, i.module])).toEqual([
      ['assign_204', 'assignment', 'Water on the Nile: Position Paper', 'Unit 1: The Nile'],
      ['forum_205', 'discussion', 'Who owns a river?', 'Unit 1: The Nile'],
      ['workshop_209', 'assignment', 'Peer review: dam debate brief', 'Topic 2'],
      ['page_210', 'page', 'Project: Interview an elder about water', 'Topic 2'],
      ['forum_211', 'discussion', 'Weekly reflection', 'Topic 2'],
    ]);
    expect(reading.items.find((i) => i.id === 'workshop_209')!.description).toBe(
      "Write a one-page brief for a debate on a river dam, then review two classmates' briefs.\n" +
        'Submit your brief (max 400 words) as text. Name your sources: at least one must come from a country downstream of the dam.',
    );
    expect(reading.items.every((i) => i.language === undefined && i.html === undefined)).toBe(true);
  });

  it('skips, with a reason, what is not a task or not shown to students; quizzes, labels and links are not candidates', () => {
    expect(reading.skips).toEqual([
      ['forum_201', 'the announcements forum, not a discussion assignment'],
      ['forum_202', 'a discussion whose prompt does not read as a task'],
      ['page_203', 'a page that does not read as a task (no task wording)'],
      ['assign_207', 'hidden from students in Moodle'],
      ['assign_208', 'an assignment without a description (nothing to audit)'],
      ['assign_212', 'in a section hidden from students in Moodle'],
      ['assign_213', 'left out when the backup was made'],
    ]);
  });

  it('an activity the contents list names but the backup does not hold is that item’s error; the rest still read', () => {
    expect(reading.errors).toEqual([
      {
        item: 'assign_214',
        title: 'Nile timeline',
        path: 'activities/assign_214/assign.xml',
        message: 'missing file “activities/assign_214/assign.xml” (moodle_backup.xml lists the activity but the backup does not hold it)',
      },
    ]);
  });

  it('keeps the HTML as Moodle stored it when asked', () => {
    const html = readAll(mbz('moodle43-rivers.mbz'), { includeHtml: true }).items[0]!.html!;
    expect(html).toContain('<img src="@@PLUGINFILE@@/nile-delta-map.png" alt="Map of the Nile basin"');
    expect(html).toContain('<li>Upload your paper as a PDF or write it in the text box.</li>');
  });

  it('gives the same reading from the zip form of the same backup', () => {
    const zipped = writeZip(backupEntries('moodle43-rivers').filter((e) => e.data).map((e) => ({ name: e.name, data: e.data! })));
    const fromZip = readAll(zipped);
    expect(fromZip.format).toEqual({ version: '4.3', root: '', kind: 'moodle-backup', container: 'zip' });
    expect({ ...fromZip, format: null }).toEqual({ ...reading, format: null });
  });

  it('reads the whole backup once, front to back, whatever its order (moodle_backup.xml comes after the activities)', () => {
    const bytes = mbz('moodle43-rivers.mbz');
    const log: Array<[number, number]> = [];
    const source: ByteSource = {
      length: bytes.length,
      read(offset, length) {
        log.push([offset, length]);
        return bytes.slice(offset, offset + length);
      },
    };
    const seen: number[] = [];
    const r = openMoodleBackup(source, { onScan: (done, total) => seen.push(done / total) });
    expect(r.ok).toBe(true);
    expect(seen.at(-1)).toBe(1);
    log.length = 0;
    expect(readAll(source)).toEqual(reading);
    // The 4-byte sniff, then one pass.
    expect(log.slice(1).reduce((n, [, len]) => n + len, 0)).toBe(bytes.length);
  });
});

describe('a Moodle 3.9 backup in a zip (Moodle’s default container), weekly format', () => {
  const reading = readAll(mbz('moodle39-civics.mbz'));

  it('reads the assignment and the question-and-answer forum; an unnamed week is named by its dates', () => {
    expect(reading.name).toBe('Civics 8: Local Government');
    expect(reading.format).toEqual({ version: '3.9', root: '', kind: 'moodle-backup', container: 'zip' });
    expect(reading.items.map((i) => [i.id, i.kind, i.module])).toEqual([
      ['assign_3102', 'assignment', '7 September - 13 September'],
      ['forum_3104', 'discussion', 'Elections'],
    ]);
    // introformat 0 (Moodle auto-format): plain text, its lines kept.
    expect(reading.items[1]!.description).toBe(
      "Question: why do so few people vote in local elections?\nPost your answer first (one paragraph, with one source), then you will see your classmates' answers. Respond to at least two of them.",
    );
    expect(reading.skips).toEqual([
      ['forum_3101', 'the announcements forum, not a discussion assignment'],
      ['page_3103', 'a page that does not read as a task (the title names a course page, not a task)'],
    ]);
  });

  it('broken XML in one activity is that activity’s error, with the file and line', () => {
    expect(reading.errors).toEqual([
      {
        item: 'assign_3105',
        title: 'Polling place visit',
        path: 'activities/assign_3105/assign.xml',
        message: '“activities/assign_3105/assign.xml” is not well-formed XML: line 4: </nmae> where </name> (opened on line 4) was expected',
      },
    ]);
  });

  it('is told from a cartridge by its file names, for routing a dropped zip', () => {
    expect(isMoodleBackupZip(['moodle_backup.xml', 'files/9f/9f3c1a2b4d5e6f708192a3b4c5d6e7f809a1b2c3'])).toBe(true);
    expect(isMoodleBackupZip(['backup-moodle2-course-12/moodle_backup.xml'])).toBe(true);
    expect(isMoodleBackupZip(['imsmanifest.xml', 'moodle_backup.xml'])).toBe(false);
    expect(isMoodleBackupZip(['a/b/moodle_backup.xml', 'notes.html'])).toBe(false);
  });

  it('opens with a 3 GB video in files/ (named by hash, no extension), which the cartridge caps would refuse, and never reads it', () => {
    const parts = withBigMedia(mbz('moodle39-civics.mbz'), 'files/9f/9f3c1a2b4d5e6f708192a3b4c5d6e7f809a1b2c3', 3_000_000_000);
    const log: Array<[number, number]> = [];
    expect(readAll(virtualSource(parts, log))).toEqual(reading);
    expect(bytesReadOf(log, parts.head.length, parts.head.length + parts.gap)).toBeLessThanOrEqual(22 + 0xffff);
  });
});

describe('a Spanish Moodle 4.1 backup, unpacked and re-packed with its folder by GNU tar (long names, a pax header)', () => {
  const reading = readAll(mbz('moodle41-agua-es.mbz'));

  it('finds the backup inside its folder and reads the course language, es_mx → es-MX', () => {
    expect(reading.name).toBe('Geografía de México: el agua');
    expect(reading.format).toEqual({ version: '4.1', root: 'backup-moodle2-course-58-geo_agua-20240312-0915-nu/', kind: 'moodle-backup', container: 'tar.gz' });
    expect(reading.items.map((i) => [i.id, i.kind, i.language, i.module])).toEqual([
      ['assign_402', 'assignment', 'es-MX', 'Unidad 1: Cuencas y ríos'],
      ['forum_403', 'discussion', 'es-MX', 'Unidad 1: Cuencas y ríos'],
      // The activity's forced language (module.xml <lang>) wins over the course's.
      ['assign_405', 'assignment', 'en', 'Topic 2'],
    ]);
    expect(reading.items[0]).toMatchObject({
      title: 'Ensayo: ¿De quién es el río Bravo?',
      path: 'backup-moodle2-course-58-geo_agua-20240312-0915-nu/activities/assign_402/assign.xml',
      description:
        'El río Bravo (Río Grande en Estados Unidos) marca la frontera entre México y Estados Unidos. El Tratado de Aguas de 1944 dice cuánta agua debe entregar cada país.\n' +
        'Escribe un ensayo de 500 a 700 palabras: ¿el tratado es justo para los agricultores de Chihuahua?\n' +
        'Usa al menos dos fuentes mexicanas y una de Estados Unidos.\n' +
        'Entrega tu ensayo en PDF antes del viernes 15 de marzo.',
    });
    expect(reading.skips).toEqual([
      ['forum_401', 'the announcements forum, not a discussion assignment'],
      ['page_404', 'a page that does not read as a task (pide entregar)'],
    ]);
    expect(reading.errors).toEqual([]);
  });

  it('names unnamed sections as the Moodle release and course format show them', () => {
    const topics = { fullName: 'C', format: 'topics', startDate: 1599436800 };
    expect(defaultSectionName(0, topics, '4.3')).toBe('General');
    expect(defaultSectionName(2, topics, '4.3')).toBe('Topic 2');
    expect(defaultSectionName(2, topics, '4.5')).toBe('Section 2');
    expect(defaultSectionName(2, { ...topics, format: 'flexsections' }, '5.0')).toBe('Section 2');
    expect(defaultSectionName(2, { ...topics, format: 'weeks' }, '3.9')).toBe('14 September - 20 September');
  });

  it('maps Moodle language codes to BCP-47', () => {
    expect(['es_mx', 'pt_br', 'en', 'zh_tw', 'sr_cr', 'sr_lt', 'en_kids', 'es_wp', '', 'xx-bad!'].map(moodleLangToBcp47)).toEqual([
      'es-MX', 'pt-BR', 'en', 'zh-TW', 'sr-Cyrl', 'sr-Latn', 'en', 'es', undefined, undefined,
    ]);
  });
});

describe('files that are not usable Moodle backups are refused with a message', () => {
  it('a cut-off download, saying where it stops', () => {
    expect(refusal(mbz('bad-truncated.mbz'))).toMatch(/^The backup is incomplete: its compressed data stops after 6 KB, inside “activities\/url_216\/url\.xml” \(the download or copy was probably cut off\)\. Download the backup again\.$/);
  });

  it('a gzip bomb (300 MB of zeros in 310 KB), while it inflates', () => {
    expect(refusal(mbz('bad-gzip-bomb.mbz'))).toMatch(/^The backup is refused as a likely gzip bomb: [\d.]+ KB of it inflated to [\d.]+ MB \(more than 200 times\), which no course backup does\.$/);
  });

  it('a name that climbs out of the backup folder', () => {
    expect(refusal(mbz('bad-path-traversal.mbz'))).toBe(
      'The backup is unsafe: it holds a file named “../../../home/teacher/.bashrc”, which points outside the backup folder. Vantage does not open backups like this.',
    );
  });

  it('a gzip-compressed tar that is not a Moodle backup, and a gzip file that is not a tar', () => {
    expect(refusal(mbz('bad-not-moodle.mbz'))).toMatch(/^This gzip-compressed tar archive has no moodle_backup\.xml, so it is not a Moodle course backup \(it holds 2 files, e\.g\. “site\/index\.html”, “site\/style\.css”\)\. Back the course up in Moodle/);
    expect(refusal(mbz('bad-not-tar.mbz'))).toMatch(/^The file is gzip-compressed, but what it holds is not a tar archive, so it is not a Moodle course backup/);
  });

  it('a cartridge, a PDF, an empty file', () => {
    const cc = new Uint8Array(readFileSync(`${MBZ_FIXTURES}/../cc13-plain.imscc`));
    expect(refusal(cc)).toBe('This zip is an IMS Common Cartridge course export, not a Moodle backup: open it as a course export (.imscc).');
    const tarred = gzip(writeTar([{ name: 'course/' }, { name: 'course/imsmanifest.xml', data: new TextEncoder().encode('<manifest/>') }]));
    expect(refusal(tarred)).toBe('This gzip-compressed tar archive is an IMS Common Cartridge course export, not a Moodle backup: open it as a course export (.imscc).');
    expect(refusal(new TextEncoder().encode('%PDF-1.4\n'))).toMatch(/^Not a Moodle course backup: this is a PDF document/);
    expect(refusal(new Uint8Array(0))).toMatch(/^Not a Moodle course backup: this is an empty file\./);
  });

  it('a backup holding the same course file twice', () => {
    const rivers = backupEntries('moodle43-rivers');
    const twice = gzip(writeTar([...rivers, { name: 'moodle_backup.xml', data: new TextEncoder().encode('<moodle_backup/>') }]));
    expect(refusal(twice)).toBe('The backup is ambiguous: “moodle_backup.xml” appears twice. Moodle never writes this; Vantage does not guess which one is meant.');
  });
});

describe('the cartridge caps apply to backups', () => {
  const rivers = mbz('moodle43-rivers.mbz');

  it('a course file over the per-file cap is that item’s error', () => {
    const big = new TextEncoder().encode(`${new TextDecoder().decode(readFileSync(`${MBZ_FIXTURES}/src/moodle43-rivers/activities/assign_204/assign.xml`))}<!--${' '.repeat(100_000)}-->`);
    const entries = backupEntries('moodle43-rivers').map((e) => (e.name === 'activities/assign_204/assign.xml' ? { ...e, data: big } : e));
    const r = readAll(gzip(writeTar(entries)), { limits: { maxReadBytes: 64 * 1024 } });
    expect(r.errors.find((e) => e.item === 'assign_204')).toEqual({
      item: 'assign_204',
      title: 'Water on the Nile: Position Paper',
      path: 'activities/assign_204/assign.xml',
      message: '“activities/assign_204/assign.xml” is 100 KB; Vantage reads text files up to 64 KB',
    });
    expect(r.items.map((i) => i.id)).toEqual(['forum_205', 'workshop_209', 'page_210', 'forum_211']);
  });

  it('too many files, or more course XML than the total cap, refuse the backup', () => {
    expect(refusal(rivers, { maxEntries: 50 })).toBe('The backup lists more than 50 files; Vantage accepts up to 50.');
    expect(refusal(rivers, { maxTotalBytes: 20_000 })).toMatch(/^The backup is refused: the course files Vantage reads add up to more than 20 KB \(reached at “[^”]+”\)\.$/);
    const zipped = mbz('moodle39-civics.mbz');
    expect(refusal(zipped, { maxTotalBytes: 10_000 })).toMatch(/^The backup is refused: the course files Vantage reads add up to more than 10 KB/);
  });

  it('the same caps hold when the backup is read piece by piece', () => {
    expect(readAll(memorySource(rivers))).toEqual(readAll(rivers));
    expect(DEFAULT_LIMITS.maxRatio).toBe(200);
  });
});

describe('the files kept from a backup', () => {
  it('include the main and module XML of every activity kind a reader audits (a reader whose file is dropped reads nothing)', () => {
    for (const kind of ACTIVITY_READERS.keys()) {
      expect(isWanted(`activities/${kind}_12/${kind}.xml`), kind).toBe(true);
      expect(isWanted(`backup-moodle2-course/activities/${kind}_12/module.xml`), kind).toBe(true);
    }
    // Other kinds, and the files of audited kinds that hold no instructions, are not kept.
    expect(isWanted('activities/quiz_12/quiz.xml')).toBe(false);
    expect(isWanted('activities/wiki_12/grades.xml')).toBe(false);
  });
});
