/**
 * The look of Statement Lens highlights, one definition for both painters: the CSS Custom Highlight API
 * (`::highlight(name)`) and the overlay fallback. A speaker keeps its colour class across the page; claims are
 * underlined so they stay visible inside a highlighted quote; "flash" shows where a click in the panel led.
 */

export const SPEAKER_COLOURS = [
  'rgba(255, 202, 40, 0.42)',
  'rgba(79, 195, 247, 0.38)',
  'rgba(129, 199, 132, 0.42)',
  'rgba(240, 98, 146, 0.32)',
  'rgba(186, 104, 200, 0.32)',
  'rgba(255, 138, 101, 0.38)',
  'rgba(77, 182, 172, 0.38)',
  'rgba(212, 225, 87, 0.45)',
] as const;

export type SpeakerColour = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** `note`: a passage the user highlighted by hand (or a note's anchor), drawn apart from extracted quotes. */
export type HighlightStyle = `speaker-${SpeakerColour}` | 'claim' | 'note';
/** A layer is what one Highlight object (or one overlay container) draws. */
export type HighlightLayer = HighlightStyle | 'flash';

export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = [
  ...SPEAKER_COLOURS.map((_, i) => `speaker-${i as SpeakerColour}` as const),
  'claim',
  'note',
];
export const HIGHLIGHT_LAYERS: readonly HighlightLayer[] = [...HIGHLIGHT_STYLES, 'flash'];

/**
 * Layers that tell something about the user rather than the page: the passages they highlighted or wrote notes
 * on, and the flash where they asked to be taken. CSS.highlights is one registry shared with the page's own
 * scripts (any script can list it and read every range), so these are drawn only in the overlay's closed
 * shadow root. Quotes and claims are derived from the page's own text and may stay in the registry.
 */
export const PRIVATE_LAYERS: ReadonlySet<HighlightLayer> = new Set<HighlightLayer>(['note', 'flash']);
export const PUBLIC_LAYERS: readonly HighlightLayer[] = HIGHLIGHT_LAYERS.filter((layer) => !PRIVATE_LAYERS.has(layer));

const CLAIM_COLOUR = '#c62828';
const NOTE_COLOUR = '#1d4ed8';
const FLASH_COLOUR = 'rgba(255, 235, 59, 0.95)';

/** Names are prefixed: CSS.highlights is one registry shared with the page and other extensions. */
export const highlightName = (layer: HighlightLayer): string => `statement-lens-${layer}`;

/** Painting order when layers overlap: a claim's underline over a quote's colour, a flash over both. */
export const layerPriority = (layer: HighlightLayer): number => (layer === 'flash' ? 3 : layer === 'note' ? 2 : layer === 'claim' ? 1 : 0);

/**
 * Style sheet for the CSS Custom Highlight API; ::highlight() accepts only colours and decorations. Public
 * layers only: the page can read this sheet, and a rule naming a private layer would say one exists.
 */
export function customHighlightCss(): string {
  const rules = SPEAKER_COLOURS.map((colour, i) => `::highlight(${highlightName(`speaker-${i as SpeakerColour}`)}) { background-color: ${colour}; }`);
  rules.push(`::highlight(${highlightName('claim')}) { text-decoration: underline 2px solid ${CLAIM_COLOUR}; }`);
  return rules.join('\n');
}

/** Style sheet inside the overlay's shadow root: boxes drawn over the text, never catching the pointer. */
export function overlayCss(): string {
  const rules = SPEAKER_COLOURS.map((colour, i) => `.speaker-${i} { background: ${colour}; }`);
  return [
    ':host { all: initial; }',
    '.clip { position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: hidden; pointer-events: none; }',
    '.layer, .group { position: absolute; left: 0; top: 0; pointer-events: none; }',
    '.box { position: absolute; pointer-events: none; mix-blend-mode: multiply; border-radius: 2px; }',
    ...rules,
    `.claim { border-bottom: 2px solid ${CLAIM_COLOUR}; mix-blend-mode: normal; }`,
    `.note { border-bottom: 2px dotted ${NOTE_COLOUR}; background: rgba(29, 78, 216, 0.12); }`,
    `.flash { background: ${FLASH_COLOUR}; animation: statement-lens-flash 1.2s ease-out forwards; }`,
    '@keyframes statement-lens-flash { from { opacity: 1; } to { opacity: 0; } }',
    '@media (prefers-reduced-motion: reduce) { .flash { animation: none; } }',
  ].join('\n');
}
