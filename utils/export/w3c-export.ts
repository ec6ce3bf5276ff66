import type { Claim, Quote, Speaker, TextAnchor } from '../schemas';
import type { AnnotationBundle, BundleNote, BundlePage } from './bundle';
import { joinPieces, runPieces, type ExportOptions, type ExportPieces } from './chunked';
import { guessNoteLanguage } from './language-guess';
import { stableUuid } from './stable-id';
import { toUtcZ } from './time';
import { EXPORT_CONTEXT, SL } from './w3c-vocab';

/** A JSON-LD node as we write it; values are plain JSON. */
export type JsonLdNode = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * W3C Web Annotation export: one AnnotationCollection whose first (and only) page embeds every annotation, so the
 * file stands alone offline. Quotes and claims become `highlighting` annotations, notes become `commenting` ones
 * (`highlighting` or `bookmarking` when they have no text), tags become `tagging` bodies.
 */
export function w3cPieces(bundle: AnnotationBundle): ExportPieces {
  let total = bundle.notes.length;
  for (const page of bundle.pages) total += page.extraction.quotes.length + page.extraction.claims.length;
  return { total, pieces: generateW3C(bundle, total) };
}

function* generateW3C(bundle: AnnotationBundle, total: number): Generator<string> {
  const collectionId = stableUuid('collection', bundle.exportedAt, String(total), bundle.pages[0]?.url ?? '');
  const head: JsonLdNode = {
    '@context': EXPORT_CONTEXT as unknown as JsonValue,
    id: `urn:uuid:${collectionId}`,
    type: 'AnnotationCollection',
    label: 'Statement Lens annotations',
    created: toUtcZ(bundle.exportedAt),
    generator: { type: 'Software', name: 'Statement Lens' },
    total,
    [SL.articles]: bundle.pages.map(articleNode),
  };
  const headText = JSON.stringify(head, null, 1);
  if (total === 0) {
    // A collection with no annotations has no first page: a page must hold at least one annotation.
    yield `${headText}\n`;
    return;
  }
  const page = { id: `urn:uuid:${stableUuid('page', collectionId)}`, type: 'AnnotationPage', partOf: `urn:uuid:${collectionId}`, startIndex: 0 };
  yield `${headText.slice(0, -2)},\n "first": ${JSON.stringify(page).slice(0, -1)},"items": [`;
  let first = true;
  const separator = (): string => (first ? ((first = false), '\n') : ',\n');
  for (const p of bundle.pages) {
    for (const quote of p.extraction.quotes) yield separator() + JSON.stringify(quoteAnnotation(p, quote));
    for (const claim of p.extraction.claims) yield separator() + JSON.stringify(claimAnnotation(p, claim));
  }
  for (const note of bundle.notes) yield separator() + JSON.stringify(noteAnnotation(note));
  yield '\n]}\n}\n';
}

function articleNode(page: BundlePage): JsonLdNode {
  return {
    id: page.url,
    [SL.title]: page.title,
    [SL.language]: page.language,
    [SL.savedAt]: page.savedAt,
    [SL.speakers]: page.extraction.speakers.map(speakerNode),
  };
}

function speakerNode(speaker: Speaker): JsonLdNode {
  return withoutNulls({
    [SL.speakerId]: speaker.id,
    [SL.name]: speaker.name,
    [SL.role]: speaker.role,
    [SL.mentions]: speaker.mentions,
  });
}

export function quoteAnnotationId(url: string, quoteId: string): string {
  return `urn:uuid:${stableUuid('quote', url, quoteId)}`;
}

function quoteAnnotation(page: BundlePage, quote: Quote): JsonLdNode {
  return withoutNulls({
    id: quoteAnnotationId(page.url, quote.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: toUtcZ(page.savedAt),
    [SL.kind]: 'quote',
    [SL.quoteId]: quote.id,
    [SL.quoteKind]: quote.kind,
    [SL.text]: quote.text,
    [SL.speaker]: quote.speaker,
    [SL.speakerId]: quote.speakerId,
    [SL.cue]: quote.cue,
    [SL.variantOf]: quote.variantOf,
    target: textTarget(page.url, quote.anchor),
  });
}

function claimAnnotation(page: BundlePage, claim: Claim): JsonLdNode {
  return withoutNulls({
    id: `urn:uuid:${stableUuid('claim', page.url, claim.id)}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: toUtcZ(page.savedAt),
    [SL.kind]: 'claim',
    [SL.claimId]: claim.id,
    [SL.quoteId]: claim.quoteId,
    [SL.claimType]: claim.type,
    [SL.text]: claim.text,
    [SL.speaker]: claim.speaker,
    [SL.checkworthiness]: claim.checkworthiness,
    target: textTarget(page.url, claim.anchor),
  });
}

function noteAnnotation(note: BundleNote): JsonLdNode {
  const bodies: JsonLdNode[] = [];
  if (note.text !== '') {
    const language = guessNoteLanguage(note.text);
    bodies.push({
      type: 'TextualBody',
      value: note.text,
      format: 'text/plain',
      ...(language ? { language } : {}),
      purpose: 'commenting',
    });
  }
  for (const tag of note.tags) bodies.push({ type: 'TextualBody', value: tag, format: 'text/plain', purpose: 'tagging' });
  const motivation = note.text !== '' ? 'commenting' : note.anchor ? 'highlighting' : note.tags.length > 0 ? 'tagging' : 'bookmarking';
  return withoutNulls({
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    motivation,
    created: toUtcZ(note.createdAt),
    modified: toUtcZ(note.updatedAt),
    [SL.kind]: 'note',
    [SL.targetKind]: note.targetKind,
    [SL.pageTitle]: note.pageTitle === '' ? null : note.pageTitle,
    [SL.speaker]: note.speaker,
    [SL.quoteKind]: note.quoteKind,
    [SL.claimType]: note.claimType,
    ...(bodies.length > 0 ? { body: bodies } : {}),
    // A note on the whole article targets the article itself: the model's simplest target, its IRI.
    target: note.anchor ? textTarget(note.url, note.anchor) : note.url,
  });
}

function textTarget(url: string, anchor: TextAnchor): JsonLdNode {
  const { quote, position } = anchor;
  return {
    source: url,
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}

/** JSON-LD treats null as "no value"; leaving the key out says the same thing with less noise. */
function withoutNulls(node: { [key: string]: JsonValue | undefined }): JsonLdNode {
  const out: JsonLdNode = {};
  for (const [key, value] of Object.entries(node)) if (value !== null && value !== undefined) out[key] = value;
  return out;
}

export function exportW3C(bundle: AnnotationBundle): string {
  return joinPieces(w3cPieces(bundle));
}

export function exportW3CAsync(bundle: AnnotationBundle, options?: ExportOptions): Promise<string> {
  return runPieces(w3cPieces(bundle), options);
}
