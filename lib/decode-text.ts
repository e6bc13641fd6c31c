/**
 * Bytes to text as the file was written. Exports, saved pages and spreadsheets are not all UTF-8:
 * older Blackboard and Moodle exports and pages from regional sites use their own code page, Windows
 * Notepad's "Unicode" and Excel's "Unicode Text" are UTF-16 with a byte-order mark, and a CSV saved
 * again by Excel on Windows is Windows-1252. Reading those as UTF-8 loses every accented letter.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes → string: BOM first, then UTF-8, then `declared` (a charset named outside the bytes, such
 * as an MHTML part's header), then the charset the file declares in its first 1024 bytes (an XML
 * declaration or an HTML <meta>), then Windows-1252.
 */
export function decodeText(data: Uint8Array, declared?: string | null): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return new TextDecoder('utf-8').decode(data.subarray(3));
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  try {
    return utf8.decode(data);
  } catch {
    const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
    const inFile = /(?:encoding|charset)\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    for (const label of [declared, inFile]) {
      if (!label || /^utf-?8$/i.test(label)) continue;
      try {
        return new TextDecoder(label).decode(data);
      } catch {
        /* unknown label: try the next */
      }
    }
    return new TextDecoder('windows-1252').decode(data);
  }
}

