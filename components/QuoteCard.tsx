import type { ComponentChildren } from 'preact';
import type { Claim, Note, Quote } from '../utils/schemas';
import { AddNote } from './AddNote';
import type { NoteDraft } from './NoteEditor';
import { NoteList } from './NoteItem';
import { QuoteVariant } from './QuoteVariant';
import { useT } from './i18n';

interface Props {
  quote: Quote;
  claims: Claim[];
  notes: Note[];
  /** Notes on each claim, by claim id. */
  claimNotes: Map<string, Note[]>;
  focused: boolean;
  onReveal: (quote: Quote) => void;
  onAddNote: (target: { quote: Quote; claim?: Claim }, draft: NoteDraft) => Promise<void>;
  onEditNote: (note: Note, draft: NoteDraft) => Promise<void>;
  onDeleteNote: (note: Note) => void;
  /** The same statement worded differently elsewhere on the page (headline vs body), if any. */
  variant: Quote | null;
  onSelectVariant: (other: Quote) => void;
  /** The quote's public comments, when the panel shows them. */
  children?: ComponentChildren;
}

export function QuoteCard({ quote, claims, notes, claimNotes, focused, onReveal, onAddNote, onEditNote, onDeleteNote, variant, onSelectVariant, children }: Props) {
  const t = useT();
  return (
    <li class={`quote quote-${quote.kind}${focused ? ' focused' : ''}`} id={`quote-${quote.id}`} tabIndex={-1}>
      <p class="meta">
        <span class="kind">{t(`kind.${quote.kind}`)}</span>
        {quote.cue && <span class="cue"> · {quote.cue}</span>}
      </p>
      <button type="button" class="quote-text" onClick={() => onReveal(quote)} title={t('showInPage')}>
        {quote.text}
      </button>
      {variant && <QuoteVariant quote={quote} other={variant} onSelect={onSelectVariant} />}
      {claims.length > 0 && (
        <ul class="claims" aria-label={t('claims')}>
          {claims.map((claim) => (
            <li key={claim.id} class={`claim claim-${claim.type}`}>
              <span class={`chip chip-${claim.type}`}>{t(`claimType.${claim.type}`)}</span>{' '}
              <span class="claim-text">{claim.text}</span>{' '}
              <meter
                min={0}
                max={1}
                value={claim.checkworthiness}
                aria-label={t('checkworthiness', { value: Math.round(claim.checkworthiness * 100) })}
                title={t('checkworthiness', { value: Math.round(claim.checkworthiness * 100) })}
              />
              <NoteList notes={claimNotes.get(claim.id) ?? []} onSave={onEditNote} onDelete={onDeleteNote} />
              <AddNote label={t('noteOnClaim', { text: claim.text.slice(0, 60) })} onSave={(draft) => onAddNote({ quote, claim }, draft)} />
            </li>
          ))}
        </ul>
      )}
      <NoteList notes={notes} onSave={onEditNote} onDelete={onDeleteNote} />
      <AddNote label={t('noteOn', { text: quote.text.slice(0, 60) })} onSave={(draft) => onAddNote({ quote }, draft)} />
      {children}
    </li>
  );
}
