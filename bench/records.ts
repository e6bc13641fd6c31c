/**
 * Bulk audit budget: 10,000 assignments from a course export audited through the command line in
 * at most 10 s on the 2-core machine, memory flat. Generates Canvas-shaped packages (assignment
 * texts from tests/fixtures/assignments/, else the package fixtures) in bench/tmp/, runs
 * `vantage audit-package … --json > /dev/null` as a child process, and reports wall time,
 * items per second and peak resident memory (GNU `/usr/bin/time -v` when present, else the
 * child's own `process.resourceUsage().maxRSS` via VANTAGE_REPORT_RSS). A 2,000-item run next to
 * the 10,000-item one shows whether memory grows with the package.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { makeCanvasCourse, sampleTexts, withBigMedia, writeSparse } from '../scripts/make-packages.ts';
import { openPackage } from '../lib/package/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = fileURLToPath(new URL('./tmp/', import.meta.url));
const BUDGET_SECONDS = 10;
const GNU_TIME = '/usr/bin/time';

interface CliRun {
  seconds: number;
  /** User + system CPU seconds of the child (GNU time only): comparable when the machine is busy. */
  cpuSeconds: number | null;
  peakRssMB: number | null;
  exitCode: number | null;
  stderr: string;
}

async function runCli(file: string): Promise<CliRun> {
  const useTime = existsSync(GNU_TIME);
  const node = [process.execPath, '--import', 'tsx', 'lib/cli/main.ts', 'audit-package', file, '--json'];
  const [cmd, ...args] = useTime ? [GNU_TIME, '-v', ...node] : node;
  const devNull = openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  const child = spawn(cmd!, args, { cwd: ROOT, stdio: ['ignore', devNull, 'pipe'], env: { ...process.env, VANTAGE_REPORT_RSS: useTime ? '' : '1' } });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exitCode: number | null = await new Promise((resolve) => child.on('close', resolve));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(devNull);
  const kb = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] : /maxRSS=(\d+)/.exec(stderr)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
  const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
  const cpuSeconds = user && sys ? Math.round((Number(user) + Number(sys)) * 100) / 100 : null;
  return { seconds, cpuSeconds, peakRssMB: kb ? Math.round(Number(kb) / 1024) : null, exitCode, stderr };
}

export async function run(): Promise<Record<string, number | string | boolean | Record<string, unknown>>> {
  mkdirSync(TMP, { recursive: true });
  const texts = sampleTexts();
  const avgChars = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);

  const sizes: Record<number, { file: string; bytes: number }> = {};
  for (const n of [2_000, 10_000]) {
    const bytes = makeCanvasCourse(n, texts, `Bench course ${n}`);
    const file = `${TMP}course-${n}.imscc`;
    writeFileSync(file, bytes);
    sizes[n] = { file, bytes: bytes.length };
  }

  // The reader alone, in process: how much of the budget is unzip + XML + HTML→text.
  const big = sizes[10_000]!;
  const data = new Uint8Array(readFileSync(big.file));
  const t0 = process.hrtime.bigint();
  const opened = openPackage(data, {});
  let readItems = 0;
  if (opened.ok) for (const c of opened.pkg.candidates) if ('item' in opened.pkg.read(c)) readItems++;
  const readSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

  const loadBefore = loadavg()[0]!;
  const small = await runCli(sizes[2_000]!.file);
  const full = await runCli(big.file);
  if (full.exitCode !== 0) throw new Error(`audit-package exited ${full.exitCode}: ${full.stderr.slice(-500)}`);
  // The 10,000-item course with a 4 GB lecture video added, written sparse (no disk): the video
  // is never read, so time and memory should match the course without it.
  const parts = withBigMedia(data, 'web_resources/media/lecture.mp4', 4_000_000_000);
  const withVideo = `${TMP}course-10000-video.imscc`;
  writeSparse(withVideo, parts);
  const video = await runCli(withVideo);
  if (video.exitCode !== 0) throw new Error(`audit-package (with video) exited ${video.exitCode}: ${video.stderr.slice(-500)}`);

  return {
    items: 10_000,
    assignmentTextSource: texts.length >= 5 && avgChars ? `${texts.length} texts, ${avgChars} chars on average` : 'fixtures',
    packageMB: Math.round((big.bytes / 1024 / 1024) * 10) / 10,
    wallSeconds: Math.round(full.seconds * 100) / 100,
    itemsPerSecond: Math.round(10_000 / full.seconds),
    budgetSeconds: BUDGET_SECONDS,
    withinBudget: full.seconds <= BUDGET_SECONDS,
    cpuSeconds: full.cpuSeconds ?? 'unknown',
    cores: availableParallelism(),
    loadAverageAtStart: Math.round(loadBefore * 100) / 100,
    peakRssMB: full.peakRssMB ?? 'unknown',
    peakRssMB2000Items: small.peakRssMB ?? 'unknown',
    wallSeconds2000Items: Math.round(small.seconds * 100) / 100,
    memoryMeasuredWith: existsSync(GNU_TIME) ? '/usr/bin/time -v (child process max RSS)' : 'process.resourceUsage().maxRSS in the child',
    withVideoPackageGB: Math.round(((parts.head.length + parts.gap + parts.tail.length) / 1e9) * 100) / 100,
    withVideoWallSeconds: Math.round(video.seconds * 100) / 100,
    withVideoPeakRssMB: video.peakRssMB ?? 'unknown',
    readerOnlySeconds: Math.round(readSeconds * 100) / 100,
    readerOnlyItems: readItems,
  };
}
