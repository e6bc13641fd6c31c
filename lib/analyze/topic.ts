/**
 * The topic of an assignment from its title: what is left when the LMS furniture is taken away.
 * Teachers' real titles carry a lot of it: a kind ("Essay", "Tarea 1"), a unit, a course code
 * ("CHLD 351:"), a grade ("5th Grade", "1º ESO"), a term or date, the teacher's name, points,
 * "Instructions". The topic goes into search queries ("site:ir <topic>") and into every suggestion,
 * so a wrong one ("CS", "structions (Music 103") shows; no topic ("this topic") beats a wrong one.
 *
 * The title is cut into parts (at ":", a spaced dash or bar; what closing brackets hold is a part
 * of its own); each part loses its furniture; the best part wins: one that names something
 * specific, before one that held a kind of work ("Art Project"), before what brackets hold,
 * before one still mostly furniture, before a bare school subject ("Science").
 * "Assignment 3: Iranian Hostage Crisis Essay" → "Iranian Hostage Crisis"; "Spring Break Science
 * Project: Sea Turtles" → "Sea Turtles"; "Tarea 1 (Análisis de datos ambientales)" → "Análisis de
 * datos ambientales". Every pattern is bounded and the title is cut at 300 characters, so this
 * stays linear.
 */

// A word boundary that knows accented letters (\b does not).
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

// Kinds of work, English and Spanish; longer phrases first so "research paper" goes as one.
const KIND =
  '(?:research papers?|term papers?|position papers?|lab(?:oratory)? reports?|lab write-?ups?|write-?ups?|reading responses?|reader responses?|response papers?|problem sets?|blog posts?|discussion (?:posts?|forum|board|questions?)|forum posts?|journal entr(?:y|ies)|research (?:projects?|reports?|assignments?|essays?)|book reports?|article summar(?:y|ies)|document[- ]based questions?|dbqs?|(?:reading )?(?:journals?|logs?)|assignments?|homework|hw|tasks?|activit(?:y|ies)|projects?|essays?|papers?|reports?|labs?|worksheets?|quiz(?:zes)?|tests?|exams?|presentations?|reflections?|discussions?|forums?|webquests?|coursework|classwork|exercises?|midterms?|finals?|psets?|assessments?|' +
  'trabajos? (?:pr[áa]cticos?|finale?s?|de investigaci[óo]n)|tp|tareas? para (?:el hogar|casa)|tareas?|deberes|actividad(?:es)?|proyectos?|ensayos?|informes?|trabajos?|pr[áa]cticas?|laboratorios?|ex[áa]menes|examen|presentaci[óo]n|exposiciones|fichas?(?: de (?:lectura|trabajo))?|gu[íi]as? (?:did[áa]cticas?|de actividades|integradas? de actividades|de trabajo)|secuencias? did[áa]cticas?|situaci[óo]n de aprendizaje|unidad did[áa]ctica|ejercicios?|entregas?|foros?|memorias?|consignas?|evaluaci[óo]n(?:es)?)';
// Words around a kind that say nothing of the subject ("Final Group Project", "Trabajo individual").
// A genre is a kind of writing, not its subject: "Persuasive Essay" names no topic.
const MOD =
  '(?:final|short|group|individual|mini|weekly|daily|monthly|unit|summative|formative|culminating|written|oral|sample|example|graded|class|grupal|integrador[a]?|interdisciplinar|evaluad[oa]|calificad[oa]|primer|primera|segund[oa]|tercer[oa]?|first|second|third|' +
  'persuasive|argumentative|expository|narrative|informative|informational|descriptive|analytical|literary|reflective|personal|opinion|compare(?:[- ]and[- ]|/)contrast|argumentativ[oa]|expositiv[oa]|narrativ[oa]|descriptiv[oa]|persuasiv[oa]|reflexiv[oa]|de opini[óo]n)';
// What a title says about the page rather than the subject.
const META =
  '(?:instructions|directions|guidelines|guide|overview|description|details|information|info|prompts?|requirements|handout|options|rubric|syllabus|policy|timeline|format|template|extra credit|bonus|instrucciones|indicaciones|pautas|enunciado|r[úu]brica|criterios|opciones|descripci[óo]n|informaci[óo]n|gu[íi]a|asignatura|materia)';
const UNIT =
  '(?:choice|option|opci[óo]n|unit|module|week|chapter|lesson|day|part|session|topic|step|stage|phase|block|level|unidad|m[óo]dulo|semana|tema|cap[íi]tulo|lecci[óo]n|sesi[óo]n|parte|bloque|fase|etapa|reto|nivel)';
const NUMBER = '(?:#\\s*|n[º°o]?\\.?\\s*|no\\.\\s*)?(?:\\d{1,3}(?:\\.\\d{1,2})?[a-z]?|[IVX]{1,4}|one|two|three|four|five|six)';
const PREP = '(?:on|about|for|of|sobre|acerca de|para|de|del|de la|de los|de las)';
const ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|eight|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th)';

/** Furniture that may sit anywhere in a part; replaced by a space. Order matters: due dates first. */
const ANYWHERE: RegExp[] = [
  // "Due 3/4", "Due October 9th", "Fecha de entrega: …"; "Due Process" stays.
  new RegExp(`${B}(?:due(?=\\s*[:\\d]|\\s+(?:by|on|date|at|before|end|next|this|tomorrow|today|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)${E})|fecha(?: (?:de|l[ií]mite de) entrega)?(?=\\s*[:\\d]))(?!\\p{L}).*$`, 'iu'),
  // Grades and levels: "5th Grade", "Seventh and Eight Grade", "Grades K-2", "1º ESO", "2° Medio", "(AP)", "Pre-AP" stays.
  new RegExp(`(?<![\\p{L}\\p{N}-])(?:(?:${ORDINALS})(?:\\s*(?:and|&|-)\\s*(?:${ORDINALS}))?[ -]grade(?:rs)?(?:\\s+(?:students|class|edition))?|grades? (?:k|\\d{1,2})(?:\\s*-\\s*\\d{1,2})?|kindergarten|years? \\d{1,2}(?:\\s*-\\s*\\d{1,2})?|\\d{1,2}\\s*[º°ªo]?\\s*(?:de\\s+)?(?:e\\.?s\\.?o\\.?|bachillerato|bach|primaria|secundaria|ep|medio|básico|basico)|\\d{1,2}\\s*(?:er|ro|do|to|º|°)?\\s*(?:año|grado|curso)|ap|ib|honors|freshman|sophomore|junior|senior)${E}`, 'giu'),
  // Course codes: "CHLD 351", "CS3263", "ENG 2D1", "Biology 102", "PHYS 1210-02", "21M.250"; "COVID-19" stays.
  new RegExp(`${B}(?:[A-Z]{2,5}[ -]?(?:\\d{3,4}[A-Z]?|\\d[A-Z]\\d)(?:-\\d{2,3})?|[A-Z][A-Za-z]{1,9}[ -]?(?!(?:19|20)\\d\\d${E})(?:\\d{3,4}[A-Z]?|\\d[A-Z]\\d)(?:-\\d{2,3})?|\\d{1,2}[A-Z]{1,3}\\.\\d{2,4}|[Cc]lass\\s+\\d[\\d-]*|c[óo]digo\\s+\\d+)${E}`, 'gu'),
  // Terms: "Spring Semester", "Fall 2019", "Summer Break", "Quarter One", "3ª evaluación", "2º trimestre", "week of 11/13".
  new RegExp(`${B}(?:for\\s+)?(?:the\\s+)?week of${E}.*$`, 'iu'),
  new RegExp(`${B}(?:(?:spring|fall|autumn|winter|summer|primavera|oto[ñn]o|invierno|verano)\\s+(?:break|semester|term|quarter|\\d{4})|(?:spring|fall|autumn)(?=\\s*$)|(?:\\d(?:st|nd|rd|th)|first|second)\\s+(?:semester|term|quarter)|(?:semester|quarter|term|semestre|trimestre|cuatrimestre)\\s*(?:\\d|one|two|three|four)|\\d\\s*[ºª°]?\\s*(?:evaluaci[óo]n|trimestre|cuatrimestre|semestre)|(?:primer|segundo|tercer)\\s+(?:trimestre|cuatrimestre|semestre)|semester|trimestre|cuatrimestre)${E}`, 'giu'),
  // A month only with a day or a year: "La Revolución de Mayo" keeps its May.
  new RegExp(`${B}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-z]*\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|,?\\s+(?:de\\s+)?\\d{4})${E}`, 'giu'),
  /(?<![\p{L}\p{N}])(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)?\d{2})(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}])(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?![\p{L}])/giu,
  // A year that ends a part after other words ("Programación Avanzada 2021"); "1984" alone is a topic.
  /(?<=\S)\s+(?:de\s+)?(?:19|20)\d{2}(?:\s*[-–/]\s*(?:\d{2}|\d{4}))?\s*$/u,
  // Points and lengths: "(300 points / 50 points each)", "(1000 words)".
  /(?<![\p{L}\p{N}])\d{1,5}\s*(?:pts?|points?|puntos?|marks?|words?|palabras)(?![\p{L}])(?:\s*each)?/giu,
];
/** Furniture at either end of a part; removed again and again until nothing changes. */
// A kind after a preposition is the subject's own word ("bitácoras de tareas y prácticas de laboratorio").
const NOT_AFTER_PREP = '(?<!(?:^|\\s)(?:de|del|of|for|y|e|o|and|or|para|con|on|about|sobre|in|en|to|a)\\s+)';
const AT_EDGES: RegExp[] = [
  // A list number: "2. Fake news", "7.13. Assessment".
  /^(?:\d{1,3}\.){1,3}\s+/u,
  // "Assignment 3", "Tarea 1", "Unit 2", "Week 4", "HW 5", "Lab02", "PR4", "1º".
  new RegExp(`^(?:(?:${MOD}\\s+)*(?:${UNIT}|${KIND})\\s*${NUMBER}|[A-Z]{1,3}\\d{1,2}|\\d{1,2}\\s*[º°ª])${E}\\s*[:.)\\-–—|]*\\s*`, 'iu'),
  // A kind, a page word or a modifier and nothing else ("Ficha de lectura", "Homework week").
  new RegExp(`^(?:(?:el|la|the)\\s+)?(?:${MOD}\\s+)*(?:${KIND}|${META}|${MOD}|${UNIT})(?:\\s+(?:${MOD}|${UNIT}))*$`, 'iu'),
  // "Essay on the French Revolution", "Proyecto \"Conocemos …\"", "Instrucciones de la tarea", "Guía para la elaboración …".
  new RegExp(`^(?:(?:el|la|los|las|the|an?)\\s+)?(?:${MOD}\\s+)*(?:${KIND}|${META})(?:\\s+${MOD})*(?:\\s+${PREP}(?:\\s+(?:el|la|los|las|the|an?))?\\s+|\\s*(?=["“«'‘]))`, 'iu'),
  // "… Essay", "… Project 2", "… Lab Report", "… Instructions", "… Group", "… Semana 1", "… # 1".
  new RegExp(`\\s*[-–—:|,]*\\s*${NOT_AFTER_PREP}${B}(?:${KIND}|${META}|${MOD}|${UNIT}\\s*${NUMBER})(?:\\s*${NUMBER})?\\s*$`, 'iu'),
  /\s*(?:#|n[º°]\.?)\s*\d{1,3}$/iu,
  // "… Description and Requirements": two pieces of furniture joined.
  new RegExp(`\\s*${B}(?:${KIND}|${META})\\s+(?:and|y|&)\\s+(?:${KIND}|${META})\\s*$`, 'iu'),
  // "Final …" at the start, and words that only join ("Deberes para el" once "verano" went).
  new RegExp(`^(?:final|sample|example|ejemplo|muestra|(?:la\\s+)?(?:asignatura|materia))${E}\\s*`, 'iu'),
  new RegExp(`\\s+(?:${PREP}|the|el|la|los|las|y|and|&|en|in|to|a|with|con|por)$`, 'iu'),
];
/** Names of school subjects, and words as general: a part that is only these names no topic of its own. */
const GENERIC = new RegExp(
  `^(?:(?:english|spanish|french|german|language arts|ela|reading|writing|literature|math(?:ematics)?|algebra|geometry|science|biology|chemistry|physics|history|social studies|geography|civics|economics|art|music|health|pe|physical education|computer science|technology|research|ciencias?(?: naturales| sociales)?|matem[áa]ticas|lengua(?: y literatura)?|literatura|historia|geograf[íi]a|f[íi]sica|qu[íi]mica|biolog[íi]a|arte|m[úu]sica|tecnolog[íi]a|inform[áa]tica|educaci[óo]n f[íi]sica|sociolog[íi]a|filosof[íi]a|econom[íi]a|ingl[ée]s|espa[ñn]ol|franc[ée]s|investigaci[óo]n|estad[íi]stica|aprendizaje|learning)(?:\\s+(?:and|y|&)\\s+|\\s*,?\\s*)?)+$`,
  'iu',
);
// What the student is still to choose: "Country Report", "Biography Project", "Book Review" name no topic.
const NO_TOPIC =
  /^(?:(?:a|an|the|my|your|el|la|un|una|mi|tu)\s+)?(?:country|countries|biograph(?:y|ies)|autobiograph(?:y|ies)|book|article|person|famous person|hero|free choice|choice|topic|page|class page|pa[íi]s|biograf[íi]a|autobiograf[íi]a|libro|art[íi]culo|personaje(?: famoso| hist[óo]rico)?|tema libre|tema)$/iu;
const HAS_FURNITURE = new RegExp(`${B}(?:${KIND}|${META})${E}`, 'iu');
const FURNITURE_WORD = new RegExp(`^(?:${KIND}|${META})$`, 'iu');
const STOP = /^(?:de|del|la|el|los|las|the|of|for|and|to|in|y|en|para|con|por|a|an|with|on|at|about|acerca|students?|alumnos|estudiantes|casa|hogar|verano|summer|weekend|vacaciones|holidays?)$/iu;
// "PROFESOR: DANIEL VADO MONTIEL": the teacher's label ends a part, and the name follows it.
const TEACHER_LABEL = /(?<![\p{L}])(?:teacher|instructor|profesora?|docente|maestr[oa]|tutora?)\s*$/iu;
// "Mr. González' 6th Grade Class", "(Sra. López)": who teaches, not what is taught.
const TEACHER_NAME = /^(?:\S+\s+)?(?:[Mm]rs?|[Mm]s|[Mm]iss|[Dd]r|[Pp]rofa?|[Ss]ra?|[Ss]rta)\.?\s+\p{Lu}/u;
// "Herbert Elementary", "CEIP Joaquín Costa": a school's name.
const SCHOOL = /(?:^|\s)(?:elementary|middle school|high school|academy|school|ceip|ies|colegio|escuela|instituto|liceo|unad|university|universidad)$/iu;

/**
 * Derives a topic from an assignment title, or '' when nothing but furniture is left.
 * Never throws; the result has no leading/trailing punctuation or quotes.
 */
export function topicFromTitle(title: string): string {
  // Control characters and bidi overrides are never part of a topic; "_" joins words in file-like titles.
  // eslint-disable-next-line no-control-regex
  let t = (title ?? '').slice(0, 300).replace(/[\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2066-\u2069_]/g, ' ');
  t = t.replace(/^[#*\s>]+/, '').replace(/\s+/g, ' ').trim();
  // Times would be cut at their colon: "1:00-3:00 pm".
  t = t.replace(/(?<![\p{N}])\d{1,2}:\d{2}(?:\s*[-–]\s*\d{1,2}:\d{2})?(?:\s*[ap]\.?m\.?)?(?![\p{L}\p{N}])/giu, ' ');
  const candidates = parts(t).flatMap((part, i) => {
    const topic = stripFurniture(part.text);
    return topic ? [{ topic, rank: rankOf(topic, part), i }] : [];
  });
  if (!candidates.length) return '';
  const best = candidates.reduce((a, b) => (b.rank < a.rank ? b : a));
  // A one-word head keeps its subtitle: "Ecosystems: food webs" searches better than "Ecosystems".
  const next = candidates.find((c) => c.i === best.i + 1);
  if (best.rank === 0 && !best.topic.includes(' ') && next?.rank === 0 && next.topic.length <= 60) return `${best.topic}: ${next.topic}`;
  return best.topic;
}

interface Part {
  text: string;
  bracketed: boolean;
}

/** Lower is better; see the file's header for the order. */
function rankOf(topic: string, part: Part): number {
  // A bare school subject, or a lone acronym such as a university's ("UNAC").
  if (GENERIC.test(topic) || /^\p{Lu}{2,5}$/u.test(topic)) return part.bracketed ? 9 : 8;
  // Still partly furniture: the part with the smaller share of it is the better.
  if (HAS_FURNITURE.test(topic)) return (part.bracketed ? 7 : 6) + furnitureShare(topic);
  const held = HAS_FURNITURE.test(part.text);
  if (part.bracketed) return held ? 5 : 4;
  return held ? 2 : 0;
}

function furnitureShare(topic: string): number {
  const words = topic.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP.test(w));
  const furniture = words.filter((w) => FURNITURE_WORD.test(w)).length;
  return words.length ? Math.min(0.99, furniture / words.length) : 0.99;
}

/** The title's parts: the text outside brackets cut at ":", "|" and spaced dashes, then what the brackets hold. */
function parts(t: string): Part[] {
  const inside: string[] = [];
  // A bracket at the end is a part of its own; one in mid-title is an aside: its words go, the title flows on.
  let outside = t.replace(/[([]([^()[\]]{0,160})[)\]](\s*[:\-–—|]?\s*\p{L}?)/gu, (_m, body: string, after: string) => {
    inside.push(body);
    return /\p{L}/u.test(after) && !/[:\-–—|]/.test(after) ? ` ${after.trim()}` : ` | ${after.trim()}`;
  });
  // An unclosed bracket ("Laboratorio 1 (Programación Avanzada") opens a part of its own.
  outside = outside.replace(/[([]([^()[\]]*)$/, (_m, body: string) => {
    inside.push(body);
    return '';
  });
  const out: Part[] = [];
  let skipNext = false;
  for (const text of outside.split(/\s*(?::|\||\/\s|\s\/|\s[-–—]+\s|[-–—]+\s|\s[-–—]+)\s*/u)) {
    if (skipNext) {
      skipNext = false;
      continue;
    }
    const label = TEACHER_LABEL.exec(text);
    if (label) {
      skipNext = true;
      const rest = text.slice(0, label.index).trim();
      if (rest) out.push({ text: rest, bracketed: false });
      continue;
    }
    out.push({ text, bracketed: false });
  }
  for (const body of inside) for (const text of body.split(/\s*(?:,|;|:|\s[-–—]+\s)\s*/)) out.push({ text, bracketed: true });
  return out;
}

/** One part without its furniture; '' when nothing that names a topic is left. */
function stripFurniture(part: string): string {
  if (TEACHER_NAME.test(part)) return '';
  let t = part;
  for (const re of ANYWHERE) t = t.replace(re, ' ');
  t = t.replace(/\s+/g, ' ').replace(/\s+([,;.])/g, '$1').replace(/([,;])(?:\s*[,;])+/g, '$1').trim();
  t = trimEdges(t);
  for (let pass = 0; pass < 6; pass++) {
    const before = t;
    for (const re of AT_EDGES) t = trimEdges(t.replace(re, ''));
    if (t === before) break;
  }
  // An unbalanced quote left from a cut ("Proyecto \"Conocemos …") goes only now: the rules above read it.
  if ((t.match(/["“”]/g)?.length ?? 0) === 1) t = t.replace(/["“”]/, '').trim();
  if (SCHOOL.test(t)) return '';
  if (NO_TOPIC.test(t)) return '';
  // A year before living memory alone is a book or an event: "1984", "1776".
  if (/^(?:1[0-8]\d\d|19[0-8]\d)$/.test(t)) return t;
  // A topic has a word of its own: "2023 20 A", "TR" or "de la" is none.
  const words = t.split(/[^\p{L}\p{N}'’]+/u).filter((w) => /\p{L}{3,}/u.test(w) && !STOP.test(w));
  return words.length ? t : '';
}

function trimEdges(t: string): string {
  t = t.replace(/^[\s"'“”‘’«»:;,.\-–—|()[\]&+/*]+/u, '').replace(/[\s"'“”‘’«»:;,\-–—|([\]&+/*]+$/u, '');
  if (t.endsWith(')') && !t.includes('(')) t = t.slice(0, -1).trim();
  // A trailing full stop goes unless it ends an abbreviation ("U.S.").
  if (/\.$/.test(t) && !/(?:^|[\s.])\p{L}\.$/u.test(t)) t = t.slice(0, -1).trim();
  return t;
}
