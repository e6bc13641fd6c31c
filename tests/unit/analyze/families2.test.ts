import { describe, expect, it } from 'vitest';
import { analyze, type QuestionId, type Status } from '../../../lib/analyze/index.ts';

/**
 * Round three of the concept families (lib/analyze/families2.ts, analysis 1.5.0): for each, a
 * sentence a teacher might write that says the same in other words than the labelled texts, in
 * English and Spanish; and the look-alikes the round made stricter. None is taken from the corpus.
 */
const statusOf = (text: string, id: QuestionId) => analyze({ title: 'Assignment', text }).questions[id - 1]!.status;

describe('concept families, round three: paraphrases a teacher might write', () => {
  it.each<[string, QuestionId, Status, string]>([
    // Q2 partial: a choice among listed things, a prompt to answer
    ['a choice already made', 2, 'partial', 'By Friday you should have selected a landmark for the brochure.'],
    ['choose between', 2, 'partial', 'Decide between the two case studies in the packet.'],
    ['suggested books', 2, 'partial', 'Suggested novels are on the shelf by the door.'],
    ['libros posibles, es', 2, 'partial', 'Lecturas sugeridas: Marianela, Platero y yo, El Lazarillo.'],
    ['your choice of', 2, 'partial', 'Write a short biography; your choice of person from the unit.'],
    ['temas de interés, es', 2, 'partial', 'Escribe tres párrafos sobre uno de tus temas de interés.'],
    ['answering the prompt', 2, 'partial', 'Post your initial response to the discussion question by Wednesday.'],
    ['questions for others', 2, 'partial', 'Include two questions at the end that you would like your partner to think about.'],
    // Q2 evident: the students decide
    ['los alumnos eligen, es', 2, 'evident', 'En este proyecto los alumnos deciden el problema que van a estudiar.'],
    ['own curiosity', 2, 'evident', 'In this unit you follow your own curiosity about space travel.'],
    ['preguntas que quieren responder, es', 2, 'evident', 'Anoten las preguntas que quieren responder con la encuesta.'],
    // Q3 partial: the student's own judgement, a visible organiser
    ['valoración personal, es', 3, 'partial', 'Al final añade una opinión personal sobre la película.'],
    ['own interpretation', 3, 'partial', 'Close the essay with your own interpretation of the ending.'],
    ['graphic organizer', 3, 'partial', 'Complete the graphic organizer for chapters 1 to 3.'],
    ['questions about one’s work, es', 3, 'partial', 'Cada alumno responderá preguntas orales sobre su proyecto.'],
    // Q3 evident: a draft with feedback
    ['feedback on a draft', 3, 'evident', 'Ask for feedback on your outline from two classmates before writing.'],
    ['retroalimentación, es', 3, 'evident', 'Pide retroalimentación sobre tu borrador a tu compañero de mesa.'],
    // Q4 partial: the class, the school, a course forum
    ['course forum', 4, 'partial', 'Reply on the course discussion board to one classmate.'],
    ['exposición en clase, es', 4, 'partial', 'La nota final incluye la exposición en clase.'],
    ['school walls, es', 4, 'partial', 'Colgaremos los carteles en los pasillos del colegio.'],
    // Q4 evident: published, a named audience
    ['link to a published page', 4, 'evident', 'Submit the link to your published podcast episode.'],
    ['publicado en la web, es', 4, 'evident', 'Entrega la dirección del blog publicado en internet.'],
    ['people of the target audience', 4, 'evident', 'Test the brochure with three people from your target audience.'],
    // Q5
    ['proposed measures, es', 5, 'partial', 'Propongan medidas para reducir el ruido en el comedor.'],
    ['strategies to prevent', 5, 'partial', 'Recommend two strategies to prevent food waste at home.'],
    ['for classmates', 5, 'partial', 'Prepare a one-page study guide for your classmates.'],
    ['a personal plan', 5, 'partial', 'Design a weekly meal plan for a family of four.'],
    ['someone will use it', 5, 'evident', 'Make a guide that people who would use the park trail can carry.'],
    // From set 10's misses
    ['what you think', 2, 'partial', 'I want to know what you think about the ending.'],
    ['topic settled later', 2, 'partial', 'Your focus will be agreed with me in week two.'],
    ['idea de negocio, es', 2, 'partial', 'Cada equipo presenta una idea de negocio para el barrio.'],
    ['interview questions', 2, 'evident', 'Brainstorm questions for the guest speaker from the water board.'],
    ['projects of their own', 2, 'evident', 'Students then carry out experiments of their own on friction.'],
    ['bare why', 3, 'partial', 'Which shape held the most weight? Why?'],
    ['por qué, es', 3, 'partial', '¿Qué método fue más rápido? ¿Por qué?'],
    ['useful links', 1, 'partial', 'Useful websites for the project are listed at the end.'],
    ['enlaces útiles, es', 1, 'partial', 'Estos enlaces de interés os ayudarán con el trabajo.'],
    ['external audience', 4, 'evident', 'Teams present their designs to external reviewers from the city.'],
    ['repositorio público, es', 4, 'evident', 'Sube el código a un repositorio con visibilidad pública.'],
    ['community awareness', 4, 'evident', 'The campaign should raise awareness in your local community.'],
    ['a realistic role', 5, 'partial', 'You work for a small company that recycles phones.'],
    ['business plan', 5, 'partial', 'Write a business plan for a food truck.'],
    ['a proposal really sent', 5, 'evident', 'The winning proposal will actually be submitted to the town council.'],
  ])('%s → Q%i %s', (_name, id, status, text) => {
    expect(statusOf(text, id)).toBe(status);
  });
});

describe('concept families, round three: look-alikes that are not evidence', () => {
  it('a "sample" the student makes is not an example shown to them (Q6)', () => {
    expect(statusOf('Create a sample weekly budget for a student.', 6)).toBe('missing');
  });
  it('Wikipedia in a list of sources consulted is not writing for Wikipedia (Q4)', () => {
    expect(statusOf('List the sources you consulted (Wikipedia, articles, old newspapers).', 4)).toBe('missing');
  });
  it('posting to the class forum is the class, not the world (Q4 partial, not evident)', () => {
    expect(statusOf('Post your answer on the class forum.', 4)).toBe('partial');
    expect(statusOf('Post your answer to an online forum for hobbyists.', 4)).toBe('evident');
  });
  it('a class discussion is no audience (Q4)', () => {
    expect(statusOf('Your paper should extend our class discussion into new territory.', 4)).toBe('missing');
  });
  it('"Web site: http://…" is an address, not a site: search (Q1)', () => {
    expect(statusOf('Web site: http://www.example.org/fitness', 1)).not.toBe('evident');
    expect(statusOf('Search site:ir for Iranian newspapers.', 1)).toBe('evident');
  });
  it('"who created the model" is not asking who made a source (Q1)', () => {
    expect(statusOf('Label the drawing with the group member who created the model.', 1)).toBe('missing');
    expect(statusOf('Find out who created the website before you trust it.', 1)).toBe('evident');
  });
  it('a warning against copying from the internet asks for no web research (Q1)', () => {
    expect(statusOf('Cualquier copia de un compañero o de internet anula la nota.', 1)).toBe('missing');
  });
  it('emulating a format is not studying an exemplar (Q6 evident)', () => {
    expect(statusOf('El informe emulará el formato de un artículo científico.', 6)).not.toBe('evident');
  });
  it('a choosing verb is a choice of what to do, unless it is an answer, a button or a partner (Q2)', () => {
    expect(statusOf('Select three poems from the anthology and compare their imagery.', 2)).toBe('partial');
    expect(statusOf('Escoge un personaje de la novela y escribe su diario.', 2)).toBe('partial');
    expect(statusOf('Choose the correct answer for each item.', 2)).toBe('missing');
    expect(statusOf('Decide whether each statement is true or false.', 2)).toBe('missing');
    expect(statusOf('Select all that apply.', 2)).toBe('missing');
    expect(statusOf('Select the letter of the best definition.', 2)).toBe('missing');
    expect(statusOf('Elige la opción correcta.', 2)).toBe('missing');
    expect(statusOf('Click File, then choose Save and close the window.', 2)).toBe('missing');
    expect(statusOf('You may choose to work with a partner.', 2)).toBe('missing');
    expect(statusOf('Pick up a worksheet at the door.', 2)).toBe('missing');
  });
  it('making a product someone could use is a realistic contribution (Q5 partial)', () => {
    expect(statusOf('Design a board game that teaches fractions.', 5)).toBe('partial');
    expect(statusOf('Elaboren un folleto sobre el reciclaje.', 5)).toBe('partial');
    expect(statusOf('Answer the questions at the end of chapter 4.', 5)).toBe('missing');
  });
  it('posting to a blog or forum has some audience (Q4 partial); the student’s perspective is asked (Q2 partial)', () => {
    expect(statusOf('Post one response each week on the class Padlet.', 4)).toBe('partial');
    expect(statusOf('Publica tu reseña en el foro del curso.', 4)).not.toBe('missing');
    expect(statusOf('Read the blog post by the museum curator.', 4)).toBe('missing');
    expect(statusOf('Explain your perspective on the new dress code.', 2)).toBe('partial');
    expect(statusOf('Toma una postura sobre el uso de móviles en clase.', 2)).toBe('partial');
  });
  it('the new families keep the negation and optional handling of every rule', () => {
    expect(statusOf('You do not need to ask for feedback on your draft.', 3)).toBe('missing');
    expect(statusOf('If you want, share the link to your published video.', 4)).toBe('partial');
  });
});
