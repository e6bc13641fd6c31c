/**
 * `npm run bench`: every budget from the issues, measured and printed, then written to
 * bench/results.json. Each area is one file exporting `run()`; pass area names to run a subset
 * (`npm run bench -- analyze serp`).
 */
import { writeFileSync, readFileSync, existsSync } from 'node:fs';

type Figures = Record<string, number | string | boolean | object>;
const areas: Record<string, () => Promise<{ run(): Promise<Figures> }>> = {
  analyze: () => import('./analyze.ts'),
  documents: () => import('./documents.ts'),
  search: () => import('./search.ts'),
  serp: () => import('./serp.ts'),
  records: () => import('./records.ts'),
  'records-store': () => import('./records-store.ts'),
  dashboard: () => import('./dashboard.ts'),
  extension: () => import('./extension.ts'),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const path = new URL('./results.json', import.meta.url);
const results: Record<string, Figures> = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
let failed = false;
for (const [name, load] of Object.entries(areas)) {
  if (wanted.length && !wanted.includes(name)) continue;
  process.stdout.write(`\n## ${name}\n`);
  try {
    const figures = await (await load()).run();
    results[name] = { ...figures, measuredAt: new Date().toISOString() };
    for (const [k, v] of Object.entries(figures)) process.stdout.write(`  ${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}\n`);
  } catch (e) {
    failed = true;
    process.stdout.write(`  FAILED: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
process.stdout.write(`\nwritten to bench/results.json\n`);
if (failed) process.exitCode = 1;
