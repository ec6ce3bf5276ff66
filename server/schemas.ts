import { z } from 'zod';

/** Limits the extension should enforce too, so users see them before sending. */
export const LIMITS = {
  /** Counted in Unicode code points, not UTF-16 units, so an emoji counts as one. */
  commentTextChars: 10_000,
  quoteExactChars: 10_000,
  quoteContextChars: 1_000,
  urlChars: 8_192,
  passwordMinChars: 10,
  passwordMaxChars: 1_024,
  displayNameChars: 80,
  emailChars: 254,
  requestBodyBytes: 64 * 1024,
  pageSizeDefault: 50,
  pageSizeMax: 100,
} as const;

// Control characters in a public name could spoof layout in other users' views.
const noControlCharacters = /^[^\p{Cc}]*$/u;

/** A string PostgreSQL can store: TEXT rejects U+0000, so both databases refuse it up front. */
const storable = () => z.string().refine((value) => !value.includes('\u0000'), 'must not contain U+0000');

export const createAccountBody = z.object({
  email: z.email().max(LIMITS.emailChars).pipe(storable()),
  password: z.string().min(LIMITS.passwordMinChars).max(LIMITS.passwordMaxChars),
  displayName: z.string().trim().min(1).max(LIMITS.displayNameChars).regex(noControlCharacters),
});

// Sign-in does not check the email's shape: any mismatch is just "wrong email or password".
export const signInBody = z.object({
  email: z.string().min(1).max(LIMITS.emailChars),
  password: z.string().min(1).max(LIMITS.passwordMaxChars),
});

export const commentId = z.uuid().transform((id) => id.toLowerCase());

/** Length is checked by the route (over the limit is 413, not 400). */
const commentText = storable().refine((text) => text.trim() !== '', 'must not be empty');

export const createCommentBody = z.object({
  id: commentId,
  url: z.string().min(1).max(LIMITS.urlChars),
  quote: z.object({
    exact: storable().min(1).max(LIMITS.quoteExactChars),
    prefix: storable().max(LIMITS.quoteContextChars).default(''),
    suffix: storable().max(LIMITS.quoteContextChars).default(''),
  }),
  text: commentText,
});

export const updateCommentBody = z.object({ text: commentText });

export const listCommentsQuery = z.object({
  url: z.string().min(1).max(LIMITS.urlChars),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
  cursor: z.string().max(512).optional(),
});
