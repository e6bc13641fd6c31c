/** The optional "other side's words" section: off until asked, then loading, results or a failure message. */
export type TermsState =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'results'; terms: Array<{ lang: string; text: string; url?: string }> }
  | { status: 'failure'; message: string };
