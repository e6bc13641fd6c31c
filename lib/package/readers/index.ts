/**
 * Every resource reader, in the order they are asked: the first that claims a resource reads it.
 * Quizzes and question banks (`imsqti_*`), web links, LTI links and Canvas settings are claimed by
 * none: they are not assignments. Blackboard's own tests are read, because Ultra keeps its
 * assignments as tests; the reader skips those that are quizzes.
 */
import { blackboardContent, blackboardForum } from './blackboard.ts';
import { blackboardTest } from './blackboard-test.ts';
import { canvasAssignment } from './canvas-assignment.ts';
import { ccAssignment } from './cc-assignment.ts';
import { d2lDiscussion } from './d2l-discussion.ts';
import { d2lDropbox } from './d2l-dropbox.ts';
import { discussion } from './discussion.ts';
import type { ResourceReader } from './types.ts';
import { webPage } from './web-page.ts';

export const READERS: readonly ResourceReader[] = [ccAssignment, canvasAssignment, d2lDropbox, d2lDiscussion, blackboardContent, blackboardForum, blackboardTest, discussion, webPage];

/** Readers whose resources are assignments proper; their files are not re-read as pages. */
export const ASSIGNMENT_READERS: readonly ResourceReader[] = [ccAssignment, canvasAssignment, d2lDropbox];
