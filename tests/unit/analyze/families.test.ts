import { describe, expect, it } from 'vitest';
import { analyze, type QuestionId, type Status } from '../../../lib/analyze/index.ts';

/**
 * The concept families (lib/analyze/families.ts): for each, sentences a teacher might write that
 * say the same thing in other words than any labelled text, in English and Spanish, and the same
 * idea negated or offered as optional. None of these sentences is taken from the corpus.
 */
const run = (text: string) => analyze({ title: 'Assignment', text });
const statusOf = (text: string, id: QuestionId) => run(text).questions[id - 1]!.status;

describe('concept families: paraphrases a teacher might write', () => {
  it.each<[string, QuestionId, Status, string]>([
    // Q1 partial: students gather information themselves
    ['research, lesson-plan voice', 1, 'partial', 'Students will research the causes of the Dust Bowl before writing.'],
    ['research, imperative', 1, 'partial', 'Research what daily life was like for a child in ancient Rome.'],
    ['information gathering', 1, 'partial', 'Gather background information about your chosen animal.'],
    ['the web as the place to look', 1, 'partial', 'Use the Internet to find the population of each capital city.'],
    ['library databases', 1, 'partial', 'You may start with the library databases listed on the course page.'],
    ['información, es', 1, 'partial', 'Busquen información sobre los volcanes de Chile.'],
    ['consultar fuentes, es', 1, 'partial', 'Consulta al menos dos enciclopedias antes de escribir.'],
    ['sites to use', 1, 'partial', 'Visit the following websites to learn about the water cycle.'],
    // Q1 evident: judging the sources one finds
    ['evaluate the websites you use', 1, 'evident', 'Evaluate each website you use before adding it to your notes.'],
    ['corroborate', 1, 'evident', 'Corroborate every statistic with a second source.'],
    ['who made it', 1, 'evident', 'For each page, note who published the site and why.'],
    ['compare sources', 1, 'evident', 'Compare two news articles about the same election.'],
    ['what several sources say', 1, 'evident', 'Look at what different newspapers say about the strike.'],
    ['search terms', 1, 'evident', 'Write down the search terms that gave you the best results.'],
    ['evaluar fuentes, es', 1, 'evident', 'Evalúen las páginas web que encuentren antes de citarlas.'],
    ['contrastar información, es', 1, 'evident', 'Contrasten la información con otras fuentes antes de darla por buena.'],
    ['lo que dicen, es', 1, 'evident', 'Observa lo que dicen distintos periódicos y anota las coincidencias y divergencias.'],
    // Q2 evident: the student's own questions
    ['want to know', 2, 'evident', 'Make a list of what you want to find out about volcanoes.'],
    ['KWL chart', 2, 'evident', 'Begin with a KWL chart on the topic.'],
    ['own thesis', 2, 'evident', 'Develop an arguable thesis about the novel.'],
    ['freedom to choose', 2, 'evident', 'You have freedom to choose the direction of your project.'],
    ['qué quieren saber, es', 2, 'evident', '¿Qué quieren averiguar sobre los dinosaurios? Anótenlo.'],
    // Q2 partial: free choice, open prompts
    ['free topic', 2, 'partial', 'The topic is up to you.'],
    ['tema libre, es', 2, 'partial', 'Para el trabajo final del trimestre el tema es libre: lo eligen ustedes.'],
    ['agree or disagree', 2, 'partial', 'State whether you agree or disagree with the author.'],
    ['postura, es', 2, 'partial', 'Tomen una postura sobre el uso del celular en clase.'],
    ['propose ways', 2, 'partial', 'Propose three ways to reduce waste in the cafeteria.'],
    ['proponer estrategias, es', 2, 'partial', 'Propongan estrategias para ahorrar agua en casa.'],
    ['class vote', 2, 'partial', 'After a class vote we will pick the next novel.'],
    ['driving question', 2, 'partial', 'Our driving question: what makes a city livable?'],
    // Q3 evident: looking back on one's own process
    ['what went well', 3, 'evident', 'Write a paragraph on what went well and what you would do differently next time.'],
    ['challenges faced', 3, 'evident', 'Describe the challenges you faced while building the model.'],
    ['self-check against criteria', 3, 'evident', 'Check your draft against the rubric before you hand it in.'],
    ['sources of error', 3, 'evident', 'Discuss the sources of error in your measurements.'],
    ['aspectos positivos y negativos, es', 3, 'evident', 'Incluyan los aspectos positivos y negativos de su trabajo en equipo.'],
    ['qué te resultó difícil, es', 3, 'evident', '¿Qué te resultó más difícil de esta unidad?'],
    // Q3 partial: explaining, defending, answering for one's work
    ['defend a choice', 3, 'partial', 'Be ready to defend your choices in a short interview.'],
    ['personal response', 3, 'partial', 'Write your personal reaction to the poem.'],
    ['correct your own mistakes', 3, 'partial', 'Correct your own mistakes using the answer key.'],
    ['defensa, es', 3, 'partial', 'El trabajo se presentará en una defensa oral.'],
    ['corregir errores, es', 3, 'partial', 'Corrijan sus errores con el solucionario.'],
    // Q4 evident: an audience outside the class
    ['open house', 4, 'evident', 'Projects will be on display at our spring open house.'],
    ['read to younger children', 4, 'evident', 'Each pair will read their picture book to the kindergarten class.'],
    ['pen pals', 4, 'evident', 'Send your letter to your pen pal in Kenya.'],
    ['contest', 4, 'evident', 'Submit your best poem to the state poetry contest.'],
    ['concurso, es', 4, 'evident', 'Los cuentos participarán en el concurso literario del municipio.'],
    ['redes sociales, es', 4, 'evident', 'Compartiremos los videos en las redes sociales de la escuela.'],
    ['puertas abiertas, es', 4, 'evident', 'Los murales se mostrarán en la jornada de puertas abiertas.'],
    // Q4 partial: classmates, the school, an imagined reader
    ['shown to classmates', 4, 'partial', 'Your team will be showing the skit to your classmates.'],
    ['passive presentation', 4, 'partial', 'The posters will be presented during the last week of class.'],
    ['imagined reader', 4, 'partial', 'Imagine you are writing to a tourist who has never visited.'],
    ['con la familia, es', 4, 'partial', 'Realicen la entrevista con su familia.'],
    ['feria, es', 4, 'partial', 'Los trabajos se expondrán en la feria de ciencias.'],
    // Q5 evident / partial
    ['volunteering', 5, 'evident', 'Each student will volunteer at a local food pantry for four hours.'],
    ['recaudar fondos, es', 5, 'evident', 'Organizaremos una venta para recaudar fondos para el comedor.'],
    ['product for someone', 5, 'partial', 'Design a brochure to help new students find their way around the school.'],
    ['promotional resource', 5, 'partial', 'Create a promotional video about healthy sleep.'],
    ['infografía para informar, es', 5, 'partial', 'Elaboren una infografía para informar a las familias sobre el dengue.'],
    ['idea de negocio, es', 5, 'partial', 'Presenten la idea de un negocio para su barrio.'],
    // Q6 partial / evident
    ['grading criteria', 6, 'partial', 'The grading criteria are listed at the end.'],
    ['criterios, es', 6, 'partial', 'Lean los criterios de evaluación antes de empezar.'],
    ['sample posted', 6, 'partial', 'A sample lab report is attached below.'],
    ['worked solutions, es', 6, 'partial', 'Aquí tienen los ejercicios resueltos del tema 3.'],
    ['earlier students’ best work', 6, 'evident', 'Study the high-scoring essays from last year before you draft.'],
    ['trabajos destacados, es', 6, 'evident', 'Miren los trabajos destacados de años anteriores antes de empezar.'],
    ['how professionals do it', 6, 'evident', 'Notice how professional journalists structure a headline.'],
    ['cómo lo hacen, es', 6, 'evident', 'Observen cómo escriben los periodistas profesionales una crónica.'],
  ])('%s: question %i is %s', (_name, id, status, text) => {
    expect(statusOf(text, id)).toBe(status);
  });

  it('quotes the phrases a family found', () => {
    const text = 'Research the history of your town. Then evaluate each website you used.';
    const q1 = run(text).questions[0]!;
    expect(q1.status).toBe('evident');
    expect(q1.evidence.map((e) => e.text).join(' | ')).toMatch(/evaluate each website you used/);
    for (const e of q1.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('concept families: negated, optional or not what they look like', () => {
  it.each<[string, QuestionId, Status, string]>([
    ['research negated', 1, 'missing', 'You do not need to research anything for this task.'],
    ['buscar información negated, es', 1, 'missing', 'No hace falta buscar información fuera del libro.'],
    ['judging sources, optional', 1, 'partial', 'If you have time, you could also evaluate the websites you found.'],
    ['looking back, optional', 3, 'partial', 'Optional: write about what went well and what you would do differently.'],
    ['outside audience, optional', 4, 'partial', 'If you want, you may bring your family to the open house.'],
    ['outside audience, es, optional', 4, 'partial', 'Si quieren, pueden compartir el video en las redes sociales.'],
    ['volunteering negated', 5, 'missing', 'You will not volunteer at an outside organization for this unit.'],
    ['a reminder is not a negation', 3, 'partial', "Don't forget to defend your choices in the interview."],
    ['a reminder is not a negation, es', 3, 'partial', 'No olviden corregir sus errores con el solucionario.'],
    // Wordings that look like a family but mean something else.
    ['a need to know is not a KWL chart', 2, 'missing', 'You need to know the dates for the quiz.'],
    ['presented neatly is not an audience', 4, 'missing', 'Your answers will be presented in a neat table.'],
    ['a multiple-choice item is not a choice of inquiry, es', 2, 'missing', 'Elija la opción correcta.'],
    ['output displayed in a program is not an exhibition', 4, 'missing', 'The output will be displayed in the console.'],
    ['set out ideas is not an oral presentation, es', 4, 'missing', 'El ensayo debe exponer con claridad sus ideas.'],
    ['research as a noun in a reading', 1, 'missing', 'Read the article about recent research in ecology.'],
    ['a parent signature is not an audience', 4, 'missing', 'Have this sheet signed by your parents and work with your parents to sign the planner.'],
    ['a customer in a word problem is not a reader', 4, 'missing', 'The customer pays $12 for three notebooks.'],
  ])('%s: question %i is %s', (_name, id, status, text) => {
    expect(statusOf(text, id)).toBe(status);
  });
});
