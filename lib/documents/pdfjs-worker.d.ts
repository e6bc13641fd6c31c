// pdf.js ships no types for its worker module; Vantage only hands the module to pdf.js
// (`globalThis.pdfjsWorker`, lib/documents/pdf.ts), which reads its WorkerMessageHandler.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
