/**
 * What an assignment already asks for, so a suggestion does not tell a teacher to add it.
 *
 * Each facet is the core of one suggestion in suggestions.ts (a reflection, a process journal, a
 * published piece, model work...). Where the text already has it, the suggestion is replaced by
 * the next step on the same idea. The patterns only need to be sure enough to change advice, not
 * a status: they never touch the reading of a question. English and Spanish are tried together,
 * since a Spanish assignment may name its tools in English (blog, podcast, Flipgrid).
 *
 * Every gap is bounded ({0,n} words), so no pattern can backtrack badly on hostile text.
 */
import { countriesIn } from './countries.ts';

/** One thing a suggestion asks for. */
export type Facet =
  | 'compareCountries'
  | 'ownQuestions'
  | 'ownAngle'
  | 'recording'
  | 'reflection'
  | 'journal'
  | 'publish'
  | 'conversation'
  | 'sendOut'
  | 'forOthers'
  | 'localPartner'
  | 'publicProject'
  | 'exemplars'
  | 'experts';

const W = String.raw`(?:[\p{L}\p{N}'’-]+\s+)`;
const gap = (n: number) => `${W}{0,${n}}`;

// Written in lower case: they are matched on the text put in lower case (see `alreadyAsks`), and
// global, as each facet reads its matches one after another.
const FACETS: Record<Facet, RegExp> = {
  // Students compare sources from two countries: a comparing word, then the sentence must name
  // two countries or speak of countries in general (checked in `alreadyAsks`).
  compareCountries: /\b(?:compar|contrast)\p{L}*/gu,
  // Students write the questions themselves ("generate three questions", "sus propias preguntas").
  ownQuestions: new RegExp(
    String.raw`\b(?:your|their)\s+own\s+(?:research\s+|inquiry\s+|guiding\s+)?questions?\b|(?<!\band\s|\bse\s)\b(?:generate|write|develop|formulate|brainstorm|pose|draft|come\s+up\s+with)\s+(?:(?:up|down|out)\s+)?(?:a\s+list\s+of\s+|a\s+set\s+of\s+)?(?:\d+|two|three|four|five|several|some|a\s+few|your|their|at\s+least\s+\p{L}+)?\s*(?:-\s*\d+\s+)?(?:(?:research|inquiry|open\S*|potential|good|own|follow-up|interview)\s+)?questions\b|\bsus\s+propias\s+preguntas|(?<!\bse\s)\b(?:formul|plante|gener|redact|escrib)\p{L}*\s+(?:(?:una\s+lista\s+de|varias|algunas|tres|cinco|\d+)\s+)?preguntas\b(?!\s+(?:de\s+comprensión|para\s+que))`,
    'gu',
  ),
  // Students choose their own topic, angle or question.
  ownAngle: new RegExp(
    String.raw`\b(?:choose|select|pick|propose|decide\s+on)\s+(?:your|their|a)\s+(?:own\s+)?(?:topic|angle|focus|research\s+question|question)\b|\b(?:topic|question|subject)\s+of\s+(?:your|their)\s+(?:own\s+)?cho(?:ice|osing)\b|\bself-selected\s+topic|\b(?:elij|escoj|escog|propong)\p{L}*\s+(?:su|tu|un)\s+(?:propio\s+)?(?:tema|enfoque|pregunta)\b|\btema\s+(?:de\s+(?:su|tu)\s+elección|libre)\b`,
    'gu',
  ),
  // A spoken or filmed account of the student's own thinking.
  recording: new RegExp(
    String.raw`\b(?:screencast|podcast|vlog|voicethread|flip(?:grid)?|video|audio|voice|oral)\s+${gap(2)}(?:reflection|analysis|explanation|commentary|think-?aloud|walk-?through)\b|\brecord\p{L}*\s+${gap(4)}(?:reflection|analysis|explanation|think-?aloud|yourself|themselves|your\s+thinking)\b|\bgrab\p{L}+\s+${gap(4)}(?:reflexión|análisis|explicación)|\b(?:vídeo|video|audio|podcast)\s+${gap(2)}(?:de\s+)?(?:reflexión|análisis|explicación)`,
    'gu',
  ),
  // A written reflection or self-assessment.
  reflection: /\breflections?\b|\breflective\s+(?:essay|writing|journal|paper|piece|statement|practice|response|log|summary|commentary)s?\b|\breflect\p{L}*\s+(?:on|upon|about)\b|\bself-?\s?(?:assess|evaluat|reflect)\p{L}*|\bmetacogniti\p{L}*|\breflexi(?:ón|ones|on)\b|\breflexion\p{L}*\s+(?:sobre|acerca)\b|\bautoevalua\p{L}*|\bautorreflexi\p{L}*/gu,
  // A process journal, learning log or portfolio of drafts.
  journal: /\b(?:process|learning|research|reflective|reflection|reading\s+response|response|writer'?s|inquiry|design|lab|personal|dialogue|double-entry|field|science|math|sketchbook|interactive)\s+(?:journal|diary|notebook|log)s?\b|\bjournal\s+entr(?:y|ies)\b|\bjournaling\b|\bkeep\s+(?:a|an|your|their)\s+(?:\p{L}+\s+)?journal\b|\b(?:e-?|digital\s+|writing\s+|learning\s+|process\s+)?portfolios?\b(?!\s+(?:manager|management|investment))|\bdiario\s+(?:de|del)\s+(?:proceso|aprendizaje|investigación|reflexión|campo|clase)|\bbitácoras?\b|\bportafolios?\b/gu,
  // The work is published where people outside the class can read it.
  publish: new RegExp(
    String.raw`(?<!\b(?:we|i|be|been|is|are|will)\s+)\b(?:publish|post|upload|share)\p{L}*\s+${gap(4)}(?:on|to)\s+(?:a\s+|an\s+|the\s+|your\s+|their\s+|our\s+)?(?:class\s+|personal\s+|own\s+|public\s+|school\s+)?(?:blog|website|web\s*site|wiki|site)\b|\b(?:write|writing|create|creating|start|keep|maintain|build|compose|draft|publish)\p{L}*\s+(?:a\s+|an\s+|your\s+|their\s+|one\s+|two\s+|three\s+|weekly\s+|new\s+)?(?:[\p{L}-]+\s+){0,2}blog\b|(?<!\b(?:will|would|may|might)\s+)\bpublish\p{L}*\s+(?:it|them|their\s+work|your\s+work|online|publicly)\b|\bpublicly\b|\b(?:public|authentic|real|wider)\s+audience\b|\bpublic\p{L}*\s+${gap(4)}en\s+(?:un\s+|el\s+|su\s+|vuestro\s+|nuestro\s+)?(?:blog|sitio|web|página|youtube|wiki)\b|\b(?:crear|escribir|mantener|abrir)\p{L}*\s+(?:un\s+|su\s+)?blog\b|\bentradas?\s+(?:de|en\s+el|del)\s+blog\b|\baudiencia\s+(?:real|auténtica|pública)|\bpúblico\s+real\b`,
    'gu',
  ),
  // Taking part in a conversation already going on outside the class.
  conversation: /\b(?:public|global|international|online\s+public)\s+(?:discussion|conversation|debate|forum)s?\b|\bcomment\p{L}*\s+on\s+(?:an?\s+)?(?:news|newspaper|published|online)\s+(?:blog|article|post|op-?ed|story)\b|\bconversación\s+(?:pública|global)|\bdebate\s+público|\bcomentar?\s+en\s+(?:un|el)\s+(?:blog|artículo)\s+(?:de\s+(?:un|el)\s+)?(?:periódico|diario)/gu,
  // The work goes to someone outside school who cares about it.
  sendOut: new RegExp(
    String.raw`\b(?:send|sent|mail|email|e-mail|submit|present|share|deliver|write)\p{L}*\s+(?!(?:students|you|them|the\s+class)\b)${gap(5)}(?:to|with|for)\s+(?:an?\s+|the\s+|your\s+|our\s+|local\s+)*(?:[\p{L}-]+\s+)?(?:experts?|organi[sz]ations?|newspapers?|editors?|council|officials?|representatives?|senators?|congress\p{L}*|mayor|museums?|community\s+members?|stakeholders?|legislators?|school\s+board|panel\s+of)\b|\b(?:envi|present|compart|escrib|entreg)\p{L}*\s+${gap(5)}(?:a|con|para)\s+(?:un\s+|una\s+|el\s+|la\s+|los\s+|las\s+)?(?:expert[oa]s?|organizaci(?:ón|ones)|periódicos?|diarios?|ayuntamiento|autoridades|museos?|alcald\p{L}+|concejo|diputad\p{L}+)`,
    'gu',
  ),
  // The product is meant for other people to use.
  forOthers: new RegExp(
    String.raw`\b(?:tutorials?|how-to|guides?|handbook|lessons?|lesson\s+plans?|open\s+(?:educational\s+)?resources?|brochures?|pamphlets?|toolkits?|infographics?|public\s+service\s+announcements?|psas?|field\s+guides?)\s+${gap(4)}for\s+(?:younger|other|future|elementary|new|the\s+community|community|parents|peers|classmates|local|visitors|the\s+public|residents)\b|\b(?:tutorial|guía|folleto|infografía|recurso\s+abierto|lección)\p{L}*\s+${gap(4)}para\s+(?:(?:los|las|sus|otros|otras)\s+)?(?:estudiantes\s+más\s+pequeños|alumnos\s+más\s+pequeños|compañeros|familias|la\s+comunidad|vecinos|visitantes|otros|otras|el\s+público|futuros)`,
    'gu',
  ),
  // A partner outside school the work is done for.
  localPartner: /\b(?:local|community)\s+(?:organi[sz]ation|partner|nonprofit|non-profit|agency|client|charity)s?\b|\bcommunity\s+partners?\b|\b(?:real|outside)\s+client\b|\b(?:for|with)\s+a\s+local\s+business\b|\borganizaci(?:ón|ones)\s+(?:local|locales|comunitaria|comunitarias|social|sociales)\b|\bsocios?\s+comunitarios?\b|\bentidad(?:es)?\s+(?:local|locales)\b/gu,
  // A contribution to a public knowledge project.
  publicProject: new RegExp(
    String.raw`\b(?:contribut|edit|writ|improv|creat|add|expand)\p{L}*\s+${gap(4)}wikipedia\b|\bwikipedia\s+(?:edit|editing|contribution|article\s+you\s+(?:write|edit|improve))|\bcitizen[- ]science\b|\bzooniverse\b|\binaturalist\b|\bopenstreetmap\b|\bebird\b|\bglobe\s+observer\b|\bciencia\s+ciudadana\b|\b(?:edit|escrib|mejor|ampli|contribu)\p{L}*\s+${gap(4)}(?:artículo\s+de\s+)?wikipedia\b`,
    'gu',
  ),
  // Model or exemplary work to study.
  exemplars: /\bexemplars?\b|\bexemplary\s+(?:work|essays?|projects?|papers?)|\b(?:model|mentor|sample|example|award-winning)\s+(?:texts?|essays?|papers?|projects?|work|pieces?|reports?|presentations?|videos?|podcasts?|answers?|responses?)\b(?!\s+(?:prompts?|questions?|topics?|ideas?))|\bejemplos?\s+(?:de\s+(?:trabajos?|ensayos?)|destacad\p{L}+|excelentes)\b|\b(?:textos?|trabajos?|ensayos?)\s+(?:modelo|ejemplares?)\b/gu,
  // Experts or professionals as models.
  experts: new RegExp(
    String.raw`\b(?:how|what)\s+(?:real\s+|professional\s+|working\s+)?(?:experts?|professionals|historians|scientists|journalists|researchers|engineers|architects|designers|economists)\s+${gap(3)}(?:do|write|work|present|approach|use|think)\b|\b(?:study|examine|analy[sz]e|read|watch|interview|consult|learn\s+from)\s+${gap(3)}(?:experts?|professionals?)\b|\b(?:como|cómo|qué)\s+(?:trabajan|escriben|hacen|investigan)\s+(?:los\s+|las\s+)?(?:expert[oa]s|profesionales|historiador\p{L}*|científic\p{L}*|periodistas|investigador\p{L}*)|\b(?:entrevist|consult|estudi|analiz)\p{L}*\s+${gap(3)}(?:expert[oa]s?|profesionales?)\b`,
    'gu',
  ),
};

// A sentence that offers the thing as optional, or says it is not needed, does not count: the
// plain suggestion (make it part of the task) is the right advice there.
const NOT_REQUIRED =
  /\b(?:optional(?:ly)?|if\s+(?:you|they|students)\s+(?:want|wish|like|choose|prefer)|(?:you|they|students)\s+(?:may|can)\s+(?:also|choose)|not\s+(?:required|necessary|needed|mandatory)|(?:do|does|don't|doesn't)\s+(?:not\s+)?(?:need|have)\s+to|need\s+not|no\s+need|extra\s+credit|bonus|opcional(?:es|mente)?|si\s+(?:lo\s+|así\s+lo\s+)?(?:desea|desean|deseas|quiere|quieren|quieres|prefiere|prefieren)|no\s+(?:es|será|son)\s+(?:necesari[oa]s?|obligatori[oa]s?)|no\s+hace\s+falta|no\s+(?:tienen|tienes|tiene)\s+que|voluntari[oa]s?)\b/iu;

/** Where an assignment's text is longer than this, only its start is searched for facets. */
const MAX_FACET_TEXT = 100_000;
/** Matches looked at before giving up: a long text that only ever offers the thing is rare. */
const MAX_MATCHES = 20;

/**
 * Words one of which every match of a facet contains (lower case). Most texts hold none of a
 * facet's words, and a plain substring search over them is many times cheaper than the pattern.
 */
const STEMS: Record<Facet, readonly string[]> = {
  compareCountries: ['compar', 'contrast'],
  ownQuestions: ['question', 'pregunta'],
  ownAngle: ['topic', 'angle', 'focus', 'question', 'subject', 'tema', 'enfoque', 'pregunta'],
  recording: ['record', 'grab', 'screencast', 'podcast', 'vlog', 'voicethread', 'flip', 'video', 'vídeo', 'audio', 'voice', 'oral'],
  reflection: ['reflect', 'self', 'metacogn', 'reflexi', 'autoevalua', 'autorreflex'],
  journal: ['journal', 'diary', 'notebook', 'log', 'portfolio', 'diario', 'bitácora', 'portafolio'],
  publish: ['publish', 'post', 'upload', 'share', 'blog', 'public', 'audience', 'audiencia', 'público'],
  conversation: ['discussion', 'conversation', 'debate', 'forum', 'comment', 'conversación', 'comenta'],
  sendOut: ['send', 'sent', 'mail', 'submit', 'present', 'share', 'deliver', 'write', 'envi', 'compart', 'escrib', 'entreg'],
  forOthers: ['tutorial', 'how-to', 'guide', 'handbook', 'lesson', 'resource', 'brochure', 'pamphlet', 'toolkit', 'infographic', 'announcement', 'psa', 'guía', 'folleto', 'infografía', 'recurso', 'lección'],
  localPartner: ['local', 'community', 'client', 'organizaci', 'socio', 'entidad'],
  publicProject: ['wikipedia', 'citizen', 'zooniverse', 'inaturalist', 'openstreetmap', 'ebird', 'globe', 'ciudadana'],
  exemplars: ['exemplar', 'model', 'mentor', 'sample', 'example', 'award', 'ejemplo', 'ejemplar', 'modelo'],
  experts: ['expert', 'professional', 'profesional', 'historian', 'historiador', 'scientist', 'científic', 'journalist', 'periodista', 'researcher', 'investigador', 'engineer', 'architect', 'designer', 'economist'],
};

// The suggestions of one analysis ask about the same text up to a dozen times: it is cut and put
// in lower case once.
let lastText: string | null = null;
let lastLower = '';

/** True where the assignment's text asks for `facet` in at least one sentence that does not make it optional. */
export function alreadyAsks(text: string, facet: Facet): boolean {
  if (text !== lastText) {
    lastText = text;
    lastLower = (text.length > MAX_FACET_TEXT ? text.slice(0, MAX_FACET_TEXT) : text).toLowerCase();
  }
  const source = lastLower;
  if (!STEMS[facet].some((stem) => source.includes(stem))) return false;
  // The patterns are matched on the lower-case text, without the costly case-insensitive flag.
  const re = FACETS[facet];
  re.lastIndex = 0;
  for (let n = 0; n < MAX_MATCHES; n++) {
    const m = re.exec(source);
    if (!m) return false;
    const sentence = sentenceAround(source, m.index, m.index + m[0].length);
    if (!NOT_REQUIRED.test(sentence) && completes(facet, sentence)) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

const OTHER_COUNTRIES = /\b(?:two|different|other|several|many)\s+(?:countries|nations|national\s+perspectives)\b|\b(?:dos|distintos|diferentes|otros|varios)\s+países\b|\binternational\s+(?:sources|newspapers|media|coverage|perspectives)\b/iu;

/** Whether the sentence a match sits in holds the rest of the facet (only question 1's needs more). */
function completes(facet: Facet, sentence: string): boolean {
  return facet !== 'compareCountries' || OTHER_COUNTRIES.test(sentence) || countriesIn(sentence, 2).length >= 2;
}

/** The sentence (or list line) a match sits in, at most 300 characters either side. */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  const minA = Math.max(0, start - 300);
  while (a > minA && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  const maxB = Math.min(text.length, end + 300);
  while (b < maxB && !/[.!?\n]/.test(text[b]!)) b++;
  return text.slice(a, b);
}
