/**
 * The terms of our W3C export. Everything the Web Annotation vocabulary has a word for uses that word; what it has
 * none for (who spoke, the kind of quote, the type of claim, the article's own metadata) goes under our namespace,
 * declared in a second @context entry so JSON-LD processors expand it to full IRIs and other tools can ignore it.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * A URN rather than an http IRI: nothing is published at it, and a URN does not invite a processor to fetch it.
 * Changing it breaks reading old exports; add new terms instead.
 */
export const SL_NAMESPACE = 'urn:statement-lens:vocab:';

/** Keys of the extension properties, as they appear in the JSON. */
export const SL = {
  kind: 'sl:kind',
  quoteId: 'sl:quoteId',
  claimId: 'sl:claimId',
  text: 'sl:text',
  speaker: 'sl:speaker',
  speakerId: 'sl:speakerId',
  quoteKind: 'sl:quoteKind',
  claimType: 'sl:claimType',
  cue: 'sl:cue',
  variantOf: 'sl:variantOf',
  checkworthiness: 'sl:checkworthiness',
  targetKind: 'sl:targetKind',
  pageTitle: 'sl:pageTitle',
  articles: 'sl:articles',
  title: 'sl:title',
  language: 'sl:language',
  savedAt: 'sl:savedAt',
  speakers: 'sl:speakers',
  name: 'sl:name',
  role: 'sl:role',
  mentions: 'sl:mentions',
} as const;

/** Which of our records an annotation carries; absent on annotations made by other tools. */
export type SlKind = 'quote' | 'claim' | 'note';

export const EXPORT_CONTEXT = [
  ANNO_CONTEXT,
  {
    sl: SL_NAMESPACE,
    // Order matters for these lists (speakers as extracted, mentions as written); JSON-LD sets are unordered.
    [SL.articles]: { '@container': '@list' },
    [SL.speakers]: { '@container': '@list' },
    [SL.mentions]: { '@container': '@list' },
    [SL.savedAt]: { '@type': 'http://www.w3.org/2001/XMLSchema#dateTime' },
  },
] as const;
