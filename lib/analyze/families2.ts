/**
 * Concept families, round three (analysis 1.5.0), written from the misses of sets 7 and 8, then
 * of set 10, each once its blind figure was recorded (the broad cues that follow them in RULES
 * are in cues.ts). Those misses were mostly too little: the weak forms of a
 * question that teachers state in passing and the reading standard counts as partial (a choice
 * among listed books, a class presentation, a personal opinion, a proposal nobody uses), and a
 * few strong forms said plainly (the link of a published page, feedback on a draft). Each family
 * names the idea it stands for, in English and Spanish; none copies one text's phrase.
 *
 * Like the core rules, patterns stay inside one clause and use bounded gaps only.
 */
import { r, type Rule } from './pattern.ts';

/** Up to three words. */
const W3 = String.raw`(?:\w+\s+){0,3}`;

/** Round three, appended after the earlier families in rules.ts (RULES). */
export const FAMILIES_2: readonly Rule[] = [
  // ───────────── Q2 partial: a choice among things the teacher lists ─────────────
  // "Must have chosen an animal", "choose one of the following", "the book you selected".
  r(
    2,
    1,
    'chosen,selected,picked,choose,select,pick,between,among',
    String.raw`\b(?:have|has|having)\s+(?:already\s+)?(?:chosen|selected|picked)\b|\b(?:choose|select|pick)\s+(?:one|two|three)\s+(?:of|from)\b|\b(?:choose|select|pick|decide)\s+(?:between|among)\b|\bthe\s+(?:\w+\s+)?(?:you|they)\s+(?:have\s+)?(?:chosen|selected|picked)\b`,
  ),
  // "Possible books:", "suggested novels", "libros posibles", "temas a elegir".
  r(
    2,
    1,
    'possible,suggested,libros,temas,lecturas,obras,proyectos,titulos,opciones,posibles,novelas',
    String.raw`\b(?:possible|suggested|recommended)\s+(?:books|novels|titles|texts|readings|subjects|themes|projects|options)\b|\b(?:libros|temas|lecturas|obras|novelas|proyectos|títulos|opciones)\s+(?:posibles|sugerid[oa]s|propuest[oa]s|a\s+elegir|para\s+elegir|entre\s+(?:los|las)\s+que)\b|\bposibles\s+(?:libros|temas|lecturas|obras|novelas|proyectos|títulos)\b`,
  ),
  // "Your choice of subject", "a better idea than the options listed", "sus temas de interés".
  r(
    2,
    1,
    'choice,better,idea,temas,interes',
    String.raw`\b(?:your|their)\s+choice\s+of\s+(?:\w+\s+)?(?:subject|topic|book|novel|text|question|prompt|focus|theme|animal|person|figure|event)\b|\ba\s+better\s+idea\b|\btemas?\s+de\s+(?:su|tu|sus|tus|vuestro)\s+interés\b|\b(?:sus|tus)\s+temas\s+de\s+interés\b`,
  ),
  // A discussion post answering the teacher's prompt: "your initial response to the topic question".
  r(
    2,
    1,
    'response,reaction,reply,respond,react,prompt',
    String.raw`\b(?:initial|original|first|main)\s+(?:response|reaction|post|reply)\s+to\s+(?:my|the|this|each|our)\s+(?:\w+\s+)?(?:prompt|question|topic)\b|\b(?:respond|react|reply)\w*\s+to\s+(?:my|the|this|each|one\s+of\s+the)\s+(?:\w+\s+)?(?:discussion\s+)?prompts?\b`,
  ),
  // Students add questions of their own for others: "add questions you would like classmates to answer".
  r(
    2,
    1,
    'questions,preguntas',
    String.raw`\b(?:add|ask|pose|include|raise)\w*\s+(?:\w+\s+)?questions\b(?:\s+\w+){0,4}\s+(?:you|they)\s+would\s+like\b|\bpreguntas\s+(?:que\s+)?(?:les|te|os)\s+gustaría\s+(?:hacer|plantear)\b`,
  ),
  // Picking the problems or cases to work on: "find one or two application problems that you…".
  r(
    2,
    1,
    'find,choose,select,pick,identify,busca,busquen,elige,elijan',
    String.raw`\b(?:find|choose|select|pick|identify)\s+(?:one\s+or\s+two|one|two|a\s+few|some|several)\s+${W3}(?:problems|examples|cases|texts|sources|topics|issues|situations)\s+(?:that\s+)?(?:you|they)\s+(?:are|find|think|want|would)\b`,
  ),

  // ───────────── Q2 evident: the students decide what to pursue ─────────────
  // "Son ellos quienes eligen el tema", "qué os gustaría hacer con ellos", "follow your own interests",
  // "preguntas que espera contestar con los datos".
  r(
    2,
    2,
    'ellos,ellas,alumnos,estudiantes,eligen,escogen,deciden,gustaria,follow,preguntas',
    String.raw`\b(?:ellos|ellas|los\s+(?:alumnos|estudiantes)|las\s+(?:alumnas|estudiantes)|cada\s+(?:grupo|equipo|estudiante|alumno))\s+(?:mismos\s+|mismas\s+)?(?:quienes\s+)?(?:eligen|escogen|seleccionan|deciden|definen|proponen)\s+(?:el|su|la|sus|los)\s+(?:tema|temas|problema|pregunta|preguntas|proyecto|enfoque)\b|\bqu[eé]\s+(?:les|te|os)\s+gustaría\s+hacer\b|\bfollow\s+(?:your|their)\s+own\s+(?:interests?|curiosity|questions?)\b|\bpreguntas\s+que\s+(?:espera|esperan|esperas|quiere|quieren|quieres|desea|desean|pretende|pretenden)\s+(?:contestar|responder|resolver|investigar)\b`,
  ),

  // ───────────── Q3 partial: the student's own judgement, a visible organiser ─────────────
  // "Valoración personal razonada", "opinión personal", "add your own perspective".
  r(
    3,
    1,
    'opinion,valoracion,reflexion,comentario,juicio,perspective,thoughts,reactions,reaction,interpretation',
    String.raw`\b(?:opinión|valoración|reflexión|comentario|juicio)\s+(?:personal|crític[oa]|razonad[oa]|propi[oa])\b|\bvaloración\s+(?:del|de\s+la|de\s+los|de\s+las)\s+(?:libro|obra|lectura|novela|película|texto|trabajo|experiencia|proyecto)\b|\b(?:your|their)\s+own\s+(?:perspective|thoughts|reactions?|interpretation|take)\b`,
  ),
  // Graphic organisers make the student's thinking something the teacher can see.
  r(3, 1, 'graphic,visual,organizer,organiser,organizador,organizadores', String.raw`\b(?:graphic|visual)\s+organi[sz]ers?\b|\borganizador(?:es)?\s+(?:gráfico|visual|de\s+ideas)\b|\belabor\w*\s+(?:un|una)\s+organizador\b`),
  // Answering questions about one's own work: "preguntas al azar sobre su maqueta".
  r(3, 1, 'preguntas,questions', String.raw`\bpreguntas?\s+(?:al\s+azar\s+|orales\s+)?sobre\s+(?:su|tu|sus|tus)\s+(?:propi[oa]\s+)?(?:trabajo|maqueta|proyecto|modelo|presentación|informe|producto)\b|\b(?:answer|field)\s+questions\s+(?:about|on)\s+(?:your|their)\s+(?:own\s+)?(?:work|project|model|poster|presentation|findings)\b`),
  // Rewriting one's text from corrections: a revision step, not yet a feedback cycle.
  r(3, 1, 'reescriben,reescribir,reescriban,reescribe,rewrite,rewriting,rewrites', String.raw`\breescrib\w*\s+${W3}(?:texto|borrador|trabajo|ensayo|relato)\b|\brewrit\w*\s+(?:your|their|the)\s+(?:\w+\s+)?(?:essay|draft|paragraph|text|story|response)\b`),

  // ───────────── Q3 evident: a draft with feedback before the final version ─────────────
  // "Get feedback on your work", "a rough draft reviewed by a teacher", "feedback before you are finished".
  r(
    3,
    2,
    'feedback,draft,drafts,retroalimentacion,borrador',
    String.raw`\b(?:get|gets|getting|ask\s+for|seek|seeking|request|gather)\s+(?:\w+\s+){0,2}feedback\s+(?:on|about|from)\b|\bfeedback\s+before\s+(?:you|they)\s+(?:are\s+finished|finish|submit|hand\s+in)\b|\bdrafts?\s+(?:\w+\s+){0,3}(?:get\s+it\s+|have\s+it\s+)?(?:reviewed|conferenced)\s+by\b|\b(?:pide|pidan|pedir|solicit\w*|recib\w*)\s+retroalimentación\s+(?:sobre|de|antes)\b|\bborrador\s+(?:\w+\s+){0,3}(?:revisado|corregido)\s+por\b`,
  ),

  // ───────────── Q4 partial: the class, the school, a course space ─────────────
  r(
    4,
    1,
    'exposicion,lugares,paredes,pasillos,murales,mural,socializar,socializarlo,socializarla,socializan,socialicen,facebook,grupo',
    String.raw`\bexposición\s+(?:en\s+(?:la\s+)?clase|ante\s+(?:la\s+clase|el\s+grupo|los\s+compañeros|sus\s+compañeros))\b|\b(?:lugares|paredes|pasillos|murales?|patios?|vitrinas?)\s+(?:\w+\s+){0,2}(?:de\s+la\s+escuela|del\s+colegio|del\s+centro|del\s+instituto|de\s+la\s+institución)\b|\bsocializ\w+\s+(?:\w+\s+){0,3}(?:en|con)\s+(?:el\s+colegio|la\s+escuela|la\s+institución|el\s+aula|la\s+clase|el\s+grupo|el\s+centro)\b|\b(?:facebook|grupo\s+de\s+facebook|grupo\s+de\s+whatsapp|blog)\s+del\s+curso\b`,
  ),
  // A course's own forum is read by the class only: "post to the class forum", "the Canvas discussion".
  r(
    4,
    1,
    'class,course,canvas,moodle,blackboard,schoology,d2l,brightspace,forum,student,peer',
    String.raw`\b(?:class|course|canvas|moodle|blackboard|schoology|d2l|brightspace)\s+(?:discussion\s+)?(?:forums?|boards?)\b|\b(?:canvas|moodle|blackboard|schoology|d2l|brightspace)\s+discussions?\b|\b(?:post|reply|respond)\w*\s+(?:\w+\s+){0,3}(?:to|on|in)\s+(?:the|our)\s+forum\b|\bstudent[- ]to[- ]student\s+interaction\b|\bpeer\s+(?:reflections?|interaction|responses?|comments?)\b`,
  ),

  // ───────────── Q4 evident: a published page, real people of a named audience ─────────────
  r(
    4,
    2,
    'link,url,address,published,publicado,publicada,publicados,publicadas,target',
    String.raw`\b(?:link|url|address)\s+(?:to|of)\s+(?:your|their|the)\s+(?:\w+\s+)?published\b|\bpublished\s+(?:on|to|in)\s+(?:github|the\s+web|the\s+internet|youtube|oer\s+commons|medium|wordpress|blogger)\b|\b(?:sitio|página|blog|video|vídeo|repositorio)\s+(?:web\s+)?publicad[oa]\s+en\b|\bpublicad[oa]s?\s+en\s+(?:github|internet|la\s+web|youtube|un\s+blog|redes\s+sociales)\b|\b(?:people|members|users|readers)\s+(?:in|of|from)\s+(?:your|their|the)\s+target\s+audience\b`,
  ),

  // ───────────── Q5 partial: proposals and plans nobody will use yet ─────────────
  r(
    5,
    1,
    'recomendaciones,consejos,medidas,estrategias,propuestas,proponen,propongan,proponer,propone,recommend,propose,suggest,recommendations,solutions',
    String.raw`\b(?:recomendaciones|consejos|medidas|estrategias|propuestas|acciones)\s+(?:\w+\s+){0,4}(?:para\s+)?(?:prevenir\w*|proteger\w*|evitar\w*|reducir|mejorar|solucionar|resolver|cuidar)\b|\bpropon\w*\s+(?:algunas\s+|unas\s+|varias\s+)?(?:estrategias|soluciones|medidas|acciones|alternativas)\b|\b(?:recommend|propos|suggest)\w*\s+(?:\w+\s+){0,2}(?:ways|solutions|strategies|measures|actions)\s+to\s+(?:prevent|reduce|solve|improve|address|protect)\b`,
  ),
  // Work made for classmates to learn from: "summarise the reading for your classmates".
  r(5, 1, 'classmates,companeros', String.raw`\b(?:summar\w+|explain\w*|teach\w*|prepar\w*|creat\w*)\s+(?:\w+\s+){0,4}for\s+(?:your|their|the)\s+classmates\b|\bpara\s+que\s+(?:nuestros|sus|tus|los)\s+compañeros\s+(?:\w+\s+)?(?:estudien|aprendan|conozcan|repasen|puedan|entiendan)\b`),
  // A realistic personal plan: "create a sample weekly workout plan", "posibles proyectos".
  r(
    5,
    1,
    'create,design,develop,make,write,posibles,proyectos',
    String.raw`\b(?:create|design|develop|make|write)\s+(?:a|an|your)\s+(?:sample\s+|personal\s+)?(?:weekly|monthly|daily|personal|family)\s+(?:\w+\s+)?(?:plan|schedule|budget|menu|routine)\b|\bposibles\s+proyectos\b|\bqu[eé]\s+(?:posibles\s+)?proyectos\s+(?:\w+\s+){0,2}(?:llevaríamos|podríamos|llevarían|podrían|harían)\b`,
  ),
  // ───────────── Q5 evident: someone will use it ─────────────
  r(5, 2, 'someone,people,others,anyone,users,alguien', String.raw`\b(?:someone|people|others|anyone|users)\s+(?:who|that)\s+(?:would|could|will|can|might)\s+use\s+(?:your|their|the|this)\b|\balguien\s+que\s+(?:pueda|podría|vaya\s+a)\s+usar\b`),

  // ───────────── Q6 partial: an example of the deliverable given by address ─────────────
  r(6, 1, 'ej,eg,example', String.raw`\((?:ej|e\.g|example|ejemplo)\.?:?\s*https?:\/\/`, 'gi', 'http'),

  // ───────────── From set 10's misses (scored blind under 1.4.0 and 1.5.0 first: 0.45) ─────────────
  // Q2 partial: the teacher asks what the student thinks; a topic settled with the student; a
  // business or design idea of the student's; the student's own design questions.
  r(
    2,
    1,
    'think,decide,decided,chosen,selected,agreed,idea,business,gustaria',
    String.raw`\b(?:curious|wonder|want\s+to\s+know|interested\s+in|tell\s+me|share)\s+(?:about\s+)?what\s+you\s+think\b|\bdecide\s+(?:on\s+)?(?:the|a|which|what)\s+(?:\w+\s+)?(?:type|kind|topic|focus|theme|product|business|method|design|approach)\b|\b(?:topics?|subjects?|focus|questions?)\s+(?:will\s+be|is\s+to\s+be|are\s+to\s+be|must\s+be)\s+(?:decided|chosen|selected|agreed)\b|\b(?:idea|ideas)\s+de\s+negocio\b|\bbusiness\s+ideas?\b|¿\s*qu[eé]\s+(?:\w+\s+){0,3}me\s+gustaría\b`,
  ),
  // Q2 evident: projects or questions of the student's own; interview questions they write.
  r(
    2,
    2,
    'own,questions',
    String.raw`\b(?:projects?|topics?|questions?|experiments?|investigations?)\s+of\s+(?:their|your|his\s+or\s+her)\s+own\b|\b(?:develop|generat|writ|prepar|draft|brainstorm|come\s+up\s+with)\w*\s+(?:\w+\s+){0,2}questions\s+(?:to\s+ask|for\s+(?:an?|the|their|your)\s+(?:interview|expert|guest|speaker|visitor))\b`,
  ),
  // Q3 partial: a bare "why?" after a question asks for the student's reasoning.
  r(3, 1, 'why,por', String.raw`\bwhy\s*\?|¿\s*por\s+qu[eé]\s*\?`, 'gi', '?'),
  // Q1 partial: links or sites handed out as places to look.
  r(
    1,
    1,
    'useful,links,enlaces,sitios,recursos',
    String.raw`\buseful\s+(?:links|websites|web\s*sites|sites|online\s+resources)\b|\b(?:enlaces|links|recursos)\s+(?:de\s+interés|útiles|que\s+(?:os|les|te)\s+(?:pueden|podrán)\s+(?:ser\s+)?(?:útiles|ayudar))\b|\bsitios\s+(?:web\s+)?(?:en\s+los\s+que|donde)\s+buscar\b`,
  ),
  // Q4 evident: a public repository, an external audience, awareness raised in the community.
  r(
    4,
    2,
    'visibilidad,public,external,externa,awareness',
    String.raw`\bvisibilidad\s+pública\b|\bpublic\s+(?:repository|repositories|repo|repos|visibility)\b|\bexternal\s+(?:audiences?|reviewers?|partners?|experts?|stakeholders?|clients?)\b|\baudiencias?\s+extern[oa]s?\b|\b(?:rais|creat|build|spread)\w*\s+(?:the\s+)?awareness\s+(?:in|within|among|across|throughout)\s+(?:their|your|the|our)\s+(?:local\s+|school\s+)?(?:community|school|town|city|neighbou?rhood)\b`,
  ),
  // Q5 partial: a realistic role or a business plan; evident: a proposal actually sent.
  r(
    5,
    1,
    'trabajas,work,plan,business,grant',
    String.raw`\b(?:you|tú|tu)\s+(?:trabajas|work)\s+(?:en|for|at|para)\s+(?:una|un|a|an)\s+(?:\w+\s+)?(?:empresa|compañía|company|firm|agency|laboratorio|lab|organi[sz]ation|organización)\b|\bplan\s+de\s+(?:empresa|negocio|marketing)\b|\bbusiness\s+plans?\b|\bgrant\s+(?:applications?|proposals?)\b`,
  ),
  r(5, 2, 'actually,really', String.raw`\b(?:will|to|and)\s+(?:actually|really)\s+(?:submit|send|apply|present|deliver|donate|be\s+(?:used|sent|submitted|funded))\b`),
];
