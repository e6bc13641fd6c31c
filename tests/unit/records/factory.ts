/**
 * Realistic-shaped records for tests and the bench, from a seeded generator: the same seed gives
 * the same records, so a failing case can be replayed.
 */
import { CURRENT_SCHEMA_VERSION, type AuditRecord, type RecordStatus, type RecordVerdict } from '../../../lib/records/schema.ts';

/** Small fast PRNG (mulberry32): deterministic per seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic v4-shaped UUID from a number (tests need stable ids). */
export function uuidFor(n: number, salt = 0): string {
  const h = (n * 2654435761 + salt * 40503) >>> 0;
  const hex = (h.toString(16).padStart(8, '0') + n.toString(16).padStart(12, '0')).slice(-20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${(n + salt * 1e6).toString(16).padStart(12, '0').slice(-12)}`;
}

export const TEACHERS = ['Ms. Rahimi', 'Mr. Okafor', 'Sra. López', 'Mrs. Chen', 'Mr. Brooks', 'Ms. Novak', 'Mr. Haddad', 'Ms. Tanaka'];
export const COURSES = ['World History 10', 'AP Government', 'Biology 9', 'English 11', 'Spanish III', 'Civics 8'];
export const SCHOOLS = ['Lincoln High', 'Riverside Middle', 'Eastside Academy'];
export const SUBJECTS = ['History', 'Science', 'English', 'World Languages', 'Civics'];
const TITLES = [
  'The Iran Hostage Crisis: Multiple Perspectives',
  'Research Project: Causes of the Syrian Civil War',
  'Water scarcity in the Nile basin',
  'Letter to a pen pal in Nairobi',
  'Lab report: enzyme activity',
  'La independencia de México: fuentes primarias',
];
const STATUSES: RecordStatus[] = ['evident', 'partial', 'missing'];
const VERDICTS: RecordVerdict[] = ['yes', 'partly', 'no', null, null];

export interface MakeOptions {
  /** Start of the period audits spread over. */
  start?: number;
  /** Days the audits spread over. */
  days?: number;
  /** Distinct assignments (re-audits share keys). */
  assignments?: number;
}

/** Record number `n` of a generated store. */
export function makeRecord(n: number, random: () => number, options: MakeOptions = {}): AuditRecord {
  const start = options.start ?? Date.UTC(2025, 0, 6);
  const days = options.days ?? 300;
  const a = Math.floor(random() * (options.assignments ?? 5000));
  const created = new Date(start + Math.floor(random() * days * 86_400_000)).toISOString();
  const questions = ([1, 2, 3, 4, 5, 6] as const).map((id) => {
    const status = STATUSES[Math.floor(random() * 3)]!;
    return {
      id,
      status,
      evidence: status === 'missing' ? [] : [{ text: 'compare sources from two countries', start: 40, end: 74 }],
      verdict: VERDICTS[Math.floor(random() * VERDICTS.length)]!,
      note: random() < 0.2 ? 'Ask students to post their map to the class blog.' : '',
    };
  });
  const pick = <T>(xs: readonly T[]) => xs[a % xs.length]!;
  return {
    id: uuidFor(n),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: created,
    updatedAt: created,
    source: 'page',
    assignment: {
      key: `url:https://school.instructure.com/courses/${a % 97}/assignments/${a}`,
      platform: 'canvas',
      url: `https://school.instructure.com/courses/${a % 97}/assignments/${a}`,
      courseId: String(a % 97),
      assignmentId: String(a),
      title: pick(TITLES),
      excerpt: 'Read the two articles and compare how each country describes the events. Find one source from Iran using site:ir.',
      language: 'en',
    },
    analysisVersion: '2025.11.1',
    score: questions.filter((q) => q.status === 'evident').length,
    questions,
    auditor: { role: 'teacher' },
    labels: { school: pick(SCHOOLS), teacher: pick(TEACHERS), course: pick(COURSES), subject: pick(SUBJECTS), grade: String(8 + (a % 5)) },
  };
}

/** `count` records from `seed`. */
export function makeRecords(count: number, seed = 1, options: MakeOptions = {}): AuditRecord[] {
  const random = rng(seed);
  return Array.from({ length: count }, (_, i) => makeRecord(i + seed * 1_000_000, random, options));
}
