/**
 * Every saved LMS page in tests/fixtures/lms/<platform>/ reads as expected.json says, with
 * linkedom and with happy-dom alike; every "not an assignment page" reads as null.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ADAPTERS, detect } from '../../../lib/lms/index.ts';
import { closeHappyWindows, fixturePlatforms, loadFixtures, parseHappy, parseLinkedom, plain, type Fixture } from './helpers.ts';

afterAll(closeHappyWindows);

const parsers = [
  ['linkedom', (f: Fixture) => parseLinkedom(f.html)],
  ['happy-dom', (f: Fixture) => parseHappy(f.html, f.url)],
] as const;

for (const platform of fixturePlatforms()) {
  const fixtures = loadFixtures(platform);
  const adapter = ADAPTERS.find((a) => a.id === platform);

  describe(`${platform} fixtures`, () => {
    it('has an adapter of that id', () => {
      expect(adapter, `tests/fixtures/lms/${platform}/ has no adapter with id "${platform}" in lib/lms/index.ts`).toBeDefined();
    });

    for (const f of fixtures.filter((x) => x.expected)) {
      const exp = f.expected!;
      for (const [name, parse] of parsers) {
        if (name === 'happy-dom' && exp.happyDomDiffers) {
          it(`${f.file} (happy-dom) finds the platform and title despite: ${exp.happyDomDiffers}`, () => {
            const reading = detect(f.url, parse(f));
            expect(reading?.platform).toBe(exp.platform);
            expect(reading?.title).toBe(exp.title);
          });
          continue;
        }
        it(`${f.file} (${name}) reads "${exp.title || '(untitled)'}"`, () => {
          const reading = detect(f.url, parse(f));
          expect(reading, `${f.file} should be recognised as a ${platform} assignment`).not.toBeNull();
          expect(reading!.platform).toBe(exp.platform);
          expect(reading!.view).toBe(exp.view);
          expect(reading!.title).toBe(exp.title);
          expect(reading!.url).toBe(f.url.href);
          if (exp.descriptionStartsWith) expect(reading!.description.startsWith(exp.descriptionStartsWith), reading!.description.slice(0, 200)).toBe(true);
          else expect(reading!.description).toBe('');
          expect(reading!.courseId).toBe(exp.courseId);
          expect(reading!.assignmentId).toBe(exp.assignmentId);
          if (exp.language) expect(reading!.language).toBe(exp.language);
          // Text comes out as text: no markup, no runs of spaces, no blank lines.
          // Angle brackets the teacher typed (Canvas's "Enter &lt;label start end&gt;" on a real
          // page) are text; a tag is markup only when the page does not carry it escaped.
          const tags = reading!.description.match(/<\/?[a-z][^>]*>/gi) ?? [];
          for (const tag of tags) expect(f.html, `markup "${tag}" leaked into the description`).toContain(`&lt;${tag.slice(1, -1)}&gt;`);
          expect(reading!.description).not.toMatch(/ {2}|\n\n/);
          if (reading!.descriptionRoot) expect(reading!.descriptionRoot.ownerDocument).toBeTruthy();
        });
      }

      if (!exp.happyDomDiffers) it(`${f.file}: linkedom and happy-dom give the same reading`, () => {
        const a = detect(f.url, parseLinkedom(f.html));
        const b = detect(f.url, parseHappy(f.html, f.url));
        expect(plain(b)).toEqual(plain(a));
        expect(!!b?.descriptionRoot).toBe(!!a?.descriptionRoot);
      });
    }

    for (const f of fixtures.filter((x) => !x.expected)) {
      for (const [name, parse] of parsers) {
        it(`${f.file} (${name}) is not an assignment page`, () => {
          const doc = parse(f);
          expect(plain(detect(f.url, doc)), `${f.file} must read as null`).toBeNull();
          // Not by accident of the URL: no adapter reads it, even when asked directly.
          for (const a of ADAPTERS) expect(a.read(f.url, doc), `${a.id} read ${platform}/${f.file}`).toBeNull();
        });
      }
    }
  });
}
