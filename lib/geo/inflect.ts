/**
 * Feminine and plural forms of demonyms, so the table can store one base form per language and
 * still match `la revolución mexicana`, `les Algériens`, `die iranische Revolution`.
 * Rules cover the regular patterns; irregular forms are listed in the table itself. Output may
 * include a few non-words (harmless: they never occur in text).
 */

/** Forms of an English demonym: `Iranian` → `Iranian`, `Iranians`. */
export function inflectEn(word: string): string[] {
  return /s$/i.test(word) ? [word] : [word, `${word}s`];
}

/** Forms of a French demonym (the table already has masculine and feminine): adds plurals. */
export function inflectFr(word: string): string[] {
  return /[sx]$/i.test(word) ? [word] : [word, `${word}s`];
}

/** Forms of a Spanish demonym given in the masculine singular. */
export function inflectEs(word: string): string[] {
  const w = word.toLowerCase();
  const plain = w.normalize('NFD').replace(/\p{M}/gu, '');
  if (/o$/.test(w)) return [w, `${w.slice(0, -1)}a`, `${w}s`, `${w.slice(0, -1)}as`];
  // alemán → alemana, alemanes, alemanas; francés → francesa, franceses, francesas
  if (/[áéíóú][ns]$/.test(w)) return [w, `${plain}a`, `${plain}es`, `${plain}as`];
  if (/[íú]$/.test(w)) return [w, `${w}es`, `${w}s`];
  if (/[ae]$/.test(w)) return [w, `${w}s`];
  if (/[lrnsz]$/.test(w)) return [w, `${w}a`, `${w}es`, `${w}as`];
  return [w, `${w}s`];
}

/** Forms of a Portuguese demonym given in the masculine singular. */
export function inflectPt(word: string): string[] {
  const w = word.toLowerCase();
  if (/ão$/.test(w)) {
    const stem = w.slice(0, -2);
    return [w, `${stem}ã`, `${stem}ães`, `${stem}ãos`, `${stem}ãs`];
  }
  if (/o$/.test(w)) return [w, `${w.slice(0, -1)}a`, `${w}s`, `${w.slice(0, -1)}as`];
  if (/ês$/.test(w)) {
    const stem = w.slice(0, -2);
    return [w, `${stem}esa`, `${stem}eses`, `${stem}esas`];
  }
  if (/l$/.test(w)) return [w, `${w}a`, `${w.slice(0, -1)}is`, `${w}as`];
  if (/[zr]$/.test(w)) return [w, `${w}es`, `${w}a`, `${w}as`];
  return [w, `${w}s`];
}

/** Forms of a German adjective: `iranisch` → `iranische`, `iranischen`, `iranischer` … */
export function inflectDeAdjective(word: string): string[] {
  const w = word.toLowerCase();
  return [w, `${w}e`, `${w}en`, `${w}er`, `${w}es`, `${w}em`];
}

/** Forms of a German noun: `Iraner` → `Iranerin`, `Iranerinnen`, `Iranern`; `Franzose` → `Franzosen`, `Französin`. */
export function inflectDeNoun(word: string): string[] {
  const w = word.toLowerCase();
  if (/er$/.test(w)) return [w, `${w}n`, `${w}in`, `${w}innen`];
  if (/e$/.test(w)) return [w, `${w}n`, `${w.slice(0, -1)}in`, `${w.slice(0, -1)}innen`];
  return [w, `${w}s`];
}
