/**
 * Does a web page (or discussion prompt) read as a task for students? Course exports hold many
 * pages (readings, welcome pages, syllabi) and, in Moodle's and Blackboard's exports, assignments
 * survive only as pages, so the decision has to come from the words. English and Spanish, the
 * languages the analysis reads.
 */

export interface TaskSignals {
  /** Sum of the signal weights found. */
  score: number;
  /** What was found, for tests and for a person asking "why was this page audited?". */
  reasons: string[];
  isTask: boolean;
}

/** Phrases that only an assignment writes: strong on their own. */
const STRONG: ReadonlyArray<[RegExp, string]> = [
  // Not the word inside code a page shows (`<input type="submit">`, `form.submit()`, `onSubmit`).
  [/(?<![-=."'#/<_])\b(?:submit|upload|turn in|hand in)\b(?![-"'=(_])/i, 'asks students to submit'],
  [/\bdue\s+(?:date|by|on|at|before|friday|monday|tuesday|wednesday|thursday|saturday|sunday|next|in)\b|\bis due\b|\bdeadline\b/i, 'names a due date'],
  // "You will learn / see / need…" is how lessons and course pages talk, not what a task asks.
  [/\b(?:you will|you(?:'|’)ll|students will)\b(?!\s+(?:learn|see|find|need|notice|explore|understand|discover|get|have|also|want|receive|gain|hear|watch|be|become|know|meet|enjoy|start|begin|continue|look|review)\b)|\byour (?:task|job|assignment|goal) is\b|\byou are (?:asked|to)\b|\byou must\b/i, 'tells students what they will do'],
  // "Post your questions (for the instructor)" is what an open question-and-answer forum says, not a prompt.
  [/\bpost (?:your|a|an|one)\b(?!\s+(?:questions?|comments?|concerns?)\b)|\b(?:reply|respond) to (?:at least )?(?:one|two|three|a|\d) (?:classmates?|peers?|others)\b/i, 'asks for a post and replies'],
  [/\brubric\b|\bgrading criteria\b|\bgraded (?:on|for)\b|\b\d+\s*(?:points|pts)\b/i, 'mentions grading'],
  [/\b(?:deber[áa]s|debes|tendr[áa]s que|vas a|los estudiantes (?:deber[áa]n|van a))\b/i, 'dice a los estudiantes qué harán'],
  [/\bentreg(?:a|ar|ue|uen|ad)\b|\bsub(?:e|ir|an)\b (?:tu|el|la|su)|\bfecha (?:de entrega|l[íi]mite)\b|\bplazo\b/i, 'pide entregar'],
  [/\bpublica (?:tu|una|un)\b|\bresponde a (?:al menos )?(?:un|una|dos|tres|\d) (?:compañer[oa]s?|colegas)\b/i, 'pide publicar y responder'],
  [/\br[úu]brica\b|\bcriterios de evaluaci[óo]n\b|\b\d+\s*puntos\b/i, 'menciona la evaluación'],
];

/** Words that assignments use but so do other pages: count only together. */
const WEAK: ReadonlyArray<[RegExp, string]> = [
  [/\binstructions?\b|\binstrucciones\b|\bconsigna\b/i, 'has instructions'],
  [/\b(?:essay|report|project|presentation|poster|portfolio|podcast|lab report|research paper|ensayo|informe|proyecto|presentaci[óo]n|p[óo]ster|trabajo)\b/i, 'names a product'],
  [/\b(?:word|palabras)\b.{0,20}\b(?:minimum|maximum|limit|m[íi]nimo|m[áa]ximo)\b|\b\d{2,4}(?:\s*[-–]\s*\d{2,4})?[-\s]*(?:words?|palabras)\b|\b\d+\s*(?:pages?|p[áa]ginas)\b/i, 'sets a length'],
  [/\b(?:post|reply|respond) to\b|\breply to (?:at least )?(?:two|2|three|3)\b|\bpublica\b|\bresponde a\b/i, 'asks for posts or replies'],
  [/\bcite\b|\bsources?\b|\bbibliography\b|\bfuentes?\b|\bbibliograf[íi]a\b/i, 'asks for sources'],
];

/** Lines that start with an imperative verb, the shape of step-by-step instructions. */
const IMPERATIVE_LINE =
  /^(?:\d+[.)]\s*|step \d+:?\s*|paso \d+:?\s*)?(?:write|read|research|create|compare|explain|find|choose|select|interview|design|analy[sz]e|identify|describe|discuss|post|include|use|prepare|present|record|investigate|build|draft|revise|reflect|summari[sz]e|list|answer|complete|evaluate|argue|propose|plan|make|search|collect|gather|conduct|share|escribe|lee|investiga|crea|compara|explica|busca|elige|selecciona|entrevista|dise[ñn]a|analiza|identifica|describe|discute|publica|incluye|usa|utiliza|prepara|presenta|graba|elabora|redacta|reflexiona|resume|responde|completa|eval[úu]a|argumenta|prop[óo]n|planifica|comparte)\b/i;

/** Titles that name a task, or that name a page that is not one. */
const TASK_TITLE = /\b(?:assignment|homework|project|essay|task|lab|activity|worksheet|prompt|challenge|tarea|proyecto|ensayo|actividad|pr[áa]ctica|taller|deberes)\b/i;
const NOT_TASK_TITLE =
  /\b(?:syllabus|course (?:information|schedule|overview|calendar|home|components)|welcome|about (?:the|this) course|office hours|resources|reading list|glossary|faq|announcements?|home ?page|how to|set ?up|getting started|orientation|(?:technology|technical|software) requirements|academic (?:policies|integrity|honesty|support)|important info(?:rmation)?|expectations|help|objectives|s[íi]labo|programa del curso|bienvenid[ao]s?|recursos|glosario|calendario|c[óo]mo|preguntas frecuentes|requisitos|orientaci[óo]n|integridad acad[ée]mica|objetivos|p[áa]gina (?:principal|de inicio))\b/i;

const THRESHOLD = 3;

/** How much a page has to show to count as a task. */
export interface TaskOptions {
  /**
   * The export carries its assignments as assignments (Canvas, Brightspace, Sakai, Schoology):
   * every task students hand in is already an item, and a page is a reading, a course page or a
   * how-to about the assignments. Such a page counts only when its title names a task and not a
   * course page, and is not a question (FAQ pages are titled "How do I…?"), and when its words
   * alone, without the title, read as a task.
   */
  besideAssignments?: boolean;
  /**
   * The outline module the page sits in. Beside assignments, a page in the course's orientation
   * module ("Start Here", "Student Canvas Orientation", "FAQ") is a how-to about the course, however
   * much it talks about submitting.
   */
  module?: string;
  /**
   * A Moodle assignment that takes no submission: work done offline, or a session notice kept as
   * an assignment to mark attendance, whose agenda talks like a task ("In Session 4.5, you will
   * work collaboratively…"). Its words must show more than a page's.
   */
  noSubmission?: boolean;
}

/** Modules that orient students to the course rather than teach it. */
const ORIENTATION_MODULE =
  /\b(?:start here|before you (?:begin|start)|getting started|orientation|welcome|faq|frequently asked|course (?:information|info|overview|home|resources|policies)|syllabus|student (?:resources|support)|(?:technology|technical|software) requirements|help|empieza aqu[íi]|comienza aqu[íi]|antes de empezar|orientaci[óo]n|bienvenid[ao]s?|preguntas frecuentes|informaci[óo]n (?:general )?del curso|s[íi]labo|programa del curso)\b/i;

/** Scores a page's title and text for task-ness; `isTask` when the evidence is enough. */
export function taskSignals(title: string, text: string, opts: TaskOptions = {}): TaskSignals {
  const reasons: string[] = [];
  let score = 0;
  for (const [re, why] of STRONG) {
    if (re.test(text)) {
      score += 2;
      reasons.push(why);
    }
  }
  for (const [re, why] of WEAK) {
    if (re.test(text)) {
      score += 1;
      reasons.push(why);
    }
  }
  let imperatives = 0;
  for (const line of text.split('\n')) if (IMPERATIVE_LINE.test(line.trim())) imperatives++;
  if (imperatives) {
    score += Math.min(imperatives, 2);
    reasons.push(`${imperatives} line${imperatives === 1 ? '' : 's'} of instructions`);
  }
  const taskTitle = TASK_TITLE.test(title);
  if (taskTitle) {
    score += 2;
    reasons.push('the title names a task');
  }
  // A syllabus or welcome page talks about due dates and submitting all the time; its title decides.
  const strict = opts.besideAssignments === true;
  const courseTitle = (strict || !taskTitle) && NOT_TASK_TITLE.test(title);
  if (courseTitle) reasons.push('the title names a course page, not a task');
  const question = strict && /\?\s*$/.test(title);
  if (question) reasons.push('the title is a question');
  if (strict && !taskTitle) reasons.push('the course has its assignments as assignments and the title names no task');
  const inOrientation = strict && !!opts.module && ORIENTATION_MODULE.test(opts.module);
  if (inOrientation) reasons.push('the page sits in the course’s orientation module');
  const words = text.split(/\s+/).filter(Boolean).length;
  // Too short to hold instructions, or so long it is a reading that happens to say "you will".
  const enoughText = words >= 6;
  const needed = (words > 4000 ? THRESHOLD + 3 : THRESHOLD) + (opts.noSubmission ? 2 : 0);
  const titleAllows = !courseTitle && !question && !inOrientation && (taskTitle || !strict);
  // Beside assignments the title is a gate, not evidence: the words alone must carry the page.
  const evidence = strict && taskTitle ? score - 2 : score;
  return { score, reasons, isTask: enoughText && titleAllows && evidence >= needed };
}

/** True when a page's title and text read as a task for students. */
export function readsAsTask(title: string, text: string, opts: TaskOptions = {}): boolean {
  return taskSignals(title, text, opts).isTask;
}

/**
 * What a discussion prompt says when it asks each student for a contribution ("tell us about your
 * experience", "share your draft lesson plan", "attach your final lesson plan", "post your
 * comments regarding the following statements", "Questions for Reflection:"), but not the
 * introductions and question-and-answer forums every course has ("tell us about yourself",
 * "post your questions").
 */
const ASKS_FOR_A_POST = new RegExp(
  [
    // "share your draft", "share 1–2 of your takeaways", "share each of your situations"; not "tell us about yourself" nor "share your questions and concerns".
    String.raw`\b(?:tell us|share)\b(?!\s+(?:(?:a (?:little|bit)|something) )?(?:about )?(?:yourself|you|your ?self)\b)(?!\s+your (?:questions|concerns)\b)(?=\s+(?:about|how|what|why|whether|if|your|a|an|the|one|two|three|each|them|\d)\b)`,
    String.raw`\battach (?:your|a|an|the)\b`,
    String.raw`\bpost your (?:comments?|thoughts|reflections?|responses?|answers?|ideas|analysis|plan)\b`,
    String.raw`\badd (?:a|your) (?:post|reply|response)\b`,
    // "read and respond to others' postings"; not "respond to others' questions" (an open question forum).
    String.raw`\b(?:reply|respond) to (?:(?:your )?(?:classmates|peers|colleagues|others)|other (?:participants|learners|students))['’]? (?:posts|postings|responses|replies|ideas|work)\b`,
    String.raw`\b(?:reply|respond) to (?:one|two|three|\d|each|all|at least \w+) of the (?:following|questions|prompts)\b`,
    String.raw`\bquestions? for (?:reflection|discussion)\b`,
    // The same requests in Spanish: "comparte tu experiencia", "cuéntanos cómo…", "publica tu reflexión",
    // "responde a las siguientes preguntas", "comenta las aportaciones de dos compañeros"; not
    // "cuéntanos sobre ti" nor "comparte tus dudas".
    String.raw`(?<![\p{L}])(?:cu[ée]ntanos|comparte|compartid|compartan)(?![\p{L}])(?!\s+(?:(?:un poco|algo) )?(?:sobre |de )?(?:ti|vosotros|ustedes|usted)(?![\p{L}]))(?!\s+(?:tus|sus|vuestras) (?:dudas|preguntas|consultas)(?![\p{L}]))(?=\s+(?:sobre|c[óo]mo|qu[ée]|por qu[ée]|si|tu|tus|su|sus|vuestr[oa]s?|un|una|el|la|los|las|dos|tres|cada|\d)(?![\p{L}]))`,
    String.raw`(?<![\p{L}])adjunta (?:tu|tus|el|la|un|una)(?![\p{L}])`,
    String.raw`(?<![\p{L}])publica (?:tu|tus|vuestr[oa]s?|su|sus) (?:comentarios?|reflexi[óo]n|reflexiones|respuestas?|ideas|an[áa]lisis|propuestas?|opini[óo]n|aportaci[óo]n)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:responde|contesta|responded|respondan)(?: a)? (?:las|una de las|dos de las|tres de las) siguientes (?:preguntas|cuestiones)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:comenta|responde|comentad|comenten)(?: a)? (?:las aportaciones|los mensajes|las intervenciones|las publicaciones|las respuestas) de (?:tus|vuestros|sus|dos|tres|al menos \S+) compa[ñn]er[oa]s(?![\p{L}])`,
    String.raw`(?<![\p{L}])preguntas? para (?:la )?(?:reflexi[óo]n|el debate|la discusi[óo]n)(?![\p{L}])`,
  ].join('|'),
  'iu',
);
const OPEN_FORUM_TITLE =
  /\b(?:introduc\w*|icebreaker|welcome|caf[eé]|lounge|q ?& ?a|help|questions? (?:for|to) the (?:facilitator|instructor|teacher)|questions? do you have)\b|(?<![\p{L}])(?:foro de (?:dudas|consultas|presentaci[óo]n|presentaciones)|dudas|consultas|presentaciones|pres[ée]ntate|cafeter[íi]a|ayuda|bienvenid[ao]s?)(?![\p{L}])/iu;

/**
 * True when a discussion's prompt asks each student for a contribution and its title is not that of
 * an open forum. A forum is made for posts, so for a discussion this request is the task.
 */
export function asksForAPost(title: string, text: string): boolean {
  return !OPEN_FORUM_TITLE.test(title) && ASKS_FOR_A_POST.test(text);
}
