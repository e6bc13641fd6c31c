/**
 * Small PDFs for the tests of the PDF reader (lib/documents/pdf.ts): text lines placed where a
 * test needs them (a running head on every page, a paragraph wrapped over lines, a list), a
 * page holding only a picture (a scan), a password-protected file. Written by hand as the PDF
 * standard lays a file out (objects, cross-reference table, trailer) with the standard Helvetica
 * font, so pdf.js reads them as it reads any PDF. The real teacher's PDF is in
 * tests/fixtures/documents.
 */

export interface PdfLineSpec {
  text: string;
  x: number;
  /** Baseline, from the bottom of a US Letter page (792 points high). */
  y: number;
  /** Font size in points (default 11). */
  size?: number;
}

export interface PdfPageSpec {
  lines?: PdfLineSpec[];
  /** Draws a grey picture over the page, as a scanner's PDF holds its pages. */
  picture?: boolean;
}

export interface PdfOptions {
  /** The document's Title property. */
  title?: string;
  /** Protects the file with a password (an /Encrypt dictionary whose user password is not empty). */
  password?: boolean;
}

/** A PDF of the given pages. */
export function makePdf(pages: readonly PdfPageSpec[], opts: PdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pageTree = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const picture = add('<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x90\xa0\xb0\nendstream');
  const kids: number[] = [];
  for (const page of pages) {
    const ops: string[] = [];
    if (page.picture) ops.push('q 612 0 0 792 0 0 cm /Im1 Do Q');
    for (const l of page.lines ?? []) ops.push(`BT /F1 ${l.size ?? 11} Tf 1 0 0 1 ${l.x} ${l.y} Tm (${escape(l.text)}) Tj ET`);
    const stream = ops.join('\n');
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(`<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${picture} 0 R >> >> /Contents ${content} 0 R >>`),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = opts.title === undefined ? 0 : add(`<< /Title (${escape(opts.title)}) >>`);
  const encrypt = opts.password ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> /P -4 >>`) : 0;

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [<${'0f'.repeat(16)}> <${'0f'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1 throughout: one character, one byte, so the offsets above are byte offsets.
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}

/** Lines of body text from the top of a page, `leading` points apart. */
export function linesFrom(top: number, texts: readonly string[], opts: { x?: number; leading?: number; size?: number } = {}): PdfLineSpec[] {
  return texts.map((text, i) => ({ text, x: opts.x ?? 72, y: top - i * (opts.leading ?? 14), ...(opts.size ? { size: opts.size } : {}) }));
}

function escape(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}
