import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import {
  analyze,
  ANALYSIS_VERSION,
  detectLanguage,
  topicFromTitle,
  UNSUPPORTED_MESSAGE_EN,
  UNSUPPORTED_MESSAGE_ES,
  type Analysis,
  type QuestionId,
  type Status,
} from '../../../lib/analyze/index.ts';
import { parseHtmlDocument } from '../../../lib/cli/io.ts';

const FIXTURES = new URL('../../fixtures/assignments/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
/** A fixture file: first line the title, the rest the text. */
const fixture = (name: string) => {
  const raw = read(name);
  const nl = raw.indexOf('\n');
  return { title: raw.slice(0, nl), text: raw.slice(nl + 1) };
};
const statusOf = (a: Analysis, id: QuestionId) => a.questions[id - 1]!.status;
const run = (text: string, title = 'Assignment') => analyze({ title, text });

describe('each question, short real-shaped texts', () => {
  it.each<[QuestionId, Status, string]>([
    // Q1 critical thinking on the web
    [1, 'evident', 'Find at least two sources from Iran using site:ir and site:ac.ir and compare them with your textbook.'],
    [1, 'evident', 'Compare how newspapers in two countries report the same election.'],
    [1, 'evident', 'Use lateral reading to check who is behind each website before you use it.'],
    [1, 'evident', 'Comparen cómo informan los diarios de México y de Argentina sobre la misma noticia.'],
    [1, 'evident', 'Investiguen si la noticia es verdadera o falsa y expliquen cómo lo verificaron.'],
    [1, 'partial', 'Cite at least 3 sources in MLA format.'],
    [1, 'partial', 'Use reliable sources for your research.'],
    [1, 'partial', 'La información debe provenir de fuentes confiables.'],
    [1, 'missing', 'Answer questions 1-10 on page 45.'],
    [1, 'missing', 'Respondan las preguntas 1 a 10 de la página 45.'],
    // Q2 new lines of inquiry
    [2, 'evident', 'Each student will develop their own research question about the topic.'],
    [2, 'evident', 'Write down the new questions that arise as you read and pursue one of them.'],
    [2, 'evident', 'Cada grupo formulará sus propias preguntas sobre el barrio.'],
    [2, 'partial', 'Why do you think the colonists objected to the Stamp Act?'],
    // A recall question about the lesson asks for the textbook's answer, not a line of inquiry (rubric: 0).
    [2, 'missing', 'Why did the colonists object to the Stamp Act?'],
    [2, 'missing', '¿Cómo se enteraba la gente de las noticias hace 200 años?'],
    // An essay built on one open why/how question the teacher sets (rubric: 1), unlike the recall question above.
    [2, 'partial', 'Write a 900-word essay that answers: Why did the hostage crisis last 444 days, and why do Americans and Iranians remember it so differently?'],
    [2, 'partial', 'Essential question: How did the Silk Road change the cities along it?'],
    [2, 'partial', 'Escribe un ensayo que responda: ¿Por qué la Revolución mexicana cambió el país?'],
    [2, 'missing', 'Answer the following essay questions: How does the author describe the farm?'],
    [2, 'missing', 'Write an essay on the war. How many soldiers fought at Gettysburg?'],
    [2, 'partial', 'Design an experiment to test your hypothesis about plant growth.'],
    [1, 'partial', 'Find at least three news articles about the drought and summarize each one.'],
    [1, 'partial', 'Incluye las referencias o fuentes utilizadas.'],
    [4, 'evident', 'Blogging gives students authentic audiences beyond the classroom walls.'],
    [4, 'partial', 'Quienes quieran pueden leer su pregón en voz alta.'],
    [5, 'partial', 'Write a policy memo to the city council with your recommendations.'],
    [5, 'partial', 'Realicen una publicidad para vender el producto.'],
    [6, 'evident', 'You can find sample "A" papers from last year here.'],
    [6, 'missing', 'Define and show modern examples of one of these ideas.'],
    [1, 'partial', 'Please refer to my website for recommended sources.'],
    [1, 'evident', 'Create a post critically evaluating the article you found.'],
    [1, 'partial', 'Incluyan 3 citas: una directa corta y una indirecta.'],
    [2, 'partial', 'Choose one country to research and present its flag.'],
    [2, 'partial', 'Write a report on the country of his/her choice.'],
    [2, 'missing', 'Se escogió esta pared de la institución para el mural.'],
    [3, 'partial', 'Accept or reject your hypothesis and explain how the data supports this response.'],
    [4, 'partial', 'Deberán presentarlo en clase durante la próxima sesión.'],
    [4, 'missing', 'Indicando título, autor y lugar de publicación de la fuente.'],
    [4, 'evident', 'Each group will meet with a community partner to plan the project.'],
    [5, 'partial', 'You have to write a letter to a specific government official.'],
    [6, 'evident', 'I show them professional as well as student produced PSAs.'],
    [2, 'partial', 'Choose one of the topics from the list below.'],
    [2, 'partial', '¿Por qué creen que el cuento se llama así?'],
    [2, 'missing', 'Complete the worksheet on fractions.'],
    // Q3 thinking visible
    [3, 'evident', 'Write a one-page reflection on what you learned and what you would change.'],
    [3, 'evident', 'Keep a learning journal throughout the project.'],
    [3, 'evident', 'Record a short video explaining your thinking process.'],
    [3, 'evident', 'Al final harán una autoevaluación con la rúbrica.'],
    [3, 'evident', 'Cada estudiante llevará una bitácora de laboratorio.'],
    [3, 'partial', 'Explain your answer.'],
    [3, 'partial', 'Show your work for each problem.'],
    [3, 'partial', 'Expliquen por qué eligieron esa respuesta.'],
    [3, 'missing', 'Hand in the final poster on Friday.'],
    // Q4 authentic audiences
    [4, 'evident', 'Publish your post on the class blog for parents and experts to read.'],
    [4, 'evident', 'Students will share their findings with the city council.'],
    [4, 'evident', 'Publicarán sus conclusiones en el blog de la clase.'],
    [4, 'evident', 'Your PSA will run on a local cable channel.'],
    [4, 'partial', 'Present your project to the class.'],
    [4, 'partial', 'Presentarán el proyecto ante la clase.'],
    [4, 'missing', 'Submit your essay to the teacher by email.'],
    // Q5 purposeful contribution
    [5, 'evident', 'Students will work with a community partner to solve a real problem in their community.'],
    [5, 'evident', 'Write a tutorial for others to use.'],
    [5, 'evident', 'Este proyecto de aprendizaje-servicio responde a una necesidad real del barrio.'],
    [5, 'partial', 'Write a proposal for a new city park.'],
    [5, 'partial', 'Diseñen una campaña sobre el reciclaje.'],
    [5, 'missing', 'Solve the equations in section 2.3.'],
    // Q6 best in the world examples
    [6, 'evident', 'Study these award-winning videos before you start.'],
    [6, 'evident', 'Use the article on the Boston Society of Vulcans as a model.'],
    [6, 'evident', 'Estudien los reportajes premiados como modelo.'],
    [6, 'partial', 'See the example on Canvas.'],
    [6, 'partial', 'You will be graded with the rubric.'],
    [6, 'missing', 'Read chapter 4.'],
  ])('question %i is %s in: %s', (id, status, text) => {
    expect(statusOf(run(text), id)).toBe(status);
  });
});

describe('negation and optional wording', () => {
  it.each<[QuestionId, Status, string]>([
    [1, 'missing', 'You do not need to cite sources for this report.'],
    [1, 'missing', 'No es necesario citar fuentes.'],
    [4, 'missing', "You don't need to worry about publishing or promoting your blog post for this assignment."],
    [4, 'partial', 'If you want, you may post your report on the class blog.'],
    [4, 'partial', 'Extra credit: publish your tutorial on a public website.'],
    [4, 'partial', 'Si lo desean, pueden publicar el informe en el blog de la clase.'],
    [4, 'partial', 'Puedes publicar tu cuento en el blog del centro.'],
    [4, 'partial', 'Upload your video to YouTube (make sure it is "Unlisted").'],
    [3, 'partial', 'Reflection is optional.'],
    [3, 'partial', 'A reflection on your process is encouraged but not required.'],
  ])('question %i is %s in: %s', (id, status, text) => {
    expect(statusOf(run(text), id)).toBe(status);
  });

  it('reads our tricky English text as a teacher-coach would', () => {
    const a = analyze(fixture('ours/negation-optional-en.txt'));
    expect(a.questions.map((q) => q.status)).toEqual(['missing', 'missing', 'partial', 'partial', 'missing', 'missing']);
  });

  it('reads our tricky Spanish text as a teacher-coach would', () => {
    const a = analyze(fixture('ours/opcional-es.txt'));
    expect(a.language).toBe('es');
    expect(statusOf(a, 1)).toBe('missing');
    expect(statusOf(a, 3)).toBe('partial');
    expect(statusOf(a, 4)).toBe('partial');
  });

  it('scores a rich Spanish project on the questions it meets', () => {
    const a = analyze(fixture('ours/global-project-es.txt'));
    expect(a.questions.map((q) => q.status)).toEqual(['evident', 'evident', 'evident', 'evident', 'missing', 'evident']);
    expect(a.score).toBe(5);
  });
});

describe('evidence spans', () => {
  const files = readdirSync(FIXTURES).filter((f) => /^\d{3}\.txt$/.test(f));
  it.each(files)('are exact, short, deduplicated and at most five per question in %s', (file) => {
    const input = fixture(file);
    const a = analyze(input);
    for (const q of a.questions) {
      expect(q.evidence.length).toBeLessThanOrEqual(5);
      if (q.status !== 'missing') expect(q.evidence.length).toBeGreaterThan(0);
      for (const e of q.evidence) {
        expect(e.text).toBe(input.text.slice(e.start, e.end));
        expect(e.text.length).toBeGreaterThan(0);
        expect(e.text.length).toBeLessThanOrEqual(200);
        expect(e.text).toBe(e.text.trim());
      }
      for (let i = 0; i < q.evidence.length; i++) {
        for (let j = i + 1; j < q.evidence.length; j++) {
          const x = q.evidence[i]!;
          const y = q.evidence[j]!;
          expect(x.start < y.end && y.start < x.end).toBe(false);
        }
      }
    }
  });
});

describe('languages', () => {
  it.each([
    ['Write an essay about the causes of the war and explain your answer.', undefined, 'en'],
    ['Escriban un ensayo sobre las causas de la guerra y expliquen su respuesta.', undefined, 'es'],
    ['¿Qué opinas?', undefined, 'es'],
    ['Read the text.', 'es', 'es'],
    ['Los alumnos deberán leer el cuento y responder las preguntas de la página 12.', 'en-US', 'es'],
    ['Cada aluno deverá fazer uma contribuição para um artigo da Wikipedia, e não precisa ser perfeito.', undefined, 'pt'],
    ['Les élèves doivent écrire un texte sur le climat et le présenter à la classe.', undefined, 'fr'],
    ['Students read el cuento and answer the questions about the story in English.', undefined, 'en'],
    // A page declares its interface's language: a short text with none of its words overrules it.
    ['Identifying elements and styling them with CSS.', 'de', 'en'], // a real Moodle page (moodle.bfh.ch)
    ['Escribe un ensayo de dos páginas sobre la revolución.', 'en-US', 'es'],
    ['Schreiben Sie einen Aufsatz über die Ursachen des Krieges.', 'de', 'de'],
    // Russian words are not counted: Latin tool names in a Russian text do not make it Portuguese.
    ['Лабораторная работа № 3. Инструменты: QT, PyCharm, git, a Python script.', 'ru', 'ru'],
    ['', undefined, 'en'],
  ])('detectLanguage(%j, %j) is %s', (text, declared, lang) => {
    expect(detectLanguage(text, declared)).toBe(lang);
  });

  it('keeps a declared en/es language on short texts, even when the words are few', () => {
    expect(detectLanguage('Tarea 1', 'es')).toBe('es');
    expect(detectLanguage('site:ir', 'en')).toBe('en');
  });

  it('does not analyse other languages and says so in plain words', () => {
    const a = analyze(fixture('ours/portugues.txt'));
    expect(a.supported).toBe(false);
    expect(a.language).toBe('pt');
    expect(a.message).toBe(UNSUPPORTED_MESSAGE_EN);
    expect(a.message).toMatch(/English and Spanish/);
    expect(UNSUPPORTED_MESSAGE_ES).toMatch(/inglés y en español/);
    expect(a.score).toBe(0);
    expect(a.questions.every((q) => q.status === 'missing' && q.evidence.length === 0)).toBe(true);
  });
});

describe('suggestions', () => {
  it('gives question 1 a search idea from the assignment’s topic in November’s manner', () => {
    const a = analyze(fixture('ours/iran-hostage-crisis.txt'));
    const q1 = a.questions[0]!.suggestions.join(' ');
    expect(q1).toContain('site:ir');
    expect(q1).toContain('site:ac.ir');
    expect(q1).toContain('conquest of the American spy den');
    expect(q1).toContain('Iranian Hostage Crisis');
  });

  it('uses the given topic over the title, and stays concrete when no country is named', () => {
    const a = analyze({ title: 'Unit 2 – Water', text: 'Answer the questions.', topic: 'the water cycle' });
    const q1 = a.questions[0]!.suggestions;
    expect(q1.join(' ')).toContain('“the water cycle” site:');
    expect(a.questions.every((q) => q.suggestions.length >= 2 && q.suggestions.length <= 3)).toBe(true);
    expect(a.questions.every((q) => q.suggestions.every((s) => s.includes('the water cycle')))).toBe(true);
  });

  it('does not ask for an open question where the assignment already poses one', () => {
    const essay = 'Write a 900-word essay that answers: Why did the hostage crisis last 444 days, and why do Americans and Iranians remember it so differently?';
    const posed = analyze({ title: 'The Iranian Hostage Crisis', text: essay }).questions[1]!;
    expect(posed.status).toBe('partial');
    expect(posed.suggestions.join(' ')).not.toMatch(/Pose an open question/);
    expect(posed.suggestions).toContain('Ask students to end their work on The Iranian Hostage Crisis with the question they would investigate next, and why it matters.');
    const recall = analyze({ title: 'The Iranian Hostage Crisis', text: 'Answer questions 1-10 on page 45.' }).questions[1]!;
    expect(recall.status).toBe('missing');
    expect(recall.suggestions.join(' ')).toMatch(/Pose an open question about The Iranian Hostage Crisis/);
    const es = analyze({ title: 'La Revolución mexicana', text: 'Escribe un ensayo que responda: ¿Por qué la Revolución mexicana cambió el país?' }).questions[1]!;
    expect(es.suggestions.join(' ')).toContain('con la pregunta que investigarían después');
  });

  it('builds on what the assignment already asks for instead of asking for it again', () => {
    // The demo assignment's own line (scripts/demo/assignment.html).
    const journal = 'Keep a research journal: after each source, write a short reflection on what it adds, whose view it gives, and how it changed your thinking.';
    const q3 = analyze({ title: 'Iranian Hostage Crisis', text: journal }).questions[2]!.suggestions;
    expect(q3).toContain('Make the reflection on Iranian Hostage Crisis point to evidence: the draft, source or feedback that changed the student\'s thinking, and what they revised because of it.');
    expect(q3.join(' ')).toMatch(/In the journal students keep on Iranian Hostage Crisis/);
    expect(q3.join(' ')).not.toMatch(/add a short reflection|Ask for a process journal/);
    // And has students compare an American and an Iranian newspaper: question 1's third idea is the
    // lateral reading before that comparison, not the comparison again.
    const compare = 'Compare how one American newspaper and one Iranian newspaper reported the release of the hostages in January 1981.';
    const q1 = analyze({ title: 'Iranian Hostage Crisis', text: compare }).questions[0]!;
    expect(q1.status).toBe('evident');
    expect(q1.suggestions[2]).toBe('Before students compare the sources from Iran on Iranian Hostage Crisis, have them read laterally: who publishes each one, and what do other sites say about that publisher?');
    const es = analyze({ title: 'Tarea 2: El agua', text: 'Publicarán sus conclusiones en el blog de la clase. Llevarán un diario de aprendizaje y escribirán una reflexión final.' });
    expect(es.questions[3]!.suggestions[0]).toMatch(/^Lleve lectores al trabajo publicado sobre El agua/);
    expect(es.questions[2]!.suggestions.join(' ')).toMatch(/En el diario que llevan sobre El agua/);
  });

  it('keeps the plain suggestion where the thing is only optional, or where the question was not found', () => {
    const optional = analyze(fixture('ours/negation-optional-en.txt'));
    expect(optional.questions[2]!.suggestions.join(' ')).toMatch(/add a short reflection or self-assessment/);
    expect(optional.questions[3]!.suggestions[0]).toMatch(/^Publish the finished work on/);
    const sources = analyze({ title: 'Unit 3 – Vaccines', text: 'Cite three peer-reviewed journal articles in APA format.' });
    expect(sources.questions[2]!.status).toBe('missing');
    expect(sources.questions[2]!.suggestions).toContain('Ask for a process journal on Vaccines with drafts and the feedback each draft received.');
  });

  it('sets a right-to-left topic apart in its sentence and drops direction controls from a title', () => {
    const arabic = 'أزمة الرهائن في إيران';
    const a = analyze({ title: arabic, text: 'Write a reflection on your sources.', lang: 'en' });
    const prose = a.questions[2]!.suggestions;
    // First-strong isolate … pop directional isolate: the topic's punctuation stays with it.
    expect(prose.every((s) => s.includes(`\u2068${arabic}\u2069`))).toBe(true);
    const hostile = analyze({ title: 'Essay: \u202Eevil\u202C Water', text: 'Write a reflection.', lang: 'en' });
    const all = hostile.questions.flatMap((q) => q.suggestions).join(' ');
    expect(all).toContain('evil Water');
    expect(all).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('writes suggestions in the text’s language', () => {
    const a = analyze(fixture('ours/global-project-es.txt'));
    expect(a.questions[0]!.suggestions[0]).toMatch(/^Exija al menos dos fuentes de México/);
    expect(a.questions[0]!.suggestions.join(' ')).toContain('site:edu.mx');
    // The project already publishes on the class blog, so the first idea builds on it.
    expect(a.questions[3]!.suggestions[0]).toMatch(/^Lleve lectores al trabajo publicado/);
  });
});

describe('topicFromTitle', () => {
  it.each([
    ['Assignment 3: Iranian Hostage Crisis Essay', 'Iranian Hostage Crisis'],
    ['Unit 2 – The Water Cycle', 'The Water Cycle'],
    ['Week 4: Photosynthesis Lab Report (Due 10/12)', 'Photosynthesis'],
    ['Essay on the French Revolution', 'French Revolution'],
    ['Tarea 1: Explorando la Telemedicina en el Mundo y en México', 'Explorando la Telemedicina en el Mundo y en México'],
    ['Proyecto final - La Revolución de Mayo', 'La Revolución de Mayo'],
    ['Civil Rights Movement Research Paper - January 5, 2024', 'Civil Rights Movement'],
    ['HW 5', ''],
    ['Homework', ''],
    ['"Dear Data" Project', 'Dear Data'],
    ['  ', ''],
  ])('topicFromTitle(%j) is %j', (title, topic) => {
    expect(topicFromTitle(title)).toBe(topic);
  });
});

describe('hostile and odd input is just text', () => {
  it.each([
    ['script', '<script>alert(1)</script> Publish it on the class blog.'],
    ['onerror', '<img src=x onerror="fetch(\'//evil\')"> Reflect on your learning.'],
    ['javascript link', '<a href="javascript:alert(1)">site:ir</a> compare sources from two countries'],
    ['RTL override', '\u202eReflection on your learning\u202c \u2066site:ir\u2069'],
    ['lone surrogates', '\ud800 reflect on \udfff your learning'],
    ['only punctuation', '.?!;'.repeat(1000)],
    ['empty', ''],
  ])('%s: no throw, valid result', (_name, text) => {
    const a = run(text);
    expect(a.version).toBe(ANALYSIS_VERSION);
    expect(a.questions).toHaveLength(6);
    for (const q of a.questions) for (const e of q.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('survives missing fields from a careless caller', () => {
    expect(() => analyze({} as never)).not.toThrow();
    expect(() => analyze({ title: 1, text: null } as never)).not.toThrow();
  });

  it('analyses a 5 MB text without throwing and quickly', () => {
    const unit = 'Students will write a reflection and publish it on the class blog. Cite at least 3 sources. ';
    const big = unit.repeat(Math.ceil(5e6 / unit.length));
    const t0 = performance.now();
    const a = run(big);
    const ms = performance.now() - t0;
    expect(a.score).toBeGreaterThan(0);
    // Loose bound for a shared CI machine; bench/analyze.ts measures throughput properly.
    expect(ms).toBeLessThan(5000);
  });
});

describe('determinism and DOM sources', () => {
  it('gives the same analysis for the same input', () => {
    const input = fixture('019.txt');
    expect(analyze(input)).toEqual(analyze(input));
    expect(JSON.stringify(analyze(input))).toBe(JSON.stringify(analyze({ ...input })));
  });

  it('reads the same from linkedom and happy-dom text of an assignment page', () => {
    const html =
      '<!doctype html><html lang="es"><body><h1>Tarea 2</h1><div class="description"><p>Publicarán sus conclusiones en el blog de la clase.</p><ul><li>Llevarán un diario de aprendizaje.</li></ul></div></body></html>';
    const fromLinkedom = parseHtmlDocument(html).querySelector('.description')!.textContent ?? '';
    const w = new Window({ url: 'https://school.example/courses/1/assignments/2' });
    const doc = new w.DOMParser().parseFromString(html, 'text/html');
    const fromHappy = doc.querySelector('.description')!.textContent ?? '';
    const a = analyze({ title: 'Tarea 2', text: fromLinkedom, lang: 'es' });
    const b = analyze({ title: 'Tarea 2', text: fromHappy, lang: 'es' });
    expect(a.questions.map((q) => q.status)).toEqual(b.questions.map((q) => q.status));
    expect(statusOf(a, 4)).toBe('evident');
    expect(statusOf(a, 3)).toBe('evident');
  });
});
