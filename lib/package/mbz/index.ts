/**
 * Moodle course backups (`.mbz`, gzip-compressed tar or zip) read as course exports: the same
 * items, caps and per-item errors as a Common Cartridge, from Moodle's own format.
 */
export { openMoodleBackup, type MbzCandidate, type MoodleBackupOptions } from './open.ts';
export { isMoodleBackupZip } from './files.ts';
export { moodleLangToBcp47 } from './backup.ts';
