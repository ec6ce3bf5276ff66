import { Hono, type MiddlewareHandler } from 'hono';
import { requireSession } from '../auth/require-session';
import type { StoredComment } from '../db/repository';
import { ApiError } from '../http/api-error';
import type { AppEnv, Services } from '../http/app-env';
import { readJsonBody, readQuery } from '../http/validation';
import { decodeCursor, encodeCursor } from '../pagination-cursor';
import { commentId, createCommentBody, LIMITS, listCommentsQuery, updateCommentBody } from '../schemas';
import { normalizeArticleUrl } from '../url';

/** The public shape of a comment. The text is plain text: clients must render it as text, never as HTML. */
function commentJson(comment: StoredComment) {
  return {
    id: comment.id,
    url: comment.url,
    quote: comment.quote,
    text: comment.text,
    author: comment.author,
    createdAt: new Date(comment.createdAt).toISOString(),
    updatedAt: new Date(comment.updatedAt).toISOString(),
  };
}

function checkTextLength(text: string): void {
  let count = 0;
  for (const _ of text) {
    if (++count > LIMITS.commentTextChars) {
      throw new ApiError(413, 'payload_too_large', `Comments are limited to ${LIMITS.commentTextChars} characters.`);
    }
  }
}

function articleUrl(raw: string): string {
  const url = normalizeArticleUrl(raw);
  if (!url) throw new ApiError(400, 'invalid_input', 'url: must be an absolute http(s) URL');
  return url;
}

export function commentRoutes(services: Services): Hono<AppEnv> {
  const { repo, clock, limiter } = services;
  const signedIn = requireSession(services);

  // The per-IP bucket runs before the token lookup so floods with bogus tokens never reach the database.
  const writesPerIp: MiddlewareHandler<AppEnv> = async (c, next) => {
    limiter.take('writesPerIp', c.var.clientIp);
    await next();
  };
  const writesPerAccount: MiddlewareHandler<AppEnv> = async (c, next) => {
    limiter.take('writesPerAccount', c.var.account.id);
    await next();
  };
  const writeAllowed = [writesPerIp, signedIn, writesPerAccount] as const;

  const ownComment = async (id: string | undefined, accountId: string): Promise<StoredComment> => {
    const parsed = commentId.safeParse(id);
    const comment = parsed.success ? await repo.findComment(parsed.data) : null;
    if (!comment) throw new ApiError(404, 'not_found', 'No such comment.');
    if (comment.author.id !== accountId) throw new ApiError(403, 'forbidden', 'Only the author can change a comment.');
    return comment;
  };

  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const query = readQuery(c, listCommentsQuery);
      const url = articleUrl(query.url);
      const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
      if (query.cursor !== undefined && !after) throw new ApiError(400, 'invalid_input', 'cursor: not a valid cursor');

      // One extra row tells whether another page exists without a COUNT.
      const rows = await repo.listComments(url, query.limit + 1, after);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const nextCursor = rows.length > query.limit && last ? encodeCursor(last) : null;
      return c.json({ comments: page.map(commentJson), nextCursor });
    })
    .post('/', ...writeAllowed, async (c) => {
      const body = await readJsonBody(c, createCommentBody);
      checkTextLength(body.text);
      const result = await repo.insertComment({
        id: body.id,
        url: articleUrl(body.url),
        quote: body.quote,
        text: body.text,
        authorId: c.var.account.id,
        createdAt: clock.now(),
      });
      if (result.status === 'created') return c.json(commentJson(result.comment), 201);
      if (result.comment.author.id !== c.var.account.id) {
        throw new ApiError(409, 'id_conflict', 'This comment id is already in use.');
      }
      // A retry of a request whose response was lost: answer with what is stored, change nothing.
      return c.json(commentJson(result.comment), 200);
    })
    .patch('/:id', ...writeAllowed, async (c) => {
      const comment = await ownComment(c.req.param('id'), c.var.account.id);
      const body = await readJsonBody(c, updateCommentBody);
      checkTextLength(body.text);
      const updated = await repo.updateCommentText(comment.id, body.text, clock.now());
      if (!updated) throw new ApiError(404, 'not_found', 'No such comment.');
      return c.json(commentJson(updated));
    })
    .delete('/:id', ...writeAllowed, async (c) => {
      const comment = await ownComment(c.req.param('id'), c.var.account.id);
      await repo.deleteComment(comment.id);
      return c.body(null, 204);
    });
}
