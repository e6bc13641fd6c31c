/** The content script's declared hosts: vendor-hosted LMS pages in, everything else out. */
import { describe, expect, it } from 'vitest';
import { LMS_MATCHES, compileMatchPattern, matchesKnownHost, urlMatchesPattern } from '../../../lib/lms/hosts.ts';
import { SERP_URLS } from './serp-urls.ts';

describe('LMS_MATCHES', () => {
  it('is a list of valid match patterns', () => {
    for (const p of LMS_MATCHES) expect(compileMatchPattern(p), `"${p}" is not a valid match pattern`).not.toBeNull();
  });

  it('never asks for all sites', () => {
    for (const p of LMS_MATCHES) expect(p).not.toMatch(/^\*:\/\/\*\//);
  });
});

describe('matchesKnownHost', () => {
  it.each([
    'https://k12.instructure.com/courses/2214/assignments/88412?module_item_id=553',
    'https://canvas.instructure.com/courses/1325946/assignments/9876543/edit',
    'https://classroom.google.com/u/0/c/NTk3MjE0NzE4MzQ0/a/NjE2NzQ1ODk4MDg5/details',
    'https://classroom.google.com/u/0/h',
    'https://fuhsd.schoology.com/assignment/7102655024/info',
    'https://app.schoology.com/assignment/7102655023',
    // The plural path of Schoology's API links and current pages (a real Round Rock ISD page).
    'https://roundrockisd.schoology.com/assignments/6224992474/info',
    'https://ntnu.blackboard.com/ultra/courses/_46789_1/outline/assessment/_2233445_1/overview?courseId=_46789_1',
    'https://worwic.blackboard.com/webapps/assignment/uploadAssignment?content_id=_1_1&course_id=_2_1',
    'https://purdue.brightspace.com/d2l/lms/dropbox/user/folder_submit_files.d2l?db=641409&ou=598223',
    'https://nscconline.desire2learn.com/d2l/lms/dropbox/user/folder_submit_files.d2l?ou=185109&db=231830',
    'https://techeducators.moodlecloud.com/mod/assign/view.php?id=6242',
    'https://school.moodlecloud.com/course/modedit.php?update=6242&return=1',
  ])('accepts the vendor-hosted page %s', (u) => {
    expect(matchesKnownHost(new URL(u))).toBe(true);
  });

  it.each([
    // Dashboards and grade books of the same vendors: not assignment areas, no script there.
    'https://k12.instructure.com/',
    'https://app.schoology.com/home',
    'https://purdue.brightspace.com/d2l/home/598223',
    'https://techeducators.moodlecloud.com/my/',
    // Look-alikes and self-hosted sites (granted one by one, not declared).
    'https://instructure.com.evil.example/courses/1/assignments/2',
    'https://notinstructure.com/courses/1/assignments/2',
    'https://moodle.bfh.ch/mod/assign/view.php?id=2520604',
    'https://canvas.university.edu/courses/4412/assignments/77001',
    'https://lms.lausd.net/assignment/6543210987',
    'ftp://k12.instructure.com/courses/1/assignments/2',
    ...SERP_URLS,
  ])('rejects %s', (u) => {
    expect(matchesKnownHost(new URL(u))).toBe(false);
  });
});

describe('urlMatchesPattern', () => {
  it('matches path and query like browsers do', () => {
    expect(urlMatchesPattern(new URL('https://a.moodlecloud.com/course/modedit.php?update=1'), '*://*.moodlecloud.com/course/modedit.php*')).toBe(true);
    expect(urlMatchesPattern(new URL('https://moodlecloud.com/course/modedit.php'), '*://*.moodlecloud.com/course/modedit.php*')).toBe(true);
    expect(urlMatchesPattern(new URL('http://classroom.google.com/'), 'https://classroom.google.com/*')).toBe(false);
  });
});
