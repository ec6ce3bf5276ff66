import { z } from 'zod';

/** The comment server's API as the extension uses it. `fetch` is injected: tests pass a real loopback server. */

export const commentSchema = z.object({
  id: z.string(),
  url: z.string(),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  text: z.string(),
  author: z.object({ id: z.string(), displayName: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PublicComment = z.infer<typeof commentSchema>;

const accountSchema = z.object({ id: z.string(), email: z.string(), displayName: z.string() });
const sessionSchema = z.object({ token: z.string().min(1), expiresAt: z.string(), account: accountSchema.optional() });
const listSchema = z.object({ comments: z.array(commentSchema), nextCursor: z.string().nullable().optional() });
const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** The server answered, with an error status: retrying the same request will not help (except 429 and 5xx). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get retryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

/** The server could not be reached at all (offline, down, refused). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(`the comment server cannot be reached (${cause instanceof Error ? cause.message : String(cause)})`);
    this.name = 'NetworkError';
  }
}

export interface CommentsApiOptions {
  baseUrl: string;
  fetch: typeof fetch;
  token?: string | null;
  timeoutMs?: number;
}

export interface NewComment {
  id: string;
  url: string;
  quote: { exact: string; prefix: string; suffix: string };
  text: string;
}

export function createCommentsApi({ baseUrl, fetch: doFetch, token = null, timeoutMs = 15_000 }: CommentsApiOptions) {
  const root = baseUrl.replace(/\/+$/, '');

  async function call<T>(method: string, path: string, schema: z.ZodType<T> | null, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await doFetch(`${root}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
        credentials: 'omit',
      });
    } catch (error) {
      throw new NetworkError(error);
    }
    const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = errorSchema.safeParse(payload);
      throw new ApiError(
        response.status,
        parsed.success ? parsed.data.error.code : 'http_error',
        parsed.success ? parsed.data.error.message : `the server answered ${response.status}`,
      );
    }
    if (!schema) return undefined as T;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) throw new ApiError(response.status, 'bad_response', 'the server sent an answer of an unexpected shape');
    return parsed.data;
  }

  return {
    createAccount: (input: { email: string; password: string; displayName: string }) => call('POST', '/api/accounts', accountSchema, input),
    signIn: (input: { email: string; password: string }) => call('POST', '/api/sessions', sessionSchema, input),
    signOut: () => call('DELETE', '/api/sessions', null),
    listComments: (url: string, cursor?: string) =>
      call('GET', `/api/comments?url=${encodeURIComponent(url)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, listSchema),
    postComment: (comment: NewComment) => call('POST', '/api/comments', commentSchema, comment),
    deleteComment: (id: string) => call('DELETE', `/api/comments/${encodeURIComponent(id)}`, null),
  };
}

export type CommentsApi = ReturnType<typeof createCommentsApi>;
