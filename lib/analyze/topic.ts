/**
 * The topic of an assignment from its title: what is left when the LMS furniture ("Assignment 3:",
 * "Unit 2 –", "Essay", "Due 3/4") is taken away. "Assignment 3: Iranian Hostage Crisis Essay"
 * becomes "Iranian Hostage Crisis".
 */

const KIND_WORDS =
  '(?:assignment|homework|hw|task|activity|project|essay|paper|research paper|report|lab(?: report)?|worksheet|quiz|test|exam|presentation|poster|reflection|discussion(?: post)?|forum post|journal(?: entry)?|blog post|problem set|pset|exercise|final|midterm|webquest|tarea|actividad|proyecto|ensayo|informe|trabajo(?: práctico| final| de investigación)?|práctica|examen|presentación|ficha|guía|ejercicios?|entrega|foro)';
const UNIT_WORDS = '(?:unit|module|week|chapter|lesson|day|part|session|unidad|módulo|semana|tema|capítulo|lección|sesión|parte|bloque)';

// Each pattern is anchored and bounded, so stripping is linear in the title's length.
const LEADING = [
  new RegExp(`^(?:${UNIT_WORDS}|${KIND_WORDS})\\s*(?:#|n[º°o]\\.?\\s*)?[\\dIVXivx]{1,4}[a-z]?\\s*[:.)\\-–—|]*\\s*`, 'i'),
  new RegExp(`^(?:${KIND_WORDS})\\s*[:\\-–—|]\\s*`, 'i'),
  new RegExp(`^[\\dIVX]{1,3}(?:\\.\\d{1,3})*[.)]\\s+`),
];
const TRAILING = [
  new RegExp(`\\s*[:\\-–—|(]*\\s*(?:due|entrega|fecha(?: de entrega)?)\\b.{0,40}$`, 'i'),
  /\s*[-–—|(,]*\s*(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}-\d{2}-\d{2}|(?:spring|fall|autumn|winter|summer|primavera|otoño|invierno|verano)\s+\d{4}|\d{4})\)?\s*$/i,
  /\s*[-–—|(,]*\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\)?\s*$/i,
  new RegExp(`\\s*[-–—:|(]*\\s*(?:${KIND_WORDS})\\s*(?:#?\\d{1,3})?\\)?\\s*$`, 'i'),
  new RegExp(`^(?:${KIND_WORDS})\\s+(?:(?:on|about|sobre|de|del|acerca de)\\s+)?(?=\\S)`, 'i'),
];

/**
 * Derives a topic from an assignment title, or '' when nothing but furniture is left.
 * Never throws; the result has no leading/trailing punctuation or quotes.
 */
export function topicFromTitle(title: string): string {
  // Control characters and bidi overrides are never part of a topic.
  // eslint-disable-next-line no-control-regex
  let t = (title ?? '').slice(0, 300).replace(/[\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
  t = t.replace(/^[#*\s>]+/, '').replace(/\s+/g, ' ').trim();
  for (let pass = 0; pass < 3; pass++) {
    const before = t;
    for (const re of LEADING) t = t.replace(re, '');
    for (const re of TRAILING) t = t.replace(re, '');
    t = t.trim();
    if (t === before) break;
  }
  t = t.replace(/^[\s"'“”‘’«»:;,.\-–—|()[\]]+|[\s"'“”‘’«»:;,.\-–—|([\]]+$/g, '');
  // A dangling ")" is only furniture when there is no "(" it closes.
  if (t.endsWith(')') && !t.includes('(')) t = t.slice(0, -1).trim();
  return mainClause(t);
}

/**
 * "The Iranian Hostage Crisis: Two Sides of 444 Days" is about the part before the colon; a
 * subtitle makes a poor search. A one-word head ("Ecosystems: food webs") keeps the whole title.
 */
function mainClause(t: string): string {
  const m = /^(.{3,}?)\s*(?::|\s[–—]\s)\s*(.{3,})$/.exec(t);
  if (!m) return t;
  const head = m[1]!.trim();
  return head.split(' ').length >= 2 ? head : t;
}
