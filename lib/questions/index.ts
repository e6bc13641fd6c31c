/**
 * Alan November's six questions as data: the one place UI strings, look-fors and strengthen
 * ideas come from. Wording of the questions follows November (2014, version .05); the look-fors
 * restate `shared/research/six-questions-rubric.md`; the strengthen ideas are written from
 * November's explanation of each question (the Iran example, Kathy Cassidy's class blog, the
 * Istanbul algebra class, the "award winning egg drop" videos).
 */
import type { QuestionId } from '../analyze/types.ts';

/** Languages the question texts exist in. */
export type QuestionLang = 'en' | 'es';

/** A string in every language Vantage shows the questions in. */
export type Localized = Readonly<Record<QuestionLang, string>>;

/** One of the six questions, with what a coach looks for and how to strengthen an assignment. */
export interface QuestionDef {
  id: QuestionId;
  /** Short label for tabs and table headers, e.g. "Critical thinking on the web". */
  title: Localized;
  /** The question as November wrote it (English) and its Spanish translation. */
  question: Localized;
  /** What the teacher asks themself when auditing, one sentence. */
  prompt: Localized;
  /** What "evident" and "partial" mean for this question (the reading standard). */
  lookFors: { evident: Localized; partial: Localized };
  /** General ways to strengthen an assignment for this question (topic-free). */
  strengthen: Readonly<Record<QuestionLang, readonly string[]>>;
}

/** Where the questions come from; show it wherever the questions are shown. */
export const ATTRIBUTION = {
  author: 'Alan November',
  title: 'Six Questions for Transformational Student Work',
  year: 2014,
  version: '.05',
  text: {
    en: 'Questions from Alan November, "Six Questions for Transformational Student Work" (2014, version .05).',
    es: 'Preguntas de Alan November, «Six Questions for Transformational Student Work» (2014, versión .05).',
  } as Localized,
} as const;

/** The six questions, in November's order (index = id - 1). */
export const QUESTIONS: readonly QuestionDef[] = [
  {
    id: 1,
    title: { en: 'Critical thinking on the web', es: 'Pensamiento crítico en la web' },
    question: {
      en: 'Did the assignment build capacity for critical thinking on the web?',
      es: '¿La tarea desarrolló la capacidad de pensamiento crítico en la web?',
    },
    prompt: {
      en: 'Will students design their searches and judge their sources, or just type the title into Google?',
      es: '¿Diseñarán los estudiantes sus búsquedas y juzgarán sus fuentes, o solo escribirán el título en Google?',
    },
    lookFors: {
      evident: {
        en: 'Students must design or evaluate searches and sources deliberately: sources from named countries or perspectives, site: operators or advanced search, comparing how sources present the same event, checking credibility, finding online primary sources with guidance.',
        es: 'Los estudiantes deben diseñar o evaluar búsquedas y fuentes a propósito: fuentes de países o perspectivas concretas, el operador site: o la búsqueda avanzada, comparar cómo presentan las fuentes un mismo hecho, comprobar la credibilidad, encontrar fuentes primarias en línea con orientación.',
      },
      partial: {
        en: 'Generic "use reliable sources", "cite at least N sources", "research online", a list of approved sites, or a bibliography without guidance on finding or judging sources.',
        es: '«Usa fuentes fiables», «cita al menos N fuentes», «investiga en internet», una lista de sitios aprobados o una bibliografía sin orientación para encontrar o juzgar fuentes.',
      },
    },
    strengthen: {
      en: [
        'Require at least two sources from a country on the other side of the topic, found with site: and its country code (site:ir, site:ac.ir).',
        'Before searching, ask what the other side calls the event and search with their words.',
        'Have students compare how sources from two countries present the same event.',
      ],
      es: [
        'Exija al menos dos fuentes de un país del otro lado del tema, encontradas con site: y su código de país (site:ir, site:ac.ir).',
        'Antes de buscar, pregunte cómo llama el otro lado al hecho y busque con sus palabras.',
        'Pida comparar cómo presentan el mismo hecho fuentes de dos países.',
      ],
    },
  },
  {
    id: 2,
    title: { en: 'New lines of inquiry', es: 'Nuevas líneas de indagación' },
    question: {
      en: 'Did the assignment develop new lines of inquiry?',
      es: '¿La tarea abrió nuevas líneas de indagación?',
    },
    prompt: {
      en: 'Will students ask questions of their own that the sources raise, or only answer ours?',
      es: '¿Harán los estudiantes sus propias preguntas a partir de las fuentes, o solo responderán las nuestras?',
    },
    lookFors: {
      evident: {
        en: 'Students generate their own questions or choose and refine their own line of inquiry, or pursue open why/how questions with several defensible answers and the new questions that arise.',
        es: 'Los estudiantes formulan sus propias preguntas o eligen y afinan su propia línea de indagación, o siguen preguntas abiertas (por qué, cómo) con varias respuestas defendibles y las nuevas preguntas que surgen.',
      },
      partial: {
        en: 'One open-ended question set by the teacher; a choice among given topics; "discuss" prompts.',
        es: 'Una pregunta abierta planteada por el docente; elegir entre temas dados; consignas de «debatir».',
      },
    },
    strengthen: {
      en: [
        'Ask students to write the questions the sources raise and pursue one of them.',
        'Pose a "why did they call it that?" question that has more than one defensible answer.',
      ],
      es: [
        'Pida a los estudiantes que anoten las preguntas que les abren las fuentes y sigan una de ellas.',
        'Plantee una pregunta de tipo «¿por qué lo llamaron así?» con más de una respuesta defendible.',
      ],
    },
  },
  {
    id: 3,
    title: { en: 'Thinking made visible', es: 'Pensamiento visible' },
    question: {
      en: 'Are there opportunities for students to make their thinking visible?',
      es: '¿Hay oportunidades para que los estudiantes hagan visible su pensamiento?',
    },
    prompt: {
      en: 'Will you see how students thought, not only what they handed in?',
      es: '¿Verá cómo pensaron los estudiantes, y no solo lo que entregaron?',
    },
    lookFors: {
      evident: {
        en: 'Required reflection, self-assessment against criteria, a voice or video explanation of their own work, a process journal, or drafts with feedback cycles.',
        es: 'Reflexión obligatoria, autoevaluación con criterios, explicación en audio o vídeo del propio trabajo, diario de proceso o borradores con ciclos de retroalimentación.',
      },
      partial: {
        en: '"Explain your answer" or "show your work" in passing; an optional reflection.',
        es: '«Explica tu respuesta» o «muestra el procedimiento» de paso; una reflexión opcional.',
      },
    },
    strengthen: {
      en: [
        'Have students record a short voice analysis of their own draft before handing it in.',
        'Add a self-assessment against the rubric, with one change they made because of it.',
      ],
      es: [
        'Pida a los estudiantes que graben un breve análisis en audio de su propio borrador antes de entregarlo.',
        'Añada una autoevaluación con la rúbrica y un cambio que hicieron a partir de ella.',
      ],
    },
  },
  {
    id: 4,
    title: { en: 'Authentic global audience', es: 'Audiencia auténtica y global' },
    question: {
      en: 'Are there opportunities to broaden the perspective of the conversation with authentic audiences from around the world?',
      es: '¿Hay oportunidades de ampliar la perspectiva de la conversación con audiencias auténticas de todo el mundo?',
    },
    prompt: {
      en: 'Who besides the teacher will read, watch or answer this work?',
      es: '¿Quién, además del docente, leerá, verá o responderá este trabajo?',
    },
    lookFors: {
      evident: {
        en: 'The work is published or shared beyond the teacher and class as part of the task: a public blog, experts, another school or country, a community audience, an online forum.',
        es: 'El trabajo se publica o se comparte más allá del docente y la clase como parte de la tarea: un blog público, expertos, otra escuela u otro país, la comunidad, un foro en línea.',
      },
      partial: {
        en: 'Presented to the class or school only, peer review within class, optional publishing, or a simulated audience (a letter that is not sent).',
        es: 'Se presenta solo a la clase o a la escuela, revisión entre pares en clase, publicación opcional o una audiencia simulada (una carta que no se envía).',
      },
    },
    strengthen: {
      en: [
        'Publish the work on the class blog and invite comments from parents, experts and a partner class abroad.',
        'Join an ongoing online conversation on the topic (a newspaper or magazine blog) instead of writing for the teacher only.',
      ],
      es: [
        'Publique el trabajo en el blog de la clase e invite a comentar a las familias, a expertos y a una clase de otro país.',
        'Súmese a una conversación en línea sobre el tema (el blog de un diario o una revista) en lugar de escribir solo para el docente.',
      ],
    },
  },
  {
    id: 5,
    title: { en: 'Purposeful contribution', es: 'Contribución con propósito' },
    question: {
      en: 'Is there an opportunity for students to create a contribution (purposeful work)?',
      es: '¿Hay una oportunidad para que los estudiantes creen una contribución (trabajo con propósito)?',
    },
    prompt: {
      en: 'Will anyone use what students make once it is graded?',
      es: '¿Usará alguien lo que hagan los estudiantes una vez calificado?',
    },
    lookFors: {
      evident: {
        en: 'Students make something others will actually use or that serves a real need: a resource, tutorial, service, tool, a solution to a real community problem, open data.',
        es: 'Los estudiantes crean algo que otros usarán de verdad o que responde a una necesidad real: un recurso, un tutorial, un servicio, una herramienta, una solución a un problema real de la comunidad, datos abiertos.',
      },
      partial: {
        en: 'A realistic but hypothetical product (a proposal, a pitch, a design that is not used) or "real-world" framing without a real user.',
        es: 'Un producto realista pero hipotético (una propuesta, un pitch, un diseño que no se usa) o un enfoque de «mundo real» sin usuario real.',
      },
    },
    strengthen: {
      en: [
        'Have students build a tutorial or resource that a named group (younger students, a local organisation) will use, and publish it for them.',
        'Start from a real need students find in their community and let them solve it.',
      ],
      es: [
        'Pida a los estudiantes un tutorial o recurso que usará un grupo concreto (alumnos más pequeños, una organización local) y publíquelo para ellos.',
        'Parta de una necesidad real que los estudiantes encuentren en su comunidad y deje que la resuelvan.',
      ],
    },
  },
  {
    id: 6,
    title: { en: '"Best in the world" examples', es: 'Ejemplos «de lo mejor del mundo»' },
    question: {
      en: 'Does the assignment demo "best in the world" examples of content and skill?',
      es: '¿La tarea muestra ejemplos «de lo mejor del mundo» de contenido y destreza?',
    },
    prompt: {
      en: 'Have students seen what excellent work on this looks like, anywhere in the world?',
      es: '¿Han visto los estudiantes cómo es un trabajo excelente sobre esto, en cualquier parte del mundo?',
    },
    lookFors: {
      evident: {
        en: 'The assignment points to exemplary work by experts or peers worldwide: named exemplars, award-winning examples, professional models to study or emulate.',
        es: 'La tarea remite a trabajos ejemplares de expertos o de pares de todo el mundo: ejemplos con nombre, trabajos premiados, modelos profesionales para estudiar o emular.',
      },
      partial: {
        en: 'A teacher-made sample or a generic "see the example"; a rubric describing excellence without showing it.',
        es: 'Un ejemplo hecho por el docente o un «ver el ejemplo» genérico; una rúbrica que describe la excelencia sin mostrarla.',
      },
    },
    strengthen: {
      en: [
        'Show two award-winning or professional examples from other countries and ask what makes them excellent.',
        'Link a collection of expert work (a museum, a research project such as the Encyclopedia of Life) for students to study.',
      ],
      es: [
        'Muestre dos ejemplos premiados o profesionales de otros países y pregunte qué los hace excelentes.',
        'Enlace una colección de trabajos de expertos (un museo, un proyecto como la Encyclopedia of Life) para que los estudiantes la estudien.',
      ],
    },
  },
];

/** Looks up a question by id; every id 1..6 exists. */
export function questionById(id: QuestionId): QuestionDef {
  return QUESTIONS[id - 1]!;
}

/**
 * The full question text in a language; any language other than Spanish gets English, so a UI
 * in an unsupported language still shows November's words.
 */
export function questionText(id: QuestionId, lang: string = 'en'): string {
  const l: QuestionLang = lang.toLowerCase().split(/[-_]/)[0] === 'es' ? 'es' : 'en';
  return questionById(id).question[l];
}
