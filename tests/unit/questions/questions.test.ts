import { describe, expect, it } from 'vitest';
import { ATTRIBUTION, QUESTIONS, questionById, questionText } from '../../../lib/questions/index.ts';

describe('the six questions as data', () => {
  it('has November’s six questions in order, ids 1..6', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(QUESTIONS[0]!.question.en).toBe('Did the assignment build capacity for critical thinking on the web?');
    expect(QUESTIONS[5]!.question.en).toBe('Does the assignment demo "best in the world" examples of content and skill?');
  });

  it.each(QUESTIONS.map((q) => [q.id, q] as const))('question %i is complete in English and Spanish', (_id, q) => {
    for (const lang of ['en', 'es'] as const) {
      expect(q.title[lang].length).toBeGreaterThan(3);
      expect(q.question[lang]).toMatch(/\?$/);
      expect(q.prompt[lang].length).toBeGreaterThan(10);
      expect(q.lookFors.evident[lang].length).toBeGreaterThan(20);
      expect(q.lookFors.partial[lang].length).toBeGreaterThan(20);
      expect(q.strengthen[lang].length).toBeGreaterThanOrEqual(2);
    }
    expect(q.question.es).toMatch(/^¿/);
  });

  it('keeps question 1’s strengthen ideas in November’s manner (site: with a country code)', () => {
    expect(questionById(1).strengthen.en.join(' ')).toContain('site:ir');
    expect(questionById(1).strengthen.es.join(' ')).toContain('site:ac.ir');
  });

  it.each([
    [4, 'en', 'Are there opportunities to broaden the perspective of the conversation with authentic audiences from around the world?'],
    [2, 'es', '¿La tarea abrió nuevas líneas de indagación?'],
    [2, 'es-MX', '¿La tarea abrió nuevas líneas de indagación?'],
    [3, 'fr', 'Are there opportunities for students to make their thinking visible?'],
  ] as const)('questionText(%i, %s) gives the text in that language, English otherwise', (id, lang, text) => {
    expect(questionText(id, lang)).toBe(text);
  });

  it('attributes the questions to Alan November, 2014, version .05', () => {
    expect(ATTRIBUTION.author).toBe('Alan November');
    expect(ATTRIBUTION.year).toBe(2014);
    expect(ATTRIBUTION.version).toBe('.05');
    expect(ATTRIBUTION.text.en).toContain('Six Questions for Transformational Student Work');
  });
});
