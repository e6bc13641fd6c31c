/**
 * The meta-test for LMS adapters (CONTRIBUTING.md, "Adding an LMS adapter"). Every adapter file
 * is registered, has fixtures both ways, declares example URLs, accepts its own and nobody
 * else's (nor any search engine's), and is listed in README.md. Failure messages say what to do.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, PLATFORM_NAMES, adapterFor, assignmentUrlPlatform, candidatesFor, unreadAssignmentPlatform } from '../../../lib/lms/index.ts';
import { parseHtmlDocument } from '../../../lib/cli/io.ts';
import type { LmsAdapter } from '../../../lib/lms/types.ts';
import { FIXTURE_ROOT, fixturePlatforms, loadFixtures, supportedPlatformRows } from './helpers.ts';
import { SERP_URLS } from './serp-urls.ts';

const LMS_DIR = fileURLToPath(new URL('../../../lib/lms/', import.meta.url));
const README = fileURLToPath(new URL('../../../README.md', import.meta.url));

/** Files of lib/lms/ that are not adapters. A new helper file goes here. */
const HELPER_FILES = new Set(['types.ts', 'index.ts', 'names.ts', 'hosts.ts', 'generic.ts', 'text.ts', 'dom.ts', 'handouts.ts']);

function isAdapter(value: unknown): value is LmsAdapter {
  const v = value as Partial<LmsAdapter> | null;
  return !!v && typeof v === 'object' && typeof v.id === 'string' && typeof v.matchUrl === 'function' && typeof v.read === 'function';
}

const files = readdirSync(LMS_DIR).filter((f) => f.endsWith('.ts')).sort();
const modules = await Promise.all(files.map(async (f) => [f, (await import(`../../../lib/lms/${f}`)) as Record<string, unknown>] as const));

describe('lib/lms/ files', () => {
  for (const [file, mod] of modules) {
    const adapters = Object.values(mod).filter(isAdapter);
    if (HELPER_FILES.has(file)) {
      it(`${file} is a helper and exports no adapter`, () => {
        // index.ts re-exports nothing adapter-shaped; ADAPTERS is an array.
        expect(adapters, `${file} is listed as a helper in registry.test.ts but exports an adapter: move the adapter to its own file.`).toEqual([]);
      });
      continue;
    }
    it(`${file} exports exactly one adapter, registered in ADAPTERS`, () => {
      expect(adapters.length, `lib/lms/${file} must export one LmsAdapter object (or, if it is a helper, add it to HELPER_FILES in tests/unit/lms/registry.test.ts).`).toBe(1);
      const adapter = adapters[0]!;
      expect(adapter.id, `The adapter in lib/lms/${file} must have id "${file.replace(/\.ts$/, '')}" (one adapter per file, named after its platform).`).toBe(file.replace(/\.ts$/, ''));
      expect(ADAPTERS.includes(adapter), `Add \`${adapter.id}\` to the ADAPTERS list in lib/lms/index.ts (with a comment on why it sits where it does).`).toBe(true);
    });
  }

  it('ADAPTERS holds each platform once', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size, `Duplicate ids in ADAPTERS: ${ids.join(', ')}`).toBe(ids.length);
    expect(Object.keys(PLATFORM_NAMES).sort(), 'lib/lms/names.ts must name every adapter (and only those).').toEqual([...ids].sort());
    for (const a of ADAPTERS) expect(a.name, `The ${a.id} adapter's name must equal PLATFORM_NAMES.${a.id} in lib/lms/names.ts.`).toBe(PLATFORM_NAMES[a.id]);
  });
});

describe.each(ADAPTERS.map((a) => [a.id, a] as const))('adapter %s', (id, adapter) => {
  it('declares a display name and real-shaped example URLs', () => {
    expect(adapter.name.trim(), `Give the ${id} adapter a display name.`).not.toBe('');
    expect(adapter.exampleUrls.length, `Add exampleUrls to lib/lms/${id}.ts: real assignment (and edit) page URLs, one per page shape.`).toBeGreaterThan(0);
    for (const u of adapter.exampleUrls) expect(() => new URL(u), `${id}: "${u}" is not a URL`).not.toThrow();
  });

  it('accepts its own example URLs', () => {
    for (const u of adapter.exampleUrls) {
      expect(adapter.matchUrl(new URL(u)), `${id}.matchUrl rejects its own example ${u}: fix the path test or the example.`).toBe(true);
      expect(adapterFor(new URL(u))?.id, `adapterFor(${u}) should be ${id}: another adapter's URL test also accepts it; narrow one of them.`).toBe(id);
    }
  });

  it("rejects every other adapter's example URLs", () => {
    for (const other of ADAPTERS) {
      if (other === adapter) continue;
      for (const u of other.exampleUrls) {
        expect(adapter.matchUrl(new URL(u)), `${id}.matchUrl accepts ${other.id}'s example ${u}: narrow ${id}'s path test so the two LMSs cannot be confused.`).toBe(false);
      }
    }
  });

  it('rejects search-engine result pages', () => {
    for (const u of SERP_URLS) expect(adapter.matchUrl(new URL(u)), `${id}.matchUrl accepts the search page ${u}`).toBe(false);
  });

  it('has at least one assignment fixture and one "not an assignment" fixture, with provenance', () => {
    const dir = `${FIXTURE_ROOT}/${id}`;
    expect(existsSync(`${dir}/expected.json`), `Create tests/fixtures/lms/${id}/ with saved pages and an expected.json (see CONTRIBUTING.md).`).toBe(true);
    expect(existsSync(`${dir}/PROVENANCE.md`), `Add tests/fixtures/lms/${id}/PROVENANCE.md saying where each page came from.`).toBe(true);
    const fixtures = loadFixtures(id);
    expect(fixtures.some((f) => f.expected), `Add a positive fixture (an assignment page) for ${id} to expected.json.`).toBe(true);
    expect(fixtures.some((f) => !f.expected), `Add a negative fixture (a list, login, course home… page of ${id}) with expectation null.`).toBe(true);
    const html = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
    expect(html, `Every .html in tests/fixtures/lms/${id}/ must be listed in its expected.json, and every entry must exist.`).toEqual(fixtures.map((f) => f.file).sort());
  });

  it("appears in README.md's supported-platforms table", () => {
    const hint =
      `README.md needs a "Supported platforms" section with a Markdown table whose header has a "Platform" column ` +
      `and one row per adapter naming it: ${ADAPTERS.map((a) => a.name).join(', ')}. ` +
      `For example:\n\n## Supported platforms\n\n| Platform | Assignment pages | Edit pages |\n|---|---|---|\n| ${adapter.name} | … | … |\n`;
    expect(existsSync(README), `README.md is missing. ${hint}`).toBe(true);
    const rows = supportedPlatformRows(readFileSync(README, 'utf8'));
    expect(rows.length, `README.md has no supported-platforms table. ${hint}`).toBeGreaterThan(0);
    expect(rows.some((row) => row.includes(adapter.name)), `Add a row for "${adapter.name}" to README.md's supported-platforms table.`).toBe(true);
  });
});

describe('the README table reader', () => {
  it('finds the rows of the table with a Platform column, and nothing in other tables', () => {
    const md = '# Vantage\n\n| Command | Does |\n|---|---|\n| audit | x |\n\n## Supported platforms\n\n| Platform | Pages |\n| --- | --- |\n| Canvas | view, edit |\n| Moodle | view |\n\nText.';
    expect(supportedPlatformRows(md)).toEqual(['| Canvas | view, edit |', '| Moodle | view |']);
    expect(supportedPlatformRows('no tables here')).toEqual([]);
  });
});

describe('URL candidates', () => {
  it('no search-engine URL has an adapter', () => {
    for (const u of SERP_URLS) expect(candidatesFor(new URL(u)).map((a) => a.id), u).toEqual([]);
  });
});

describe('pages whose address names one assignment', () => {
  // Where no adapter reads such a page, its layout is new to Vantage and the overlay offers to
  // pick the text; everywhere else there is no tab at all.
  const all = fixturePlatforms().flatMap((p) => loadFixtures(p));
  const offered = all.filter((f) => f.expected === null && unreadAssignmentPlatform(f.url, parseHtmlDocument(f.html)) !== null).map((f) => `${f.platform}/${f.file}`);

  it('are the unread assignment addresses only: pages still rendering, or not that LMS (an error page says so and gets none)', () => {
    expect(offered.sort()).toEqual([
      'blackboard/ultra-panel-not-open.html',
      'brightspace/not-d2l.html',
      'canvas/a2-loading.html',
      'canvas/not-canvas.html',
      'classroom/details-not-rendered.html',
      'classroom/details-url-before-render.html',
    ]);
    // Both error pages have an assignment's address: their titles say "Page not found".
    expect(assignmentUrlPlatform(all.find((f) => f.file === 'assignment-not-found.html')!.url)).toBe('schoology');
    expect(assignmentUrlPlatform(all.find((f) => f.file === 'not-moodle.html')!.url)).toBe('moodle');
  });

  it('name the platform of the adapter that reads them', () => {
    for (const f of all.filter((x) => x.expected?.platform)) {
      const named = assignmentUrlPlatform(f.url);
      // A Blackboard content folder may hold one assignment, none or several; Moodle's form for
      // editing an activity may edit any kind of activity.
      if (f.file.startsWith('original-listcontent') || f.url.searchParams.has('update')) expect(named, f.file).toBeNull();
      else expect(named, `${f.platform}/${f.file}`).toBe(f.expected!.platform);
    }
  });

  it('are never a list, a course page, a search engine or a folder', () => {
    for (const u of [
      ...SERP_URLS,
      'https://k12.instructure.com/courses/2214/assignments',
      'https://moodle.example.edu/course/modedit.php?update=19&return=1',
      'https://moodle.example.edu/mod/assign/index.php?id=5',
      'https://bb.sustech.edu.cn/webapps/blackboard/content/listContent.jsp?course_id=_8328_1&content_id=_610950_1',
      'https://app.schoology.com/course/6658443201/materials',
      'https://classroom.google.com/u/0/w/NTk3MjE0NzE4MzQ0/t/all',
      'https://purdue.brightspace.com/d2l/lms/dropbox/user/folders_list.d2l?ou=598223&isprv=0',
    ]) expect(assignmentUrlPlatform(new URL(u)), u).toBeNull();
  });
});

describe('an error page at an assignment address gets no "?" tab, in the languages LMSs speak', () => {
  const url = new URL('https://moodle.example.edu/mod/assign/view.php?id=77');
  const page = (title: string, h1 = '') => parseHtmlDocument(`<html><head><title>${title}</title></head><body><h1>${h1}</h1><p>…</p></body></html>`);

  it.each([
    ['Page not found', ''],
    ['Error', 'Invalid course module ID'],
    ['Página no encontrada', ''],
    ['Erreur', 'Page introuvable'],
    ['Fehler: Seite nicht gefunden', ''],
    ['Página não encontrada', ''],
    ['Pagina non trovata', ''],
    ['Ошибка', 'Страница не найдена'],
    ['Доступ запрещён', ''],
    ['Nie znaleziono strony', ''],
  ])('%s / %s', (title, h1) => {
    expect(unreadAssignmentPlatform(url, page(title, h1))).toBeNull();
  });

  it('while an assignment whose words merely contain those letters still gets it', () => {
    expect(unreadAssignmentPlatform(url, page('Ensayo: lo encontrado en el archivo', 'Foundations of 4040 design'))).toBe('moodle');
    expect(unreadAssignmentPlatform(url, page('Ненайденные слова', ''))).toBe('moodle');
  });
});
