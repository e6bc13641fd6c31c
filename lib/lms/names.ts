import type { Platform } from './types.ts';

/** Display names, kept apart from the adapters so UI can name a platform without loading them. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  canvas: 'Canvas',
  moodle: 'Moodle',
  classroom: 'Google Classroom',
  schoology: 'Schoology',
  blackboard: 'Blackboard',
  brightspace: 'D2L Brightspace',
};
