import type { ComponentChildren } from 'preact';
import type { Claim, Note, Quote } from '../utils/schemas';
import { NoteEditor } from './NoteEditor';
import { useT } from './i18n';

interface Props {
  quote: Quote;
  claims: Claim[];
  notes: Note[];
  onReveal: (quote: Quote) => void;
  onSaveNote: (quote: Quote, text: string) => Promise<void>;
  /** The quote's public comments, when the panel shows them. */
  children?: ComponentChildren;
}

export function QuoteCard({ quote, claims, notes, onReveal, onSaveNote, children }: Props) {
  const t = useT();
  return (
    <li class={`quote quote-${quote.kind}`}>
      <span class="kind">{t(`kind.${quote.kind}`)}</span>
      {quote.cue && <span class="cue"> · {quote.cue}</span>}
      <button type="button" class="quote-text" onClick={() => onReveal(quote)} title={t('showInPage')}>
        {quote.text}
      </button>
      {claims.length > 0 && (
        <ul class="claims" aria-label={t('claims')}>
          {claims.map((claim) => (
            <li key={claim.id} class={`claim claim-${claim.type}`}>
              <span class="claim-type">{t(`claimType.${claim.type}`)}</span> {claim.text}
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul class="notes" aria-label={t('notes')}>
          {notes.map((note) => (
            <li key={note.id} class="note">
              {note.text}
            </li>
          ))}
        </ul>
      )}
      <NoteEditor label={t('noteOn', { text: quote.text.slice(0, 60) })} onSave={(text) => onSaveNote(quote, text)} />
      {children}
    </li>
  );
}
