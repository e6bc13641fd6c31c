/**
 * What a course export is, in words, for the command line's summary and the dashboard's English
 * text (the dashboard writes its Spanish itself). Kept apart from the reader so the dashboard's
 * page bundle can name a format without the zip and XML code.
 */
import type { PackageFormat } from './types.ts';

/** "Common Cartridge 1.3.0", "Moodle 4.3 backup", "Brightspace (D2L) export", "Blackboard Learn export", or null when the export does not say. */
export function formatName(format: PackageFormat): string | null {
  const kind = 'kind' in format ? format.kind : undefined;
  if (kind === 'moodle-backup') return format.version ? `Moodle ${format.version} backup` : 'Moodle backup';
  if (kind === 'd2l-export') return 'Brightspace (D2L) export';
  if (kind === 'blackboard-export') return 'Blackboard Learn export';
  return format.version ? `Common Cartridge ${format.version}` : null;
}
