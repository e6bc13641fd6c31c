/**
 * Shapes the dashboard's components take as props, kept out of the .svelte files so the type
 * checker sees them everywhere (the state class builds them, the components read them).
 */
import type { PackageFormat } from '../../lib/package/types.ts';

/** One choice of a multi-value pick-list (MultiSelect.svelte). */
export interface Choice {
  /** null stands for "no value" (records without this label). */
  value: string | null;
  label: string;
  /** Records that carry it, shown beside the name. */
  count?: number;
}

/** One problem with one item of a course export (an item that could not be read or audited). */
export interface PackageItemProblem {
  item: string;
  title?: string;
  path?: string;
  message: string;
}

/** One course export dropped on the dashboard, from opening to saved (or refused). */
export interface PackageAuditView {
  /** Stable while the run lives: keys the list of runs. */
  id: number;
  fileName: string;
  phase: 'waiting' | 'reading' | 'auditing' | 'saving' | 'done' | 'failed' | 'cancelled';
  /** The course title from the package, once it is open. */
  name: string | null;
  /** What the export is (Common Cartridge 1.3.0, a Moodle backup, Brightspace's own format), once it is open. */
  format?: PackageFormat | null;
  /** Items handled so far and in all (assignments, assignment-like pages and discussions looked at). */
  done: number;
  total: number;
  /**
   * While opening an export that must be read front to back first (a compressed Moodle backup):
   * the share of the file read, 0–1. Null where opening is one step.
   */
  opening: number | null;
  /** Items audited, and items looked at and left out (quizzes, announcements, non-task pages). */
  audited: number;
  skipped: number;
  errors: PackageItemProblem[];
  /** "12 new, 3 updated" once saved. */
  saved: string | null;
  /** Why nothing was saved (a package-level problem, full storage, a refused write). */
  failure: string | null;
  /** Where the audit ran: in a Web Worker, or on the page when no worker could start. */
  mode: 'worker' | 'page' | null;
  /** Address of the records view filtered to this package's audits. */
  href: string | null;
}

/** What the per-question view can be split by (GroupTable.svelte); null there means "not split". */
export type SplitKey = 'teacher' | 'course' | 'school' | 'subject' | 'grade' | 'platform' | 'source';
