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
  /** Words of a document the paragraph before quoted ("The statement added that …"): that quote's speaker's. */
  readonly previousStatement?: boolean;
}

/** A detector's account of a quote: the fields every candidate has, and those only some detectors set. */
export type CandidateFields = Pick<Candidate, 'kind' | 'parts' | 'cue' | 'mention' | 'paragraph' | 'inherits' | 'source'> &
  Partial<Pick<Candidate, 'entity' | 'blocker' | 'group' | 'unnamed' | 'instruction' | 'previousStatement'>>;

/**
 * A candidate with every field in the same order, those its detector leaves out set to undefined. The passes after
 * the detectors read candidates of every detector at the same places: built by a dozen literals and spreads, they
 * had over a hundred hidden classes there after a few hundred pages, and V8 then reads each field by a generic
 * lookup, which made the seed page's extraction a third slower than on a fresh start.
 */
export function newCandidate(f: CandidateFields): Candidate {
  return {
    kind: f.kind,
    parts: f.parts,
    cue: f.cue,
    mention: f.mention,
    paragraph: f.paragraph,
    inherits: f.inherits,
    source: f.source,
    entity: f.entity,
    blocker: f.blocker,
    group: f.group,
    unnamed: f.unnamed,
    instruction: f.instruction,
    previousStatement: f.previousStatement,
  };
}

/** The candidate with some fields changed, in the same one shape. */
export function changed(c: Candidate, changes: Partial<CandidateFields>): Candidate {
  return newCandidate({ ...c, ...changes });
}

export function spanOf(c: Candidate): [number, number] {
  return [c.parts[0]![0], c.parts[c.parts.length - 1]![1]];
}
