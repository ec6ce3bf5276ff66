import { isSpeechWord } from './attribution';
import type { DocContext, ParagraphInfo } from './context';
import { lexiconFor } from './lexicon';

/** Words a phrase that names a quotation's speaker may spread over ("Так на своей странице в Facebook прокомментировала"). */
const LOOSE_PHRASE_WORDS = 8;

/**
 * The paragraph names who spoke the words before it: "That is how X described …", "The warning came from X",
 * "Так закончил свое последнее слово X", "Так о болезни сына рассказывает жительница X". It opens with one of its
 * lexicon's phrases, whose words may spread over its first few, or with an opener and soon after a verb of speech.
 */
export function namesSpeakerBefore(ctx: DocContext, p: ParagraphInfo): boolean {
  const lex = lexiconFor(p.language);
  const first = p.tokens[0]?.lower;
  if (first === undefined) return false;
  const loosely = (phrase: readonly string[]) => {
    if (first !== phrase[0]) return false;
    let k = 1;
    for (let i = 1; i < p.tokens.length && i < LOOSE_PHRASE_WORDS && k < phrase.length; i++) if (p.tokens[i]!.lower === phrase[k]) k++;
    return k === phrase.length;
  };
  if (lex.namedAfter.some(loosely)) return true;
  if (!lex.namedAfterOpeners.has(first)) return false;
  for (let i = 1; i < p.tokens.length && i < LOOSE_PHRASE_WORDS; i++) if (isSpeechWord(ctx, p, i)) return true;
  return false;
}
