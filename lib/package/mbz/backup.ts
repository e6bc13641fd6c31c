/**
 * The course a Moodle backup describes: `moodle_backup.xml` (what the backup holds, in course
 * order), `course/course.xml` (name, language, course format) and `sections/section_N/section.xml`
 * (names, numbers, visibility), as Moodle's backup steps write them (backup/moodle2/
 * backup_stepslib.php, backup_xml_transformer; the same element names from Moodle 2.x to 5.0).
 */
import { child, childrenNamed, collapseSpace, path, textOf, type XmlElement } from '../xml.ts';

/** One activity as `moodle_backup.xml` lists it. */
export interface BackupActivity {
  moduleId: string;
  sectionId: string;
  /** "assign", "forum", "page"… */
  moduleName: string;
  title: string;
  /** "activities/assign_620" (relative to the backup root). */
  directory: string;
  /** False when the person making the backup unticked it: Moodle lists it but writes no files. */
  included: boolean;
}

export interface BackupSection {
  id: string;
  number: number | null;
  /** The section's own name; "" when it has none (Moodle then shows a default name). */
  name: string;
  visible: boolean;
}

export interface BackupContents {
  /** Backup release, "4.3", "2.6"; null when the file does not say. */
  release: string | null;
  courseName: string;
  activities: BackupActivity[];
  /** Section directories by section id, from the contents list. */
  sectionDirs: Map<string, string>;
}

/** Reads `moodle_backup.xml`; null when its root is not `<moodle_backup>`. */
export function readContents(root: XmlElement): BackupContents | null {
  if (root.name !== 'moodle_backup') return null;
  const info = child(root, 'information');
  const excluded = new Set<string>();
  for (const setting of childrenNamed(path(info, 'settings'), 'setting')) {
    const name = clean(textOf(child(setting, 'name')));
    if (clean(textOf(child(setting, 'level'))) === 'activity' && name.endsWith('_included') && clean(textOf(child(setting, 'value'))) === '0') {
      excluded.add(name.slice(0, -'_included'.length));
    }
  }
  const activities: BackupActivity[] = [];
  for (const a of childrenNamed(path(info, 'contents', 'activities'), 'activity')) {
    const moduleId = clean(textOf(child(a, 'moduleid')));
    const moduleName = clean(textOf(child(a, 'modulename')));
    if (!moduleId || !/^[a-z0-9_]+$/.test(moduleName)) continue;
    const directory = clean(textOf(child(a, 'directory'))) || `activities/${moduleName}_${moduleId}`;
    activities.push({
      moduleId,
      sectionId: clean(textOf(child(a, 'sectionid'))),
      moduleName,
      title: oneLine(textOf(child(a, 'title'))),
      directory,
      included: !excluded.has(`${moduleName}_${moduleId}`),
    });
  }
  const sectionDirs = new Map<string, string>();
  for (const s of childrenNamed(path(info, 'contents', 'sections'), 'section')) {
    const id = clean(textOf(child(s, 'sectionid')));
    if (id) sectionDirs.set(id, clean(textOf(child(s, 'directory'))) || `sections/section_${id}`);
  }
  const release = clean(textOf(child(info, 'backup_release'))) || /^\d+(?:\.\d+)?/.exec(clean(textOf(child(info, 'moodle_release'))))?.[0] || null;
  return { release, courseName: oneLine(textOf(child(info, 'original_course_fullname'))), activities, sectionDirs };
}

export interface BackupCourse {
  fullName: string;
  /** BCP-47, from Moodle's forced course language ("es_mx" → "es-MX"); absent when not forced. */
  language?: string;
  /** Course format plugin: "topics", "weeks", "flexsections"… */
  format: string;
  /** Unix seconds. */
  startDate: number;
}

/** Reads `course/course.xml` (root `<course>`). */
export function readCourse(root: XmlElement | undefined): BackupCourse {
  const language = moodleLangToBcp47(clean(textOf(child(root, 'lang'))));
  return {
    fullName: oneLine(textOf(child(root, 'fullname'))),
    ...(language ? { language } : {}),
    format: clean(textOf(child(root, 'format'))),
    startDate: Number(clean(textOf(child(root, 'startdate')))) || 0,
  };
}

/** Reads one `section.xml` (root `<section id="…">`). */
export function readSection(root: XmlElement, id: string): BackupSection {
  const n = clean(textOf(child(root, 'number')));
  return {
    id,
    number: /^\d+$/.test(n) ? Number(n) : null,
    name: oneLine(textOf(child(root, 'name'))),
    visible: clean(textOf(child(root, 'visible'))) !== '0',
  };
}

/**
 * The name Moodle shows for a section without its own: "General" for section 0, the week's dates
 * in the weekly format, otherwise "Topic N" (Moodle before 4.4) or "Section N" (4.4 on, where
 * the topics format became "Custom sections").
 */
export function defaultSectionName(number: number | null, course: BackupCourse, release: string | null): string {
  if (number === 0) return 'General';
  if (number === null) return 'Section';
  if (course.format === 'weeks' && course.startDate > 0) return weekName(number, course.startDate);
  const [major = 0, minor = 0] = (release ?? '').split('.').map(Number);
  const newer = major > 4 || (major === 4 && minor >= 4);
  return course.format === 'topics' && !newer ? `Topic ${number}` : `Section ${number}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "1 September - 7 September": format_weeks counts 7-day weeks from the course start (plus two
 * hours, against daylight-saving shifts) and shows the first and last day. Dates are in UTC: the
 * backup does not say the site's time zone, so near midnight a date may be one day off.
 */
function weekName(number: number, startDate: number): string {
  const start = (startDate + 7200 + (number - 1) * 604800) * 1000;
  const end = start + 6 * 86400 * 1000;
  const day = (ms: number) => {
    const d = new Date(ms);
    return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  };
  return `${day(start)} - ${day(end)}`;
}

/**
 * Moodle language pack codes to BCP-47: "es_mx" → "es-MX", "pt_br" → "pt-BR", "sr_cr" → "sr-Cyrl",
 * "en" → "en". Moodle's own variants that are not regions ("en_kids", "es_wp") keep only the language.
 */
export function moodleLangToBcp47(code: string): string | undefined {
  const m = /^([a-z]{2,3})(?:_([a-z0-9]+))?(?:_.*)?$/i.exec(code.trim());
  if (!m) return undefined;
  const lang = m[1]!.toLowerCase();
  const sub = (m[2] ?? '').toLowerCase();
  if (lang === 'sr' && (sub === 'cr' || sub === 'lt')) return sub === 'cr' ? 'sr-Cyrl' : 'sr-Latn';
  if (sub === 'wp') return lang;
  if (/^[a-z]{2}$/.test(sub) || /^\d{3}$/.test(sub)) return `${lang}-${sub.toUpperCase()}`;
  if (/^[a-z]{4}$/.test(sub) && sub !== 'kids') return `${lang}-${sub[0]!.toUpperCase()}${sub.slice(1)}`;
  return lang;
}

/** Moodle writes `$@NULL@$` for a database NULL. */
export function clean(s: string): string {
  const t = s.trim();
  return t === '$@NULL@$' ? '' : t;
}

/** One line, whitespace collapsed; a zero-width space counts as a space (editors leave them before titles). */
export function oneLine(s: string): string {
  return clean(collapseSpace(s));
}
