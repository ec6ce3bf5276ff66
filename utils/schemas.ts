import { z } from 'zod';

/**
 * The data shapes every layer agrees on. Stored records, exports and messages carry a schemaVersion so
 * that a later version can migrate what an earlier one wrote.
 */
export const SCHEMA_VERSION = 1;

export const languageSchema = z.enum(['ru', 'en', 'kk', 'other']);
export type Language = z.infer<typeof languageSchema>;

/** W3C Web Annotation selectors, over the page text model of utils/anchor/text-model.ts. */
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(100_000),
  prefix: z.string().max(2_000).default(''),
  suffix: z.string().max(2_000).default(''),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

export const textPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/** Where a piece of text stands in a page: both selectors, so re-anchoring can try position, then quote. */
export const textAnchorSchema = z.object({
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema,
});
export type TextAnchor = z.infer<typeof textAnchorSchema>;

/** What the content script sends from a page: the article's text blocks, cut from the page text model. */
export const blockKindSchema = z.enum([
  'headline',
  'subheadline',
  'lead',
  'paragraph',
  'heading',
  'quote',
  'list-item',
  'caption',
  'byline',
  'other',
]);
export type BlockKind = z.infer<typeof blockKindSchema>;

export const textBlockSchema = z.object({
  kind: blockKindSchema,
  text: z.string().max(2_000_000),
  /** Offset of the block's first character in the page text model. */
  start: z.number().int().nonnegative(),
});
export type TextBlock = z.infer<typeof textBlockSchema>;

export const articleSnapshotSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  url: z.string().max(8_192),
  title: z.string().max(10_000),
  /** `<html lang>` or og:locale as the page declares it; the extractor still detects the language itself. */
  declaredLanguage: z.string().max(35).nullable(),
  meta: z.object({
    siteName: z.string().max(1_000).nullable(),
    publishedTime: z.string().max(100).nullable(),
    byline: z.string().max(1_000).nullable(),
    canonicalUrl: z.string().max(8_192).nullable(),
  }),
  blocks: z.array(textBlockSchema).max(50_000),
});
export type ArticleSnapshot = z.infer<typeof articleSnapshotSchema>;

export const quoteKindSchema = z.enum(['direct', 'indirect', 'headline']);
export type QuoteKind = z.infer<typeof quoteKindSchema>;

export const claimTypeSchema = z.enum(['factual', 'action', 'commitment', 'directive', 'opinion']);
export type ClaimType = z.infer<typeof claimTypeSchema>;

export const speakerSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().nullable(),
  /** Every surface form under which the text refers to this speaker, as written (uninflected where known). */
  mentions: z.array(z.string()),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const quoteSchema = z.object({
  id: z.string(),
  kind: quoteKindSchema,
  text: z.string(),
  /** The resolved full name of the speaker, or null when the text does not say who spoke. */
  speaker: z.string().nullable(),
  speakerId: z.string().nullable(),
  /** The verb or phrase that attributes the quote (сказал, said, деді), or null (headline, bare quote). */
  cue: z.string().nullable(),
  /** Where the quote's text stands in the page text model. */
  anchor: textAnchorSchema,
  /** Id of another quote that is a different wording of the same statement (headline vs body). */
  variantOf: z.string().nullable().default(null),
});
export type Quote = z.infer<typeof quoteSchema>;

export const claimSchema = z.object({
  id: z.string(),
  quoteId: z.string(),
  text: z.string(),
  type: claimTypeSchema,
  speaker: z.string().nullable(),
  checkworthiness: z.number().min(0).max(1),
  anchor: textAnchorSchema,
});
export type Claim = z.infer<typeof claimSchema>;

export const extractionSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  url: z.string(),
  isArticle: z.boolean(),
  language: languageSchema,
  title: z.string(),
  speakers: z.array(speakerSchema),
  quotes: z.array(quoteSchema),
  claims: z.array(claimSchema),
});
export type Extraction = z.infer<typeof extractionSchema>;

/** What a private note is attached to. */
export const noteTargetKindSchema = z.enum(['quote', 'claim', 'highlight', 'article']);
export type NoteTargetKind = z.infer<typeof noteTargetKindSchema>;

export const noteSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Client-generated UUID. */
  id: z.string().uuid(),
  /** Normalized URL (utils/url.ts) the note belongs to. */
  url: z.string().max(8_192),
  pageTitle: z.string().max(10_000).default(''),
  targetKind: noteTargetKindSchema,
  /** Absent for notes on the whole article. */
  anchor: textAnchorSchema.nullable(),
  /** Speaker and quote kind as extracted when the note was written, so the library can group without the page. */
  speaker: z.string().nullable().default(null),
  quoteKind: quoteKindSchema.nullable().default(null),
  claimType: claimTypeSchema.nullable().default(null),
  text: z.string().max(100_000),
  tags: z.array(z.string().min(1).max(100)).max(100).default([]),
  /** ISO 8601 with time zone. */
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
});
export type Note = z.infer<typeof noteSchema>;
