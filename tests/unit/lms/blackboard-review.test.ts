/**
 * Blackboard Learn's "Review Submission History" view, as My Grades links it after a submission:
 * `uploadAssignment?action=showHistory&course_id=…&outcome_definition_id=…`, with no content id in
 * the address. On the real UTSA page (tests/fixtures/lms/blackboard/real-utsa-3900-review-history.html).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blackboard } from '../../../lib/lms/blackboard.ts';
import { detect } from '../../../lib/lms/index.ts';
import { FIXTURE_ROOT, parseLinkedom, savedUrl } from './helpers.ts';

const html = readFileSync(`${FIXTURE_ROOT}blackboard/real-utsa-3900-review-history.html`, 'utf8');
const url = savedUrl(html);

describe('Blackboard Original: the review view opened from My Grades', () => {
  it('is an assignment page: the instructions, not the grader’s feedback or the submitted files', () => {
    expect(url.searchParams.get('content_id')).toBeNull();
    const a = detect(url, parseLinkedom(html))!;
    expect(a).toMatchObject({ platform: 'blackboard', title: 'Laboratory 1: Sleep Diary-Basic Stats', description: 'This laboratory looks at the basic statistics in your sleep diary.', courseId: '_236652_1' });
  });

  it('names the assignment by its content id, so it is the assignment of the upload page: from Learn’s context line, else from its files, else the grade column', () => {
    expect(detect(url, parseLinkedom(html))!.assignmentId).toBe('_7982805_1');
    const noContext = html.replace(/Content Id: _\d+_1/, '');
    expect(detect(url, parseLinkedom(noContext))!.assignmentId).toBe('_7982805_1');
    const noFiles = noContext.replace(/\/bbcswebdav\/pid-\d+-/g, '/bbcswebdav/xid-');
    expect(detect(url, parseLinkedom(noFiles))!.assignmentId).toBe('_2534983_1');
  });

  it('needs the grade column in the address: any other uploadAssignment action without a content id is not one assignment', () => {
    const base = 'https://utsa.blackboard.com/webapps/assignment/uploadAssignment';
    expect(blackboard.matchUrl(new URL(`${base}?action=showHistory&course_id=_236652_1&outcome_definition_id=_2534983_1`))).toBe(true);
    expect(blackboard.matchUrl(new URL(`${base}?action=showHistory&course_id=_236652_1`))).toBe(false);
    expect(blackboard.matchUrl(new URL(`${base}?action=newAttempt&course_id=_236652_1&outcome_definition_id=_2534983_1`))).toBe(false);
    expect(blackboard.matchUrl(new URL(`${base}?content_id=_7982805_1&course_id=_236652_1&mode=view`))).toBe(true);
  });
});
