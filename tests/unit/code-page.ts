/**
 * Text in a single-byte legacy code page (Windows-1252, Windows-1251…), as Notepad's "ANSI",
 * Excel's CSV on Windows or an older site writes it: built by inverting the platform's own
 * decoder. A character the code page lacks becomes "?", as those programs write it.
 */
export function encodeCodePage(text: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}
