import { z } from 'zod';
import { claimTypeSchema, languageSchema, noteTargetKindSchema, quoteKindSchema } from '../schemas';
import { SL } from './w3c-vocab';

/**
 * What we accept when reading W3C annotations. Lenient where the model allows variety (one value or a list, an IRI
 * or an object), strict on the fields our own export writes, so a damaged file is reported with its path.
 */
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]));

const isoDateTime = z.string().datetime({ offset: true });

export const selectorList = oneOrMany(z.unknown());

const specificTarget = z.looseObject({
  source: z.union([z.string(), z.looseObject({ id: z.string() })]),
  selector: selectorList.optional(),
});
const externalTarget = z.looseObject({ id: z.string() });
export const targetSchema = z.union([z.string(), specificTarget, externalTarget]);

const bodySchema = z.union([
  z.string(),
  z.looseObject({
    type: oneOrMany(z.string()).optional(),
    value: z.string().optional(),
    purpose: oneOrMany(z.string()).optional(),
    id: z.string().optional(),
  }),
]);

export const annotationSchema = z.looseObject({
  id: z.string().optional(),
  type: oneOrMany(z.string()),
  motivation: oneOrMany(z.string()).optional(),
  created: isoDateTime.optional(),
  modified: isoDateTime.optional(),
  body: oneOrMany(bodySchema).optional(),
  bodyValue: z.string().optional(),
  target: oneOrMany(targetSchema),
  [SL.kind]: z.enum(['quote', 'claim', 'note']).optional(),
});
export type ReadAnnotation = z.infer<typeof annotationSchema>;

const anchored = { target: specificTarget };

export const ourQuoteSchema = z.looseObject({
  ...anchored,
  [SL.quoteId]: z.string(),
  [SL.quoteKind]: quoteKindSchema,
  [SL.text]: z.string(),
  [SL.speaker]: z.string().optional(),
  [SL.speakerId]: z.string().optional(),
  [SL.cue]: z.string().optional(),
  [SL.variantOf]: z.string().optional(),
});

export const ourClaimSchema = z.looseObject({
  ...anchored,
  [SL.claimId]: z.string(),
  [SL.quoteId]: z.string(),
  [SL.claimType]: claimTypeSchema,
  [SL.text]: z.string(),
  [SL.speaker]: z.string().optional(),
  [SL.checkworthiness]: z.number().min(0).max(1),
});

export const ourNoteSchema = z.looseObject({
  id: z.string().regex(/^urn:uuid:/i),
  created: isoDateTime,
  modified: isoDateTime,
  [SL.targetKind]: noteTargetKindSchema,
  [SL.pageTitle]: z.string().optional(),
  [SL.speaker]: z.string().optional(),
  [SL.quoteKind]: quoteKindSchema.optional(),
  [SL.claimType]: claimTypeSchema.optional(),
});

export const articleSchema = z.looseObject({
  id: z.string(),
  [SL.title]: z.string(),
  [SL.language]: languageSchema,
  [SL.savedAt]: isoDateTime,
  [SL.speakers]: z.array(
    z.looseObject({
      [SL.speakerId]: z.string(),
      [SL.name]: z.string(),
      [SL.role]: z.string().optional(),
      [SL.mentions]: z.array(z.string()),
    }),
  ),
});

export const collectionSchema = z.looseObject({
  type: oneOrMany(z.string()),
  created: isoDateTime.optional(),
  [SL.articles]: z.array(z.unknown()).optional(),
  first: z.union([z.string(), z.looseObject({ items: z.array(z.unknown()), next: z.unknown().optional() })]).optional(),
});

export const pageSchema = z.looseObject({ type: oneOrMany(z.string()), items: z.array(z.unknown()), next: z.unknown().optional() });
