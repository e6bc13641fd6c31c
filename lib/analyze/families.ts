/**
 * Concept families (analysis 1.3.0, widened in 1.4.0 from the misses of sets 5 and 6): for each idea of the reading standard
 * (shared/research/six-questions-rubric.md) that teachers put in words the core rules do not
 * know, a family of wordings written from the standard and from how assignments are usually
 * phrased: verb and noun forms, "students will…" / "you will…" / imperatives, lesson-plan voice,
 * English and Spanish. A family names the concept it stands for; none is a phrase copied from
 * one text. Negation ("you do not need to…") and optional wording ("if you want…") apply to
 * them as to every rule (engine.ts).
 *
 * Like the core rules, patterns stay inside one clause and use bounded gaps only.
 */
import { G, gap, r, type Rule } from './pattern.ts';

/** Up to three words. */
const W3 = String.raw`(?:\w+\s+){0,3}`;
/** Up to two words. */
const W2 = String.raw`(?:\w+\s+){0,2}`;

/** The concept families, appended to the core rules in rules.ts (RULES). */
export const FAMILIES: readonly Rule[] = [
  // ───────────── Q1 partial: students gather information themselves (research, not yet judged) ─────────────
  // "Research the causes…", "students will research…", "a well-researched essay", "your research".
  r(
    1,
    1,
    'research,researched',
    String.raw`\b(?:well|thoroughly|carefully|properly|fully)[- ]researched\b|\b(?:will|must|should|shall|then|first|also|students|you|they|groups?|pairs?|(?:need|have|want|going|asked|expected|required|able|time|how)\s+to)\s+research\b(?!\s+questions?\b)|(?:^\s*[-*•\d.)\s]*|[,:]\s*|\b(?:and|to)\s+)research(?:ing)?\s+(?:how|what|why|who|when|where|which|ideas|information|facts|examples|the|a|an|one|two|three|various|different|several|each|your|their)\b`,
  ),
  // "Find information about…", "gather facts on…", "look for information online".
  r(
    1,
    1,
    'information,facts,background',
    String.raw`\b(?:find|finding|gather|gathering|collect|collecting|search\s+for|searching\s+for|look\s+for|looking\s+for|locate|compile|obtain)\s+(?:some\s+|more\s+|additional\s+|relevant\s+|background\s+|basic\s+|key\s+|accurate\s+|up-to-date\s+)?(?:information|facts|background)\s+(?:about|on|regarding|concerning|for|from|online)\b`,
  ),
  // The web as the place to look: "use the Internet to…", "search engines", "library databases".
  r(
    1,
    1,
    'internet,web,engines,engine,databases,database,online,scholar,jstor,ebsco,proquest',
    String.raw`\b(?:use|using)\s+(?:the\s+)?(?:internet|web|world\s+wide\s+web)\s+to\s+(?:find|research|search|look|locate|gather|learn|discover|collect)\b|\b(?:use|using|through|via|from)\s+(?:the\s+)?online\s+(?:sources|resources|databases|encyclopedias?)\b|\bsearch\s+engines?\b|\b(?:library|online|research|academic|scholarly)\s+databases?\b|\bgoogle\s+scholar\b|\b(?:jstor|ebsco\w*|proquest)\b|\b(?:internet|online|web)\s+(?:sources|resources|search(?:es|ing)?)\b`,
  ),
  r(
    1,
    1,
    'informacion,informaciones,datos,indagar,indaguen,indaga,indagacion,documentarse,documentense,documentandose,informarse,informense,informandose,consultar,consulten,consulta,consulte',
    String.raw`\b(?:busc|busqu|recab|recopil|obten|obteng|consig|reún|reun)\w*\s+${W2}(?:información|datos\s+(?:sobre|acerca|de\s+interés)|informaciones)\b|\bindag\w+|\bdocument(?:arse|ándose|ense|arte)\b|\binform(?:arse|ándose|ense|arte)\s+(?:sobre|acerca)\b|\bconsult\w*\s+${W3}(?:fuentes|páginas|sitios|internet|la\s+web|enciclopedias?|bibliograf\w+|libros|revistas|bases\s+de\s+datos|artículos|diarios|periódicos)\b`,
  ),
  r(1, 1, 'investigacion', String.raw`\b(?:trabajos?|proyectos?|informes?)\s+de\s+investigación\b|\binvestigación\s+(?:previa|inicial|sobre|acerca)\b`),

  // A list of sites to use, or a rule about which sources are acceptable: generic guidance.
  r(
    1,
    1,
    'websites,website,sites,links,wikipedia,secondary',
    String.raw`\b(?:use|visit|go\s+to|explore|check\s+out|consult|browse)\s+(?:the\s+|these\s+)?(?:following|listed|suggested|linked)\s+(?:websites|web\s*sites|sites|links|online\s+resources)\b|\b(?:the\s+)?(?:websites|web\s*sites|sites|links)\s+(?:below|listed\s+below|provided|on\s+the\s+(?:class|course)\s+(?:page|website))\b|\b(?:do\s+not|don't|cannot|can't|may\s+not|should\s+not)\s+(?:use|cite)\s+wikipedia\b|\b(?:wikipedia|blogs?|social\s+media)\s+(?:is|are)\s+not\s+(?:an?\s+)?(?:acceptable|reliable|credible|allowed|permitted|valid|scholarly)\b|\b(?:find|locate|use|include|gather|consult)\w*\s+${W3}(?:primary\s+and\s+secondary|secondary)\s+sources\b`,
  ),
  r(1, 1, 'siguientes', String.raw`\b(?:visit|consult|revis|explor|naveg)\w*\s+(?:\w+\s+){0,2}(?:siguientes|estas|estos)\s+(?:páginas|sitios|enlaces|links|webs|direcciones)\b`),

  // ───────────── Q1 evident: judging the sources one finds ─────────────
  // "Evaluate the websites you use", "assess each source", "judge the search results".
  r(
    1,
    2,
    'evaluate,evaluating,evaluation,assess,assessing,judge,judging,critique,critiquing,vet,vetting,scrutinize,scrutinise,examine,examining,question,questioning',
    String.raw`\b(?:evaluat|assess|judg|critiqu|vet|scrutini[sz]|examin|question)\w*\s+${W3}(?:websites?|web\s+(?:sites?|pages?|sources)|online\s+(?:sources?|information|articles?|content)|internet\s+sources?|search\s+results|sources?\s+(?:you|they)\s+(?:find|found|use|used|locate|select|chose|choose)|(?:your|their)\s+sources|(?:each|every)\s+source)\b|\bevaluation\s+of\s+${W2}(?:websites?|online\s+sources?|internet\s+sources?|(?:your|their)\s+sources)\b`,
  ),
  // Checking a claim against other sources: corroborate, cross-check, triangulate.
  r(
    1,
    2,
    'corroborate,corroborating,corroboration,cross,triangulate,triangulating,verify,verifying,confirm',
    String.raw`\b(?:corroborat|triangulat)\w*|\bcross[- ]?(?:check|referenc|verif)\w*|\b(?:verify|verifying|confirm|confirming|check|checking)\s+${W3}(?:information|facts|claims?|details)\s+${gap(30)}(?:against|with|in|using)\s+${W2}(?:other|another|multiple|several|different|two|second|independent|reliable)\s+(?:\w+\s+)?(?:sources?|websites?|sites)\b`,
  ),
  // Who made it and why: authority, purpose, currency of a page.
  r(
    1,
    2,
    'wrote,published,sponsors,sponsored,funds,funded,owns,author,authors,authority,purpose,credentials,publisher,creator',
    String.raw`\bwho\s+(?:wrote|created|published|made|sponsors|sponsored|funds|funded|owns|is\s+the\s+author\s+of)\s+(?:(?:it|this)\b(?!\s+\w+)|(?:it|this|the|each|a|that)\s+(?:\w+\s+)?(?:site|website|page|web\s+page|article|source|post|video|information)\b)|\b(?:author|authors|creator|publisher)['’]?s?\s+(?:credentials|expertise|qualifications|authority|bias|purpose|agenda)\b|\b(?:authority|purpose|currency|accuracy|relevance|objectivity|credentials)\s+of\s+(?:the|each|a|your|every)\s+(?:\w+\s+)?(?:sources?|websites?|sites?|pages?|articles?|information)\b`,
  ),
  // Setting sources side by side: "compare two news articles", "compare the information in several sources".
  r(
    1,
    2,
    'compare,comparing,comparison,contrast,contrasting',
    String.raw`\b(?:compar|contrast)\w*\s+${W3}(?:sources|articles|websites|news\s+(?:stories|reports|outlets|sites)|newspapers|headlines|versions\s+of)\b|\b(?:compar|contrast)\w*\s+(?:the\s+)?information\s+(?:from|in|across|between)\s+${W2}(?:sources|websites|sites|articles)\b`,
  ),
  // Search design in words: search terms, keyword searches, Boolean logic, domain filters.
  r(
    1,
    2,
    'search,keyword,keywords,boolean,filetype,inurl,intitle',
    String.raw`\bsearch\s+(?:terms|strateg(?:y|ies)|strings?|quer(?:y|ies)|techniques|skills)\b|\bkeyword\s+search\w*|\bboolean\s+(?:search\w*|logic|terms)\b|\b(?:filetype|inurl|intitle):`,
  ),
  r(
    1,
    2,
    'fuentes,paginas,sitios,resultados,informacion,noticias,versiones,medios,quien',
    String.raw`\b(?:evalu|evalú|valor|juzg|analiz|analic)\w*\s+${W2}(?:las\s+|sus\s+|cada\s+|los\s+)?(?:fuentes|páginas\s+web|sitios\s+web|sitios|páginas\s+(?:que|consultadas|encontradas)|resultados\s+de\s+(?:la\s+)?búsqueda)\b|\b(?:contrast|verific|verifiqu|corrobor|compar)\w*\s+(?:la\s+|esa\s+|dicha\s+)?información\s+${gap(30)}(?:con|en)\s+(?:\w+\s+)?(?:otras|distintas|diferentes|varias|dos|más\s+de\s+una)\s+fuentes|\b(?:contrast|compar)\w*\s+(?:\w+\s+)?(?:distintas|diferentes|varias|dos|tres|otras)\s+(?:fuentes|noticias|versiones|páginas|medios)\b|\bquién\s+(?:escribió|publicó|creó|firma|financia)\s+(?:la|el|esta|este|cada)\s+(?:\w+\s+)?(?:página|sitio|artículo|noticia|fuente|información|video|vídeo)`,
  ),
  // What several sources say about one subject, where they agree and differ.
  r(
    1,
    2,
    'say,said,same,dicen,mismo,misma,coincidencias',
    String.raw`\b(?:what|how)\s+(?:different|various|several|multiple|other|two|both)\s+(?:\w+\s+)?(?:sources|authors|websites|newspapers|articles|historians|accounts|outlets)\s+(?:say|said|report|describe|present|tell|claim)\b|\bsame\s+(?:topic|event|issue|story|subject|news)\b${G}\b(?:sources|articles|newspapers|websites|outlets)\b|\b(?:sources|articles|newspapers|websites|outlets)\b${G}\bsame\s+(?:topic|event|issue|story|subject|news)\b|\blo\s+que\s+dicen\s+(?:unas\s+y\s+otras|unos\s+y\s+otros|distint[oa]s|diferentes|vari[oa]s|otr[oa]s|ambas|ambos)\b|\b(?:un|el|una|la)\s+mism[oa]\s+(?:tema|hecho|acontecimiento|suceso|noticia)\b${G}(?:fuentes|medios|diarios|periódicos|autores)|(?:fuentes|medios|diarios|periódicos|autores)${G}(?:un|el|una|la)\s+mism[oa]\s+(?:tema|hecho|acontecimiento|suceso|noticia)\b|\bcoincidencias\s+y\s+(?:divergencias|diferencias)\b`,
  ),
  r(1, 2, 'palabras,busqueda,buscar', String.raw`\b(?:busc|búsqueda)\w*${G}\bpalabras\s+clave|\bpalabras\s+clave${G}\b(?:busc|búsqueda)\w*|\bestrategias?\s+de\s+búsqueda|\btérminos\s+de\s+búsqueda`),

  // ───────────── Q2 evident: students' own questions and lines of inquiry ─────────────
  // Know / want-to-know charts, "what do you want to find out", "I wonder".
  r(
    2,
    2,
    'kwl,ntk,need,wonder,want,wish,curious',
    String.raw`\bK-?W-?L\b|\bK\s*\/\s*NTK\b|\bneed-to-know\b|\bknow\s*\/\s*need\s+to\s+know\b|\bwhat\s+(?:do|would|did)\s+(?:you|they|students)\s+(?:want|like|wish|need)\s+to\s+(?:know|learn|find\s+out|explore|investigate|discover)\b|\b(?:I|you|they|students|we)\s+wonder\b|\bwhat\s+(?:you|they|students)\s+(?:are|were)\s+curious\s+about\b`,
  ),
  // A thesis, claim or question of the student's own making.
  r(
    2,
    2,
    'thesis,claim,original,arguable,debatable,inquiry,focus,focusing,driving',
    String.raw`\b(?:develop|formulat|craft|construct|come\s+up\s+with|generat|fram)\w*\s+(?:a|an|your|their)\s+(?:own\s+)?(?:original\s+|clear\s+|strong\s+|arguable\s+|debatable\s+|focused\s+|specific\s+)?(?:thesis|claim|research\s+question|inquiry\s+question|focus(?:ing)?\s+question|driving\s+question|question\s+(?:to|that|about))\b|\b(?:original|arguable|debatable)\s+(?:thesis|claim|argument)\b`,
  ),
  r(2, 2, 'freedom,latitude,rein', String.raw`\b(?:freedom|latitude|free\s+rein)\s+(?:to|in)\s+(?:choos|select|pick|decid|explor|pursu|defin|determin)\w*|\b(?:almost|nearly|complete|total|a\s+lot\s+of|great|much)\s+(?:limitless\s+)?freedom\b`),
  r(
    2,
    2,
    'quieren,queremos,quieres,quisieran,quisieras,necesitan,necesitamos,necesitas,preguntas',
    String.raw`\bqu[eé]\s+(?:quieren|queremos|quieres|quisieran|quisieras|necesitan|necesitamos|necesitas)\s+(?:saber|investigar|averiguar|descubrir|aprender|conocer)\b|\blo\s+que\s+(?:quieren|queremos|quieres|necesitan|necesitamos)\s+(?:saber|investigar|averiguar|descubrir|aprender)\b|\bpreguntas\s+(?:que|sobre\s+lo\s+que)\s+(?:les|te|nos)\s+(?:interes|inquiet|gustar|surj)\w*`,
  ),

  r(
    2,
    2,
    'genius,passion,wonder,search,isearch,questions,preguntas',
    String.raw`\bgenius\s+hour\b|\bpassion\s+projects?\b|\bwonder\s+(?:day|wall|journal|week)\b|\bI-?search\b|\bwhat\s+questions\s+(?:do|does|did)\s+(?:you|they|students)\s+(?:still\s+)?have\b|\bqu[eé]\s+preguntas\s+(?:te|les|os|nos)\s+(?:surgen|quedan|gustaría|hac\w+)|\bpreguntas\s+(?:propias|que\s+(?:ellos|ellas|los\s+alumnos|los\s+estudiantes)\s+(?:formulen|planteen|elaboren|tengan))\b`,
  ),

  // ───────────── 1.4.0 (written from set 5's misses and the earlier sets) ─────────────
  // Q1 partial: questioning how a given text was made — whom it was written for, what its author
  // wants or assumes. Not yet judging sources found on the web, but the same habit.
  r(
    1,
    1,
    'audience,author,authors,writer,creator,proposito,intencion,publico,dirigido,dirigida',
    String.raw`\bwho\s+(?:is|was|are|were)\s+the\s+(?:target|intended|implied)\s+audience\b|\bwhat\s+(?:does|did|do)\s+the\s+(?:author|writer|creator)s?(?:\(s\))?\s+(?:think|assume|want|believe|expect|hope)\b|\b(?:author|writer|creator)(?:\(s\))?['’]?s?\s+(?:purpose|intended\s+audience|target\s+audience|point\s+of\s+view|bias|agenda|assumptions?|motives?|intentions?)\b|\bpropósito\s+del?\s+(?:autor|autora|texto|artículo)\b|\bintención\s+del?\s+(?:autor|autora|texto)\b|\bpúblico\s+(?:objetivo|destinatario)\s+del?\s+(?:texto|artículo|autor|autora)\b|\ba\s+quién\s+(?:va|está)\s+dirigid[oa]\s+(?:el|la|este|esta)\s+(?:texto|artículo|noticia|fuente)\b`,
  ),
  // Q1 partial: a literature review — reading what has been written on a subject, a bibliography
  // requirement in the academic register.
  r(1, 1, 'literature,review,revision,estado,state,marco', String.raw`\bliterature\s+reviews?\b|\breview\s+of\s+(?:the\s+)?(?:related\s+|relevant\s+|existing\s+)?literature\b|\brevisi[oó]n\s+(?:de\s+(?:la\s+)?)?(?:literatura|bibliograf[ií]a|bibliogr[aá]fica)\b|\bestado\s+del\s+arte\b|\bstate\s+of\s+the\s+art\s+(?:review|section)\b|\bmarco\s+te[oó]rico\b`),

  // Q1 evident: search technique named as a skill to use — "internet research techniques",
  // locating authoritative information.
  r(1, 2, 'internet,online,web,authoritative,credible,trustworthy', String.raw`\b(?:internet|online|web)\s+research\s+(?:techniques|skills|strategies|methods)\b|\b(?:locate|find|identify|select|choose)\w*\s+(?:\w+\s+){0,2}(?:authoritative|credible|trustworthy)\s+(?:and\s+\w+\s+)?(?:information|sources|websites|sites)\b`),
  // Q1 partial: research the student has done, referred to afterwards ("how thoroughly you researched").
  r(1, 1, 'researched,research', String.raw`\b(?:you|they|students)\s+(?:have\s+)?researched\b|\b(?:during|in|from|through)\s+(?:your|their)\s+research\b(?!\s+questions?)`),

  // Q2 evident: the student's own questions in the first person — a standing "what I want to know"
  // section, "questions I still have", "me pregunto".
  r(
    2,
    2,
    'want,would,wish,need,questions,quiero,quisiera,gustaria,necesito,pregunto',
    String.raw`\b(?:things|questions|topics|what)\s+I\s+(?:still\s+)?(?:want|would\s+like|wish|need)\s+to\s+(?:know|learn|find\s+out|explore|understand|investigate)\b|\bquestions\s+I\s+(?:still\s+)?have\b|\b(?:cosas|preguntas|temas|aspectos|lo)\s+(?:de\s+(?:las|los|lo)\s+|sobre\s+(?:las|los|lo)\s+)?que\s+(?:quiero|quisiera|me\s+gustaría|necesito)\s+(?:saber|aprender|investigar|averiguar|conocer|entender)\b|\bme\s+pregunto\b`,
  ),
  // Q2: the student's interests as the source of the topic — evident when they define the
  // topic, project or research; partial otherwise.
  r(
    2,
    2,
    'interests,intereses,passions,pasiones',
    String.raw`\b(?:topics?|themes?|projects?|research|questions?|choice|inquiry|temas?|temática|proyectos?|investigación|preguntas?|elección)\b${G}\b(?:your|their|tus|sus)\s+(?:own\s+|propios\s+)?(?:personal\s+)?(?:interests|intereses|passions|pasiones)\b`,
  ),
  r(2, 1, 'interests,intereses,passions,pasiones', String.raw`\b(?:your|their|tus|sus)\s+(?:own\s+|propios\s+)?(?:personal\s+)?(?:interests|intereses|passions|pasiones)\b`),
  // Q2 evident: a problem or research question the student chose, identified or defined.
  r(
    2,
    2,
    'problema,pregunta,problematica,chosen,selected,own,problem,issue,question',
    String.raw`\b(?:problema|pregunta|problemática)\s+(?:de\s+investigación\s+)?(?:escogid|elegid|seleccionad|identificad|definid)[oa]s?\b|\b(?:the|your|their)\s+(?:chosen|selected|own)\s+(?:problem|research\s+question)\b|\b(?:problem|research\s+question)\s+(?:that\s+)?(?:you|they|your\s+(?:group|team))\s+(?:have\s+)?(?:chose|chosen|selected|identified|defined|picked)\b`,
  ),
  // Q2 evident: a question of the student's own curiosity — something that always intrigued them,
  // "plantearse una cuestión".
  r(
    2,
    2,
    'cuestion,pregunta,algo,tema,misterio,enigma,aspecto,curiosidad,plantearse,planteen,plantea,plantear,planteaos,question,something,topic,mystery,puzzle,issue',
    String.raw`\b(?:cuestión|pregunta|algo|tema|misterio|enigma|aspecto|curiosidad)\s+que\s+(?:siempre\s+)?(?:les|le|te|os)\s+(?:había\s+|hubiera\s+|haya\s+|ha\s+)?(?:intrigad\w*|intrig\w+|llam\w+\s+la\s+atención|causad\w*\s+curiosidad|despert\w+\s+(?:la\s+)?curiosidad|gener\w+\s+curiosidad)|\bplante\w*\s+(?:una|su|sus|vuestra|tu)\s+(?:propia\s+|propias\s+)?(?:cuestión|cuestiones|pregunta|preguntas)\b|\b(?:a\s+question|something|a\s+topic|a\s+mystery|a\s+puzzle|an\s+issue)\s+(?:that\s+)?(?:has\s+)?(?:always\s+)?(?:intrigued|puzzled|fascinated|made\s+(?:you|them)\s+curious|sparked\s+(?:your|their)\s+curiosity)\b`,
  ),
  // Q2 partial: a topic or issue of the student's choosing, one they care about.
  r(
    2,
    1,
    'tema,asunto,issue,cause,topic,subject,concern,something,problema,causa,cuestion,problematica,pick,choose,select',
    String.raw`\b(?:tema|asunto|temática)\s+(?:escogid|elegid|seleccionad)[oa]\b|\b(?:an?|the|some)\s+(?:issue|cause|problem|topic|subject|question|concern)\s+(?:that\s+)?(?:you|they|students)\s+(?:feel|care|think|believe|want\s+to|would\s+like\s+to|are\s+(?:passionate|concerned|curious|interested))\b|\bsomething\s+(?:that\s+)?(?:you|they)\s+(?:care|feel\s+strongly|are\s+passionate|are\s+curious)\s+about\b|\b(?:un|una|algún|alguna)\s+(?:tema|problema|asunto|causa|cuestión|problemática)\s+que\s+(?:te|les|le|os)\s+(?:importe|preocupe|interese|apasione|inquiete|parezca\s+importante)\b`,
  ),
  // Q2 partial: an open question on what one would do or advise — several defensible answers.
  r(
    2,
    1,
    'advice,recommendation,recommendations,suggestions,would,consejo,consejos,recomendacion,recomendaciones,sugerencias,harias,haria,harian,hariais,resolverias,solucionarias,resolverian,solucionarian',
    String.raw`\bwhat\s+(?:advice|recommendations?|suggestions?)\s+would\s+(?:you|they)\s+(?:give|offer|make)\b|\bwhat\s+would\s+(?:you|they)\s+do\s+(?:if|in|to|about)\b|\bhow\s+would\s+(?:you|they)\s+(?:solve|handle|respond\s+to|deal\s+with|approach|fix)\b|\bqu[eé]\s+(?:consejos?|recomendaci(?:ón|ones)|sugerencias?)\s+(?:le\s+|les\s+|te\s+)?(?:darías|daría|darían|daríais)\b|\bqu[eé]\s+(?:harías|haría|harían|haríais)\s+(?:tú\s+|usted\s+|ustedes\s+)?(?:si|en|para|ante)\b|\bc[oó]mo\s+(?:resolverías|solucionarías|resolverían|solucionarían)\b`,
  ),
  // Q2 partial: the student's own opinion asked for; an idea of their own to help or improve something.
  r(
    2,
    1,
    'opinion,opinions,op,think,come,invent,design,devise,piensa,piensen,pensar,inventa,inventen,idea,disena,disenen,crea,creen',
    String.raw`\b(?:state|give|express|share|write|offer|present|form)\w*\s+(?:your|their|an?|his|her)\s+(?:own\s+)?(?:personal\s+)?opinions?\b|\bopinion\s+(?:statements?|essays?|pieces?|paragraphs?|columns?|writing)\b|\bop-?eds?\b|\b(?:think\s+of|come\s+up\s+with|invent|design|devise)\s+(?:something|a\s+way|a\s+plan|an\s+idea)\s+(?:that|to|which)\s+(?:will\s+|would\s+|could\s+|can\s+)?(?:either\s+)?(?:help|improve|solve|make|change|reduce)\b|\b(?:piens|pens|invent|ide|diseñ|cre)\w*\s+(?:algo|una\s+(?:forma|manera|idea|propuesta))\s+(?:que|para)\s+(?:ayude|mejore|resuelva|ayudar|mejorar|resolver|cambiar|reducir)\b`,
  ),
  // Q2 partial: a research plan or science-fair project — students design an investigation.
  r(2, 1, 'research,plan,science,fair,feria,independent,individual,proyecto', String.raw`\bresearch\s+plans?\b|\bplan\s+de\s+investigación\b|\b(?:science|research)\s+fair\s+projects?\b|\bproyectos?\s+(?:para\s+la\s+|de\s+la\s+)?feria\s+de\s+ciencias\b|\b(?:independent|individual)\s+(?:research|inquiry|investigation)\s+projects?\b|\bproyecto\s+de\s+investigación\s+(?:propio|individual|personal)\b`),

  // ───────────── Q2 partial: a free choice, an open or debatable prompt ─────────────
  // "Free topic", "the topic is up to you", "any subject that…".
  r(
    2,
    1,
    'free,open,topic,subject,libre,eleccion,quieran,quieras,elijan,elijas,prefieran,prefieras',
    String.raw`\b(?:free|open)\s+(?:topic|subject|theme|choice)\b|\b(?:topic|subject|theme|choice)\s+(?:is|are)\s+(?:up\s+to\s+you|open|free|yours)\b|\b(?:tema|temática)\s+(?:es\s+)?libre\b|\blibre\s+elección\b|\b(?:tema|temática|asunto)\s+(?:que\s+(?:quieran|quieras|elijan|elijas|prefieran|prefieras|les\s+interese|te\s+interese)|a\s+(?:su|tu)\s+elección)|\b(?:investigación|trabajo|tema)\s*[|:–-]?\s*libre\b`,
  ),
  // Open-ended prompts: no single right answer; agree or disagree; take a position.
  r(
    2,
    1,
    'open,answer,answers,agree,disagree,position,stand,stance,side,argument,pros,favor,favour,against,acuerdo,tomen,tomar,adopten,adoptar,asuman,asumir,defiendan,defender,abiertas,abierta,correctas,correcta,unica,unicas',
    String.raw`\bopen[- ]ended\b|\bno\s+(?:single\s+)?(?:right|correct|wrong)\s+(?:or\s+wrong\s+)?answers?\b|\bmore\s+than\s+one\s+(?:right|correct|possible)\s+answer\b|\b(?:do\s+you|whether\s+you|whether\s+they)\s+agree\b|\bagree\s+or\s+disagree\b|\btake\s+(?:a|your|their)\s+(?:position|stand|stance|side)\b|\bmake\s+(?:an|your|their)\s+(?:own\s+)?argument\b|\bpros\s+and\s+cons\b|\b(?:for|in\s+favou?r)\s+or\s+against\b|\ba\s+favor\s+o\s+en\s+contra\b|\b(?:est[aá]s|están|estás)\s+de\s+acuerdo\b|\b(?:tom|adopt|asum|defend)\w*\s+(?:una|su|tu)\s+(?:postura|posición)\b|\bpreguntas?\s+abiertas?\b|\bno\s+hay\s+(?:una\s+)?respuestas?\s+(?:correctas?|únicas?)`,
  ),
  // Students proposing ways, ideas or improvements of their own.
  r(
    2,
    1,
    'ways,strategies,ideas,solutions,improvements,alternatives,extensions,changes,might,could',
    String.raw`\b(?:propos|suggest|brainstorm|imagin|come\s+up\s+with|think\s+of)\w*\s+${W2}(?:ways|strategies|ideas|solutions|improvements|alternatives|extensions|changes)\s+(?:to|for|that|of|which)\b|\bhow\s+(?:might|could|would|can)\s+(?:we|you)\s+(?:improve|change|solve|redesign|make)\b`,
  ),
  r(
    2,
    1,
    'estrategias,ideas,soluciones,alternativas,mejoras,formas,maneras,cambios,idea,reflexionen,reflexionar,reflexiona,reflexionemos',
    String.raw`\b(?:propon|propong|sugier|suger|imagin|plante|piens|pens)\w*\s+${W2}(?:estrategias|ideas|soluciones|alternativas|mejoras|formas|maneras|cambios)\s+(?:para|de|que)\b|\b(?:una|su|tu)\s+idea\s+(?:de|para)\s+(?:un|una)\s+(?:servicio|producto|negocio|emprendimiento|proyecto|bien|empresa)\b|\breflexion\w*\s+sobre\s+(?:su|tu|sus|tus)\s+(?:propi[oa]s?\s+)?(?:identidad|vida|experiencias?|opini[oó]n|valores|intereses)\b`,
  ),
  // The class deciding together; questions left open for students to take up.
  r(2, 1, 'vote,voting,votacion,votar,voten,unanswered,remaining,lingering,inquietudes,preocupaciones', String.raw`\b(?:class|student|students['’]?)\s+vot(?:e|es|ing)\b|\bvot(?:e|ing)\s+on\s+(?:the|a|which|what)\b|\bvotaci[oó]n\b|\bvot(?:ar|en|amos)\s+(?:el|la|los|las|qu[eé]|cu[aá]l)\b|\b(?:unanswered|remaining|lingering|open)\s+questions\b|\b(?:sus|tus|vuestras)\s+(?:propias\s+)?(?:inquietudes|intereses|preocupaciones|curiosidades)\b`),
  r(2, 1, 'explore,exploring,explores', String.raw`\bexplor\w*\s+${W2}(?:topics?|questions?|issues?|ideas|themes?|interests?)\b`),

  // One open question set by the teacher: PBL's driving question, a unit's essential question.
  r(2, 1, 'driving,essential,guiding,pregunta,preguntas', String.raw`\b(?:driving|essential|guiding|big)\s+questions?\b|\bpreguntas?\s+(?:esencial(?:es)?|generadoras?|guía|problematizadoras?|detonadoras?|orientadoras?)\b`),

  // ───────────── Q3 evident: looking back on one's own process ─────────────
  // Metacognitive prompts: what went well, what was hard, what would you do differently.
  r(
    3,
    2,
    'went,well,difficult,challenging,surprising,differently,challenges,difficulties,obstacles,surprised,challenged,looking,lessons,improve',
    String.raw`\bwhat\s+(?:went|worked)\s+(?:well|wrong)\b|\bwhat\s+(?:was|were)\s+(?:the\s+)?(?:most\s+)?(?:difficult|challenging|hard|easy|surprising|interesting)\b${G}\b(?:you|your|for\s+you)\b|\bwhat\s+(?:would|could|will)\s+(?:you|they)\s+(?:do|change|improve)\s+(?:differently|next\s+time)\b|\b(?:challenges|difficulties|obstacles|problems)\s+(?:you|they)\s+(?:faced|encountered|met|overcame|had)\b|\bwhat\s+(?:surprised|challenged)\s+(?:you|them)\b|\blooking\s+back\b|\blessons\s+(?:you\s+)?learned\b|\bhow\s+(?:you|they)\s+(?:could|would|might)\s+improve\b`,
  ),
  // Judging one's own experiment or method: sources of error, limitations, improvements.
  r(
    3,
    2,
    'sources,error,errors,limitations,improvements,improve,fuentes,limitaciones,mejoras',
    String.raw`\bsources?\s+of\s+(?:error|uncertainty)\b|\b(?:limitations|weaknesses)\s+of\s+(?:your|their|the|this)\s+(?:own\s+)?(?:experiment|investigation|method|methodology|study|design|procedure|data|results|project)\b|\b(?:suggest|propose|identify|describe|list)\w*\s+(?:\w+\s+)?improvements\b|\bhow\s+(?:could|would|can|might)\s+(?:you|they|the\s+(?:experiment|investigation|procedure|design))\s+(?:be\s+)?improv\w*|\bfuentes\s+de\s+error\b|\blimitaciones\s+(?:del|de\s+(?:su|tu|la|el))\s+(?:propi[oa]\s+)?(?:experimento|estudio|método|investigación|trabajo|diseño)\b|\b(?:propon|propong|suger|sugier|identifi|indiqu|indic)\w*\s+(?:\w+\s+)?mejoras\s+(?:para|al|a\s+(?:su|tu|el|la))\b`,
  ),
  // Self-assessment in other words: rate or grade your own work, check it against the criteria.
  r(
    3,
    2,
    'rubric,criteria,checklist,rate,grade,score',
    String.raw`\b(?:rate|grade|score|mark)\s+(?:yourself|themselves|your\s+own|their\s+own)\b|\b(?:check|review|evaluate|assess|compare)\s+(?:your|their)\s+(?:own\s+)?(?:work|draft|project|essay|writing|product)\s+(?:against|with|using)\s+(?:the\s+)?(?:rubric|criteria|checklist|success\s+criteria)\b|\buse\s+the\s+(?:rubric|checklist|criteria)\s+to\s+(?:check|evaluate|assess|review|score|grade)\s+(?:your|their)\b`,
  ),
  // Documenting one's own process as one goes.
  r(3, 2, 'document,record,track,progress,process', String.raw`\b(?:document|record|track|log)\w*\s+(?:your|their)\s+(?:own\s+)?(?:process|progress|thinking|steps|decisions|learning\s+process)\b|\bprocess\s+(?:log|book|documentation|portfolio|reflection)\b|\bprogress\s+(?:log|journal|report\s+on\s+your)\b`),
  r(
    3,
    2,
    'aspectos,positivo,fortalezas,logros,aciertos,dificultades,cambiarias,mejorarias,harias,resulto,costo',
    String.raw`\b(?:aspectos\s+positivos\s+y\s+negativos|lo\s+positivo\s+y\s+lo\s+negativo|fortalezas\s+y\s+(?:debilidades|dificultades|aspectos\s+a\s+mejorar)|logros\s+y\s+dificultades|aciertos\s+y\s+errores)\b|\bdificultades\s+(?:que\s+(?:tuvieron|tuviste|encontraron|encontraste|se\s+presentaron)|enfrentadas)\b|\bqu[eé]\s+(?:cambiarías|cambiarían|mejorarías|mejorarían|harías|harían)\s+(?:diferente|de\s+otra\s+manera|distinto)?\b|\bqu[eé]\s+(?:les|te)\s+(?:result[oó]|cost[oó]|fue)\s+(?:más\s+)?(?:difícil|fácil|complicado|sencillo)`,
  ),
  r(3, 2, 'documentar,documenten,documenta,registro,evidencias', String.raw`\bdocument\w*\s+(?:el|su|tu)\s+(?:propio\s+)?proceso\b|\bregistro\s+(?:del?|de\s+su|de\s+tu)\s+proceso\b|\bevidencias\s+del\s+proceso\b`),

  // Telling one's own experience: "describe your experience", "what you took away".
  r(3, 2, 'experience,experiences,takeaways,takeaway,record,recording', String.raw`\b(?:describe|write\s+about|tell\s+(?:us|me)\s+about|reflect\s+on|share)\s+(?:your|their)\s+(?:own\s+|personal\s+)?(?:experience|experiences|takeaways|learning\s+experience)\b|\b(?:your|their)\s+(?:key\s+)?takeaways\b|\brecord\w*\s+(?:yourself|themselves)\s+(?:\w+\s+){0,2}(?:explaining|talking\s+(?:about|through)|describing|walking\s+through)\b`),
  r(3, 2, 'experiencia,cuenten,cuentanos,relaten,narren,grabense,grabate', String.raw`\b(?:cuent|cuént|relat|narr|describ|compart)\w*\s+(?:\w+\s+)?(?:su|tu)\s+(?:propia\s+)?experiencia\b|\bgr[aá]b(?:ate|ense|arse)\s+(?:\w+\s+){0,2}(?:explicando|contando|describiendo)\b`),

  // ───────────── Q3 partial: explaining, defending, answering for one's work ─────────────
  r(
    3,
    1,
    'describe,defend,support,steps,feedback,answer',
    String.raw`\bdescribe\s+(?:how|why)\s+(?:you|they)\b|\bdefend\s+(?:your|their)\s+(?:answer|choice|choices|position|decision|decisions|claim|work|thinking|reasoning)\b|\bsupport\s+(?:your|their)\s+(?:answer|claim|opinion|position|thinking|ideas)\s+with\b|\bthe\s+steps\s+(?:you|they)\s+(?:took|followed|used)\b|\b(?:receive|get|give|provide)\s+(?:\w+\s+)?feedback\s+(?:on|about|regarding)\s+(?:your|their)\b|\banswer\s+questions\s+(?:from|about|on)\s+(?:the\s+)?(?:your\s+)?(?:teacher|audience|class|panel|work|project)\b`,
  ),
  r(
    3,
    1,
    'fundamenten,fundamentar,fundamenta,fundamentando,fundamente,defender,defiendan,defienda,pasos,retroalimentacion,preguntas,guias,guia,apuntes',
    String.raw`\bfundament(?:en|ar|a|e|ando)\b|\bdef(?:ender|iendan|ienda)\s+(?:su|tu|el|la|sus|tus|oralmente)\b|\b(?:los\s+)?pasos\s+(?:para\s+llegar|que\s+(?:siguieron|seguiste|siguió))\b|\bretroalimentaci[oó]n\b|\brespond\w*\s+(?:a\s+)?(?:las\s+)?preguntas\s+(?:sobre\s+(?:él|ella|su|el|la)\s+)?(?:del?|de\s+la)\s+(?:profesor|profesora|docente|tribunal|maestr[oa]|clase)|\bguías?\s+de\s+observación\b|\btom(?:ar|en|a)\s+apuntes\b`,
  ),

  // A statement of one's choices, a quick written check of thinking, thoughts shared in passing.
  r(3, 1, 'rationale,statement,note,exit,pair,conference,conferences,thoughts,feelings,reactions,reaction,impressions,walk', String.raw`\b(?:write|include|provide|give|submit|add)\s+(?:a|an|your|their)\s+(?:short\s+|brief\s+|written\s+)?rationale\b|\bstatement\s+of\s+(?:intent|purpose)\b|\b(?:author|designer|director|artist|creator)['’]?s\s+(?:note|statement)\b|\bexit\s+(?:tickets?|slips?)\b|\bthink[- ]pair[- ]share\b|(?<!parent[- ])\b(?:writing|student|teacher|individual)\s+conferences?\b|\bconference\s+with\s+(?:me|your\s+teacher|the\s+teacher|the\s+instructor)\b|\b(?:share|write|express|describe)\s+(?:your|their)\s+(?:own\s+)?(?:thoughts|feelings|reactions?|impressions)\b|\bwalk\s+(?:us|me|the\s+class|the\s+audience)\s+through\s+(?:your|their)\b`),
  r(3, 1, 'justifica,justifiquen,razonamiento,ticket,salida,opiniones,impresiones,sentimientos,sintieron,sentiste', String.raw`\b(?:ticket|boleto|tarjeta)\s+de\s+salida\b|\bc[oó]mo\s+(?:se\s+sintieron|te\s+sentiste|se\s+sintió)\b|\b(?:compart|expres|escrib|describ)\w*\s+(?:sus|tus)\s+(?:opiniones|impresiones|sentimientos|emociones)\b`),

  // A personal response to a reading; progress check-ins; correcting one's own work; a defence.
  r(
    3,
    1,
    'personal,tell,checks,check,checkpoint,checkpoints,mistakes,errors,defense,defence,viva',
    String.raw`\b(?:your|their)\s+(?:own\s+)?personal\s+(?:reactions?|responses?|thoughts|opinions?|connections?)\b|\b(?:tell|show)\s+(?:me|us)\s+what\s+(?:you|they)\s+think\b|\b(?:progress|periodic|weekly|regular)\s+(?:checks?|check-ins?|checkpoints?)\b|\bcheck-ins?\s+with\b|\b(?:correct|find|identify|fix)\s+(?:your|their)\s+(?:own\s+)?(?:mistakes|errors)\b|\bcheck\s+(?:your|their)\s+(?:answers|work)\s+(?:against|with|using)\s+(?:the\s+)?(?:answer\s+key|key|solutions?)\b|\b(?:oral|project|thesis)\s+defen[cs]e\b|\bviva\s+voce\b`,
  ),
  r(
    3,
    1,
    'corrijan,corregir,corrige,corregid,detecten,detectad,detectar,errores,fallos,defensa,soluciones,solucion',
    String.raw`\b(?:corrij|corrig|correg|detect|identifiqu|identific|busqu|busc|encuentr)\w*\s+(?:\w+\s+)?(?:sus|tus|vuestros|los|las)\s+(?:propios\s+)?(?:errores|fallos|equivocaciones)\b|\bcompar\w+\s+(?:sus|tus|vuestras|las)\s+(?:respuestas|resultados)\s+con\s+(?:las?\s+)?(?:soluci\w+|solucionario|respuestas\s+correctas)\b|\bdefensa\s+(?:oral|del\s+(?:proyecto|trabajo)|de\s+(?:su|tu)\s+(?:proyecto|trabajo))\b|\ben\s+una\s+defensa\b`,
  ),
  // 1.4.0 Q3 evident: a draft reviewed by peers — a feedback cycle; a preliminary grade given
  // so the work can still be improved.
  r(3, 2, 'peer,retroalimentacion,preliminar,coevaluacion,borrador,borradores,pares,iguales,companeros', String.raw`\bpeer[- ](?:review|feedback|edit(?:ing)?|critique|conference)s?\b(?!\s+(?:the|an?|this|their|its|each)\s)|\b(?:nota|calificación|evaluación)\s+preliminar\b${G}\b(?:mejorar|retroalimentación|corregir)|\bborrador(?:es)?\b${G}\b(?:retroalimentación|revisión\s+(?:de|entre)\s+(?:pares|compañeros))\b|\bcoevaluaci[oó]n\b|\b(?:revisión|evaluación)\s+entre\s+(?:pares|iguales|compañeros)\b`),
  // 1.4.0 Q3 partial: reasons asked for, a plan or script handed in for approval, what one found
  // interesting or surprising.
  r(
    3,
    1,
    'reasons,reason,razones,motivos,approval,aprobacion,found,llamo,parecio,resulto',
    String.raw`\b(?:provide|give|list|offer|include|explain)\s+(?:\w+\s+){0,2}reasons?\s+(?:why|for)\b|\b(?:da|den|dar|explica|expliquen|aporta|aporten|incluye|incluyan)\s+(?:\w+\s+){0,2}(?:razones|motivos)\s+(?:por\s+las\s+que|de\s+por\s+qué|para)\b|\b(?:script|draft|outline|plan|proposal|storyboard)s?\b${G}\bfor\s+(?:teacher\s+|my\s+|your\s+teacher['’]s\s+)?approval\b|\b(?:guion|guión|borrador|esquema|plan)\b${G}\bpara\s+(?:su\s+)?aprobación\b|\b(?:things|what)\s+(?:that\s+)?(?:you|they)\s+found\s+(?:most\s+)?(?:interesting|surprising|important|useful|challenging|confusing)\b|\blo\s+que\s+(?:más\s+)?(?:te|les|os)\s+(?:llamó|ha\s+llamado|haya\s+llamado)\s+la\s+atención\b|\blo\s+que\s+(?:más\s+)?(?:te|les|os)\s+(?:pareció|ha\s+parecido|resultó)\s+(?:más\s+)?(?:interesante|sorprendente|importante)\b`,
  ),
  // 1.4.0 Q3 partial: thinking shown in passing — explaining in one's own words, "why or why not",
  // showing that one has thought, relating a topic to one's own experience by analogy.
  r(
    3,
    1,
    'words,palabras,why,por,show,thought,demuestra,demuestren,demostrar,muestra,muestren,relate,connect,link,analogy,analogies,analogia,analogias,relaciona,relacionen,relacionar,conecta,conecten,vincula',
    String.raw`\b(?:explain|describe|summari[sz]e|summary|tell|define|retell|restate|answer|respond|response|express)\w*\b${G}\bin\s+(?:your|their)\s+own\s+words\b|\b(?:explic|describ|resum|defin|cuent|expres|respond|redact)\w*\b${G}\b(?:con|en)\s+(?:tus|sus|vuestras)\s+(?:propias\s+)?palabras\b|\bwhy\s+or\s+why\s+not\b|\bpor\s+qu[eé]\s+s[ií]\s+o\s+por\s+qu[eé]\s+no\b|\bshow\s+(?:me|us|the\s+(?:teacher|reader|class))\s+(?:that|how)\s+(?:you|they)(?:['’]ve|\s+have)?\s+(?:read|thought|think|understood|understand|reasoned|engaged|grasped)\b|\b(?:demuestra|demuestren|demostrar|muestra|muestren)\s+(?:que|lo\s+que)\s+(?:has|han|hayas|hayan)\s+(?:comprendido|entendido|pensado|reflexionado|aprendido)\b|\b(?:relate|connect|link)\w*\s+(?:\w+\s+){0,4}to\s+(?:your|their)\s+(?:own\s+)?(?:life|lives|experiences?|prior\s+knowledge|previous\s+work|everyday\s+life)\b|\banalog(?:y|ies|ía|ías)\s+(?:with|to|between|con|entre)\b|\b(?:relacion|conect|vincul)\w*\s+(?:\w+\s+){0,4}con\s+(?:tu|su|vuestra|tus|sus)\s+(?:propia\s+)?(?:vida|experiencia|experiencias|trabajo\s+anterior|conocimientos\s+previos|realidad|entorno)\b`,
  ),

  // ───────────── Q4 evident: an audience outside the class ─────────────
  // Events the public or families come to; social media and the open web.
  r(
    4,
    2,
    'house,night,nights,tweet,tweeting,tweets,tweeted,twitter,account,facebook,tiktok,youtube,publicly,openly,accessible,visible,available,anyone,forum,audience,real,viewers,wider,broader,larger',
    String.raw`\bopen\s+house\b|\b(?:family|parent|parents['’]?|curriculum|showcase)\s+nights?\b|\btweet\w*|\b(?:class|school|course)(?:['’]s)?\s+(?:twitter|instagram|facebook|tiktok|youtube)\s+(?:account|page|channel|feed)\b|\b(?:publicly|openly)\s+(?:available|visible|accessible|shared|posted)\b|\b(?:available|visible|accessible)\s+to\s+(?:anyone|everyone|the\s+public|the\s+world|all)\b|\banyone\s+(?:can|could|will\s+be\s+able\s+to)\s+(?:read|see|view|access|watch|listen)\b|\b(?:open|public|online)\s+forum\b|\b(?:a\s+)?real\s+(?:audience|readers(?:hip)?|viewers)\b|\b(?:wider|broader|larger)\s+(?:audience|public|community)\b`,
  ),
  r(
    4,
    2,
    'casa,puertas,redes,twitter,youtube,facebook,tiktok,web,publicamente,abierta',
    String.raw`\bcasa\s+abierta\b|\bpuertas\s+abiertas\b|\b(?:compart|sub|public|difund|post)\w*\s+${W3}(?:en|a\s+través\s+de|por)\s+(?:las\s+|sus\s+|tus\s+)?(?:redes(?:\s+sociales)?|instagram|twitter|youtube|facebook|tiktok|la\s+web|internet)\b|\bredes\s+sociales\b${G}\b(?:compart|public|difund|sub)\w*|\bpúblicamente\b|\b(?:muestra|exposición|jornada|feria)\s+(?:abierta|pública)\b`,
  ),

  // Work entered in a contest or competition is judged by people outside the class.
  r(4, 2, 'contest,contests,competition,competitions,challenge,concurso,concursos,certamen', String.raw`\b(?:enter|submit|send)\w*\s+(?:\w+\s+){0,4}(?:to|in|into|for)\s+(?:a|an|the|this\s+year['’]s)\s+(?:\w+\s+){0,2}(?:contest|competition)\b|\b(?:particip|present|envi|enví)\w*\s+(?:\w+\s+){0,3}(?:en|a|al)\s+(?:un|el)\s+(?:\w+\s+)?(?:concurso|certamen)\b`),
  // Readers in another school or another age group, reached in person or by call.
  r(
    4,
    2,
    'pen,penpal,penpals,pals,sister,skype,zoom,call,conference,chat,younger,kindergarten,kindergarteners,preschool,preschoolers,elementary,senior,residents,elderly,patients',
    String.raw`\bpen[- ]?pals?\b|\bsister\s+(?:school|class|city)\b|\b(?:skype|zoom|video\s+(?:call|conference|chat))\w*\s+(?:\w+\s+){0,2}with\s+(?:a|an|another|students|experts?|scientists?|authors?|classes|a\s+class)\b|\b(?:read|teach|perform|present)\w*\s+(?:\w+\s+){0,4}(?:to|for|with)\s+(?:the\s+|our\s+)?(?:younger\s+(?:students|children|grades?|classes|kids)|kindergarten\w*|(?:first|second|third|lower)[- ]grade\w*|preschool\w*|elementary\s+(?:students|school|classes)|senior\s+citizens|residents|the\s+elderly|patients)\b`,
  ),
  r(4, 2, 'pequenos,pequenas,cursos,grados,secciones,escuelas,ancianos,abuelos,mayores', String.raw`\b(?:para|a|con)\s+(?:los|las)\s+(?:más\s+pequeñ[oa]s|niñ[oa]s\s+(?:más\s+pequeñ[oa]s|de\s+(?:jardín|inicial|primer\s+grado|otros\s+grados)))\b|\b(?:alumnos|estudiantes|niños)\s+de\s+(?:otros|otras)\s+(?:cursos|grados|secciones|escuelas)\b|\b(?:residencia|hogar)\s+de\s+(?:ancianos|abuelos|mayores)\b`),

  // ───────────── Q4 partial: a family at home, a simulated or imagined reader ─────────────
  r(
    4,
    1,
    'family,families,parent,parents,guardian,guardians,imagine,pretend,role,roleplay,client,employer,manager,customer,boss',
    String.raw`\b(?:with|involve|interview|teach)\w*\s+(?:your|their|a)\s+(?:family|families|family\s+members|parents?|guardians?)\b(?!\s+(?:to\s+)?sign)|\bimagine\s+(?:that\s+)?(?:you\s+are|you're|your)\b|\bpretend\s+(?:that\s+)?(?:you\s+are|you're)\b|\brole[- ]?play\w*|\b(?:your|an\s+imagined|a\s+hypothetical|a\s+fictional|a\s+potential|your\s+future|your\s+potential)\s+(?:choice\s+of\s+)?(?:client|employer|hiring\s+manager|customer|boss)\b|\bhiring\s+manager\b`,
  ),
  r(
    4,
    1,
    'familia,familias,imagina,imaginen,imagine,fueras,fueran,fuera,fuesen,fueses,dirigida,dirigido,dirigidas,dirigidos,nota,mensaje,correo,solicitud,peticion',
    String.raw`\b(?:con|a|junto\s+a|participar\s+a)\s+(?:su|tu|sus|tus|la)\s+familias?\b|\ben\s+familia\b|\bimagin(?:a|en|e)\s+que\b|\bcomo\s+si\s+(?:fueras|fueran|fuera|fuesen|fueses)\b|\bdirigid[oa]s?\s+(?:a|al)\b|\b(?:nota|mensaje|correo|solicitud|petición)\s+(?:${W2})?(?:solicitando|pidiendo|dirigid[oa]|(?:a|al|para)\s+(?:la|el|los|las|su|un|una)\s+(?:director|directora|autoridad|autoridades|municipio|intendente|alcalde|empresa|gerente|jefe|cliente))`,
  ),

  // Audiences inside the class or school: exchanging work, replying to classmates, school events.
  r(
    4,
    1,
    'exchange,exchanging,swap,swapping,trade,respond,reply,peers,discussion,assembly,newspaper,magazine,announcements,hallway,display,fair,showcase',
    String.raw`\b(?:exchang|swap|trad)\w*\s+(?:\w+\s+){0,2}(?:with|among)\s+(?:a\s+partner|partners|classmates|peers|another\s+(?:group|student|pair))\b|\b(?:respond|reply|comment)\w*\s+to\s+(?:at\s+least\s+)?(?:\w+\s+)?(?:classmates|peers|other\s+students|of\s+your\s+classmates)\b|\bdiscussion\s+(?:board|forum|thread)s?\b|\bschool\s+(?:assembly|newspaper|magazine|website|announcements|hallway|library|display|fair|showcase)\b|\b(?:science|history|art|book)\s+fair\b|\bmorning\s+announcements\b`,
  ),
  r(
    4,
    1,
    'presented,shared,displayed,exhibited,showcased,celebrated,show,showing,shown,perform,performing,encourage,encouraging,persuade,persuading,convince,convincing,motivate,motivating,inspire,inspiring',
    String.raw`\b(?:will|shall|are\s+to|is\s+to)\s+be\s+(?:presented|shared|displayed|exhibited|showcased|celebrated)\s+(?:to|at|during|on|and|in\s+(?:class|front|the\s+(?:classroom|hallway|library))|the\s+(?:week|day|last|first|next|following))\b|\b(?:show|showing|shown|read|reading|perform|performing|share|sharing)\s+(?:\w+\s+){0,3}to\s+(?:your|the|our)\s+(?:classmates|class|peers|whole\s+class|rest\s+of\s+the\s+class)\b|\b(?:encourag|persuad|convinc|motivat|inspir)\w*\s+(?:others|other\s+people|people|your\s+peers|your\s+classmates|the\s+public|your\s+audience|your\s+community|teens|voters|consumers)\s+to\b`,
  ),
  r(4, 1, 'periodico,mural,acto,feria,pasillo,radio,cartelera', String.raw`\bperiódico\s+(?:escolar|mural)\b|\bacto\s+escolar\b|\bferia\s+(?:de\s+ciencias|escolar|científica|del\s+libro)\b|\bpasillos?\s+de\s+la\s+escuela\b|\bradio\s+escolar\b|\bcartelera\b`),

  // 1.4.0 Q4 evident: open to anyone who wishes to read or join.
  r(4, 2, 'persona,anyone', String.raw`\b(?:toda|cualquier)\s+persona\s+que\s+(?:lo\s+)?(?:desee|deseara|quiera|quisiera|esté\s+interesad[oa])\b|\banyone\s+(?:who|that)\s+(?:wants|wishes|is\s+interested|cares)\b`),
  // 1.4.0 Q4 partial: classmates' posts answered, the rest of the class, a general audience
  // imagined, a project presented (to the class, unless the text says otherwise).
  r(
    4,
    1,
    'student,classmate,peer,group,resto,grupo,general,wide,wider,broad,lay,non,publico,present',
    String.raw`\b(?:another|other|a|each)\s+(?:student|classmate|peer|group)['’]s\s+(?:posts?|reply|replies|responses?|comments?|work|drafts?|essays?|answers?)\b|\b(?:con|al|a)\s+(?:el\s+)?resto\s+(?:de\s+(?:la|los|las)\s+|del\s+)(?:grupo|clase|compañer\w+|alumn\w+|curso)\b|\bgrupo[- ]clase\b|\b(?:for|to)\s+a\s+(?:general|wide|wider|broad|lay|non-?specialist|non-?expert)\s+(?:audience|readership|public)\b|\b(?:para|a)\s+un\s+público\s+(?:general|amplio|no\s+especializado)\b|\b(?:will|must|should|shall|then|to)\s+present\s+(?:the|your|their|our|this)\s+(?:\w+\s+)?(?:posters?|projects?|work|findings|results|research|brochures?|models?|slides|infographics?)\b`,
  ),
  // 1.4.0 Q4: writing to officials and editors — evident when the work is sent or they are
  // contacted, partial when students only write to them (a simulated reader until it is sent).
  r(
    4,
    2,
    'contact,email,mail,call,send,tweet,petition,contacten,contacta,contactar,envien,envia,enviar,envie,manden,manda,mandar',
    String.raw`\b(?:contact|e-?mail|call|mail|send\s+(?:it|them|your\s+\w+|the\s+\w+|a\s+copy)\s+to|tweet\s+at|petition)\w*\s+(?:\w+\s+){0,2}(?:the\s+white\s+house|congress\w*|(?:your|a|the|local|state|elected)\s+(?:\w+\s+)?(?:senators?|representatives?|congress\w*|mayor|governor|city\s+council(?:\s+members?)?|council\s+members?|legislators?|officials?|school\s+board|superintendent|editor))\b|\b(?:contact|envi|enví|mand)\w*\s+(?:\w+\s+){0,3}(?:al|a\s+(?:la|los|las|su|tu))\s+(?:alcalde|alcaldesa|ayuntamiento|diputad[oa]s?|senador(?:es|a)?|congres\w+|concejal(?:es)?|gobernador(?:a)?|ministerio|municipalidad|intendente|director\s+del\s+(?:diario|periódico))\b`,
  ),
  r(
    4,
    1,
    'write,letter,letters,editor,escriban,escribe,escribir,carta,cartas',
    String.raw`\bwrite\s+(?:\w+\s+){0,3}to\s+(?:the\s+white\s+house|congress\w*|(?:your|an?|the|local|state|elected)\s+(?:\w+\s+)?(?:senators?|representatives?|congress\w*|mayor|governor|city\s+council|council\s+members?|legislators?|officials?|school\s+board|superintendent))\b|\bletters?\s+to\s+the\s+editor\b|\bescrib\w*\s+(?:\w+\s+){0,3}(?:al|a\s+(?:la|los|las|su|tu))\s+(?:alcalde|alcaldesa|ayuntamiento|diputad[oa]s?|senador(?:es|a)?|concejal(?:es)?|gobernador(?:a)?|intendente)\b|\bcartas?\s+(?:al|de\s+lectores\s+al?)\s+(?:director|editor)\b`,
  ),

  // ───────────── Q5 evident: work that serves a real need ─────────────
  r(
    5,
    2,
    'volunteer,volunteering,volunteers,fundraiser,fundraising,fund,raise,donate,donated,donating,drive,clean,cleanup,used,educational,oer',
    String.raw`\bvolunteer\w*\s+(?:at|for|with|in)\b|\bfund-?rais\w*|\braise\s+(?:money|funds)\b|\bdonat\w+\s+(?:to|for)\b|\b(?:food|clothing|book|coat|toy)\s+drive\b|\bclean[- ]?up\s+(?:of\s+)?(?:the|a|our|local)\b|\bwill\s+be\s+used\s+by\s+(?:the|our|local|future|other|real)\b|\bopen\s+educational\s+resources?\b|\bOER\b`,
  ),
  r(5, 2, 'voluntariado,donacion,donar,donen,donan,recaudar,recauden,recaudaremos,colecta,utilizado,utilizados,utilizada,utilizadas,usado,usados,usada,usadas', String.raw`\bvoluntariado\b|\b(?:donaci[oó]n|donar|don[ae]n)\s+(?:de|a|al|para)\b|\brecaud\w+\s+(?:fondos|dinero)\b|\bcolecta\s+(?:de|para|solidaria)\b|\bser[aá]n?\s+(?:utilizad|usad)[oa]s?\s+por\s+(?:la|el|los|las|nuestra|nuestro|otr[oa]s)\b`),
  r(5, 1, 'awareness,concientizar,concienciar,sensibilizar', String.raw`\braise\s+awareness\b|\b(?:concientiz|concienci|sensibiliz)\w*\s+(?:a\s+)?(?:la|los|las|sus|a\s+la)\b`),

  // ───────────── Q5 partial: a realistic product meant for someone ─────────────
  // "Create a brochure for tourists", "design a guide to help younger students".
  r(
    5,
    1,
    'brochure,brochures,pamphlet,pamphlets,infographic,infographics,guide,guides,manual,manuals,handbook,handbooks,toolkit,toolkits,flyer,flyers,leaflet,leaflets,booklet,booklets,podcast,podcasts,lessons,kit,kits',
    String.raw`\b(?:brochures?|pamphlets?|posters?|infographics?|guides?|manuals?|handbooks?|toolkits?|flyers?|leaflets?|booklets?|podcasts?|lesson\s+plans?|lessons?|activit(?:y|ies)|materials|kits?)\s+(?:for|to\s+(?:help|teach|inform|educate|explain|show|persuade|encourage|convince|warn|guide)|that\s+(?:will\s+)?(?:help|teach|inform|educate|explain|show|persuade|encourage|convince|warn|guide)s?)\s+(?:\w+\s+){0,2}(?:younger|other|new|future|local|fellow|elementary|incoming|visiting)?\s*(?:students|children|kids|people|parents|families|visitors|tourists|residents|readers|users|community|public|teachers|patients|consumers|citizens|classmates|peers|audience|others)\b`,
  ),
  r(5, 1, 'promotional,informational,informative,educational,awareness', String.raw`\b(?:promotional|informational|informative|educational|awareness)\s+(?:\w+\s+)?(?:resources?|materials?|videos?|posters?|campaigns?|brochures?|flyers?|pamphlets?|websites?|podcasts?|infographics?|booklets?|displays?)\b`),
  r(
    5,
    1,
    'infografia,infografias,folleto,folletos,triptico,tripticos,guia,guias,cartel,carteles,afiche,afiches,podcast,manual,video,videos,campana',
    String.raw`\b(?:infografías?|folletos?|trípticos?|guías?|carteles|afiches?|pósters?|podcasts?|manuales?|v[ií]deos?|revistas?|boletines?)\s+(?:\w+\s+){0,2}(?:para\s+(?:informar|explicar|ayudar|orientar|promover|concienciar|concientizar|ense[ñn]ar|difundir|dar\s+a\s+conocer)|donde\s+(?:se\s+)?(?:detall|explic|inform|muestr|present|recomiend)\w*|que\s+(?:informe|expliquen?|ayuden?|orienten?|promuevan?|den\s+a\s+conocer))\b|\b(?:material|recurso|video|vídeo|campaña)\s+(?:promocional|informativ[oa]|divulgativ[oa]|educativ[oa]|de\s+(?:difusión|sensibilización|concienciación))\b`,
  ),
  // Teachers in training making material for their own class: "to use in your classroom".
  r(
    5,
    1,
    'teaching,curriculum,lesson,lessons,unit,assessment,implement',
    String.raw`\b(?:use|used|using|implement|try)\s+(?:it\s+|them\s+)?(?:with|in)\s+(?:your|their)\s+(?:own\s+)?(?:classroom|class|classes|students|teaching|school)\b|\b(?:design|plan|creat|develop|writ|build)\w*\s+(?:a|an|your|their)\s+(?:own\s+)?(?:lesson\s+plans?|unit\s+plans?|lesson|unit\s+of\s+(?:study|work)|curriculum|assessment\s+(?:tool|instrument|task|plan)|teaching\s+(?:materials?|resources?|sequence))\b`,
  ),
  r(
    5,
    1,
    'aula,aulas,instrumento,instrumentos,secuencia,secuencias,planes,planeacion,planificacion,unidad,unidades,didactica,didacticas,didactico,didacticos,materiales,recursos,material,recurso',
    String.raw`\b(?:utiliz|us|aplic|llev|implement|emple)\w*\s+(?:\w+\s+){0,5}en\s+(?:su|tu|sus|tus)\s+(?:propi[oa]s?\s+)?(?:aulas?|clases?)\b|\b(?:diseñ|planific|elabor|constru|cre|prepar)\w*\s+(?:un|una|el|la|los|las|sus|su|tu)\s+(?:propi[oa]\s+)?(?:instrumentos?\s+de|secuencias?\s+didácticas?|planes?\s+de\s+clase|planeaci[oó]n\s+de|planificaci[oó]n\s+de|unidad(?:es)?\s+didácticas?|materiales?\s+(?:didácticos?|educativos?)|recursos?\s+(?:didácticos?|educativos?))\b|\bcre(?:ar|ando|en|ar[aá]n)\s+(?:materiales|recursos)\b`,
  ),
  // A product or venture of their own design: a service, a business idea, something to sell.
  r(
    5,
    1,
    'business,startup,product,service,enterprise,invention,entrepreneur,entrepreneurial,entrepreneurs,entrepreneurship,sell,market,negocio,emprendimiento,servicio,producto,comercializar,empresa',
    String.raw`\b(?:start|launch|create|design|develop|invent|pitch|plan)\w*\s+(?:a|an|your|their)\s+(?:own\s+)?(?:new\s+)?(?:business|start-?up|product|service|company|enterprise|invention)\b|\bentrepreneur\w*|\bto\s+(?:sell|market)\s+(?:to|it|them|your)\b|\b(?:idea|plan|proyecto)\s+de\s+(?:un|una|su|tu)\s+(?:negocio|emprendimiento|servicio|producto|empresa|bien)\b|\bemprendimiento\b|\bcomercializar\b`,
  ),
  r(
    5,
    1,
    'help,helping,helps,ayudar,ayuden,ayude,ayudaremos,ayudara,ayudando',
    String.raw`\b(?:help|helps|helping|assist)\s+(?:\w+\s+){0,2}(?:younger\s+students|other\s+students|people|others|families|residents|visitors|patients|neighbou?rs|the\s+(?:principal|community|school|library|museum|city|town|neighbou?rhood|elderly))\s+(?:to\s+|in\s+|with\s+|understand|learn|decide|choose|find|make|improve|stay|become)\b|\bayud\w*\s+(?:\w+\s+){0,2}(?:a\s+)?(?:otr[oa]s\s+(?:personas|estudiantes|alumnos|niños)|la\s+comunidad|las\s+familias|los\s+vecinos|(?:el|la|al)\s+(?:director|directora|escuela|barrio|municipio))\s+a\b|\b(?:le|les)\s+ayudaremos\b`,
  ),
  r(5, 1, 'mural,murals,murales,pared,garden,huerto,huerta', String.raw`\bmurals?\b|\bmurales?\b|\bpared\s+de\s+(?:la|el|nuestra|nuestro)\s+(?:institución|escuela|colegio|centro|patio)\b|\bintervención\s+(?:urbana|artística|en\s+el\s+espacio)|\b(?:school|community)\s+garden\b|\bhuert[oa]\s+(?:escolar|comunitari[oa])`),
  r(5, 1, 'curate,curating,curator,document,documenting', String.raw`\bcurat\w*\s+(?:\w+\s+){0,4}(?:as|for|into)\s+(?:a|an|the)\b|\b(?:document|record|write\s+up|summari[sz]e)\w*\s+(?:one\s+of\s+)?(?:the|our|a)\s+(?:class|seminar|meeting|session|discussion|lecture)s?['’]?\s+(?:\w+\s+)?(?:for|as)\b`),

  // 1.4.0 Q5 evident: something made for the student's own family, or sent to another school's class.
  r(
    5,
    2,
    'family,household,parents,grandparents,home,familia,casa,hogar,send,sending,sent',
    String.raw`\b(?:make|create|design|plan|write|build|draw|prepare|develop)\w*\s+(?:a|an)\s+(?:\w+\s+){0,3}(?:for|with)\s+(?:your|their)\s+(?:whole\s+|entire\s+|own\s+)?(?:family|household|parents|grandparents|home)\b|\b(?:hac|cre|elabor|diseñ|prepar|plane|dibuj)\w*\s+(?:un|una)\s+(?:\w+\s+){0,3}para\s+(?:tu|su|vuestra|toda\s+(?:tu|su|la))\s+(?:propia\s+)?(?:familia|casa|hogar)\b|\bsend\w*\s+(?:them|it|our\s+\w+|the\s+\w+|their\s+\w+)\s+(?:\w+\s+){0,5}(?:to|at)\s+(?:\w+\s+){0,4}(?:elementary|primary|middle|another|local|partner)\s+schools?\b`,
  ),
  // 1.4.0 Q5 partial: helping a friend or one's family, informative and travel material, exhibits.
  r(
    5,
    1,
    'help,helps,helping,ayudad,ayuda,ayuden,ayudar,divulgativo,divulgativa,divulgativos,divulgativas,divulgacion,travel,tourist,tourism,visitor,visitors,folleto,folletos,guia,guias,triptico,tripticos,attract,atraer,exhibit,exhibits,exhibition,exhibitions,museum,museums,museo,museos,exposicion',
    String.raw`\b(?:help|helps|helping)\s+(?:your|their|a|the|his|her)\s+(?:new\s+|little\s+|younger\s+|older\s+|host\s+)?(?:friends?|classmates?|pen\s+pals?|neighbou?rs?|visitors?|family|parents|grandparents?|siblings?|brothers?|sisters?|mom|mother|dad|father)\s+(?:to\s+)?(?:understand|learn|decide|choose|plan|find|know|see|prepare|get|make|stay|cook|shop)\b|\bayud\w*\s+a\s+(?:tus|sus|vuestros|vuestras|tu|su|vuestra)\s+(?:padres|familia|familiares|abuelos|abuelas|hermanos|hermanas|madre|padre|vecinos|amigos|compañeros)\s+a\b|\bdivulgativ[oa]s?\b|\bde\s+divulgación\b|\b(?:travel|tourist|tourism|visitor|visitors['’]?)\s+(?:brochures?|guides?|pamphlets?|posters?|leaflets?|flyers?)\b|\b(?:folletos?|guías?|trípticos?|carteles)\s+turístic[oa]s?\b|\bto\s+attract\s+(?:more\s+)?(?:people|visitors|tourists|customers|readers|buyers|volunteers)\b|\bpara\s+atraer\s+(?:a\s+)?(?:más\s+)?(?:turistas|visitantes|personas|clientes|lectores)\b|\b(?:create|design|curate|build|make|develop)\w*\s+(?:(?:a|an|the|your|their)\s+)?(?:own\s+)?(?:digital|virtual|online|class|classroom|school)?\s*(?:museum\s+)?(?:exhibits?|exhibitions?|museums?)\b|\bmuseos?\s+virtual(?:es)?\b|\bexposición\s+virtual\b`,
  ),
  // 1.4.0 Q5 partial: a civic letter or petition to officials — realistic, whether or not it is acted on.
  r(
    5,
    1,
    'letter,letters,petition,petitions,contact,carta,cartas,peticion,contacten,contacta',
    String.raw`\b(?:letters?|petitions?|e-?mails?)\s+(?:\w+\s+){0,3}to\s+(?:the\s+white\s+house|congress\w*|(?:your|an?|the|local|state|elected)\s+(?:\w+\s+)?(?:senators?|representatives?|congress\w*|mayor|governor|city\s+council|council\s+members?|legislators?|officials?|school\s+board|superintendent|editor))\b|\bcontact\s+(?:the\s+white\s+house|(?:your|the|local|elected)\s+(?:senators?|representatives?|congress\w*|mayor|officials?))\b|\b(?:cartas?|peticiones|petición|solicitud)\s+(?:\w+\s+){0,3}(?:al|a\s+(?:la|los|las))\s+(?:alcalde|alcaldesa|ayuntamiento|diputad[oa]s?|senador(?:es|a)?|concejal(?:es)?|gobernador(?:a)?|intendente|municipalidad|director\s+del\s+(?:diario|periódico))\b`,
  ),
  // 1.4.0 Q5 partial: an informative product that explains or persuades, even with no reader named.
  r(
    5,
    1,
    'brochure,brochures,pamphlet,pamphlets,leaflet,leaflets,flyer,flyers,infographic,infographics,poster,posters,booklet,booklets,trifold,trifolds',
    String.raw`\b(?:brochures?|pamphlets?|leaflets?|flyers?|infographics?|posters?|booklets?|tri-?folds?)\b(?:\s*\([^)]{0,20}\))?\s+(?:that|which|to)\s+(?:will\s+)?(?:explains?|informs?|teach(?:es)?|educates?|promotes?|encourages?|persuades?|advertises?|highlights?|warns?|raises?)\b`,
  ),
  // 1.4.0 Q5 partial: producing a newspaper or newsletter — a real publication's form and work.
  r(
    5,
    1,
    'newspaper,newsletter,news,periodico,boletin,gaceta,diario,redaccion,edicion,elaboracion,creacion,produccion',
    String.raw`\b(?:create|creating|produce|producing|write|writing|publish|publishing|make|making|edit|editing|design|designing|put\s+together|launch)\w*\s+(?:a|an|the|our|your|their)\s+(?:own\s+)?(?:class\s+|school\s+|classroom\s+|monthly\s+|weekly\s+|digital\s+|online\s+)?(?:newspaper|newsletter|news\s+broadcast)\b|\b(?:redacción|edición|elaboración|creación|producción)\s+de\s+(?:un|una)\s+(?:\w+\s+)?(?:periódico|boletín|gaceta)\b|\b(?:cre|elabor|redact|edit|produc|diseñ)\w*\s+(?:un|una|el|la|nuestro|nuestra|su)\s+(?:propi[oa]\s+)?(?:periódico|boletín|gaceta)\b`,
  ),
  // 1.4.0 Q5: teaching another class — a lesson with real learners (evident); a talk given to
  // another course's students (partial).
  r(
    5,
    2,
    'teach,teaching,tutor,tutoring,lesson,lessons,workshop,workshops,ensenar,ensenen,ensena,ensenaran',
    String.raw`\b(?:teach|tutor|give\s+(?:a\s+)?(?:lesson|workshop|tutorial|mini-lesson)s?|lead\s+(?:a\s+)?(?:lesson|workshop))\w*\s+(?:\w+\s+){0,4}(?:to|for)\s+(?:another\s+class|other\s+classes|younger\s+(?:students|children|kids|classes|grades?)|(?:students|children|kids)\s+in\s+(?:another|other|a\s+lower|lower|younger)\s+(?:class|classes|grades?)|(?:the\s+)?(?:first|second|third|fourth|lower)[- ]graders)\b|\benseñ\w*\s+(?:\w+\s+){0,4}(?:a|para)\s+(?:los|las)\s+(?:alumn|estudiant|niñ|compañer)\w+\s+de\s+(?:otr[oa]s?\s+(?:curso|clase|grado|ciclo|aula)\w*|(?:primer|segundo|tercer|cuarto|quinto|sexto)\s+(?:curso|grado|año)|primaria|infantil)\b`,
  ),
  r(5, 1, 'presentacion,exposicion,charla,taller', String.raw`\b[PpEeCcTt](?:resentación|xposición|harla|aller)(?:\s*\/\s*\w+)?\s+(?:a|para)\s+(?:los|las)\s+(?:alumn|estudiant)\w+\s+de\s+(?:otr[oa]s?\s+\w+|[A-ZÁÉÍÓÚ]\w+)`, 'g'),
  // 1.4.0 Q5 partial: the contribution a piece of work makes, named as part of the task.
  r(5, 1, 'aporte,contribution,contribute', String.raw`\b(?:el|su|tu|un)\s+aporte\s+(?:a|al|para)\b|\bobjetivo\s+y\s+(?:el\s+)?aporte\b|\b(?:your|their)\s+(?:own\s+)?contribution\s+to\b|\b(?:you|students|they)\s+(?:will\s+|can\s+|must\s+)?contribute\s+(?:\w+\s+){0,2}to\s+(?:the\s+)?(?:field|community|knowledge|society|public|scholarship|discipline)\b`),

  // ───────────── Q6 partial: criteria of good work, a model the class is shown ─────────────
  r(
    6,
    1,
    'criteria,grading,assessment,evaluation,success,marking,scoring,checklist,graded,assessed,evaluated,marked,scored',
    String.raw`\b(?:grading|assessment|evaluation|success|marking|scoring)\s+(?:criteria|guide|sheet|scheme|checklist|standards)\b|\bcriteria\s+(?:for\s+)?(?:grading|assessment|evaluation|success)\b|\bchecklist\b|\b(?:will\s+be|are|is)\s+(?:graded|assessed|evaluated|marked|scored)\s+(?:on|using|according\s+to|against|by\s+the\s+following)\b`,
  ),
  r(
    6,
    1,
    'criterios,lista,listas,pauta,pautas,escala,escalas,evaluara,calificara,valorara,evaluaran,calificaran,valoraran',
    String.raw`\bcriterios\s+de\s+(?:evaluación|calificación|corrección|éxito|logro|valoración)\b|\blistas?\s+de\s+cotejo\b|\bpautas?\s+de\s+(?:evaluación|corrección)\b|\bescalas?\s+de\s+(?:valoración|apreciación|estimación)\b|\bse\s+(?:evaluará|calificará|valorará|evaluarán|calificarán|valorarán)\b`,
  ),
  r(
    6,
    1,
    'similar,shown,demonstrated,modeled,modelled',
    String.raw`\bsimilar\s+to\s+(?:the|this|my|our)\s+(?:one|example|model|demo\w*|sample)\b|\b(?:like|as)\s+the\s+one\s+(?:shown|we|I|in\s+class|below|above)\b|\bas\s+(?:shown|demonstrated|modell?ed)\s+(?:in\s+class|by\s+(?:the|your)\s+teacher|in\s+the\s+video|below|above)\b`,
  ),
  // A sample or model to look at, or the worked solutions, made available by the teacher.
  r(
    6,
    1,
    'sample,samples,example,examples,model,models,exemplar,exemplars,solutions,solution,answer',
    String.raw`\b(?:samples?|examples?|models?|exemplars?)\s+(?:\w+\s+){0,6}(?:here|below|above|attached|linked|on\s+(?:the\s+)?(?:class|course)\s+(?:website|page|site|drive)|in\s+(?:the\s+)?(?:appendix|folder|packet))\b|\b(?:see|follow|use|study|check)\s+(?:the\s+|this\s+|my\s+|our\s+)?(?:model|sample|exemplar)\b|\bworked\s+(?:examples?|solutions?)\b|\banswer\s+keys?\b|\bsolutions?\s+(?:to|for)\s+(?:the|these|this|all)\s+(?:\w+\s+)?(?:exercises|problems|worksheet|questions|practice)\b`,
  ),
  r(6, 1, 'soluciones,solucionario,resueltos,resueltas', String.raw`\bsoluciones\s+(?:de|a|para)\s+(?:los|las|la|el|esta|estos|estas)\s+(?:\w+\s+){0,2}(?:ejercicios|problemas|hoja|actividades|práctica|examen)\b|\bsolucionario\b|\b(?:ejercicios|problemas)\s+resuelt[oa]s\b`),
  r(6, 1, 'work,works,obra,obras', String.raw`\b(?:[Ss]ee|[Ll]ook\s+at|[Ss]tudy|[Vv]iew|[Ee]xamine|[Ee]xplore|[Rr]ead)\s+(?:the\s+)?works?\s+of\s+(?:Dr\.\s+|Mr\.\s+|Ms\.\s+|Mrs\.\s+)?[A-Z][\w'’-]+|\b(?:[Oo]bservar|[Oo]bserven|[Mm]irar|[Mm]iren|[Vv]ean|[Ee]studi\w+|[Aa]naliz\w+)\s+(?:la\s+|las\s+)?obras?\s+de\s+[A-ZÁÉÍÓÚ][\w'’-]+`, 'g'),
  r(6, 1, 'similar,siguiendo,mostro,vimos,hicimos,muestra', String.raw`\b(?:un|una)\s+(?:proyecto|trabajo|actividad|ejercicio|producto)\s+similar\b|\bsimilar\s+(?:al|a\s+la|a\s+los|a\s+las)\s+(?:que|del?|mostrad|presentad|realizad)\w*|\bsiguiendo\s+(?:el|este|ese)\s+(?:modelo|ejemplo)\b|\b(?:igual|como)\s+(?:al|el|la)\s+(?:que\s+)?(?:mostr[oó]|vimos|hicimos|se\s+muestra)`),
  // Q6 evident: how professionals themselves do it, studied as a model.
  r(
    6,
    2,
    'professional,published,expert,famous,successful,award',
    String.raw`\b(?:how|what)\s+(?:professional|published|real|expert|famous|successful|working|award-winning)\s+(?:\w+\s+)?(?:authors|writers|journalists|scientists|historians|artists|designers|photographers|poets|programmers|engineers|architects|filmmakers|reporters|researchers|speakers|illustrators|musicians)\s+(?:do|write|use|present|approach|create|make|structure|did)\b`,
  ),
  r(6, 2, 'periodistas,expertos,expertas,cientificos,cientificas,disenadores,historiadores,famosos,famosas', String.raw`\bc[oó]mo\s+(?:lo\s+)?(?:hacen|escriben|presentan|trabajan|resuelven)\s+(?:los|las)\s+(?:profesionales|expert[oa]s|periodistas|científic[oa]s|escritor(?:es|as)|artistas|diseñador(?:es|as)|historiador(?:es|as))\b|\b(?:obras|trabajos|ejemplos)\s+de\s+(?:artistas|autor(?:es|as)|escritor(?:es|as)|fotógraf[oa]s|ilustrador(?:es|as))\s+(?:reconocid|famos|consagrad|profesional|destacad)\w*`),
  // Q6 evident: the best work of earlier students, shown as the standard to reach.
  r(6, 2, 'scoring,top,trabajos,proyectos,ejemplos,destacados,sobresalientes,anteriores', String.raw`\b(?:high|top|highest)[- ]scoring\s+(?:\w+\s+)?(?:essays|responses|papers|answers|examples|projects|work)\b|\b(?:trabajos|proyectos|ejemplos|producciones)\s+(?:\w+\s+)?(?:destacad[oa]s|sobresalientes|excelentes|de\s+(?:años|cursos|generaciones|promociones)\s+anteriores)\b`),
  // 1.4.0 Q6 evident: a published work to emulate; a professional repertoire assigned for study.
  r(6, 2, 'emulate,emulating,emular,emulen,repertoire,repertorio', String.raw`\b(?:emulat\w*|emul(?:ar|en|a)\b)(?!\S*\s+(?:the\s+|el\s+)?(?:format|formato)\b)|\b(?:repertoire|repertorio)\s+(?:\w+\s+){0,5}(?:to|para)\s+(?:study|estudiar)\b|\b(?:study|estudi\w*)\s+(?:\w+\s+){0,3}(?:repertoire|repertorio)\b`),
  // Q6 evident: emulating a named maker's style.
  r(6, 2, 'style,manner,estilo,manera', String.raw`\b[Ii]n\s+the\s+(?:style|manner)\s+of\s+[A-Z][\w'’-]+|\b(?:[Aa]l|[Ee]n\s+el)\s+estilo\s+de\s+[A-ZÁÉÍÓÚ][\w'’-]+|\b[Aa]\s+la\s+manera\s+de\s+[A-ZÁÉÍÓÚ][\w'’-]+`, 'g'),
];
