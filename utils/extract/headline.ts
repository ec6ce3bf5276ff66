import { DASHES, mentionsIn, pickMention } from './attribution';
import type { Candidate } from './candidate';
import type { DocContext } from './context';
import type { Mention } from './mentions';
import type { SpeakerRegistry } from './speakers';

/**
 * Headline quotes: `Текст - Токаев`, `Токаев: текст`, `«Текст», - Токаев`. A headline in that shape is often
 * the newsroom's summary, not the speaker's words, so the caller keeps it only when it is in quotation marks,
 * speaks in the first person, or matches something the body quotes the speaker as saying.
 */
export interface HeadlineCandidate extends Candidate {
  readonly quoted: boolean;
}

const MAX_TAIL_WORDS = 5;

export function findHeadlineQuote(ctx: DocContext, registry: SpeakerRegistry): HeadlineCandidate | null {
  const h = ctx.headline;
  if (!h) return null;
  const { text, base } = ctx.view;
  const start = h.para.start;
  const end = h.para.end;
  const mentions = mentionsIn(registry, -1, start, end).filter((m) => m.kind !== 'pronoun');
  // Tail form: the last " - " with only a speaker after it.
  for (let i = end - 3; i > start; i--) {
    if (!DASHES.has(text[i - base]!) || text[i - 1 - base] !== ' ' || text[i + 1 - base] !== ' ') continue;
    const tailWords = h.tokens.filter((t) => t.start > i).length;
    if (tailWords === 0 || tailWords > MAX_TAIL_WORDS) break;
    const speaker = pickMention(mentions.filter((m) => m.start > i), i);
    if (!speaker) break;
    return make(ctx, start, i - 1, speaker, -1);
  }
  // Colon form: a speaker, a colon, the words.
  const colon = text.indexOf(':', start - base) + base;
  if (colon >= base && colon < end) {
    const speaker = pickMention(mentions.filter((m) => m.end <= colon), colon);
    const before = h.tokens.filter((t) => t.end <= colon).length;
    if (speaker && before <= MAX_TAIL_WORDS && speaker.start - start <= 1) return make(ctx, colon + 1, end, speaker, -1);
  }
  return null;
}

function make(ctx: DocContext, from: number, to: number, speaker: Mention, paragraph: number): HeadlineCandidate | null {
  const { text, base } = ctx.view;
  let a = from;
  let b = to;
  while (a < b && /[\s«»"“”„,]/.test(text[a - base]!)) a++;
  while (b > a && /[\s«»"“”„,]/.test(text[b - 1 - base]!)) b--;
  if (b <= a) return null;
  const quoted = /[«"“„]/.test(ctx.view.slice(from, a + 1));
  return { kind: 'headline', parts: [[a, b]], cue: null, mention: speaker, paragraph, inherits: false, source: 'headline', quoted };
}

const FIRST_PERSON = new Set(['я', 'мы', 'нас', 'нам', 'наш', 'наша', 'наши', 'мой', 'моя', 'i', 'we', 'our', 'us', 'my', 'мен', 'біз', 'біздің', 'менің']);

export function speaksInFirstPerson(words: readonly string[]): boolean {
  return words.some((w) => FIRST_PERSON.has(w));
}
