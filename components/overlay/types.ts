/** The teacher's own verdict on one question; null until given. */
export type Verdict = 'yes' | 'partly' | 'no' | null;
