/** The LMSs Vantage reads. `null` in outputs means "not an assignment page we recognise". */
export type Platform = 'canvas' | 'moodle' | 'classroom' | 'schoology' | 'blackboard' | 'brightspace';

/** What an adapter reads from an assignment page: plain data, no DOM kept beyond `descriptionRoot`. */
export interface Assignment {
  platform: Platform;
  /** The page URL as given (used as the record's reference). */
  url: string;
  /** 'view' for the assignment page (student or teacher), 'edit' for the edit form. */
  view: 'view' | 'edit';
  title: string;
  /** Instructions as plain text: block elements become line breaks, whitespace collapsed. */
  description: string;
  courseId?: string;
  assignmentId?: string;
  /** BCP-47 language of the page or of the description (`lang` attribute), when declared. */
  language?: string;
  /**
   * The element the description text was read from, when it is in the live document, so the
   * panel can jump to evidence. Absent when the text came from an attribute or an editor value.
   */
  descriptionRoot?: Element;
}

/** One LMS adapter: one file under lib/lms/, listed once in lib/lms/index.ts. */
export interface LmsAdapter {
  id: Platform;
  /** Display name ("Canvas", "D2L Brightspace"). */
  name: string;
  /** Assignment (and edit) page URLs this adapter must accept, real shapes. */
  exampleUrls: readonly string[];
  /** Cheap URL test: true when the path could be an assignment page of this LMS (any host). */
  matchUrl(url: URL): boolean;
  /**
   * True when a URL that `matchUrl` accepts names one assignment, so a page there that `read`
   * cannot confirm is one whose layout is new to Vantage (the overlay then offers to pick the
   * text). Only an adapter whose URLs also cover pages that may hold no assignment (a content
   * folder) defines it; absent, every URL that `matchUrl` accepts names one.
   */
  namesOneAssignment?(url: URL): boolean;
  /** Full read: null unless the DOM markers confirm an assignment page. Never throws. */
  read(url: URL, doc: Document): Assignment | null;
}
