/**
 * Broad cues (analysis 1.5.0): one concept each, in its commonest words, minus the look-alikes
 * that are not that concept. A phrase family is written from the texts it fixes, so only new
 * texts can say whether it generalises. A cue like these has almost no freedom to fit its texts,
 * so it can be checked on the labelled sets as each was first scored blind, before anyone read
 * their errors. Only cues that raised those sets and lowered none are kept; the candidates tried
 * and the figures are in tests/fixtures/assignments/README.md ("Analysis 1.5.0").
 *
 * Like the other rules, patterns stay inside one clause and use bounded gaps only.
 */
import { r, type Rule } from './pattern.ts';

/** The broad cues, appended last in rules.ts (RULES). */
export const BROAD_CUES: readonly Rule[] = [
  // Q2 partial, one broad cue: any choosing verb (choose, select, pick, decide; elige, escoger,
  // seleccionar, decidan), except the look-alikes that are not a choice of what to study: the
  // correct answer, one answer or word of an exercise, "decide whether", "select all that apply", a
  // button or menu item, a file from a library, choosing to work with a partner, "pick up". Unlike
  // the phrase families, this was checked against the sets as each was first scored blind (sets 7
  // and 8 under 1.4.0, set 10 under the first part of 1.5.0, set 9 under 1.5.0): it raises all four
  // (0.38 → 0.42, 0.40 → 0.45, 0.45 → 0.49, 0.60 → 0.67); in-sample, set 6 gains 0.01, set 10 loses
  // 0.01 and the rest do not move. Broad cues for the other questions (research, explain, why,
  // classmates, rubrics, examples, real-world framing) were checked the same way and left out: none
  // raised every set, and "explain" lowered the 48 texts' Q3 from 0.87 to 0.75.
  r(
    2,
    1,
    'choose,chooses,choosing,select,selecting,pick,elige,elijan,elegir,escoge,escojan,escoger,selecciona,seleccionen,decide,decidan',
    String.raw`\b(?:choose|select|pick|decide|elige|elijan|elegir|escoge|escojan|escoger|selecciona|seleccionen|decidan)\b(?![- ]up\b)(?!\s+(?:the\s+|an?\s+)?(?:correct|right|best|appropriate|true|false)\b)(?!\s+(?:whether|if|all\s+that\s+apply)\b)(?!\s+(?:one|the|an?|la|una|el|un)\s+(?:answer|letter|word|number|option|definition|statement|opción|respuesta|alternativa|palabra|letra)s?\b)(?!\s+(?:to\s+)?(?:view|save|open|upload|download|print|log|sign|click|submit|work\s+(?:with|alone|in|individually)|partner)\b)(?!\s+(?:the\s+|a\s+|an\s+|your\s+)?(?:[A-Z]\w*\s+)?(?:button|menu|tab|icon|file|folder|link|option\s+(?:to|from)|article\s+from|save|ok)\b)(?!\s+(?:[\w-]+\s+){0,3}from\s+(?:the|your|a)\s+(?:\w+\s+)?(?:menu|dropdown|drop-down|library|list\s+of\s+(?:files|options))\b)(?!\s+(?:different\s+)?options\s+from\s+there)`,
  ),

  // Q5 partial, a second broad cue: making a product someone could use (create, design, build,
  // produce, construct; crear, diseñar, construir, elaborar, producir + a book, guide, game,
  // website, publication, video, podcast, app, menu, campaign, tutorial, resource, infographic,
  // newsletter, magazine, exhibit or prototype). The rubric's partial: a realistic product not yet
  // used. Checked the same way on six sets as first scored (7, 8, 9, 10, and 11 and 12, gathered
  // blind after the choice cue shipped): 0.42 0.45 0.67 0.49 0.46 0.45 → 0.42 0.45 0.69 0.49 0.49
  // 0.46, none lower, nothing in-sample changed. The wider form with "make", "write", posters, maps
  // and policies raised sets 11 and 12 more but lowered 7, 8 and 10.
  r(
    5,
    1,
    'create,design,build,produce,construct,crear,crea,creen,diseñar,diseña,diseñen,construir,construyan,elaborar,elaboren,producir',
    String.raw`\b(?:create|design|build|produce|construct|crear|crea|creen|diseñar|diseña|diseñen|construir|construyan|elaborar|elaboren|producir)\s+(?:\w+\s+){0,4}(?:(?:children['’]?s\s+)?books?|booklets?|brochures?|guides?|games?|websites?|publications?|videos?|podcasts?|apps?|menus?|campaigns?|tutorials?|resources?|infographics?|newsletters?|magazines?|exhibits?|prototypes?|libros?|folletos?|guías?|juegos?|sitios?\s+web|publicaci(?:ón|ones)|vídeos?|menús?|campañas?|infografías?|revistas?|periódicos?|prototipos?)\b`,
  ),

  // Two more broad cues, chosen the same way on eight sets as first scored (7–14; sets 13 and 14
  // were gathered blind after the first two cues): work posted to a blog, forum, Padlet or the like
  // is read by some audience, at least the class (Q4 partial; the bare word, without "on" or "to",
  // also caught blogs given as reading and lowered the 48 texts), and the student's own perspective
  // or position asked for (Q2 partial). Together: set 13 0.27 → 0.31, set 14 0.29 → 0.30, the other
  // six and every in-sample set unchanged.
  r(
    4,
    1,
    'blog,blogs,kidblog,kidsblog,foro,foros,forum,forums,padlet,flipgrid,seesaw',
    String.raw`\b(?:on|to|in|into|en|al|a)\s+(?:the\s+|a\s+|your\s+|our\s+|their\s+|el\s+|un\s+|tu\s+|su\s+|nuestro\s+|vuestro\s+)?(?:class\s+|course\s+|de\s+)?(?:blogs?|kids?blog|foros?|forums?|padlet|flipgrid|seesaw)\b`,
  ),
  r(
    2,
    1,
    'perspective,postura,perspectiva,posición,position,stance',
    String.raw`\b(?:your|their|tu|su)\s+(?:own\s+|propia\s+)?(?:perspective|perspectiva|postura|posición|position|stance)\b|\btake\s+a\s+(?:position|stance|side)\b|\btoma\s+(?:una\s+)?postura\b`,
  ),

  // Two more broad cues (analysis 1.7.0), screened the same way on four groups of sets as each was
  // first scored (7–14 under 1.4.0, 15–20 under 1.5.0, 21–24 and the new 25, 26 and 28 under 1.6.0)
  // before anyone read the new sets' errors: kept because they lowered no set and no in-sample set
  // moved. The teacher looking at the work before it is finished (check-ins, checkpoints,
  // conferences, "I will look over", feedback from or on, retroalimentación) is the rubric's
  // feedback offered (Q3 partial): 25, 26, 28 0.491 → 0.497, 21–24 0.382 → 0.391. A parent-teacher
  // conference is not about the student's work.
  r(
    3,
    1,
    'check,checkpoint,checkpoints,conference,conferences,conferencing,review,look,read,feedback,retroalimentación,revisaré,revisará,profesor,profesora,docente,punto,puntos',
    String.raw`\b(?:check[- ]?(?:point|in)s?|(?<!parent[- ])(?<!parent-teacher\s)conferences?|conferencing|I\s+will\s+(?:look\s+over|review|check|read)|revisar[áé]\s+(?:tu|su|vuestro|vuestra|sus|tus)|feedback\s+(?:from|on)|retroalimentaci[oó]n|(?:el|la)\s+(?:profesor|profesora|docente)\s+(?:revisar[áa]|corregir[áa])|puntos?\s+de\s+control)(?!\w)`,
  ),
  // Work made for a named kind of reader or user (written for younger students, designed for
  // clients, dirigido a las familias) is the rubric's realistic product not yet used (Q5 partial):
  // 21–24 0.382 → 0.387, the other groups unchanged.
  r(
    5,
    1,
    'written,designed,made,created,intended,dirigido,dirigida,dirigidos,dirigidas,destinado,destinada,destinados,destinadas,pensado,pensada,pensados,pensadas',
    String.raw`\b(?:(?:written|designed|made|created|intended)\s+for\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:students|children|kids|audience|readers|users|community|public|clients?|customers?)|(?:dirigid|destinad|pensad)[oa]s?\s+a\s+(?:(?:los|las|un|una|la|el)\s+)?(?:\w+\s+)?(?:niñ[oa]s|alumn[oa]s|estudiantes|lectores|usuari[oa]s|p[uú]blico|comunidad|clientes|familias))(?!\w)`,
  ),
];
