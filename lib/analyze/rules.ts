/**
 * The reading rules: for each question, phrases (English and Spanish) that make it evident (2) or
 * partial (1), following shared/research/six-questions-rubric.md. Each rule names trigger words;
 * the analyzer only runs a rule's pattern on a clause that contains one of them, which keeps the
 * scan linear and lets the patterns stay readable.
 *
 * Patterns are written for one clause (no sentence punctuation inside) and use only bounded
 * gaps, so none can backtrack catastrophically on hostile input.
 */
import { COUNTRY_HINTS } from './countries.ts';
import { FAMILIES } from './families.ts';
import { FAMILIES_2 } from './families2.ts';
import { BROAD_CUES } from './cues.ts';
import { FAMILIES_3 } from './families3.ts';
import { G, gap, r, type Rule } from './pattern.ts';

export type { Rule } from './pattern.ts';

// Country words for "sources from Iran" / "Iranian newspapers" (longest first so "south
// african" wins over "african").
const COUNTRY_WORDS = [...new Set(COUNTRY_HINTS.flatMap((c) => c.words))]
  .filter((w) => w.length > 2)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const COUNTRY_TRIGGERS = [...new Set(COUNTRY_HINTS.flatMap((c) => c.words.map((w) => w.split(/[\s.]/)[0]!)))].filter(
  (w) => w.length > 2,
);

const SOURCE_NOUNS_EN = '(?:sources?|news(?:papers?)?|media|articles?|websites?|sites|accounts|coverage|outlets?|documents|reports|texts|searches|results)';
const SOURCE_NOUNS_ES = '(?:fuentes?|noticias?|diarios?|periódicos?|medios|artículos?|sitios|páginas|documentos|textos|búsquedas|resultados)';

/** The rules written from the labelled texts' errors (analysis 1.0.0–1.2.0). */
const CORE: readonly Rule[] = [
  // ───────────── Q1: critical thinking on the web ─────────────
  r(1, 2, 'site', String.raw`(?<!\bweb\s)\bsite:(?!\s*(?:https?:|www\.))\s?\.?[a-z]{2,}`),
  r(1, 2, 'operator,operators,operadores,operador', String.raw`\b(?:search|google|boolean)\s+operators?\b|\boperadores?\s+(?:de\s+)?(?:búsqueda|booleanos)`),
  r(1, 2, 'advanced,avanzada', String.raw`\badvanced\s+(?:google\s+)?search\b|\bbúsqueda\s+avanzada`),
  r(1, 2, 'lateral,laterally', String.raw`\blateral(?:ly)?\s+read|\bread\w*\s+laterally|\blectura\s+lateral`),
  r(1, 2, 'fact,verificadores', String.raw`\bfact[- ]?check|\bverificador(?:es|as)?\s+de\s+datos`),
  r(1, 2, 'sift,craap', String.raw`\b(?:SIFT|CRAAP)\b`, 'g'),
  r(
    1,
    2,
    'evaluate,evaluating,assess,assessing,check,checking,judge,judging,verify,verifying,determine,investigate,analyze,analyse,identify,identifying,recognize,detect,spot,question,questioning,consider',
    String.raw`\b(?:evaluat|assess|check|judg|verif|determin|investigat|analy[sz]|identif|recogni[sz]|detect|spot|question|consider)\w*\b${gap(80)}\b(?:credib\w*|trustworth\w*|reliab\w*|bias(?:es|ed)?|misinformation|disinformation|fake\s+news|propaganda|who\s+(?:is\s+behind|runs|wrote|published|funds)|point\s+of\s+view\s+or\s+bias|true\s+or\s+false|accuracy\s+of\s+(?:the\s+)?(?:source|site|website|information|claim))`,
  ),
  r(
    1,
    2,
    'evaluar,evaluen,evalúen,evalúa,verificar,verifiquen,comprobar,comprueben,contrastar,contrasten,analizar,analicen,juzgar,determinar,investigar,investiguen,identificar,identifiquen,chequear,cuestionar',
    String.raw`\b(?:evalu|evalú|verific|verifiqu|comprob|comprueb|contrast|analiz|analic|juzg|determin|investig|identific|identifiqu|chequ|cuestion)\w*${gap(80)}(?:credibilidad|fiabilidad|veracidad|confiabilidad|sesgos?\b|desinformaci|bulos?\b|verdader[oa]s?\s+o\s+fals[oa]s?|quién\s+(?:está\s+detrás|escribió|publicó|financia))`,
  ),
  r(
    1,
    2,
    'countries,country,nations,nation,sides,perspectives,points,viewpoints,cultures,regions,languages',
    String.raw`\b${SOURCE_NOUNS_EN}\b${G}\b(?:from|in|of|across|representing|published\s+in|based\s+in)\s+(?:at\s+least\s+)?(?:two|three|several|multiple|different|other|another|both|opposing|each)\s+(?:\w+\s+)?(?:countr(?:y|ies)|nations?|sides|perspectives|points\s+of\s+view|viewpoints|cultures|regions|languages)\b`,
  ),
  r(
    1,
    2,
    'countries,country,nations,sides,perspectives,perspective,viewpoints,views',
    String.raw`\b(?:two|three|several|multiple|different|other|another|both|opposing|competing|contrasting)\s+(?:countr(?:y|ies)|nations|sides|perspectives|viewpoints)\b${G}\b${SOURCE_NOUNS_EN}\b`,
  ),
  r(
    1,
    2,
    COUNTRY_TRIGGERS.join(','),
    String.raw`\b(?:${SOURCE_NOUNS_EN}|perspectives?|points?\s+of\s+view)\s+(?:from|in|published\s+in|based\s+in)\s+(?:the\s+)?(?:${COUNTRY_WORDS})\b|\b(?:${COUNTRY_WORDS})\s+(?:sources|newspapers|news(?:\s+sites)?|media|websites|historians|accounts|perspectives?|points?\s+of\s+view)\b`,
  ),
  r(
    1,
    2,
    ['paises', 'lados', 'bandos', 'regiones', 'culturas', 'idiomas', 'perspectivas', 'puntos', ...COUNTRY_TRIGGERS].join(','),
    String.raw`\b(?:${SOURCE_NOUNS_ES}|perspectivas?|puntos?\s+de\s+vista)\s+(?:de|desde|publicad[oa]s\s+en|en)\s+(?:al\s+menos\s+)?(?:(?:dos|tres|varios|distintos|diferentes|otros|ambos)\s+(?:países|lados|bandos|regiones|culturas|idiomas)|(?:${COUNTRY_WORDS})\b)|\b(?:distintos|diferentes|otros|varios|ambos)\s+(?:países|bandos|lados|puntos\s+de\s+vista|perspectivas)${G}${SOURCE_NOUNS_ES}`,
  ),
  r(
    1,
    2,
    'compare,compares,comparing,contrast,contrasting',
    String.raw`\b(?:compar|contrast)\w*\s+(?:how|the\s+way|what|the\s+ways)\b${G}\b${SOURCE_NOUNS_EN}${G}\b(?:report|present|describ|cover|portray|depict|tell|explain|frame|call|treat|remember)\w*|\b(?:compar|contrast)\w*\s+(?:the\s+)?(?:coverage|accounts|headlines|perspectives|sources)\b`,
  ),
  r(
    1,
    2,
    'comparar,comparen,compara,comparando,contrastar,contrasten',
    String.raw`\b(?:compar|contrast)\w*\s+(?:cómo|como|la\s+forma\s+en\s+que|lo\s+que|las?\s+(?:versiones|coberturas|perspectivas|fuentes))${G}(?:${SOURCE_NOUNS_ES}|países)?${G}(?:inform|present|describ|cuent|trat|narr|llam|explic|recuerd|cubr)?`,
  ),
  r(
    1,
    2,
    'design,designing,plan,planning,refine,refining,revise,choose,select,brainstorm,change,think',
    String.raw`\b(?:design|plan|refin|revis|choos|select|brainstorm|chang|think\s+about)\w*\s+(?:your\s+|their\s+|the\s+|better\s+|different\s+)?(?:search\s+(?:terms?|strateg\w*|quer\w*|words)|keywords|key\s+words|queries)\b`,
  ),
  r(
    1,
    2,
    'palabras,terminos,estrategia,estrategias,busqueda,busquedas',
    String.raw`\b(?:diseñ|planific|elij|elig|seleccion|refin|piens|pens|cambi)\w*\s+(?:las?\s+|sus\s+|tus\s+|otras\s+)?(?:palabras\s+clave|términos\s+de\s+búsqueda|estrategias?\s+de\s+búsqueda|búsquedas?)`,
  ),
  r(
    1,
    2,
    'how,learn,learning,teach',
    String.raw`\b(?:how\s+to|learn(?:ing)?\s+to|teach\w*\s+(?:them|students|you)\s+(?:how\s+)?to)\s+(?:find|evaluate|judge|locate|search\s+for|assess|vet|verify)\s+(?:\w+\s+){0,2}(?:sources|resources|information|websites|evidence)\b`,
  ),
  r(1, 2, 'como', String.raw`\bc[oó]mo\s+(?:buscar|encontrar|evaluar|valorar|verificar)\s+(?:la\s+)?(?:información|fuentes)`),
  // An annotated bibliography describes each source but, unless the text says to judge them, is
  // still "a bibliography requirement without guidance on judging": partial (labelling notes).
  r(1, 1, 'annotated,annotate', String.raw`\bannotated\s+(?:list|bibliography|sources|references)|\bannotate\s+(?:each|your|the)\s+sources?`),
  r(
    1,
    2,
    'primary,archive,archives,digital',
    String.raw`\b(?:find|locate|search\s+for|search|browse|explore)\w*\s+(?:\w+\s+){0,3}primary\s+sources?\b${G}\b(?:online|archives?|database|library\s+of\s+congress|digital|website|\.gov|\.org)|\b(?:online|digital)\s+(?:archives?|collections?)\b${G}\bprimary\s+sources?`,
  ),
  r(
    1,
    2,
    'critically,critical',
    String.raw`\bcritically\s+(?:evaluat|analy[sz]|assess|examin|review|read)\w*\s+(?:\w+\s+){0,6}(?:articles?|sources?|websites?|claims?|news|documents?|media|evidence)\b|\bcritical(?:ly)?\s+(?:evaluation|analysis|review)\s+of\s+(?:\w+\s+){0,3}(?:articles?|sources?|websites?|documents?|media)\b`,
  ),
  r(1, 2, 'wikipedia', String.raw`\b(?:wikipedia|wiki)\s+in\s+(?:persian|arabic|russian|chinese|spanish|french|another\s+language|other\s+languages|the\s+other\s+language)|\bwikipedia\s+en\s+(?:persa|árabe|ruso|chino|inglés|francés|otro\s+idioma|otros\s+idiomas)`),

  r(
    1,
    1,
    'sources,resources,websites,sites,references,information',
    String.raw`\b(?:reliable|credible|trustworthy|reputable|scholarly|academic|peer[- ]reviewed|authoritative|high[- ]quality|quality|appropriate|valid|legitimate|good|accurate)\s+(?:\w+\s+)?(?:sources|resources|websites|sites|references|information)\b`,
  ),
  r(1, 1, 'cite,cited,citing,citation,citations', String.raw`\bcit(?:e|es|ed|ing|ations?)\b${G}\b(?:sources?|references|resources|websites|research|evidence|information)\b|\b(?:mla|apa|chicago)\s+(?:style|format|citations?)`),
  r(1, 1, 'sources,source,outside,external', String.raw`\b(?:sources?)\b${G}\b(?:cit(?:e|ed|ing|ation)|must\s+be\s+(?:cited|credible|reliable))|\b(?:\d+|two|three|four|five|six|seven|eight|ten)\s+(?:\w+\s+)?(?:sources|references)\b|\b(?:variety\s+of|diverse|multiple|several|outside|external|web|online|internet|additional)\s+(?:\w+\s+)?(?:sources|resources)\b|\b(?:outside|external)\s+(?:materials|texts|readings|articles)\b`),
  r(1, 1, 'least', String.raw`\bat\s+least\s+(?:\w+\s+){0,3}(?:sources|references|websites|articles|books|citations)\b`),
  r(1, 1, 'works,bibliography,webliography,references,reference,sources', String.raw`\bworks\s+cited\b|\b(?:bibliograph|webliograph)\w*|\b(?:sources|references)\s+(?:used|consulted)\b|\breferences?\s+(?:page|list|section)|\breference\s+list|\blist\s+of\s+(?:sources|references)`),
  r(
    1,
    1,
    'research,researching,researched,online,internet,web,www',
    String.raw`\bresearch\w*\s+(?:online|on\s+the\s+(?:internet|web)|(?:the|your|their|this)\s+(?:\w+\s+)?(?:topic|issue|question|subject|case|event|person|organi[sz]ations?)|it)\b|\b(?:online|internet|web)\s+research\b|\bdo\s+(?:some\s+|your\s+|additional\s+|further\s+)?research\b|\b(?:conduct|further|additional|outside|external|independent|background)\s+research\b|\bstart\s+(?:your|their)\s+research\b|\b(?:use|search|browse)\s+(?:the\s+)?(?:www|internet|web)\b|\bthe\s+WWW\b|\bresearch\s+(?:their|your)\s+(?:own\s+)?topic`,
  ),
  r(1, 1, 'org,edu,gov', String.raw`\.(?:org|edu|gov)\b${G}\b(?:sources?|only|sites?|websites?)|\b(?:sources?|sites?|websites?)\b${G}\.(?:org|edu|gov)\b`),
  // Students finding news or articles themselves: web research, not yet judged.
  r(1, 1, 'find,choose,select,locate,collect,gather,search', String.raw`\b(?:find|choose|select|locate|collect|gather|search\s+for)\s+(?:at\s+least\s+)?(?:\w+\s+){0,2}(?:news\s+|online\s+|current\s+|newspaper\s+|magazine\s+)?(?:articles?|headlines|news\s+stories)\b`),
  r(1, 1, 'busquen,buscar,busca,encuentren,encontrar,seleccionen,seleccionar,recopilen,recopilar', String.raw`\b(?:busc|busqu|encuentr|encontr|seleccion|recopil)\w*\s+(?:\w+\s+){0,2}(?:noticias?|artículos?|titulares)\b|\bbusqu\w+\s+(?:información\s+|datos\s+)?en\s+(?:\w+\s+){0,2}(?:servidores|bases\s+de\s+datos|sitios|páginas|portales|la\s+web|internet|google|bibliotecas?|archivos|hemerotecas?)\b`),
  r(1, 1, 'citas,cita', String.raw`\b(?:\d+|dos|tres|cuatro|cinco)\s+citas\b|\bcitas?\s+(?:directas?|indirectas?|textuales?|bibliográficas)\b`),
  r(1, 1, 'referencias', String.raw`\breferencias\s+(?:o\s+fuentes|utilizadas|consultadas|usadas)`),
  r(1, 1, 'librarian,librarians,bibliotecario,bibliotecaria,bibliotecarios', String.raw`\blibrarians?\b|\bbibliotecari[oa]s?\b`),
  r(1, 1, 'approved,recommended,suggested,list', String.raw`\b(?:approved|recommended|suggested)\s+(?:list\s+of\s+)?(?:websites|sites|sources|databases)|\blist\s+of\s+(?:approved|recommended|suggested)\s+(?:websites|sites|sources)`),
  r(
    1,
    1,
    'fuente,fuentes',
    String.raw`\bfuentes?\s+(?:confiables|fiables|fidedignas|académicas|de\s+información|consultadas|utilizadas|usadas|empleadas|oficiales|primarias|secundarias|bibliográficas|documentales|seguras|reconocidas)|\bfuentes?\b${G}\bcit\w+|\bal\s+menos\s+(?:\w+\s+){0,2}fuentes|identific\w+\s+(?:las\s+)?fuentes`,
  ),
  r(1, 1, 'cita,citar,citen,citas,citando,bibliografia,referencias', String.raw`\bcit(?:ar|en|a|as|ando)\s+(?:las\s+|sus\s+|tus\s+|correctamente\s+)?(?:fuentes|referencias)|\bcita\s+correcta|\bbibliograf\w+|\breferencias\s+bibliográficas|\bnormas?\s+(?:apa|mla|ieee|vancouver)`),
  r(1, 1, 'investigar,investiguen,investigue,investiga,investigarán,investigacion,investigaran', String.raw`\binvestig(?:ar|uen|ue|a|ará|arán|ad|ación\s+(?:en\s+internet|en\s+la\s+web|bibliográfica|documental|sobre))\b`),
  r(1, 1, 'internet,web,paginas,sitios,link,enlace,enlaces,red,redes', String.raw`(?<!\bcopi\w*\s+(?:\w+\s+){0,6})\b(?:en|por|de)\s+internet\b|\ben\s+la\s+(?:web|red)\b|\bpáginas\s+web\b|\bsitios\s+web\b|\blink\s+del\s+sitio|\benlaces?\s+(?:de|a)\s+(?:las?\s+)?(?:fuentes|páginas|sitios)`),
  r(1, 1, 'fake,noticias,noticia,bulos', String.raw`\bfake\s+news\b|\bnoticias?\s+falsas?|\bbulos\b`),

  // ───────────── Q2: new lines of inquiry ─────────────
  r(
    2,
    2,
    'questions,question',
    String.raw`\b(?:develop|generat|writ|pos|formulat|creat|craft|ask|brainstorm|come\s+up\s+with|rais|form)\w*\s+(?:\w+\s+){0,3}(?:own|new|further)\s+(?:research\s+|guiding\s+|inquiry\s+)?questions?\b`,
  ),
  r(2, 2, 'own', String.raw`\b(?:your|their|his\s+or\s+her|her|his)\s+own\s+(?:research\s+|essay\s+|guiding\s+|historical\s+|specific\s+)?(?:questions?|topics?|line\s+of\s+inquiry|focus|inquiry|research\s+(?:questions?|topics?)|project\s+ideas?|problem|problems)\b`),
  r(2, 2, 'choose,select,pick,develop,find,identify,propose,decide,define', String.raw`\b(?:choos|select|pick|develop|find|identif|propos|decid\w*\s+on|defin)\w*\s+(?:your|their)\s+own\b`),
  // "select a humanities research question": one word may stand between, but not "the following" or "given" ones.
  r(2, 2, 'research', String.raw`\b(?:your|their|a|the|own)\s+(?:(?!following\b|given\b|assigned\b|provided\b|listed\b|above\b|below\b|same\b)\w+\s+)?research\s+questions?\b|\bresearch\s+question\s+(?:that|you|they)`),
  // A topic from the student's own life or surroundings ("choose an aspect of your daily life"); "a topic of your choice" stays partial.
  r(
    2,
    2,
    'choose,select,pick,find,identify',
    String.raw`\b(?:choos|select|pick|find|identif)\w*\s+(?:an?\s+)?(?:aspect|topic|subject|issue|problem|question|phenomenon|area)\s+(?:of|from|in)\s+your\s+(?!choice\b|choosing\b)`,
  ),
  r(2, 2, 'idea,ideas,proposal', String.raw`\b(?:your|their)\s+(?:own\s+)?(?:idea|ideas|proposal)\s+for\s+(?:your|their|a|the)\s+(?:\w+\s+){0,3}(?:project|investigation|study|inquiry)\b`),
  r(2, 2, 'turn,narrow,refine,focus', String.raw`\b(?:turn|narrow|refin|focus)\w*\s+(?:\w+\s+){0,3}(?:topic|idea|interest)s?\s+(?:in)?to\s+(?:a\s+)?(?:\w+\s+)?questions?\b`),
  r(
    2,
    2,
    'questions,question,new,what,line,debatable,arguable,wonder,wonderings',
    String.raw`\bquestions?\s+(?:that|which)\s+(?:arise|emerge|come\s+up|you\s+(?:have|wonder)|they\s+(?:have|wonder))|\bnew\s+questions\b|\bwhat\s+(?:you|they)\s+(?:wonder|want\s+to\s+(?:know|learn|find\s+out))|\bline\s+of\s+inquiry\b|\bdebatable\b|\barguable\s+(?:claim|thesis)|\bset\s+of\s+ideas\s+and\s+questions|\bquestions?\s+(?:do|does|did|will|might|could)\s+(?:the\s+|these\s+|your\s+)?\w+\s+raise\b|\bwonderings?\b`,
  ),
  r(2, 2, 'propias,propio,propia', String.raw`\b(?:sus|tus|vuestras)\s+propias\s+preguntas|\bpropias\s+preguntas|\b(?:su|tu|vuestro)\s+propio\s+(?:tema|problema|proyecto)|\bpropia\s+pregunta`),
  r(2, 2, 'preguntas,pregunta', String.raw`\bpreguntas?\s+de\s+investigación|\bpreguntas\s+que\s+(?:les\s+|te\s+)?(?:surjan|surgen|surgieron)`),
  r(2, 2, 'nuevas,gustaria', String.raw`\bnuevas\s+preguntas|\bqu[eé]\s+(?:les|te|os)\s+gustaría\s+(?:saber|investigar|averiguar|descubrir)`),
  r(2, 2, 'formular,formulen,plantear,planteen,elaborar,elaboren,escribir,escriban,generar', String.raw`\b(?:formul|plante|elabor|escrib|gener)\w*\s+(?:\w+\s+){0,2}preguntas\s+(?:propias|de\s+investigación|sobre\s+lo\s+que)`),

  r(2, 1, 'why,how', String.raw`\b(?:why\b|how\b(?!\s+(?:many|much|long|often|old|far|to\b)))(?=[^.?!\n]{0,160}\b(?:you|your|yourself)\b)[^.?!\n]{4,160}\?`, 'gi', '?'),
  // The essay or project built on one open why/how question the teacher sets ("an essay that
  // answers: Why did the crisis last 444 days, and why do Americans and Iranians remember it so
  // differently?", "Essential question: How did…?"): the rubric's one open-ended question set by
  // the teacher. "Answer the following questions" about a reading is comprehension, not this.
  r(
    2,
    1,
    'essay,essays,paper,argument,thesis,editorial,essential,driving,guiding,central,ensayo',
    String.raw`\b(?:(?<!following\s)essay|paper|argument|thesis|editorial|(?:essential|driving|guiding|central)\s+question)\b${G}[:–—-]?\s*[*_“"']?\s*(?:why|how(?!\s+(?:many|much|long|often|old|far|to)\b)|to\s+what\s+extent)\b[^.?!\n]{4,200}\?|\bensayo\b${G}¿\s*(?:por\s+qu[eé]|c[oó]mo|en\s+qu[eé]\s+medida)[^?\n]{4,200}\?`,
    'gi',
    '?',
  ),
  r(
    2,
    1,
    'think,extent,should,opinion,view,position,stance',
    String.raw`\bwhat\s+(?:do|did|would|might|could)\s+(?:you|they)\s+think\b|\bto\s+what\s+extent\b|\bshould\b[^.?!\n]{3,120}\?|\bwhat\s+is\s+your\s+(?:opinion|point\s+of\s+view|position|view)|\b(?:your|their)\s+(?:opinion|point\s+of\s+view|position|stance)\b`,
  ),
  r(2, 1, 'own', String.raw`\b(?:your|their)\s+own\s+(?:interests?|curiosit(?:y|ies)|ideas?)\b`),
  r(2, 1, 'design,designing,plan,hypothesis,hypotheses', String.raw`\b(?:design|plan)\w*\s+(?:an?|your\s+own|their\s+own|your|their)\s+(?:\w+\s+)?(?:experiments?|investigations?|stud(?:y|ies)|surveys?|interviews?)\b|\b(?:form|formulat|develop|writ|stat|mak|propos)\w*\s+(?:a|your|their)\s+(?:own\s+)?(?:\w+\s+)?hypothes[ie]s\b`),
  r(2, 1, 'disenar,disenen,disena,hipotesis,formular,formulen', String.raw`\bdiseñ\w*\s+(?:un|una|su|sus)\s+(?:propi[oa]\s+)?(?:experimentos?|investigación|encuestas?|entrevistas?)\b|\b(?:formul|plante|elabor|propon)\w*\s+(?:una\s+|sus\s+|su\s+)?(?:propias?\s+)?hipótesis\b`),
  r(2, 1, 'discuss,debate,argue,inquiry,pose,posing', String.raw`\bdiscuss\b|\bdebate\b|\bargue\b|\binquiry\b|\bpos(?:e|ing)\s+questions\b`),
  r(2, 1, 'discuta,discutan,discute,discuten,discutir,discutiran,discutamos', String.raw`\bdiscut(?:a|an|e|en|ir|ir[aá]n|amos)\b`),
  // Topics or questions offered to choose from: a choice among given topics.
  r(
    2,
    1,
    'ideas,topics,options,suggestions,prompts,questions,sample,possible,suggested',
    String.raw`\b(?:ideas|topics|options|suggestions|prompts|questions)\s+(?:for\s+you\b|(?:that\s+)?you\s+(?:could|might|can|may)\s+(?:explore|choose|consider|pursue|investigate)\b)|\b(?:sample|possible|suggested)\s+(?:\w+\s+){0,2}(?:topics|questions|prompts)\b`,
  ),
  r(
    2,
    1,
    'choose,select,pick',
    String.raw`\b(?:choose|select|pick)\s+(?:one|a|two|an?\s+\w+|from)\b${G}\b(?:topics?|themes?|issues?|questions?|options?|following|list|below|prompts?|articles?|readings?)\b`,
  ),
  r(
    2,
    1,
    'choose,select,pick',
    String.raw`\b(?:choose|select|pick)\s+(?:one|a|an|any|two|three)\s+(?:\w+\s+)?(?:countr(?:y|ies)|person|people|events?|figures?|animals?|books?|novels?|authors?|artists?|species|inventions?|careers?|companies|company|places?|cit(?:y|ies)|states?|periods?|cultures?|scientists?|inventors?|leaders?|organi[sz]ations?|poems?|stor(?:y|ies)|characters?)\b`,
  ),
  r(2, 1, 'anything,any', String.raw`\b(?:about|on)\s+anything\s+(?:you|they)\s+(?:like|want|choose|wish)\b|\bany\s+(?:topic|subject|theme)\s+(?:you|they)\b`),
  r(2, 1, 'choice,choosing,interest,interests,interested', String.raw`(?<!\b(?:software|app|application|program|tool|editor|browser|device|platform|font|format|colou?r|language|manager|medium|materials?|instrument)\s+)\b(?:of|at)\s+(?:your|their|his|her|his\/her|his\s+or\s+her|her\s+or\s+his)\s+(?:own\s+)?(?:choice|choosing)\b|\b(?:interests|intrigued|interested)\s+(?:you|them)\b|\bthat\s+interests?\s+(?:you|them)\b|\byou\s+find\s+interesting\b`),
  r(2, 1, 'por,como,que,para,medida', String.raw`¿\s*(?:(?:por\s+qu[eé]|c[oó]mo|para\s+qu[eé])(?=[^?\n]{0,160}\b(?:tú|tu|tus|te|les|usted|ustedes|vos|vosotros|gustaría|crees|creen|piensas|piensan|opinas|opinan|consideras|consideran|harías|harían|harías|elegirías|elegirían|cambiarías|cambiarían)\b)|qu[eé]\s+(?:opinan|opinas|piensan|piensas|creen|crees)|en\s+qu[eé]\s+medida)[^?\n]{2,160}\?`, 'gi', '¿'),
  r(
    2,
    1,
    'debate,debatir,debatan,opinion,opinen,opina,punto,elijan,elija,elige,elegir,escojan,escoge,seleccionen,seleccionar,seleccion,interes,eleccion',
    String.raw`\bdebat\w*|\bopin(?:ión|iones|en|a|ar)\b|\bpunto\s+de\s+vista|\b(?:elij(?:a|an|as|o|e)|elig(?:e|en|es|ir|iendo)|escoj(?:a|an|as)|escog(?:e|en|es|er|iendo))\b(?!\s+(?:la|una)\s+(?:opción|respuesta|alternativa)s?\b)|\bseleccion\w*\s+(?:un|una|dos|el|la|uno)\b|\bde\s+su\s+(?:interés|elección)|\ba\s+su\s+elección|\bselecci[oó]n\s+de\s+(?:un|una|el|la|los|las)\b`,
  ),

  // ───────────── Q3: thinking made visible ─────────────
  r(3, 2, 'reflection,reflections,reflective,reflecting,reflect,self', String.raw`\b(?:reflections?|reflective|self-reflection)\b|\breflect(?:ing)?\s+(?:on|upon|about|back)\b`),
  r(3, 2, 'self,assess,evaluate', String.raw`\bself[- ]?(?:assess|evaluat|review|monitor)\w*|\bassess\s+(?:your|their)\s+own\b|\bevaluate\s+(?:your|their)\s+(?:own\s+)?(?:writing|work|draft|progress|learning|performance|piece|post|letter|essay)`),
  r(3, 2, 'journal,journals,log,logs,diary,diaries,notebook,notebooks', String.raw`\b(?:learning|process|reflective|research|design|lab|field|writing|dialectical|double-entry|thinking)\s+(?:journal|log|diary|notebook)s?\b`),
  r(
    3,
    2,
    'think,thought,thinking,process,decisions,choices,learning,metacognition,metacognitive',
    String.raw`\bthink[- ]?alouds?\b|\bthought\s+process\b|\b(?:narrat|explain|describ|record|document)\w*\s+(?:\w+\s+){0,2}(?:your|their)\s+(?:own\s+)?(?:thinking|process|decisions|choices|learning)\b|\bmetacogn\w*`,
  ),
  r(3, 2, 'video,voice,audio,vlog,vlogs,screencast,screencasts', String.raw`\b(?:video|voice|audio)\s*[- ]?(?:logs?|recordings?|reflections?|explanations?|analysis|comments?|memos?)\b|\bvlogs?\b|\bscreencasts?\b`),
  r(
    3,
    2,
    'learn,learned,learnt,changed,change',
    String.raw`\bwhat\s+(?:did\s+)?(?:you|they)\s+(?:learn|learned|learnt)\b|\bwhat\s+you\s+(?:have\s+)?learned\b|\bhow\s+(?:your|their)\s+(?:ideas|thinking|views|understanding|opinions?)\s+(?:about\s+\w+\s+)?(?:had\s+|have\s+)?changed|\bdid\s+your\s+(?:ideas|thinking)\s+change`,
  ),
  r(3, 2, 'draft,drafts,revision,revisions,revise', String.raw`\b(?:drafts?|revisions?)\b${G}\b(?:feedback|peer\s+review|conference|comments)\b|\bfeedback\b${G}\b(?:revis\w*|drafts?)\b|\brevise\b${G}\bfeedback\b`),
  r(3, 2, 'reflexion,reflexiones,reflexionar,reflexionen,reflexiona,reflexione', String.raw`\breflexi(?:ón|ones|on)\s+(?:personal|final|individual|escrita|sobre\s+(?:lo\s+aprendido|(?:su|tu|el|la)\s+(?:propio\s+)?(?:aprendizaje|proceso|trabajo|experiencia)))|\breflexion\w*\s+sobre\s+(?:lo\s+aprendido|(?:su|tu)\s+(?:propio\s+)?(?:aprendizaje|proceso|trabajo|experiencia))`),
  r(3, 2, 'autoevaluacion,autoevaluar,autoevaluen,autoevalua,autoevaluarse,autorreflexion', String.raw`\bautoevalua\w*|\bautoevalúa\w*|\bautoevaluación|\bautorreflexi\w+`),
  r(3, 2, 'bitacora,bitacoras,diario,diarios,cuaderno', String.raw`\bbit[aá]coras?\b|\bdiarios?\s+de\s+(?:aprendizaje|campo|clase|proceso|lectura|investigación|reflexión)|\bcuaderno\s+de\s+(?:campo|bitácora|aprendizaje)`),
  r(3, 2, 'que,aprendido,dificultades,como', String.raw`\bqu[eé]\s+(?:aprendiste|aprendieron|han\s+aprendido|hemos\s+aprendido|aprendimos)|\blo\s+aprendido\b|\bdificultades\s+encontradas|\bc[oó]mo\s+(?:cambi[oó]|cambiaron)\s+(?:sus|tus)\s+ideas`),
  r(3, 2, 'explicar,expliquen,explica,cuenten,describan,narren,registren', String.raw`\b(?:explic|expliqu|cuent|describ|narr|registr)\w*\s+(?:\w+\s+){0,2}(?:su|tu|sus|tus)\s+(?:propio\s+)?(?:proceso|razonamiento|decisiones|pensamiento)`),
  r(3, 2, 'video,grabacion,grabar,graben,audio', String.raw`\bv[ií]deo\s*-?\s*logs?\b|\bgraba\w*\s+(?:un\s+)?(?:audio|v[ií]deo|podcast)\s+(?:explicando|contando|reflexionando)|\bgrabación\s+de\s+(?:voz|audio)`),

  r(3, 1, 'explain,explaining,explanation,explanations,clear', String.raw`\bexplain\w*\s+(?:in\s+(?:your\s+own\s+)?words\s+)?(?:your|their|why\s+you|how\s+you|why\s+they|how\s+they|the\s+reasoning|(?:how|why)\s+(?:the|your|their)\s+(?:data|evidence|results|observations|graph|model))\b|\bexplanations?\s+(?:for|of)\s+(?:your|their)\b|\bclear\s+explanations\b`),
  r(3, 1, 'show,justify,justification,reasons,reason,reasoning,calculations', String.raw`\bshow\s+(?:all\s+)?(?:your|their|the)\s+(?:work|steps|reasoning|thinking|calculations)|(?<!\b(?:texto|text|párrafos?|paragraphs?|márgenes|margins|alineación|alineado|aligned|alignment)\s+(?:\w+\s+)?)\bjustif\w+|\bgive\s+(?:\w+\s+)?reasons?\b|\breasoning\b|\bwork\s+and\s+calculations\b|\b(?:all\s+)?work\s+(?:must|should|needs\s+to)\s+(?:always\s+)?be\s+shown\b`),
  r(
    3,
    1,
    'journal,journals,notes,note,annotate,annotated,annotations,outline,concept,mind,storyboard,storyboards,draft,drafts,workshop,workshops,workshopped,portfolio,portfolios,planning,statement,statements',
    String.raw`(?<!\b(?:peer[- ]reviewed|scientific|academic|scholarly|professional|medical|refereed|research)\s+)\bjournal(?:s|ing)?\b(?!\s+(?:articles?|papers?|publications?|editors?|impact))|\btake\s+notes\b|\bnotes\s+(?:on|about|while|as\s+you|throughout)|\bannotat\w+\b(?!\s+(?:\w+\s+)?(?:list|bibliograph\w*|webliograph\w*|sources|references|resources))|\boutline\b|\bconcept\s+maps?|\bmind\s+maps?|\bstoryboards?\b|\b(?:rough|first|second|final|early)\s+drafts?\b|\bdrafts\b|\bdraft\s+(?:is\s+)?due\b|\bworkshop\w*|\bportfolios?\b|\bplanning\s+questions\b|\bartist['’]?s?\s+statements?\b|\b(?:brief|short)\s+\d+[- ]word\s+statement`,
  ),
  r(
    3,
    1,
    'explicar,expliquen,explique,explica,justificar,justifiquen,justifica,argumenten,argumentar,muestren,indiquen,registren,registrar,registro,mapa,borrador,borradores,toma,tomar,reflexion,reflexiones,reflexionar,reflexionen,anoten,anotar,portafolio,revisar,revisen,revisaran,repasar,repasen,repasaran',
    String.raw`\bexpli(?:quen|que|car|ca|cá)\s+(?:por\s+qu[eé]|c[oó]mo|sus?|tus?|el\s+procedimiento|los\s+pasos)|(?<!\b(?:texto|párrafos?|márgenes|alineación|alineado)\s+(?:\w+\s+)?)\bjustifi\w+|\bargument(?:en|ar)\b|\b(?:su|tu|con|una)\s+argumentación\b|\bmuestren?\s+(?:el|su|sus)\s+(?:procedimiento|trabajo|razonamiento)|\bindiquen?\s+(?:acá\s+|aquí\s+)?los\s+pasos|\bregistr\w+\s+(?:los|las|sus|el|la|lo|de)\b|\bmapas?\s+conceptual\w*|\bborrador\w*|\btom(?:a|ar)\s+(?:de\s+)?notas|\breflexi\w+|\banot(?:en|ar)\b|\bportafolio|\b(?:revis|repas)\w*\s+(?:sus|tus|las|los|cada|el|la)\s+(?:una\s+de\s+las\s+|uno\s+de\s+los\s+)?(?:\w+\s+)?(?:borradores|textos|cartas|escritos|trabajos|producciones)`,
  ),

  // ───────────── Q4: authentic audiences ─────────────
  // "Publish" alone names no place and no reader (a class site, an LMS post): partial, like a blog
  // of unstated visibility; a public place or readership is caught by the evident rules.
  r(4, 1, 'publish,published,publishes,publishing,publication', String.raw`\bpublish(?:ed|es|ing)?\b(?!\s+(?:books?|sources?|articles?|works?|research|literature|studies|authors?|material|texts?|by))|\bpublication\s+(?:on|to|in)\s+(?:the\s+|a\s+)?(?:web|internet|blog|site)`),
  r(4, 2, 'public,publicly', String.raw`\bpublic\s+(?:blogs?|websites?|sites?|audiences?|web|forums?|pages?|exhibit\w*|showcase|events?|readings?|performances?|presentations?|writing|blogging|posts?)\b|\bpublicly\b|\bthe\s+public\b(?!\s+(?:schools?|sector|domain|librar(?:y|ies)|transport\w*|health|good|interest))`),
  r(
    4,
    2,
    'post,posts,posted,posting,upload,uploaded,share,shared,submit,add',
    String.raw`\b(?:post|upload|shar|submit|add)\w*\s+(?:\w+\s+){0,3}(?:to|on|in)\s+(?:a\s+|the\s+|your\s+|our\s+|their\s+)?(?!(?:class|course)\s+(?:discussion\s+)?forums?\b)(?:class\s+|course\s+|school\s+|personal\s+|own\s+|public\s+)?(?:blogs?|website|youtube|wikipedia|the\s+web|internet|(?<!\b(?:the|our)\s)forums?|social\s+media|flickr|twitter|instagram|tiktok|padlet|flipgrid|course\s+website)\b`,
  ),
  r(4, 2, 'wikipedia', String.raw`\bwikipedia\b(?!\s*,)${G}\b(?:articles?|stubs?|pages?|entr(?:y|ies)|edit\w*|contribut\w*|community|editors)\b|\b(?:edit|contribut|writ|creat|improv|add)\w*\s+(?:\w+\s+){0,4}(?:to\s+|on\s+|for\s+)?wikipedia\b`),
  r(
    4,
    2,
    'classes,classrooms,schools,students,partners,partner,peers,people,audience,audiences,readers,global,epals,collaborate,classroom',
    String.raw`\b(?:classes|classrooms|schools|students|partners?|peers|people|audiences?|readers|teenagers)\s+(?:in|from|around|across)\s+(?:other|different|another|the)\s+(?:countr(?:y|ies)|parts\s+of\s+the\s+world|world|globe)\b|\bglobal\s+(?:audiences?|conversations?|collaborations?|partners?|projects?)\b|\bepals\b|\bpartner\s+(?:class|classes|classroom|school)s?\b`,
  ),
  r(
    4,
    2,
    'share,present,send,submit,show,exhibit,display,perform,read,deliver,pitch,invite,shared,presented,sent',
    String.raw`\b(?:shar|present|send|sent|submit|show|exhibit|display|perform|deliver|pitch|invit|mail)\w*\s+(?:\w+\s+){0,4}(?:to|with|for|before)\s+(?:\w+\s+){0,2}(?:experts?|professionals?|scientists|community\s+(?:members|partners?|leaders)|the\s+community|parents|families|local\s+(?:leaders|officials|organi[sz]ations?|businesses|residents)|the\s+public|city\s+council|the\s+mayor|legislators?|elected\s+officials?|representatives?|museums?|newspapers?|editors?|another\s+(?:class|school)|other\s+(?:classes|schools)|younger\s+students|(?:the\s+)?school\s+community|visitors|stakeholders|clients?|the\s+world|(?:academic|professional|wider|online|global|scientific|local)\s+communit(?:y|ies))\b`,
  ),
  r(4, 2, 'build,create,set,launch,website,site,blog,domain', String.raw`\b(?:build|creat|set\s+up|launch|start)\w*\s+(?:your|their)\s+own\s+(?:public\s+)?(?:websites?|blogs?|sites?|domains?)\b|\ba\s+voice\s+on\s+the\s+web\b`),
  r(4, 2, 'run,air,aired,broadcast,screen,screened,runs', String.raw`\b(?:run|air|broadcast|screen)\w*\s+(?:on|at|in)\s+(?:a\s+|the\s+)?(?:local|school|public|community|national)\s+(?:\w+\s+)?(?:cable|channel|radio|tv|television|station|newspaper|event)`),
  r(
    4,
    2,
    'meet,meeting,work,working,partner,interview,interviewing,for,non,nonprofit,nonprofits,government,agencies',
    String.raw`\b(?:meet|work|partner|interview|collaborat|consult)\w*\s+with\s+(?:a\s+|the\s+|your\s+|local\s+)?(?:community\s+(?:partners?|members|organi[sz]ations?|leaders)|local\s+(?:experts?|leaders|organi[sz]ations?|businesses)|experts?\s+(?:in|from|at)|professionals?\s+(?:in|from|at))\b|\bfor\s+(?:local\s+)?(?:non-?profits?|non-?profit\s+organi[sz]ations?|(?:non-?profit|government|community)\s+(?:or\s+\w+\s+)?(?:agencies|organi[sz]ations?))\b`,
  ),
  r(4, 2, 'beyond,authentic', String.raw`\bbeyond\s+(?:the\s+)?(?:scope\s+of\s+(?:the\s+)?|walls\s+of\s+(?:the\s+)?)?(?:classroom|school)(?:\s+walls)?\b|\bauthentic\s+(?:audiences?|readers(?:hip)?)\b`),
  r(4, 2, 'community,exhibition,showcase,gallery', String.raw`\bcommunity\s+(?:showcase|event|exhibit\w*|presentation|night|forum|fair)\b|\b(?:exhibition|showcase|gallery\s+walk)\s+(?:for|open\s+to)\s+(?:the\s+)?(?:public|community|parents|families)`),
  r(
    4,
    2,
    'interact,interacting,connect,connecting,communicate,correspond,collaborate,collaborating,comment,commenting,leave',
    String.raw`\b(?:interact|connect|communicat|correspond|collaborat)\w*\s+with\s+(?:\w+\s+){0,2}(?:users|editors|wikipedians|experts|admins|classrooms|classes|students\s+(?:in|from|around)|people\s+(?:in|from|around)|communit(?:y|ies)|members)\b|\bconnect\s+to\s+(?:larger|wider|other)\s+communities|\bleave\s+comments\s+on\s+(?:blogs|posts)`,
  ),
  r(4, 2, 'open,source', String.raw`\bopen[- ]source\s+(?:project|software|community|communities|maintainers)\b${G}\b(?:contribut|pull\s+request|interact|community)|\bcontribut\w*\s+(?:\w+\s+){0,3}(?:to\s+)?(?:an?\s+)?open[- ]source`),
  // "Publicar" alone names no place and no reader (an LMS post, a class document): partial, like a
  // blog of unstated visibility; a public place or readership is caught by the evident rules.
  r(
    4,
    1,
    'publicar,publiquen,publica,publicaran,publicara,publicacion,publicaciones,publicado,publicados,publicadas,publiquemos',
    String.raw`(?<!\b(?:lugar|fecha|año|años|editorial|datos|medio|fuente)\s+de\s+(?:la\s+)?)\bpubli(?:car|quen|que|ca|cará|carán|cación|caciones|cado|cados|cadas|quemos|camos)\b`,
  ),
  r(4, 2, 'blog', String.raw`\bblog\s+(?:de\s+(?:aula|la\s+clase|clase|del\s+centro|la\s+escuela|del\s+colegio)|público)`),
  r(
    4,
    2,
    'compartir,compartan,comparte,compartirán,difundir,difundan,presentar,presenten,exponer,expongan,mostrar,muestren,enviar,envíen,llevar',
    String.raw`\b(?:compart|difund|present|expon|expong|mostr|muestr|envi|enví|llev)\w*\s+(?:\w+\s+){0,4}(?:a|con|ante|para|en)\s+(?:\w+\s+){0,2}(?:las\s+familias|los\s+padres|la\s+comunidad|toda\s+la\s+comunidad|otr[oa]s\s+(?:escuelas|centros|clases|colegios|cursos)|estudiantes\s+de\s+otros\s+países|expertos|el\s+barrio|el\s+público|vecinos|autoridades|el\s+ayuntamiento|la\s+municipalidad|la\s+radio)`,
  ),
  r(4, 2, 'paises,mundo,exposicion,defensa,comunidad', String.raw`\b(?:estudiantes|escuelas|clases|alumnos|centros|jóvenes)\s+de\s+otros\s+países|\bde\s+todo\s+el\s+mundo\b|\bexposición\s+pública|\bdefensa\s+pública|\bcomunidad\s+educativa`),

  r(
    4,
    1,
    'present,presenting,presentation,presentations,presented',
    String.raw`\bpresent\w*\s+(?:\w+\s+){0,3}(?:to|for|in\s+front\s+of|with)\s+(?:the|your|our)\s+(?:class|classmates|peers|group|teacher)\b|\b(?:class|oral|final|group|short|brief|formal)\s+presentations?\b|\b(?:give|make|prepare|deliver|record|do)\w*\s+(?:a|an|your|their)\s+(?:\w+\s+)?presentation\b|\bpresentations?\s+(?:to|for|in\s+front\s+of)\b|\bpresent\s+(?:it|them|your|their|the\s+(?:results|findings|project))\b|\bto\s+be\s+presented\b`,
  ),
  r(
    4,
    1,
    'peer,workshop,workshops,workshopped,share,shared,sharing,gallery,wall,display,displayed,classmates,colleague,colleagues',
    String.raw`\bpeer[- ]?(?:review\w*|feedback|edit\w*|evaluations?|assess\w*)\b|\bworkshop\w*|\bshar\w*\s+(?:\w+\s+){0,3}with\s+(?:a\s+partner|your\s+partner|the\s+class|classmates|your\s+classmates|peers|your\s+peers|each\s+other|your\s+group|the\s+group)\b|\bgallery\s+walk|\bon\s+the\s+wall\b|\bdisplay(?:ed)?\s+(?:in|on)\s+(?:the\s+|our\s+|a\s+)?(?:class(?:room)?|hallways?|halls?|library|school|gallery|lobby|bulletin\s+boards?|walls?|cafeteria|office|showcase|board)\b|\b(?:classmates|colleagues)['’]?\s+(?:posts|work|writing|drafts)|\beach\s+other['’]s\s+(?:posts|work|writing|drafts)`,
  ),
  r(4, 1, 'read,reading,aloud,loud', String.raw`\bread\w*\s+(?:\w+\s+){0,3}(?:aloud|out\s+loud)\b`),
  r(4, 1, 'leer,lean,lee,leeran,voz,compartir,compartan,comparte,compartimos,compartiremos,presentar,presentarlo,presentarla,presenten,discutir,discutan,exponer,expongan,clase', String.raw`\b(?:present|discut|expon|expong|compart)\w*\s+(?:\w+\s+){0,3}en\s+(?:la\s+)?clase\b|\ble(?:er|an|e|erán|erá)\s+(?:\w+\s+){0,3}en\s+voz\s+alta\b|\bcompart\w*\s+(?:\w+\s+){0,3}(?:en|con)\s+(?:el|la|todo\s+el|toda\s+la)\s+(?:grupo|clase|curso|aula)\b`),
  r(
    4,
    1,
    'audience,audiences,readers,reader,letter,email,viewers,listeners',
    String.raw`\b(?:target|intended|your|specific|real)\s+audiences?\b|\b(?:your|the|their|future)\s+readers?\b|\banaly[sz]e\s+(?:your|the)\s+audience|\byou\s+are\s+writing\s+for\b|\b(?:letter|email|e-mail)\s+to\b|\bviewers\b|\blisteners\b`,
  ),
  r(
    4,
    1,
    'presentar,presenten,presentaran,presentacion,presentaciones,exponer,expongan,exposicion,puesta,compartiran,compartan,compartir,coevaluacion,coevaluar,carta,destinatario,destinatarios,audiencia,publico,lectores,companeros',
    String.raw`\bpresent\w*\s+(?:\w+\s+){0,3}(?:a|ante|al|frente\s+a)\s+(?:la\s+clase|sus\s+compañeros|tus\s+compañeros|el\s+grupo|el\s+resto|el\s+curso|la\s+turma)|\bexposición\s+oral|\bexpon(?:er|gan|drán)\s+(?:\w+\s+){0,3}(?:oralmente|en\s+(?:la\s+)?clase|ante|al\s+grupo|a\s+(?:la\s+clase|sus\s+compañeros|tus\s+compañeros))|\bpresentaci(?:ón|ones)\s+(?:oral|orales|en\s+clase|ante|a\s+la\s+clase|final|grupal|pública)|\b(?:hacer|preparar|realizar|crear)\s+(?:una|la)\s+presentación\b|\bpuesta\s+en\s+común|\bcompartir[aá]n\b|\bcompart\w+\s+con\s+(?:sus|tus|los)\s+compañeros|\bcoevalua\w+|\bcarta\s+(?:a|al|de\s+(?:inicio|despedida))\b|\bdestinatari\w+|\b(?:su|tu|la)\s+audiencia\b|\bpúblico\s+objetivo|\b(?:sus|tus|los)\s+(?:futuros\s+)?lectores\s+(?:de|del|que)`,
  ),

  // ───────────── Q5: purposeful contribution ─────────────
  r(5, 2, 'others,benefit', String.raw`\b(?:for|that|which)\s+others\s+(?:to\s+|will\s+|can\s+|could\s+|might\s+)?(?:use|learn|benefit|follow)|\bto\s+benefit\s+others\b|\bothers\s+will\s+(?:actually\s+)?use`),
  r(
    5,
    2,
    'real,community,service,nonprofit,nonprofits,non,local,client,clients,partner,partners',
    String.raw`\breal\s+(?:clients?|users?|organi[sz]ations?|partners?)\b|\breal\s+(?:needs?|problems?)\s+(?:in|of|for|facing)\s+(?:the|your|their|our|a|local)\s+(?:\w+\s+)?(?:community|communities|school|neighbou?rhood|people|users|organi[sz]ation|city|town)\b|\b(?:solv|address|tackl|meet)\w*\s+(?:a\s+)?real\s+(?:needs?|problems?)\b|\bcommunity\s+(?:partners?|needs?|problems?|organi[sz]ations?|agenc(?:y|ies))\b|\bservice[- ]learning\b|\bservice\s+(?:project|experience|site|hours)\b|\bservice\s+(?:they|you)\s+did\b|\bnon-?profits?\b|\blocal\s+(?:organi[sz]ations?|agenc(?:y|ies)|businesses|school\s+for|charit(?:y|ies)|food\s+bank|shelter|library)\b|\b(?:a|the|your)\s+client\b`,
  ),
  r(5, 2, 'wikipedia,openstreetmap,zooniverse,inaturalist,citizen,open,free', String.raw`\bwikipedia\s+(?:articles?|stubs?|entr(?:y|ies)|pages?)\b|\barticles?\s+(?:for|on)\s+wikipedia\b|\bcontribut\w*\s+(?:\w+\s+){0,4}(?:wikipedia|open[- ]source|free\s+software|openstreetmap|citizen\s+science|zooniverse|inaturalist)\b|\bcitizen\s+science\b`),
  r(
    5,
    2,
    'make,improve,solve,change,help,serve,address',
    String.raw`\bmake\s+a\s+(?:real\s+|positive\s+)?difference\b|\bimprove\s+the\s+quality\s+of\s+life\b|\bsolve\s+(?:a\s+)?(?:real\s+)?(?:problems?|needs?)\s+in\s+(?:your|their|the|our)\s+(?:community|school|neighbou?rhood)|\bchange\s+(?:your|their|our)\s+(?:world|community)\b|\b(?:help|serve|address)\w*\s+(?:the|a|an|our|your|their)\s+(?:local\s+)?(?:community|need|needs)\s+(?:of|in|for)\b`,
  ),
  r(5, 2, 'pull,contribution,contributions', String.raw`\bpull\s+requests?\b${G}\b(?:accept\w*|merg\w*|maintainers)|\bcontributions?\s+(?:to|for)\s+(?:an?\s+|the\s+)?(?:open[- ]source|existing\s+project|project\s+community|wikipedia)`),
  r(
    5,
    2,
    'aprendizaje,servicio,necesidad,necesidades,problema,problemas,comunidad,entidad,organizacion,asociacion,ong,ciudadano,software,contribucion',
    String.raw`\baprendizaje[- ](?:y\s+)?servicio|\bservicio\s+(?:a|para)\s+la\s+comunidad|\bnecesidad(?:es)?\s+real(?:es)?|\bproblemas?\s+real(?:es)?\s+(?:de|en)\s+(?:la|su|tu|nuestra)\s+comunidad|\b(?:entidad|organizaci[oó]n|asociaci[oó]n|ong)\s+(?:local|del\s+barrio|de\s+la\s+comunidad)|\bque\s+(?:otr[oa]s|otras\s+personas|la\s+comunidad|cualquier\s+(?:ciudadano|persona))\s+(?:puedan?|pueda)\s+(?:usar|consultar|utilizar)|\bcualquier\s+ciudadano|\bcontribu\w+\s+(?:a|en)\s+(?:wikipedia|un\s+proyecto\s+(?:de\s+software\s+libre|de\s+código\s+abierto|real))|\bsoftware\s+libre`,
  ),

  r(
    5,
    1,
    'propose,proposal,proposals,proposed,pitch,prototype,prototypes,real,world,psa,psas,public,tutorial,tutorials,campaign,resource,resources,solutions,design,internship,apply,business,app,tool,build,documentation,website,game,create,creating,develop,developing',
    String.raw`\b(?:write|submit|develop|create|draft|prepare|make|pitch|present)\w*\s+(?:a|an|your|their)\s+(?:\w+\s+)?proposals?\b|\bpropos(?:e|ing)\s+(?:a|an)\s+(?:\w+\s+)?(?:solution|plan|project|policy|change|design|law|bill)\b|\bpitch\b|\bprototyp\w*|\breal[- ]world\s+(?:problems?|products?|scenarios?|contexts?|applications?|clients?|tasks?|projects?|issues?|situations?)\b|\bpublic\s+service\s+announcements?|\bpsas?\b|\btutorials?\b(?!\s+(?:groups?|participation|sections?|sessions?|class(?:es)?|leaders?|attendance|rooms?|times?|hours?|weeks?)\b)|\bhow-to\b|\bcampaigns?\b|\bresources?\s+for\b|\b(?:possible\s+)?solutions?\s+(?:to|for)\b(?!\s+(?:[\w-]+\s+){0,3}(?:(?:problems?|exercises?|questions?)\b(?!\s+(?:of|in|facing|that)\b)|homework|worksheets?|labs?\b))|\bdesign\s+(?:a|an)\s+(?:\w+\s+)?(?:product|solution|app|tool|campaign|plan|prototype|game|website|service)\b|\binternship\b|\bapply\s+for\b|\bbusiness\s+plan\b|\bbuild\w*\s+(?:a|an)\s+(?:\w+\s+)?(?:website|app|tool|resource|game)\b|\b(?:creat|develop)\w*\s+(?:a|an)\s+(?:\w+\s+)?(?:website|app|tool|resource|game)(?:\s+or\s+\w+)?\s+(?:to|that|for)\s+(?:help|teach|support|inform|guide|show)|\btechnical\s+documentation\b|\bfor\s+(?:a\s+)?(?:real|future)\s+(?:employer|job|position)`,
  ),
  r(
    5,
    1,
    'propuesta,propuestas,proponer,propongan,prototipo,mundo,campana,disenar,disenen,producto,aplicacion,antologia,estrategias,solucion,soluciones,recurso,recursos',
    String.raw`\b(?:elabor|redact|present|hac|diseñ|escrib|plante)\w*\s+(?:una\s+|su\s+|sus\s+)?propuestas?\b|\bpropuestas?\s+de\s+(?:solución|mejora|intervención|proyecto)|\bpropon(?:er|gan|ga)\s+(?:una?\s+|sus\s+)?(?:soluci|estrategi|mejora|idea|plan|proyecto|cambio)|\bprototip\w+|\bmundo\s+real|\bcampañas?\b|\bdiseñ\w+\s+(?:un|una)\s+(?:juego|producto|aplicaci[oó]n|app|campaña|soluci[oó]n|recurso|herramienta)|\bproducto\s+final|\baplicaci[oó]n\s+web|\bantolog[ií]a|\bestrategias\s+para\s+(?:superar|resolver|mejorar)|\bsoluci[oó]n(?:es)?\s+(?:a|para)\b|\brecursos?\s+para\b`,
  ),

  r(
    5,
    1,
    'recommendation,recommendations,policy,memo,memos,memorandum,advertisement,advertisements,commercial,commercials,ad,ads',
    String.raw`\b(?:make|provid|offer|giv|writ|develop|prepar|present|draft)\w*\s+(?:\w+\s+){0,3}recommendations?\b|\bpolicy\s+(?:memos?|briefs?|recommendations?)\b|\bmemo(?:randum)?s?\s+(?:to|for|addressed\s+to)\b|\b(?:creat|design|mak|produc|writ|film|develop)\w*\s+(?:an?\s+|your\s+own\s+|their\s+own\s+)?(?:\w+\s+)?(?:advertisements?|commercials?|ads?|ad\s+campaigns?)\b`,
  ),
  r(5, 1, 'letter,letters', String.raw`\bletters?\s+to\s+(?:a|an|the|your|their)\s+(?:\w+\s+){0,2}(?:officials?|representatives?|senators?|mayor|council|editor|congress\w*|legislators?|governor|president|minister|principal|compan(?:y|ies)|school\s+board)\b`),
  r(5, 1, 'publicidad,anuncio,anuncios,recomendaciones', String.raw`\b(?:realic|hag|hac|cre|diseñ|elabor|redact|escrib|grab|produzc)\w*\s+(?:una?\s+|su\s+)?(?:\w+\s+)?(?:publicidad|anuncios?|spot\s+publicitario)\b|\b(?:elabor|redact|hag|hac|d|ofrec|present|escrib)\w*\s+(?:\w+\s+){0,2}recomendaciones\b`),

  // ───────────── Q6: "best in the world" examples ─────────────
  r(
    6,
    2,
    'model,models,exemplar,exemplars,mentor,following,follow',
    String.raw`\b(?:as|for)\s+(?:a\s+|an\s+)?(?:models?|exemplars?|mentor\s+texts?)\b|\bfollow\w*\s+the\s+(?:model|example)\s+of\b|\bmodel\s+(?:essays?|texts?|unessays?|projects?|answers?|papers?|posts?|articles?|psas?|blogs?|works?|speeches)\b|\bmentor\s+texts?\b`,
  ),
  r(
    6,
    2,
    'award,prize,pulitzer,fantastic,excellent,exemplary,outstanding,stunning,best,great,professional,published,real,strong,famous,winning',
    String.raw`\baward[- ]winning\b|\bprize[- ]winning\b|\bpulitzer\b|(?<!\b(?:seeing|see|produce|producing|create|creating|make|making|do|doing|turn\s+in|submit)\s+(?:some\s+|many\s+|more\s+|lots\s+of\s+|really\s+|very\s+)?)\b(?:fantastic|excellent|exemplary|outstanding|stunning|best|great|strong|professional|published|real|famous|winning)\s+(?:\w+\s+)?(?:examples?|samples|models?|unessays|student\s+work|projects|work\s+by)\b`,
  ),
  r(
    6,
    2,
    'several,many,professional,published,expert,real,award,famous,exemplary',
    String.raw`\b(?:show|study|watch|analy[sz]|examin|look\s+at|view|explor)\w*\s+(?:\w+\s+){0,2}(?:several|many|professional|published|expert|real|award[- ]winning|famous|exemplary)\s+(?:\w+\s+)?(?:psas?|examples?|models?|ads|advertisements|essays?|projects?|works?|blogs?|pieces|speeches|artworks?|infographics?|campaigns?)\b`,
  ),
  r(
    6,
    2,
    'student,students,sample,samples,examples,exemplars,papers,memos',
    String.raw`\b(?:student|past\s+student|previous\s+student|former\s+student)\s+(?:samples|examples|exemplars)\b|\bsamples?\s+["“'‘]?A["”'’]?\s+(?:\w+\s+)?(?:papers|essays|memos|projects|work|assignments|reports)\b|\b(?:examples|samples|exemplars)\s+of\s+(?:excellent|outstanding|exemplary|strong|past|previous|former|last\s+year['’]s)\s+(?:student\s+)?(?:work|papers|essays|projects|posts|reports)\b`,
  ),
  r(6, 2, 'professional,professionally', String.raw`\b(?:show|study|watch|view|analy[sz]|examin)\w*\s+(?:\w+\s+){0,2}professional(?:ly\s+(?:made|produced))?\s+(?:\w+\s+){0,5}(?:psa|psas|psa['’]s|examples?|models?|ads|commercials|videos|films|pieces|works?|projects)\b`),
  r(6, 2, 'obras,obra,trabajos,works,work', String.raw`\b(?:obras?|trabajos?)\s+(?:del?|de\s+la)\s+(?:\w+\s+)?(?:artista|pintor|pintora|escultor|escultora|fotógraf[oa]|ilustrador[a]?|muralista)\b|\bworks?\s+(?:of|by)\s+(?:the\s+)?(?:\w+\s+)?(?:artist|painter|sculptor|photographer|illustrator|muralist)\b`),
  r(6, 2, 'building,based,drawing,built', String.raw`\b(?:building|based|drawing|built)\s+(?:on|from|upon)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s\s+(?:example|model|work|tutorial|project|assignment)`),
  r(6, 2, 'links,link', String.raw`\blinks?\s+to\s+(?:\w+\s+)?(?:blogs|examples|projects|work|videos|sites)\s+(?:written|made|created|produced|published)\s+by\b`),
  r(
    6,
    2,
    'modelo,modelos,ejemplo,ejemplos,premiado,premiados,premiadas,galardonado,galardonados,trabajos,obras,proyectos',
    String.raw`\b(?:como|a\s+modo\s+de)\s+modelo\b|\bmodelos?\s+(?:a\s+seguir|de\s+(?:textos?|trabajos?|ensayos?|proyectos?))|\bejemplos?\s+(?:premiad|profesional|reales|destacad|excelent|de\s+expertos)\w*|\bpremiad[oa]s?\b|\bgalardonad[oa]s?\b|\b(?:trabajos|obras|proyectos)\s+(?:de|del?)\s+(?:expertos|profesionales|autores\s+reconocidos|otros\s+(?:estudiantes|alumnos)\s+de|estudiantes\s+de\s+otros)`,
  ),

  r(6, 1, 'example,examples,sample,samples,exemplar,exemplars', String.raw`(?<!\bfor\s)(?<!\bas\s+an\s)(?<!\b(?:give|giving|show|showing|find|finding|provide|providing|list|include|including|identify|cite|share|define\s+and\s+show)\s+(?:\w+\s+){0,2})(?<!\b(?:classic|typical|common|prime|simple|concrete|everyday|familiar|textbook|problem)\s)(?<!\b(?:create|make|design|write|prepare|build|develop)\s+(?:a|an|your|their)\s)\b(?:examples?|samples?|exemplars?)\b(?!\s*[,:]?\s*(?:e\.g|if|you|of\s+how\s+to))(?!\s+(?:\w+\s+)?(?:tasks?|assignments?|lessons?|units?|questions?|tests?|exams?|schedules?|syllab\w+|sizes?)\b)(?!\s+(?:\w+\s+)?(?:did|does|do)\s+the\s+(?:author|writer|speaker|text|article|reading)s?\b)(?!\s+(?:with|or\s+other)\s+(?:explanations?|evidence|analysis)\b)`),
  r(6, 1, 'rubric,rubrics', String.raw`\brubrics?\b`),
  r(6, 1, 'inspired,inspiration', String.raw`\binspired\s+by\s+(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:artworks?|artists?|works?|pieces?|authors?|writers?|poems?|paintings?|musicians?|songs?|films?)\b`),
  r(6, 1, 'watch,makes,quality,books,magazines,galleries,museums', String.raw`\bwatch\s+(?:this|these|the\s+following)\s+videos?\b|\bwhat\s+(?:makes|does)\s+(?:a\s+)?(?:good|great|strong|excellent|quality)\b|\bquality\s+work\b|\blook\s+(?:for\s+ideas\s+)?(?:in|at)\s+(?:\w+\s+){0,2}(?:books|magazines|galleries|museums)\b|\bfollow\s+this\s+up\s+with\s+watching`),
  r(6, 1, 'ejemplo,ejemplos,rubrica,rubricas,muestra', String.raw`(?<!\bpor\s)(?<!\b(?:compartan|comparte|compartir|den|da|dar|pongan|pon|poner|busquen|busca|buscar|escriban|escribe|citen|cita|mencionen|menciona|aporten|aporta|propongan|propón)\s+(?:\w+\s+){0,2})(?<!\bcomo\s)\bejemplos?\b(?!\s+de\s+uso\b)|\brúbricas?\b|\bmuestras?\s+de\s+trabajos?`),
];

/**
 * Every rule, both languages: a Spanish assignment quoting English instructions still reads. The
 * concept families come last, so a text's evidence lists the core rules' phrases first.
 */
export const RULES: readonly Rule[] = [...CORE, ...FAMILIES, ...FAMILIES_2, ...BROAD_CUES, ...FAMILIES_3];

/**
 * Phrases that cancel a match when they come just before it in the same clause. "Don't forget to"
 * and "no olviden" are reminders of something required, not negations.
 */
export const NEGATED_BEFORE =
  /(?:\b(?:(?:do\s+not|don't|never)(?!\s+forget\b)|does\s+not|doesn't|need\s+not|needn't|no\s+need\s+to|not\s+need\s+to|not\s+have\s+to|won't|will\s+not|should\s+not|shouldn't|cannot|can't|not\s+be|nor|instead\s+of|rather\s+than)\b|\bno\s+(?!(?:olvid|te\s+olvid|se\s+olvid|os\s+olvid|dej\w*\s+de))(?:\w+\s+)?$|(?:^|[\s(¡¿])(?:no(?!\s+(?:olvid|te\s+olvid|se\s+olvid|os\s+olvid|dej\w+\s+de))|nunca|ni|sin)\s)[^,;:()]{0,45}$/i;

/** A clause that says the work is optional: a match in it is at most partial. */
export const OPTIONAL_CLAUSE =
  /\b(?:optional(?:ly)?|if\s+(?:you|they)\s+(?:want|wish|like|prefer|choose|would\s+like)|feel\s+free|extra\s+credit|bonus|encourag\w*|recommend\w*|suggest\w*|consider|up\s+to\s+you|(?:you|they|students|we)\s+(?:may|might|could)|(?:i\s+am|i'm|we\s+are|we're)\s+(?:happy|glad|willing)\s+to|(?:can|may|could|might)\s+(?:also\s+)?be|not\s+(?:required|mandatory|obligatory)|(?:is|are)\s+welcome|(?:is|are)\s+free\s+to|ideally|if\s+(?:you\s+)?(?:have\s+)?time)\b|opcional|voluntari[oa]|si\s+(?:quieres|queréis|quieren|lo\s+deseas|lo\s+desean|lo\s+prefieres|prefieren|lo\s+prefieren|lo\s+desea)|\b(?:puedes|pueden|podéis|podrán|podrás|podrían|podemos|podríamos)\b|\bse\s+pueden?\b|no\s+(?:es|son)\s+obligatori|se\s+recomienda|recomendable|se\s+sugiere/i;

/** Strong "this part is optional" markers that also cover the lines right after them. */
export const OPTIONAL_SECTION = /\b(?:optional|extra\s+credit|bonus|extra\s+effort|(?:one|any)\s+of\s+the\s+following)\b|opcional|no\s+son\s+obligatori|(?:una|alguna)\s+de\s+las\s+siguientes/i;

/** Right after a match: "publishing is not required" reads as optional. */
export const SOFTENED_AFTER = /^[^.;,\n]{0,25}\b(?:is|are|will\s+be|isn't|aren't)\s+(?:not\s+)?(?:optional|not\s+required|not\s+mandatory|encouraged)|^[^.;\n]{0,40}\b(?:unlisted|private|not\s+public|password[- ]protected)\b|^[^.;\n]{0,40}(?:no\s+listado|privad[oa])|^[^.;,\n]{0,25}\bno\s+(?:es|son)\s+(?:necesari|obligatori)/i;

/** Right after a match: "publishing is not needed" / "no será publicado" cancels it. */
export const NEGATED_AFTER = /^[^.;,\n]{0,20}\b(?:is|are)\s+not\s+(?:needed|necessary|allowed|permitted)\b/i;
