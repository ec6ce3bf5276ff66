import type { Language } from '../schemas';

/** Kazakh letters that Russian does not use; a few per hundred Cyrillic letters marks a Kazakh text. */
const KAZAKH = new Set([...'әғқңөұүһіӘҒҚҢӨҰҮҺІ'].map((c) => c.charCodeAt(0)));

/** Detects the text's language from its letters; the page's declared language only breaks a tie. */
export function detectLanguage(text: string, declared: string | null): Language {
  let cyr = 0;
  let lat = 0;
  let kaz = 0;
  // A few thousand letters decide the language as well as the whole text would.
  const n = Math.min(text.length, 4_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) lat++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      if (KAZAKH.has(c)) kaz++;
    }
  }
  if (cyr === 0 && lat === 0) return 'other';
  if (cyr > lat) return kaz / cyr > 0.01 ? 'kk' : 'ru';
  if (lat > 0) {
    const d = (declared ?? '').toLowerCase().slice(0, 2);
    return d === '' || d === 'en' ? 'en' : 'other';
  }
  return 'other';
}
