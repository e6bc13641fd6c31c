/**
 * `vantage audit`, spawned as a person runs it: the JSON contract of issue 2 (fields, evidence
 * offsets into the description), exit 0 / 3 / 2, the human summary, and plain text with --text.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ROOT } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DEMO = join(ROOT, 'scripts', 'demo', 'assignment.html');
const DEMO_URL = 'https://vantage-demo.instructure.com/courses/101/assignments/2001';
const TMP = mkdtempSync(join(tmpdir(), 'vantage-cli-'));

function vantage(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', 'audit', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

type Evidence = { text: string; start: number; end: number };
type Question = { id: number; status: string; evidence: Evidence[]; suggestions: string[] };

describe('vantage audit (spawned)', () => {
  it('--json on an assignment page: the documented fields, evidence that points into the description, exit 0', () => {
    const r = vantage(DEMO, '--url', DEMO_URL, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { platform: string; url: string; title: string; description: string; language: string; score: number; questions: Question[] };
    expect(doc).toMatchObject({ platform: 'canvas', url: DEMO_URL, title: 'The Iranian Hostage Crisis: Two Sides of 444 Days', language: 'en' });
    expect(doc.description).toMatch(/^On November 4, 1979, students in Tehran/);
    expect(doc.questions.map((q) => q.id)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const q of doc.questions) expect(['evident', 'partial', 'missing']).toContain(q.status);
    expect(doc.score).toBe(doc.questions.filter((q) => q.status === 'evident').length);
    const evidence = doc.questions.flatMap((q) => q.evidence);
    expect(evidence.length).toBeGreaterThan(3);
    for (const e of evidence) expect(doc.description.slice(e.start, e.end)).toBe(e.text);
    // The first search design names the other side's country and its own words.
    expect(doc.questions[0]!.suggestions.join(' ')).toMatch(/site:ir .*site:ac\.ir "conquest of the American spy den"/);
  });

  it('the human summary names the platform, title and score, and quotes the evidence', () => {
    const r = vantage(DEMO, '--url', DEMO_URL);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^canvas · The Iranian Hostage Crisis: Two Sides of 444 Days · [0-6]\/6 evident · language en$/);
    expect(r.out).toContain('1. Critical thinking on the web — evident');
    expect(r.out).toContain('“Research the crisis online”');
  });

  it('an English assignment on a German-language Moodle (a real page) is analysed in English, not refused', () => {
    const r = vantage(join(FIXTURE_ROOT, 'moodle', 'real-bfh-v4-student-de-interface.html'), '--url', 'https://moodle.bfh.ch/mod/assign/view.php?id=2520604', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { platform: string; title: string; description: string; language: string; supported?: boolean };
    expect(doc).toMatchObject({ platform: 'moodle', title: 'Write HTML+CSS to looking like a sample', description: 'Identifying elements and styling them with CSS.', language: 'en' });
    expect(doc.supported).not.toBe(false);
  });

  it('a page that is no assignment page: exit 3 with platform null', () => {
    const r = vantage(join(FIXTURE_ROOT, 'canvas', 'assignments-index.html'), '--url', 'https://k12.instructure.com/courses/2214/assignments', '--json');
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out)).toMatchObject({ platform: null, url: 'https://k12.instructure.com/courses/2214/assignments', questions: [] });
    expect(vantage(join(FIXTURE_ROOT, 'canvas', 'assignments-index.html'), '--url', 'https://k12.instructure.com/courses/2214/assignments').out).toMatch(/^Not an assignment page/);
  });

  it('an assignment address whose markup no adapter knows: exit 3, and the summary says what the address is', () => {
    const page = join(TMP, 'renamed.html');
    writeFileSync(page, readFileSync(DEMO, 'utf8').replaceAll('assignment_show', 'assignment_view_2027'));
    const json = vantage(page, '--url', DEMO_URL, '--json');
    expect(json.code).toBe(3);
    expect(JSON.parse(json.out)).toMatchObject({ platform: null, questions: [] });
    const text = vantage(page, '--url', DEMO_URL);
    expect(text.code).toBe(3);
    expect(text.out).toMatch(/is a Canvas assignment address, but no adapter recognised the page's markup.*--text/);
  });

  it('an error page at an assignment address ("Page not found") is not offered as an unread layout', () => {
    const r = vantage(join(FIXTURE_ROOT, 'schoology', 'assignment-not-found.html'), '--url', 'https://app.schoology.com/assignment/7102659999');
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/^Not an assignment page/);
  });

  it('--text audits plain text, its first line the title', () => {
    const file = join(TMP, 'task.txt');
    writeFileSync(file, 'Malvinas research\n\nFind two sources from Argentina (site:ar) and two from the United Kingdom, and compare how each describes the war.\n');
    const r = vantage('--text', file, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { platform: null; title: string; questions: Question[] };
    expect(doc).toMatchObject({ platform: null, title: 'Malvinas research' });
    expect(doc.questions[0]!.status).toBe('evident');
  });

  it.each([
    ['no page at all', [], /Give a saved page/],
    ['a missing file', [join(TMP, 'nope.html'), '--url', DEMO_URL], /Cannot read saved page .*ENOENT/],
    ['no --url', [DEMO], /--url <page url> is needed/],
    ['a --url that is no address', [DEMO, '--url', 'notaurl'], /--url is not a valid address: notaurl/],
  ])('unreadable input (%s): exit 2 and a message on stderr, nothing on stdout', (_name, args, message) => {
    const r = vantage(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('binary data and files that are no HTML: exit 2', () => {
    const bin = join(TMP, 'page.html');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]));
    expect(vantage(bin, '--url', DEMO_URL)).toMatchObject({ code: 2, err: expect.stringMatching(/binary data/) });
    const plain = join(TMP, 'notes.html');
    writeFileSync(plain, 'just some words, no markup');
    expect(vantage(plain, '--url', DEMO_URL)).toMatchObject({ code: 2, err: expect.stringMatching(/does not look like an HTML page/) });
  });

  it('a saved page over 200 MB: exit 2 with its size, before reading it', () => {
    const big = join(TMP, 'huge.html');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 210 * 1024 * 1024); // sparse: no disk, never read
    closeSync(fd);
    expect(vantage(big, '--url', DEMO_URL)).toMatchObject({ code: 2, out: '', err: expect.stringMatching(/huge\.html is 210 MB; the limit is 200 MB\./) });
  });
});
