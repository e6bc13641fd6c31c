import { describe, expect, it } from 'vitest';
import { analyze, type QuestionId, type Status } from '../../../lib/analyze/index.ts';

/**
 * The broad cues of analysis 1.7.0 (lib/analyze/cues.ts): the teacher looking at the work before
 * it is finished (Q3 partial) and work made for a named kind of reader or user (Q5 partial). For
 * each, sentences a teacher might write, in English and Spanish, none taken from the corpus; and
 * the look-alikes each cue leaves alone.
 */
const statusOf = (text: string, id: QuestionId) => analyze({ title: 'Assignment', text }).questions[id - 1]!.status;

describe('broad cues of 1.7.0: what they read', () => {
  it.each<[string, QuestionId, string]>([
    ['a checkpoint', 3, 'Turn in the outline at the first checkpoint on Monday.'],
    ['check-ins', 3, 'We will have weekly check-ins on your progress.'],
    ['a conference', 3, 'Sign up for a writing conference before the final copy is due.'],
    ['I will look over', 3, 'I will look over your notebooks on Friday.'],
    ['feedback from', 3, 'Use the feedback from your partner to improve the poster.'],
    ['retroalimentación, es', 3, 'Habrá retroalimentación del profesor a mitad del trabajo.'],
    ['revisaré tu, es', 3, 'El jueves revisaré tu maqueta.'],
    ['la profesora revisará, es', 3, 'La profesora revisará los avances cada semana.'],
    ['punto de control, es', 3, 'Habrá un punto de control a mitad del proyecto.'],
    ['written for younger students', 5, 'Create a picture book written for younger students about the water cycle.'],
    ['designed for users', 5, 'The website should be designed for new users.'],
    ['dirigido a las familias, es', 5, 'Elaboren un folleto dirigido a las familias del barrio.'],
    ['destinada al público, es', 5, 'Preparen una campaña destinada al público del centro.'],
  ])('%s', (_name, q, text) => {
    expect(statusOf(text, q)).toBe('partial');
  });
});

describe('broad cues of 1.7.0: look-alikes they leave alone', () => {
  it.each<[string, QuestionId, Status, string]>([
    ['a parent-teacher conference', 3, 'missing', 'Reminder: parent-teacher conferences are on Thursday evening.'],
    ['a parent conference', 3, 'missing', 'Parent conferences are next week.'],
    ['no feedback at all', 3, 'missing', 'Answer the questions at the end of chapter 4.'],
    ['made for, with no reader named', 5, 'missing', 'This worksheet was made for chapter 3.'],
    ['written for homework', 5, 'missing', 'The essay is written for homework, not in class.'],
    ['not needed', 3, 'missing', 'You do not need feedback from the teacher for this exercise.'],
  ])('%s', (_name, q, status, text) => {
    expect(statusOf(text, q)).toBe(status);
  });
});
