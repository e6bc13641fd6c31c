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
    // 1.4.0 families (from set 5's misses): a paraphrase each, English and Spanish
    ['who a text is written for', 1, 'partial', 'Who is the intended audience of the article, and what does the writer assume readers know?'],
    ['propósito del autor, es', 1, 'partial', 'Explica el propósito del autor y a quién va dirigido el texto.'],
    ['literature review', 1, 'partial', 'Your paper opens with a short review of the literature on sleep.'],
    ['revisión bibliográfica, es', 1, 'partial', 'El informe incluye una revisión bibliográfica de cinco artículos.'],
    ['questions I still have', 2, 'evident', 'End your notes with a list of things I want to learn more about, in your own voice.'],
    ['me pregunto, es', 2, 'evident', 'Cierra tu diario con una sección "Me pregunto…" para tus dudas.'],
    ['topic from your interests', 2, 'evident', 'Pick a project topic that connects the unit to your own interests.'],
    ['tema e intereses, es', 2, 'evident', 'El tema del proyecto debe partir de tus intereses.'],
    ['problem the student chose', 2, 'evident', 'Explain why the problem your group selected matters.'],
    ['pregunta elegida, es', 2, 'evident', 'Justifica la pregunta de investigación elegida.'],
    ['an issue you care about', 2, 'partial', 'Write about a cause that you care deeply about.'],
    ['un tema que te preocupe, es', 2, 'partial', 'Escribe sobre un problema que te preocupe de tu ciudad.'],
    ['what advice would you give', 2, 'partial', 'What advice would you give to the main character?'],
    ['qué harías, es', 2, 'partial', '¿Qué harías tú si fueras el alcalde?'],
    ['research plan', 2, 'partial', 'Hand in your research plan by Friday.'],
    ['plan de investigación, es', 2, 'partial', 'Entreguen su plan de investigación el viernes.'],
    ['peer feedback on a draft', 3, 'evident', 'Drafts are swapped for peer editing on Tuesday.'],
    ['coevaluación, es', 3, 'evident', 'Habrá una coevaluación de los borradores en clase.'],
    ['explain in own words', 3, 'partial', 'Explain photosynthesis in your own words.'],
    ['con tus palabras, es', 3, 'partial', 'Explica con tus propias palabras qué es un ecosistema.'],
    ['why or why not', 3, 'partial', 'Would you recommend this book? Why or why not?'],
    ['por qué sí o por qué no, es', 3, 'partial', '¿Recomendarías este libro? ¿Por qué sí o por qué no?'],
    ['relate to own experience', 3, 'partial', 'Relate the poem to your own experience.'],
    ['analogía, es', 3, 'partial', 'Explica el concepto mediante una analogía con tu vida diaria.'],
    ['letter sent to officials', 4, 'evident', 'Email your city council members with your proposal.'],
    ['carta enviada al alcalde, es', 4, 'evident', 'Envíen la carta al alcalde antes del viernes.'],
    ['writing to an official', 4, 'partial', 'Write to your state senator about the bill.'],
    ['civic letter as a product', 5, 'partial', 'Draft a letter to your local representative about bus routes.'],
    ['carta al ayuntamiento, es', 5, 'partial', 'Redacten una carta al ayuntamiento sobre el parque.'],
    ['brochure that explains', 5, 'partial', 'Make a pamphlet that explains the stages of the water cycle.'],
    ['class newspaper', 5, 'partial', 'Together we will produce a class newspaper every month.'],
    ['periódico, es', 5, 'partial', 'Elaboraremos un periódico escolar sobre la Edad Media.'],
    ['teach another class', 5, 'evident', 'Each team will teach a short lesson to the second graders.'],
    ['enseñar a otro curso, es', 5, 'evident', 'Enseñarán el juego a los alumnos de primer curso.'],
    // 1.4.0 families (from set 6's misses, after its held-out score was recorded)
    ['internet research techniques', 1, 'evident', 'Students practise online research skills to judge what they find.'],
    ['research referred to afterwards', 1, 'partial', 'The poster should show how carefully you researched the city.'],
    ['a question that intrigued them', 2, 'evident', 'Pick a mystery that has always intrigued you and investigate it.'],
    ['plantearse una cuestión, es', 2, 'evident', 'Cada alumno debe plantearse una pregunta que siempre le haya intrigado.'],
    ['state an opinion', 2, 'partial', 'In the last paragraph, give your own opinion on the ending.'],
    ['an idea to improve something', 2, 'partial', 'Come up with a way to reduce noise in the lunchroom.'],
    ['reasons asked for', 3, 'partial', 'Give two reasons why the settlers moved west.'],
    ['draft for approval', 3, 'partial', 'Hand in your storyboard for approval before filming.'],
    ['what you found interesting, es', 3, 'partial', 'Escribe lo que más te llamó la atención del museo.'],
    ['open to anyone who wishes, es', 4, 'evident', 'La revista digital estará abierta a toda persona que quiera leerla.'],
    ['a general audience', 4, 'partial', 'Write the article for a general audience, not for experts.'],
    ['replying to a classmate', 4, 'partial', "Then answer another student's post with a question."],
    ['el resto de la clase, es', 4, 'partial', 'Cada grupo compartirá sus hallazgos con el resto de la clase.'],
    ['something for one’s own family', 5, 'evident', 'Design a weekly meal plan for your whole family.'],
    ['para tu familia, es', 5, 'evident', 'Elabora un calendario de tareas para toda tu familia.'],
    ['sent to another school', 5, 'evident', 'We will send the finished books to a partner elementary school.'],
    ['helping a friend', 5, 'partial', 'Write tips that help your new classmate find the library.'],
    ['ayudar a la familia, es', 5, 'partial', 'Ayuda a tus abuelos a planificar la compra de la semana.'],
    ['travel brochure', 5, 'partial', 'Your group will make a travel brochure about Peru.'],
    ['museum exhibit', 5, 'partial', 'Students curate a digital museum exhibit on the Gold Rush.'],
    ['texto divulgativo, es', 5, 'partial', 'Redacten un artículo divulgativo sobre los agujeros negros.'],
    ['a published model to emulate', 6, 'evident', 'Read this published memoir and emulate its structure.'],
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
    // 1.4.0: negated, optional and look-alike cases of the new families and narrowings
    ['peer review negated', 3, 'missing', 'There is no peer review for this assignment.'],
    ['letter to the mayor, optional', 4, 'partial', 'If you want, you can also email the mayor your letter.'],
    ['own words negated, es', 3, 'missing', 'No hace falta explicar con tus palabras: copia la definición.'],
    ['solutions to exercises are no real-world solution', 5, 'missing', 'Solutions to the odd-numbered problems are in the back of the book.'],
    ['a classic example is no model of the work', 6, 'missing', 'The Titanic is a classic example of overconfidence.'],
    ['an author’s examples are no model', 6, 'missing', 'Which examples does the author use to support the claim?'],
    ['students giving examples are no model, es', 6, 'missing', 'Compartan ejemplos de noticias que hayan leído.'],
    ['hoping for great projects is no exemplar', 6, 'missing', 'We look forward to seeing some great projects at the fair.'],
    ['an annotated bibliography is partial', 1, 'partial', 'Include an annotated bibliography of your sources.'],
    ['the audience of one’s own poster is not source criticism', 1, 'missing', 'Your poster should name its target audience (teens 14–18).'],
    ['software of your choice is not a line of inquiry', 2, 'missing', 'Install the citation software of your choice.'],
    ['justified text is not a justification, es', 3, 'missing', 'El reporte debe tener el texto justificado y márgenes de 2 cm.'],
    ['peer-reviewed journals are no learning journal', 3, 'missing', 'Scientists publish their results in peer-reviewed journals.'],
    ['reviewers who peer-review an article are no feedback cycle', 3, 'missing', 'The editor asks experts to peer-review the article.'],
    ['the public schools are no public audience', 4, 'missing', 'Many teachers in the public schools use this method.'],
    ['a tutorial group is no tutorial', 5, 'missing', 'Post weekly in the forum of your tutorial group.'],
    ['a sample task is no model of the work', 6, 'missing', 'This sample performance task addresses two standards.'],
    ['family help negated, es', 5, 'missing', 'No hace falta que ayudes a tus padres a hacer la compra.'],
  ])('%s: question %i is %s', (_name, id, status, text) => {
    expect(statusOf(text, id)).toBe(status);
  });
});
