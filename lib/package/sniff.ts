/**
 * "What did the person actually drop?" Names the kind of a file that is not a course export, from
 * its first bytes or (for zips) from the files inside, so the refusal can say what to do instead.
 */

const EXPORT_HINT = 'Export the course from the LMS as IMS Common Cartridge (.imscc), or back it up in Moodle (.mbz), and use that file.';

/** The kind of a non-zip file, as a phrase ("a PDF document"), or null when it looks like a zip. */
export function describeNonZip(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'an empty file';
  const b = bytes;
  const starts = (...sig: number[]) => sig.every((v, i) => b[i] === v);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06) || starts(0x50, 0x4b, 0x07, 0x08)) return null;
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document (it starts with “%PDF”)';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'a GIF image';
  if (starts(0x1f, 0x8b)) return 'a gzip-compressed file (a Moodle .mbz backup or a .tar.gz?), not a zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an older Microsoft Office document (.doc, .xls or .ppt)';
  if (starts(0x52, 0x61, 0x72, 0x21)) return 'a RAR archive, not a zip';
  if (starts(0x37, 0x7a, 0xbc, 0xaf)) return 'a 7-Zip archive, not a zip';
  if (b.length > 262 && String.fromCharCode(...b.subarray(257, 262)) === 'ustar') return 'a tar archive, not a zip';
  const head = new TextDecoder('utf-8').decode(b.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<?xml') || head.startsWith('<manifest')) {
    return head.includes('imscp') || head.includes('<manifest')
      ? 'a bare imsmanifest.xml; the package is the whole zip the LMS exported, manifest and files together'
      : 'an XML file';
  }
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'an HTML page';
  if (/^[\s\x20-\x7e]*$/.test(head.slice(0, 200))) return 'a text file';
  return 'not a zip file (its first bytes are not a zip signature)';
}

/** Why a zip without imsmanifest.xml is not a course export, naming what it seems to be instead. */
export function describeZipWithoutManifest(names: readonly string[]): string {
  const has = (prefix: string) => names.some((n) => n.startsWith(prefix));
  let kind: string | null = null;
  if (names.includes('[Content_Types].xml')) {
    if (has('word/')) kind = 'a Word document (.docx)';
    else if (has('xl/')) kind = 'an Excel workbook (.xlsx)';
    else if (has('ppt/')) kind = 'a PowerPoint presentation (.pptx)';
    else kind = 'a Microsoft Office file';
  } else if (names.includes('mimetype') && has('META-INF/')) kind = 'an EPUB book or OpenDocument file';
  else if (names.includes('manifest.json') && names.some((n) => n.endsWith('.js'))) kind = 'a browser extension or web app';
  if (kind) return `This is ${kind}, not a course export. ${EXPORT_HINT}`;
  const sample = names.slice(0, 3).map((n) => `“${n}”`).join(', ');
  return (
    `This zip has no imsmanifest.xml at its top level, so it is not a Common Cartridge course export` +
    (names.length ? ` (it holds ${names.length.toLocaleString('en')} file${names.length === 1 ? '' : 's'}, e.g. ${sample}). ` : ' (it is empty). ') +
    EXPORT_HINT
  );
}

/** The message for a file that is not a zip at all. */
export function notAZipMessage(kind: string): string {
  return `Not a course export: this is ${kind}. ${EXPORT_HINT}`;
}
