import { describe, expect, it } from 'vitest';
import { alreadyAsks, type Facet } from '../../../lib/analyze/already.ts';

// Sentences from real assignments (the labelled sets) and the false friends met there: a facet
// that fires on a false friend would tell a teacher their assignment already does something it
// does not.
const CASES: [Facet, string, boolean][] = [
  ['compareCountries', 'Compare how one American newspaper and one Iranian newspaper reported the release of the hostages.', true],
  ['compareCountries', 'Compare the coverage of the summit in newspapers from two different countries.', true],
  ['compareCountries', 'Comparen cómo cuentan la independencia un libro de texto de México y uno de España.', true],
  ['compareCountries', 'Compare the two poems and explain which you prefer.', false],
  ['compareCountries', 'Compare your results with a partner from Mexico.', false],
  ['ownQuestions', 'Once you have an issue picked, develop a list of questions about your topic.', true],
  ['ownQuestions', 'Write up three potential questions you’d like to ask your narrator.', true],
  ['ownQuestions', 'Formulen sus propias preguntas antes de empezar a buscar.', true],
  ['ownQuestions', 'Answer the Think and Write questions on page 64.', false],
  ['ownQuestions', 'Look at the list of questions and choose one.', false],
  ['ownQuestions', 'Para guiar el proyecto se escriben una serie de preguntas para que el alumno responda.', false],
  ['ownAngle', 'In an unessay you choose your own topic and present it any way you please.', true],
  ['ownAngle', 'Elija un tema educativo relevante para su área.', true],
  ['ownAngle', 'Read the assigned chapter on the topic.', false],
  ['recording', 'Record yourself explaining how you solved the problem.', true],
  ['recording', 'Graben un vídeo de reflexión de dos minutos.', true],
  ['recording', 'Watch the recorded lecture before class.', false],
  ['reflection', 'Write a one-page reflection on how your thinking changed.', true],
  ['reflection', 'Complete the self-assessment against the rubric.', true],
  ['reflection', 'Realicen una autoevaluación de su trabajo.', true],
  ['reflection', 'The pictures must reflect what you have written about citizenship.', false],
  ['reflection', 'The assignment should be reflective of a concert you attended.', false],
  ['journal', 'Compose a brief journal entry describing what you learned.', true],
  ['journal', 'Keep a research journal: after each source, note what it adds.', true],
  ['journal', 'Documenten cada práctica en la bitácora del equipo.', true],
  ['journal', 'Use at least three peer-reviewed journal articles.', false],
  ['journal', 'Cite the laboratory manual as a journal, not a book.', false],
  ['publish', 'Write a blog post of approximately 1,500 words.', true],
  ['publish', 'Students will create a blog on www.wordpress.com.', true],
  ['publish', 'Publicarán sus conclusiones en el blog de la clase.', true],
  ['publish', 'Write a 200-word summary of the blog post by Robert Kaplinsky.', false],
  ['publish', 'Support your ideas with published research on the text.', false],
  ['publish', 'Create the brochure in Microsoft Publisher.', false],
  ['publish', 'We will post your weekly assignments on the blog.', false],
  ['conversation', 'Join a public debate about the dam and post two comments.', true],
  ['conversation', 'Participate in the online discussion with your tutorial group.', false],
  ['sendOut', 'Send your letter to your state representative.', true],
  ['sendOut', 'We often send students to a local museum to write responses.', false],
  ['forOthers', 'Create a tutorial for younger students explaining fractions.', true],
  ['forOthers', 'Elaboren una guía para las familias del barrio.', true],
  ['forOthers', 'Read the study guide for the exam.', false],
  ['localPartner', 'Meet with a community partner to plan the project.', true],
  ['localPartner', 'Interview someone who works at a local business you visit.', false],
  ['publicProject', 'Make a significant contribution to a Wikipedia article of your choice.', true],
  ['publicProject', 'Upload your observations to iNaturalist.', true],
  ['publicProject', 'Do not use Wikipedia as a source.', false],
  ['exemplars', 'Sample responses are available at the bottom of this page.', true],
  ['exemplars', 'Lean los ensayos modelo antes de escribir.', true],
  ['exemplars', 'Sample essay prompts: choose one of the following.', false],
  ['experts', 'Study how professional historians write about contested events.', true],
  ['experts', 'Entrevisten a un experto en el tema.', true],
  ['experts', 'The textbook was written by experts.', false],
];

describe('alreadyAsks: what an assignment already asks for', () => {
  it.each(CASES)('%s in %j is %s', (facet, text, expected) => {
    expect(alreadyAsks(text, facet)).toBe(expected);
  });

  it('does not count a sentence that makes it optional or says it is not needed', () => {
    expect(alreadyAsks('Reflection is optional.', 'reflection')).toBe(false);
    expect(alreadyAsks('If you want, you may also post your report on the class blog for parents to read.', 'publish')).toBe(false);
    expect(alreadyAsks('Si lo desean, pueden publicar su informe en el blog de la clase.', 'publish')).toBe(false);
    expect(alreadyAsks('No es necesario entregar una autoevaluación.', 'reflection')).toBe(false);
    // A required mention elsewhere in the text still counts.
    expect(alreadyAsks('Reflection is optional for part 1. For part 2, write a reflection on your revisions.', 'reflection')).toBe(true);
  });

  it('stays quick on a long hostile text that only ever offers the thing as optional', () => {
    const text = 'Optional: post it on the class blog. '.repeat(200_000);
    const t0 = performance.now();
    expect(alreadyAsks(text, 'publish')).toBe(false);
    // Loose bound for a shared CI machine: the search stops after a bounded number of matches.
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
