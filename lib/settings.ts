/**
 * Settings as data: the schema and the rules that decide what is on. Pure, so the command line,
 * the tests and every extension page agree; `lib/browser/settings.ts` stores it.
 */
import { z } from 'zod';

export const ROLES = ['teacher', 'student', 'coach'] as const;
export type Role = (typeof ROLES)[number];

export const SettingsSchema = z.object({
  /** Null until the person answered the welcome. */
  role: z.enum(ROLES).nullable().catch(null),
  /** Per search engine: true/false when the person chose, absent for the role's default. */
  serpHints: z.record(z.string().max(40), z.boolean()).catch({}),
  /** Origins ("https://moodle.school.edu/*") the person enabled; Vantage registered a script there. */
  enabledSites: z.array(z.string().max(300)).max(500).catch([]),
  /** The optional Wikipedia look-up of the other side's words: off until the person turns it on. */
  wikipediaLookup: z.boolean().catch(false),
  /** UI language: follow the browser, or a fixed one. */
  uiLanguage: z.enum(['auto', 'en', 'es']).catch('auto'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  role: null,
  serpHints: {},
  enabledSites: [],
  wikipediaLookup: false,
  uiLanguage: 'auto',
};

/** Reads stored settings, repairing bad fields to their defaults instead of throwing them away. */
export function parseSettings(raw: unknown): Settings {
  const parsed = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(raw && typeof raw === 'object' ? raw : {}) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Result-page hints: on by default for students, off for teachers and coaches until they turn them on. */
export function serpHintsOn(settings: Settings, engine: string): boolean {
  return settings.serpHints[engine] ?? settings.role === 'student';
}

/** The match pattern that covers every page of an origin ("https://moodle.school.edu/*"). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.host}/*`;
  } catch {
    return null;
  }
}
