import type { Language } from '../schemas';

// Letters of the Kazakh alphabet that Russian lacks.
const KAZAKH = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[A-Za-z]/;

/**
 * The language of a note the user wrote, for the W3C body's `language`. Notes carry no language of their own and the
 * article's is the wrong guess for a Kazakh reporter annotating a Russian article, so we look at the script and say
 * nothing (undefined) when unsure: the model lets a body have no language.
 */
export function guessNoteLanguage(text: string): Exclude<Language, 'other'> | undefined {
  if (KAZAKH.test(text)) return 'kk';
  if (CYRILLIC.test(text)) return 'ru';
  if (LATIN.test(text)) return 'en';
  return undefined;
}
