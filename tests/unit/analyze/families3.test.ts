import { describe, expect, it } from 'vitest';
import { analyze, type QuestionId, type Status } from '../../../lib/analyze/index.ts';
import { FAMILIES_3 } from '../../../lib/analyze/families3.ts';

/**
 * Round four of the concept families (lib/analyze/families3.ts, analysis 1.6.0): for each, a
 * sentence a teacher might write that says the same in other words than the labelled texts, in
 * English and Spanish; and the look-alikes each family is written to leave alone. None is taken
 * from the corpus.
 */
const statusOf = (text: string, id: QuestionId) => analyze({ title: 'Assignment', text }).questions[id - 1]!.status;

describe('concept families, round four: paraphrases a teacher might write', () => {
  it.each<[string, QuestionId, Status, string]>([
    // Q4 partial: presented to the class, shared with classmates
    ['final project presentation', 4, 'partial', 'The unit ends with a final project presentation on Friday.'],
    ['present in class', 4, 'partial', 'Each pair will present their map in class next week.'],
    ['give a report', 4, 'partial', 'Every group will give a short report on its river.'],
    ['realizar exposición, es', 4, 'partial', 'Al terminar, cada equipo debe realizar una exposición de su maqueta.'],
    ['presentación y defensa, es', 4, 'partial', 'La nota incluye la presentación y defensa del informe.'],
    ['share with classmates', 4, 'partial', 'Share your timeline with your classmates before the test.'],
    ['compartir con compañeros, es', 4, 'partial', 'Después deben compartir sus conclusiones con sus compañeros.'],
    // Q6 partial: a sample or examples to look at
    ['sample might include', 6, 'partial', 'Sample survey questions might include how often you recycle.'],
    ['how others made one', 6, 'partial', 'Look online to see how others have drawn a food web.'],
    ['examples from last year', 6, 'partial', 'There are examples from last year’s projects in the folder.'],
    ['como la de arriba, es', 6, 'partial', 'Dibujen una tabla como la de arriba con sus propios datos.'],
    // Q2 partial: the student's own interests
    ['your interests', 2, 'partial', 'Write a paragraph about a hobby that matches your interests.'],
    ['favourite topic', 2, 'partial', 'Write a news story about your favourite topic in chemistry.'],
    ['issue important to you', 2, 'partial', 'Write a speech about an issue that is important to you.'],
    ['temas de interés, es', 2, 'partial', 'Los grupos se forman según temas de interés.'],
    // Q3 partial: showing the working
    ['show all your work', 3, 'partial', 'Show all your work for problems 4 to 9.'],
    ['mostrar el procedimiento, es', 3, 'partial', 'Deben mostrar todo el procedimiento para obtener el resultado.'],
    ['muestren las operaciones, es', 3, 'partial', 'Muestren las operaciones que realizaron en cada paso.'],
    // Q5 partial: a problem or need to solve, work for other learners
    ['solves a problem', 5, 'partial', 'Design an app that solves a problem at your school.'],
    ['dar solución, es', 5, 'partial', 'Los alumnos deben dar solución al reto del huerto escolar.'],
    ['problema o necesidad, es', 5, 'partial', 'Partimos de un problema o necesidad del barrio.'],
    ['for future classes', 5, 'partial', 'Your study guide will be kept for future students of this course.'],
  ])('%s → Q%i %s', (_name, id, status, text) => {
    expect(statusOf(text, id)).toBe(status);
  });
});

describe('concept families, round four: look-alikes left alone', () => {
  it.each<[string, QuestionId, string]>([
    // Showing content is not showing one's working.
    ['a diagram that shows a process', 3, 'Draw a diagram to show the process of mitosis.'],
    ['mostrar el proceso de un contenido, es', 3, 'Mostrar el proceso de la fotosíntesis en un dibujo.'],
    // A worksheet's problems are not a need someone has.
    ['solve the following problems', 5, 'Solve the following problems and check your answers.'],
    ['la solución de un ejercicio, es', 5, 'Escribe la solución de cada ecuación.'],
    // A presentation of data is not a presentation to the class.
    ['the presentation of the data', 4, 'Marks are given for the neat presentation of the data.'],
    // The teacher's interest in a topic is not the student's.
    ['an interesting topic', 2, 'Read the interesting article about volcanoes and answer the questions.'],
  ])('%s → Q%i missing', (_name, id, text) => {
    expect(statusOf(text, id)).toBe('missing');
  });

  it('examples from the text are evidence the student cites, not models of work (the Q6 family)', () => {
    const examples = FAMILIES_3.find((rule) => rule.q === 6)!;
    const matches = (text: string) => new RegExp(examples.re.source, examples.re.flags).test(text);
    expect(matches('Support your answer with examples from the text.')).toBe(false);
    expect(matches('Use examples from the novel and from your own life.')).toBe(false);
    expect(matches('Give examples from other countries and from Shakespeare’s plays.')).toBe(false);
    expect(matches('See the examples from Ms. Rao’s class on the shelf.')).toBe(true);
    expect(matches('There are examples from last year’s projects in the folder.')).toBe(true);
  });

  it('the new families keep the negation and optional handling of every rule', () => {
    expect(statusOf('You do not need to present in class.', 4)).toBe('missing');
    expect(statusOf('If you want, you can show all your work.', 3)).toBe('partial');
  });
});
