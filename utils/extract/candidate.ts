import type { QuoteKind } from '../schemas';
import type { Mention } from './mentions';
import type { Entity } from './speakers';

/** A quote as a detector finds it, before speakers are resolved and ids given. */
export interface Candidate {
  readonly kind: QuoteKind;
  /** The quote's own text pieces in model offsets, without cue clause, dash or quote marks. */
  readonly parts: ReadonlyArray<readonly [number, number]>;
  readonly cue: string | null;
  readonly mention: Mention | null;
  /** Paragraph of the attribution (or of the quote when none). */
  readonly paragraph: number;
  /** No attribution of its own: the speaker comes from the paragraph that introduces it or the quote before. */
  readonly inherits: boolean;
  readonly source: 'interview' | 'dash' | 'marks' | 'reported' | 'headline';
  /** The speaker when the detector knows it without a mention (an interview's answers). */
  readonly entity?: Entity;
  /** Takes its text away from other rules without becoming a quote (an interviewer's question). */
  readonly blocker?: boolean;
  /** The group that speaks, as the text calls it ("critics", "эксперты"), when no one is named. */
  readonly group?: string;
  /** The cue names its speaker by words that name no one known ("говорит мама третьеклассника"). */
  readonly unnamed?: boolean;
  /** Reported instruction (поручил … подготовить, instructed … to): its claims are directives. */
  readonly instruction?: boolean;
}

export function spanOf(c: Candidate): [number, number] {
  return [c.parts[0]![0], c.parts[c.parts.length - 1]![1]];
}
