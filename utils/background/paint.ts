import type { RequestOf, TabState } from '../messages';
import type { ClaimType, Note } from '../schemas';

export type PaintList = RequestOf<'paintHighlights'>;

const LABEL_LENGTH = 120;

function clip(text: string): string {
  return text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text;
}

/**
 * What a tab should show highlighted: each quote in its speaker's colour (by the speaker's order of appearance,
 * so colours are stable on a page), its claims underlined, and the notes that carry an anchor.
 */
/** `claimTypeName` words a claim's type in the browser's language (the page's tooltip cannot follow the panel's). */
export function paintListFor(state: TabState, notes: readonly Note[], claimTypeName: (type: ClaimType) => string = (type) => type): PaintList {
  const list: PaintList = { quotes: [], claims: [], notes: [] };
  if (state.status === 'article') {
    const { speakers, quotes, claims } = state.extraction;
    const colourOf = new Map(speakers.map((s, i) => [s.id, i + 1] as const));
    for (const q of quotes) {
      list.quotes.push({ id: q.id, anchor: q.anchor, colour: q.speakerId ? (colourOf.get(q.speakerId) ?? 0) : 0, label: q.speaker ?? '' });
    }
    // A claim lies inside its quote and wins the hover there: its label names the speaker too, so hovering
    // anywhere on a quote says who said it (the claim's own words are what the pointer is on already).
    for (const c of claims) list.claims.push({ id: c.id, anchor: c.anchor, colour: 0, label: c.speaker ? `${c.speaker} · ${claimTypeName(c.type)}` : claimTypeName(c.type) });
  }
  for (const n of notes) {
    if (n.anchor) list.notes.push({ id: n.id, anchor: n.anchor, colour: 0, label: clip(n.text) });
  }
  return list;
}
