/**
 * Handouts read as files ("Audit a text", and the handouts of course exports): the real DataONE
 * exercise as PDF (three pages, through pdf.js) and as Word, read again and again in this process;
 * the first PDF read includes loading pdf.js. Also what pdf.js adds to the built extension, loaded
 * only when a PDF is met.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readDocumentFile } from '../lib/documents/read.ts';

const ROOT = new URL('../', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`tests/fixtures/documents/${name}`, ROOT)));
const RUNS = 15;

async function timed(name: string, bytes: Uint8Array): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = await readDocumentFile(name, bytes);
    out.push(performance.now() - t);
    if (!r.ok) throw new Error(`${name}: ${r.error}`);
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fixed = (n: number) => Number(n.toFixed(2));

/** pdf.js's chunks in a build: the page's copy and the course-export worker's. */
function pdfChunks(): { bytes: number; gzipBytes: number; files: number } | null {
  const out = new URL('.output/chrome-mv3/', ROOT);
  if (!existsSync(out)) return null;
  let bytes = 0;
  let gzipBytes = 0;
  let files = 0;
  for (const dir of ['chunks', 'assets']) {
    for (const f of readdirSync(new URL(`${dir}/`, out)).filter((n) => /^pdf(?:\.worker)?-.*\.js$/.test(n))) {
      const data = readFileSync(new URL(`${dir}/${f}`, out));
      bytes += data.length;
      gzipBytes += gzipSync(data).length;
      files++;
    }
  }
  return { bytes, gzipBytes, files };
}

export async function run() {
  const pdf = fixture('dataone-l10-legal-policy-exercise.pdf');
  const t0 = performance.now();
  const first = await readDocumentFile('exercise.pdf', pdf);
  const coldMs = performance.now() - t0;
  if (!first.ok) throw new Error(first.error);
  const pdfRuns = await timed('exercise.pdf', pdf);
  const docxRuns = await timed('exercise.docx', fixture('dataone-l10-legal-policy-exercise.docx'));
  const chunks = pdfChunks();
  return {
    pdfPages: 3,
    pdfBytes: pdf.length,
    pdfTextChars: first.text.length,
    pdfFirstReadMsWithLoading: fixed(coldMs),
    pdfReadMsMedian: fixed(median(pdfRuns)),
    pdfReadMsMax: fixed(Math.max(...pdfRuns)),
    pdfMsPerPage: fixed(median(pdfRuns) / 3),
    docxReadMsMedian: fixed(median(docxRuns)),
    runs: RUNS,
    ...(chunks ? { pdfjsChunksInBuild: chunks.files, pdfjsChunkBytes: chunks.bytes, pdfjsChunkGzipBytes: chunks.gzipBytes } : {}),
  };
}
