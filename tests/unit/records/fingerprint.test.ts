/**
 * The instructions' fingerprint: the same words give the same fingerprint however a page spaces,
 * capitalises or marks them up, and a changed word gives another. Read through the real adapters,
 * a real view page's instructions and the same instructions in the LMS's edit form must agree, or
 * the panel would tell a teacher who changed nothing that the assignment changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/lms/index.ts';
import { FINGERPRINT_PATTERN, textChanged, textFingerprint } from '../../../lib/records/fingerprint.ts';
import { FIXTURE_ROOT, parseLinkedom, savedUrl } from '../lms/helpers.ts';

const page = (file: string) => readFileSync(`${FIXTURE_ROOT}${file}`, 'utf8');

describe('textFingerprint', () => {
  it('is 16 hex digits, the same for the same words whatever the case, punctuation and spacing', () => {
    const a = textFingerprint('Write 500 words: which facts do both accounts agree on?');
    expect(a).toMatch(FINGERPRINT_PATTERN);
    expect(textFingerprint('  write 500 WORDS —  which facts\ndo both accounts agree on ')).toBe(a);
    expect(textFingerprint('Write 500 words:\u00a0which facts do both accounts agree on?')).toBe(a);
  });

  it('changes with any changed, added, removed or moved word, and with joined words', () => {
    const base = 'Publish your essay on the class blog and read two classmates’ posts.';
    const fp = textFingerprint(base);
    expect(textFingerprint(base.replace('two', 'three'))).not.toBe(fp);
    expect(textFingerprint(`${base} Cite three sources from Iran.`)).not.toBe(fp);
    expect(textFingerprint(base.replace(' class', ''))).not.toBe(fp);
    expect(textFingerprint('Read two classmates’ posts and publish your essay on the class blog.')).not.toBe(fp);
    expect(textFingerprint(base.replace('class blog', 'classblog'))).not.toBe(fp);
  });

  it('reads accented words the same composed or decomposed, and keeps accents apart from plain letters', () => {
    expect(textFingerprint('Publica tu reflexión en el blog')).toBe(textFingerprint('Publica tu reflexio\u0301n en el blog'));
    expect(textFingerprint('Publica tu reflexión')).not.toBe(textFingerprint('Publica tu reflexion'));
    expect(textFingerprint('Напишите эссе')).not.toBe(textFingerprint('Напишите доклад'));
  });

  it('tells "changed" only when both audits carry a fingerprint', () => {
    expect(textChanged('0123456789abcdef', '0123456789abcdef')).toBe(false);
    expect(textChanged('0123456789abcdef', 'fedcba9876543210')).toBe(true);
    expect(textChanged(undefined, 'fedcba9876543210')).toBeNull();
    expect(textChanged('0123456789abcdef', undefined)).toBeNull();
  });
});

/** The view page's instructions (as HTML), put into the edit form the way the LMS serves it. */
function intoEditForm(editFile: string, html: string, fields: { textarea: string; live?: string; empty?: string }): { url: URL; doc: Document } {
  const source = page(editFile);
  const doc = parseLinkedom(source);
  // The form's other text fields belong to the form's own example assignment.
  if (fields.empty) for (const el of doc.querySelectorAll(fields.empty)) el.textContent = '';
  const textarea = doc.querySelector(fields.textarea)!;
  expect(textarea, `${editFile} has ${fields.textarea}`).not.toBeNull();
  textarea.textContent = html;
  if (fields.live) {
    const live = doc.querySelector(fields.live);
    if (live) live.innerHTML = html;
  }
  return { url: savedUrl(source), doc };
}

describe('one assignment read from its view page and from its edit form gives one fingerprint', () => {
  const canvasViews = ['canvas/real-wisc-student.html', 'canvas/real-northeastern-student.html', 'canvas/real-rmit-student-unclosed.html', 'canvas/real-sdsu-student-ally.html', 'canvas/classic-student.html'];
  it.each(canvasViews)('Canvas: %s and the assignment edit form', (file) => {
    const html = page(file);
    const doc = parseLinkedom(html);
    const view = detect(savedUrl(html), doc)!;
    expect(view.description.length).toBeGreaterThan(40);
    const container = doc.querySelector('#assignment_show .description.user_content, [data-testid="assignments-2-assignment-description"]')!;
    const edit = intoEditForm('canvas/edit.html', container.innerHTML, { textarea: 'textarea#assignment_description' });
    const read = detect(edit.url, edit.doc)!;
    expect(read.view).toBe('edit');
    expect(textFingerprint(read.description)).toBe(textFingerprint(view.description));
  });

  const moodleViews = ['moodle/real-mountorange-v52-student-en.html', 'moodle/real-bfh-v4-student-de-interface.html', 'moodle/v43-student-es.html', 'moodle/v41-boost-teacher.html'];
  it.each(moodleViews)('Moodle: %s and the activity settings form (Atto)', (file) => {
    const html = page(file);
    const doc = parseLinkedom(html);
    const view = detect(savedUrl(html), doc)!;
    expect(view.description.length).toBeGreaterThan(20);
    // The editor holds the formatted intro only (`.no-overflow`); the view adds the attached
    // files' tree after it, which the view's reader leaves out.
    const intro = doc.querySelector('#intro.activity-description, div#intro')!;
    const introHtml = (intro.querySelector('.no-overflow') ?? intro).innerHTML;
    const edit = intoEditForm('moodle/edit-atto.html', introHtml, {
      textarea: 'textarea#id_introeditor',
      live: '#id_introeditoreditable',
      empty: 'textarea#id_activityeditor, #id_activityeditoreditable',
    });
    const read = detect(edit.url, edit.doc)!;
    expect(read.view).toBe('edit');
    expect(textFingerprint(read.description)).toBe(textFingerprint(view.description));
  });
});
