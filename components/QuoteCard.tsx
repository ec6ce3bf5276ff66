import type { ComponentChildren } from 'preact';
import type { Claim, Note, Quote } from '../utils/schemas';
import { NoteEditor } from './NoteEditor';

interface Props {
  quote: Quote;
  claims: Claim[];
  notes: Note[];
  onReveal: (quote: Quote) => void;
  onSaveNote: (quote: Quote, text: string) => Promise<void>;
  /** The quote's public comments, when the panel shows them. */
  children?: ComponentChildren;
}

const KIND_LABEL: Record<Quote['kind'], string> = {
  direct: 'Direct quote',
  indirect: 'Reported speech',
  headline: 'Headline',
};

export function QuoteCard({ quote, claims, notes, onReveal, onSaveNote, children }: Props) {
  return (
    <li class={`quote quote-${quote.kind}`}>
      <span class="kind">{KIND_LABEL[quote.kind]}</span>
      {quote.cue && <span class="cue"> · {quote.cue}</span>}
      <button type="button" class="quote-text" onClick={() => onReveal(quote)} title="Show in the page">
        {quote.text}
      </button>
      {claims.length > 0 && (
        <ul class="claims" aria-label="Claims">
          {claims.map((claim) => (
            <li key={claim.id} class={`claim claim-${claim.type}`}>
              <span class="claim-type">{claim.type}</span> {claim.text}
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul class="notes" aria-label="Notes">
          {notes.map((note) => (
            <li key={note.id} class="note">
              {note.text}
            </li>
          ))}
        </ul>
      )}
      <NoteEditor label={`Note on: ${quote.text.slice(0, 60)}`} onSave={(text) => onSaveNote(quote, text)} />
      {children}
    </li>
  );
}
