/**
 * The word for "university" in the languages of countries whose universities share no domain
 * ending (Germany's are `uni-*.de`, France's `univ-*.fr`): the academic design then becomes
 * `site:de Universität <topic>` (research: data-sources.md §2.3). Keyed by base language code.
 */
export const UNIVERSITY_WORD: Readonly<Record<string, string>> = {
  en: 'university', es: 'universidad', fr: 'université', de: 'Universität', pt: 'universidade', it: 'università',
  nl: 'universiteit', sv: 'universitet', da: 'universitet', nb: 'universitet', no: 'universitet', nn: 'universitet',
  fi: 'yliopisto', cs: 'univerzita', sk: 'univerzita', pl: 'uniwersytet', hu: 'egyetem', ro: 'universitatea',
  bg: 'университет', ru: 'университет', uk: 'університет', be: 'універсітэт', el: 'πανεπιστήμιο', tr: 'üniversite',
  fa: 'دانشگاه', ar: 'جامعة', he: 'אוניברסיטה', zh: '大学', ja: '大学', ko: '대학교', hi: 'विश्वविद्यालय',
  id: 'universitas', ms: 'universiti', vi: 'đại học', th: 'มหาวิทยาลัย', sr: 'универзитет', hr: 'sveučilište',
  bs: 'univerzitet', sl: 'univerza', mk: 'универзитет', sq: 'universiteti', lt: 'universitetas', lv: 'universitāte',
  et: 'ülikool', is: 'háskóli', ca: 'universitat', ka: 'უნივერსიტეტი', hy: 'համալսարան', az: 'universitet',
  kk: 'университет', uz: 'universitet', ur: 'یونیورسٹی', bn: 'বিশ্ববিদ্যালয়', sw: 'chuo kikuu', af: 'universiteit',
  tl: 'unibersidad', mt: 'università', ga: 'ollscoil', lb: 'Universitéit',
};

/** The word for "university" in a BCP 47 language, or undefined. */
export function universityWord(lang: string): string | undefined {
  return UNIVERSITY_WORD[lang] ?? UNIVERSITY_WORD[lang.split('-')[0]!];
}
