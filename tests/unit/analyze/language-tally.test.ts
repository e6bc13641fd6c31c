import { describe, expect, it } from 'vitest';
import { analyzeStatuses, detectLanguage } from '../../../lib/analyze/index.ts';

/**
 * analyze() takes the language from the stopwords its scan counts on the way (one pass over the
 * text); detectLanguage() counts them on its own. Both must always agree, on any text.
 */
describe('language from the scan agrees with detectLanguage', () => {
  const samples = [
    'Write an essay about the causes of the war and what you think about them.',
    'Escribe un ensayo sobre las causas de la guerra y qué piensas de ellas. ¿Por qué?',
    // Digits inside words split words for the language reader but not for the scan.
    'the5th que2que 21st año2024 del3del para_para la-la el/el',
    // Latin-1 letters, a non-Latin-1 letter inside a word, symbols that are no letters.
    'Élèves: écrivez ª º ² µ sur la Ñandú niño señor — Straße İstanbul œuvre',
    // Letters in U+3000-U+303F end scan words but are letters to the language reader.
    'el々la que〆que de〻de la 々 las',
    // A surrogate pair letter inside a word.
    'the\u{1d400}the que\u{1d400} el',
    '¡Hola! ¿Qué tal? ñ ñ ñ the the',
    // Texts these words decide: Spanish stopwords only inside digit-split words; Spanish
    // stopwords joined into one word by a letter the scan treats as an edge.
    'el5el la5la los5los the',
    'el々el la々la los々los the',
  ];

  it('on short texts with awkward words', () => {
    for (const text of samples) {
      for (const lang of [undefined, 'en', 'es', 'fr']) {
        expect(analyzeStatuses({ title: '', text, lang }).language, `${lang} ${text}`).toBe(detectLanguage(text, lang));
      }
    }
  });

  it('past the 4,000 words the reader looks at, and with ¿ ¡ ñ past its head', () => {
    const english = 'the students will write about it and you should read it '.repeat(500);
    const spanish = 'los alumnos deben escribir sobre el tema y la clase '.repeat(500);
    for (const text of [english + spanish, spanish + english, english + '¿¡ñ'.repeat(3000), 'x '.repeat(12000) + '¿Qué? '.repeat(100)]) {
      expect(analyzeStatuses({ title: '', text }).language).toBe(detectLanguage(text));
    }
  });
});
