/** The files an assignment page hands out: found on saved LMS pages, only the page's own site's documents. */
import { afterAll, describe, expect, it } from 'vitest';
import { detect } from '../../../lib/lms/index.ts';
import { findHandouts, MAX_HANDOUT_LINKS } from '../../../lib/lms/handouts.ts';
import { closeHappyWindows, fixturePlatforms, loadFixtures, parseHappy, parseLinkedom } from './helpers.ts';

afterAll(closeHappyWindows);

function fixture(platform: string, file: string) {
  const f = loadFixtures(platform).find((x) => x.file === file);
  if (!f) throw new Error(`no fixture ${platform}/${file}`);
  const doc = parseLinkedom(f.html);
  return { doc, url: f.url.href, root: detect(f.url, doc)?.descriptionRoot ?? null };
}

/** A Canvas assignment page whose description holds `links`. */
function canvasPage(links: string, url = 'https://school.instructure.com/courses/12/assignments/34') {
  const html = `<html><body><div id="content"><h1 class="title">Essay</h1><div class="description user_content">${links}</div></div>
    <div id="sidebar"><a href="/courses/12/files/999/download">Syllabus.pdf</a></div></body></html>`;
  const doc = parseHappy(html, new URL(url));
  return findHandouts(doc, url, doc.querySelector('.description'));
}

describe('findHandouts on saved LMS pages', () => {
  it('Moodle: the intro attachment of a real 5.2 assignment, with its download address', () => {
    const { doc, url, root } = fixture('moodle', 'real-mountorange-v52-student-en.html');
    expect(findHandouts(doc, url, root)).toEqual([
      { name: 'ExampleEssay.pdf', url: 'https://school.moodledemo.net/pluginfile.php/1134/mod_assign/introattachment/0/ExampleEssay.pdf?forcedownload=1' },
    ]);
  });

  it('Moodle: a .zip and a .gif attached to the assignment are not offered', () => {
    const { doc, url, root } = fixture('moodle', 'real-bfh-v4-student-de-interface.html');
    expect(findHandouts(doc, url, root)).toEqual([]);
  });

  it('Schoology: the file under the instructions', () => {
    const { doc, url, root } = fixture('schoology', 'student.html');
    const origin = new URL(url).origin;
    expect(findHandouts(doc, url, root)).toEqual([{ name: 'Cold War headlines - examples.pdf', url: `${origin}/attachment/2081134455/source/e1c2b3.pdf` }]);
  });

  it('Canvas: a file link in a real description is offered under its link text', () => {
    const { doc, url, root } = fixture('canvas', 'real-northeastern-student.html');
    expect(findHandouts(doc, url, root)).toEqual([
      { name: 'Starter code', url: 'https://northeastern.instructure.com/courses/143020/files/19222812/download?download_frd=1' },
    ]);
  });

  it('Brightspace: a file linked in the instructions kept in the html-block’s attribute', () => {
    const f = loadFixtures('brightspace').find((x) => x.file === 'student-submit.html')!;
    const link = '&lt;p&gt;The brief: &lt;a href=&quot;/content/enforced/6606-ART101/Colour%20brief.pdf&quot;&gt;Colour brief.pdf&lt;/a&gt;&lt;/p&gt;';
    const html = f.html.replace('<d2l-html-block html="', `<d2l-html-block html="${link}`);
    expect(html).not.toBe(f.html);
    for (const doc of [parseLinkedom(html), parseHappy(html, f.url)]) {
      expect(findHandouts(doc, f.url.href, detect(f.url, doc)?.descriptionRoot ?? null)).toEqual([
        { name: 'Colour brief.pdf', url: `${f.url.origin}/content/enforced/6606-ART101/Colour%20brief.pdf` },
      ]);
    }
  });

  it('on every saved page, only the page’s own site, never a submitted file, at most six', () => {
    let pages = 0;
    for (const platform of [...fixturePlatforms(), '_generic']) {
      for (const f of loadFixtures(platform)) {
        const doc = parseLinkedom(f.html);
        const found = findHandouts(doc, f.url.href, detect(f.url, doc)?.descriptionRoot ?? null);
        pages++;
        expect(found.length).toBeLessThanOrEqual(MAX_HANDOUT_LINKS);
        for (const h of found) {
          expect(new URL(h.url).origin, `${platform}/${f.file}`).toBe(f.url.origin);
          expect(h.url).not.toMatch(/submission/);
          expect(h.name.trim()).toBe(h.name);
          expect(h.name).not.toBe('');
        }
      }
    }
    expect(pages).toBeGreaterThan(90);
  });
});

describe('findHandouts: which links are handouts', () => {
  it('a Canvas file link becomes its download address, keeping the verifier', () => {
    expect(
      canvasPage(`<p>Instructions are in <a class="instructure_file_link" href="/courses/12/files/345?wrap=1" title="Essay prompt.pdf">Essay prompt.pdf</a>
        and <a href="https://school.instructure.com/courses/12/files/346/preview?verifier=abc&amp;wrap=1">the rubric</a>.</p>`),
    ).toEqual([
      { name: 'Essay prompt.pdf', url: 'https://school.instructure.com/courses/12/files/345/download?download_frd=1' },
      { name: 'the rubric', url: 'https://school.instructure.com/courses/12/files/346/download?verifier=abc&download_frd=1' },
    ]);
  });

  it('a name comes from the title or the address when the link text is no file name', () => {
    expect(canvasPage(`<a href="/courses/12/files/7" title="Brief.docx">here</a> <a href="/docs/Lab%203%20sheet.odt">the lab sheet</a>`)).toEqual([
      { name: 'Brief.docx', url: 'https://school.instructure.com/courses/12/files/7/download?download_frd=1' },
      { name: 'Lab 3 sheet.odt', url: 'https://school.instructure.com/docs/Lab%203%20sheet.odt' },
    ]);
  });

  it('other sites, other kinds, pages, scripts and submitted files are not handouts', () => {
    expect(
      canvasPage(`<a href="https://drive.google.com/file/d/1abc/view">Brief.pdf</a>
        <a href="https://other.instructure.com/courses/1/files/2/download">Prompt.pdf</a>
        <a href="/courses/12/files/8" title="map.png">the map</a>
        <a href="/courses/12/files/9">slides.pptx</a>
        <a href="/courses/12/pages/reading">Reading guide</a>
        <a href="javascript:alert(1)">Brief.pdf</a>
        <a href="/courses/12/assignments/34/submissions/5/files/prompt.pdf">prompt.pdf</a>
        <a href="http://school.instructure.com/courses/12/files/10">Brief.pdf</a>`),
    ).toEqual([]);
  });

  it('repeats are listed once, and no more than six', () => {
    const links = Array.from({ length: 9 }, (_, i) => `<a href="/f/part${i}.pdf">Part ${i}.pdf</a><a href="/f/part${i}.pdf#page=2">again</a>`).join(' ');
    const found = canvasPage(links);
    expect(found).toHaveLength(MAX_HANDOUT_LINKS);
    expect(found.map((h) => h.name)).toEqual(['Part 0.pdf', 'Part 1.pdf', 'Part 2.pdf', 'Part 3.pdf', 'Part 4.pdf', 'Part 5.pdf']);
  });

  it('a hostile name is one plain line: no controls, no direction overrides', () => {
    const [h] = canvasPage(`<a href="/f/x.pdf">\u202eevil\u0007\n  name.pdf</a>`);
    expect(h!.name).toBe('evil name.pdf');
  });

  it('the sidebar and a broken page address give nothing', () => {
    const doc = parseHappy('<html><body><a href="/f/a.pdf">a.pdf</a></body></html>', new URL('https://x.example/'));
    expect(findHandouts(doc, 'not a url', doc.body)).toEqual([]);
    expect(findHandouts(doc, 'https://x.example/', null)).toEqual([]);
  });
});
