import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorCode, newComment, TestServer } from './helpers';
import { testBackends } from './backends';

describe.each(testBackends())('on $name', (backend) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await TestServer.start({ backend });
  });
  afterEach(async () => {
    await server.close();
  });

  interface CommentBody {
    id: string;
    url: string;
    quote: { exact: string; prefix: string; suffix: string };
    text: string;
    author: { id: string; displayName: string };
    createdAt: string;
    updatedAt: string;
  }
  interface ListBody {
    comments: CommentBody[];
    nextCursor: string | null;
  }

  const ARTICLE = 'https://news.example.kz/2026/03/budget';

  async function list(query: string): Promise<{ status: number; body: ListBody }> {
    const response = await server.request('GET', `/api/comments?${query}`);
    return { status: response.status, body: response.body as ListBody };
  }

  describe('POST /api/comments', () => {
    it('stores a comment: 201 with the normalized URL, the author and timestamps', async () => {
      const user = await server.signUp('Dana');
      const input = newComment();
      const response = await server.request('POST', '/api/comments', { json: input, token: user.token });
      expect(response.status).toBe(201);
      const createdAt = new Date(server.clock.now()).toISOString();
      expect(response.body).toEqual({
        id: input.id,
        url: ARTICLE,
        quote: input.quote,
        text: input.text,
        author: { id: user.id, displayName: 'Dana' },
        createdAt,
        updatedAt: createdAt,
      });
    });

    it('fills an absent prefix and suffix with empty strings', async () => {
      const user = await server.signUp();
      const response = await server.request('POST', '/api/comments', {
        json: newComment({ quote: { exact: 'only the quote' } }),
        token: user.token,
      });
      expect(response.status).toBe(201);
      expect((response.body as CommentBody).quote).toEqual({ exact: 'only the quote', prefix: '', suffix: '' });
    });

    it('is idempotent: the same id from the same author answers 200 with the stored comment and adds nothing', async () => {
      const user = await server.signUp();
      const input = newComment();
      const first = await server.request('POST', '/api/comments', { json: input, token: user.token });
      server.clock.advance(60_000);
      const retry = await server.request('POST', '/api/comments', {
        json: { ...input, id: String(input.id).toUpperCase(), text: 'a changed retry must not overwrite' },
        token: user.token,
      });
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect((await list(`url=${encodeURIComponent(ARTICLE)}`)).body.comments).toHaveLength(1);
    });

    it('answers 20 concurrent retries of one id over HTTP with one 201 and nineteen 200s of the same comment, and stores one row', async () => {
      const user = await server.signUp();
      const input = newComment();
      const http = await server.listen();
      let responses: Array<{ status: number; body: unknown }>;
      try {
        responses = await postAllAtOnce(http, user.token, JSON.stringify(input), 20);
      } finally {
        await http.close();
      }
      expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
      expect(responses.filter((r) => r.status === 200)).toHaveLength(19);
      const created = responses.find((r) => r.status === 201)!.body as CommentBody;
      expect(created).toMatchObject({ id: input.id, text: input.text, author: { id: user.id } });
      for (const { body } of responses) expect(body).toEqual(created);

      const [, , comments] = JSON.parse(await server.database.dump()) as [unknown[], unknown[], Array<{ id: string }>];
      expect(comments.map((row) => row.id)).toEqual([input.id]);
      expect((await list(`url=${encodeURIComponent(ARTICLE)}`)).body.comments).toEqual([created]);
    });

    it('answers 409 when another author reuses an id, and leaves the comment alone', async () => {
      const owner = await server.signUp('Owner');
      const other = await server.signUp('Other');
      const input = newComment();
      const first = await server.request('POST', '/api/comments', { json: input, token: owner.token });
      const clash = await server.request('POST', '/api/comments', { json: { ...input, text: 'hijack' }, token: other.token });
      expect(clash.status).toBe(409);
      expect(errorCode(clash.body)).toBe('id_conflict');
      expect((await list(`url=${encodeURIComponent(ARTICLE)}`)).body.comments).toEqual([first.body]);
    });

    it.each([
      ['a missing id', { id: undefined }],
      ['an id that is not a UUID', { id: 'comment-1' }],
      ['a missing url', { url: undefined }],
      ['a relative url', { url: '/2026/03/budget' }],
      ['a javascript: url', { url: 'javascript:alert(1)' }],
      ['a missing quote', { quote: undefined }],
      ['an empty quote', { quote: { exact: '' } }],
      ['a quote that is a string', { quote: 'We will balance the budget' }],
      ['empty text', { text: '' }],
      ['whitespace-only text', { text: ' \n\t ' }],
      ['text that is not a string', { text: 42 }],
      ['text with U+0000, which PostgreSQL cannot store', { text: 'a\u0000b' }],
      ['a quote with U+0000', { quote: { exact: 'a\u0000b' } }],
    ])('answers 400 for %s', async (_, overrides) => {
      const user = await server.signUp();
      const response = await server.request('POST', '/api/comments', { json: newComment(overrides), token: user.token });
      expect(response.status).toBe(400);
      expect(errorCode(response.body)).toBe('invalid_input');
    });

    it('accepts 10,000 characters (counting an emoji as one) and answers 413 for 10,001', async () => {
      const user = await server.signUp();
      const atLimit = '😀'.repeat(10_000);
      const ok = await server.request('POST', '/api/comments', { json: newComment({ text: atLimit }), token: user.token });
      expect(ok.status).toBe(201);
      expect((ok.body as CommentBody).text).toBe(atLimit);
      const over = await server.request('POST', '/api/comments', { json: newComment({ text: 'x'.repeat(10_001) }), token: user.token });
      expect(over.status).toBe(413);
      expect(errorCode(over.body)).toBe('payload_too_large');
    });

    it('stores SQL-shaped and HTML-shaped input verbatim, as plain text', async () => {
      const user = await server.signUp("Robert'); DROP TABLE accounts;--");
      const hostile = {
        url: "https://news.example.kz/a?q=' OR 1=1 --",
        quote: { exact: "'; DELETE FROM comments; --", prefix: '" OR ""="', suffix: '\\\'); --' },
        text: `Robert'); DROP TABLE comments;-- <script>alert("x")</script> <img src=x onerror=alert(1)> %s \\0 $1 \u202e`,
      };
      const response = await server.request('POST', '/api/comments', { json: newComment(hostile), token: user.token });
      expect(response.status).toBe(201);
      const listed = await list(`url=${encodeURIComponent(hostile.url)}`);
      expect(listed.body.comments).toHaveLength(1);
      const [stored] = listed.body.comments;
      expect(stored!.text).toBe(hostile.text);
      expect(stored!.quote).toEqual(hostile.quote);
      expect(stored!.author.displayName).toBe("Robert'); DROP TABLE accounts;--");
      // The tables are still there and still answer.
      expect((await server.signUp('After')).token).toBeTruthy();
    });
  });

  describe('GET /api/comments', () => {
    it('is public and lists a comment under every spelling of its URL', async () => {
      const user = await server.signUp();
      await server.request('POST', '/api/comments', {
        json: newComment({ url: 'https://x.kz/a?utm_source=t#c' }),
        token: user.token,
      });
      for (const spelling of ['https://x.kz/a', 'https://X.KZ/a#top', 'https://x.kz/a?fbclid=1&utm_medium=m', 'https://x.kz:443/a?']) {
        const { status, body } = await list(`url=${encodeURIComponent(spelling)}`);
        expect(status, spelling).toBe(200);
        expect(body.comments, spelling).toHaveLength(1);
        expect(body.comments[0]!.url).toBe('https://x.kz/a');
      }
      expect((await list(`url=${encodeURIComponent('https://x.kz/b')}`)).body).toEqual({ comments: [], nextCursor: null });
      expect((await list(`url=${encodeURIComponent('https://x.kz/a?page=2')}`)).body.comments).toEqual([]);
    });

    it('lists newest first and pages with an opaque cursor until nextCursor is null', async () => {
      const user = await server.signUp();
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        const id = randomUUID();
        ids.push(id);
        await server.request('POST', '/api/comments', { json: newComment({ id, text: `comment ${i}` }), token: user.token });
        // Every other comment shares its timestamp with the previous one: the id breaks the tie.
        if (i % 2 === 1) server.clock.advance(1_000);
      }
      const seen: CommentBody[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `url=${encodeURIComponent(ARTICLE)}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const { status, body } = await list(query);
        expect(status).toBe(200);
        expect(body.comments.length).toBeLessThanOrEqual(3);
        seen.push(...body.comments);
        cursor = body.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen.map((c) => c.id).sort()).toEqual([...ids].sort());
      const order = seen.map((c) => [Date.parse(c.createdAt), c.id] as const);
      for (let i = 1; i < order.length; i++) {
        const [prevTime, prevId] = order[i - 1]!;
        const [time, id] = order[i]!;
        expect(prevTime > time || (prevTime === time && prevId > id)).toBe(true);
      }
      expect(seen[0]!.text).toBe('comment 6');
    });

    it('defaults to 50 per page and allows at most 100', async () => {
      const user = await server.signUp();
      for (let i = 0; i < 51; i++) {
        await server.request('POST', '/api/comments', { json: newComment(), token: user.token });
      }
      const firstPage = await list(`url=${encodeURIComponent(ARTICLE)}`);
      expect(firstPage.body.comments).toHaveLength(50);
      expect(firstPage.body.nextCursor).toEqual(expect.any(String));
      expect((await list(`url=${encodeURIComponent(ARTICLE)}&limit=100`)).body.comments).toHaveLength(51);
    });

    it.each([
      ['no url', ''],
      ['a url that is not http(s)', `url=${encodeURIComponent('mailto:a@b.kz')}`],
      ['limit 0', `url=${encodeURIComponent(ARTICLE)}&limit=0`],
      ['limit 101', `url=${encodeURIComponent(ARTICLE)}&limit=101`],
      ['a non-numeric limit', `url=${encodeURIComponent(ARTICLE)}&limit=ten`],
      ['a forged cursor', `url=${encodeURIComponent(ARTICLE)}&cursor=not-a-cursor`],
      ['a cursor of the wrong shape', `url=${encodeURIComponent(ARTICLE)}&cursor=${Buffer.from('{"a":1}').toString('base64url')}`],
    ])('answers 400 for %s', async (_, query) => {
      const response = await server.request('GET', `/api/comments?${query}`);
      expect(response.status).toBe(400);
      expect(errorCode(response.body)).toBe('invalid_input');
    });
  });

  describe('PATCH and DELETE /api/comments/:id', () => {
    async function postAs(token: string): Promise<CommentBody> {
      const response = await server.request('POST', '/api/comments', { json: newComment(), token });
      return response.body as CommentBody;
    }

    it('lets the author edit: 200 with new text and updatedAt, createdAt unchanged', async () => {
      const author = await server.signUp();
      const comment = await postAs(author.token);
      server.clock.advance(5_000);
      const response = await server.request('PATCH', `/api/comments/${comment.id}`, {
        json: { text: 'Corrected: the deficit was 2.9%.' },
        token: author.token,
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        ...comment,
        text: 'Corrected: the deficit was 2.9%.',
        updatedAt: new Date(server.clock.now()).toISOString(),
      });
      expect((await list(`url=${encodeURIComponent(ARTICLE)}`)).body.comments[0]!.text).toBe('Corrected: the deficit was 2.9%.');
    });

    it('lets the author delete: 204, and the comment is gone from the list', async () => {
      const author = await server.signUp();
      const comment = await postAs(author.token);
      const response = await server.request('DELETE', `/api/comments/${comment.id}`, { token: author.token });
      expect(response.status).toBe(204);
      expect(response.body).toBeNull();
      expect((await list(`url=${encodeURIComponent(ARTICLE)}`)).body.comments).toEqual([]);
      expect((await server.request('DELETE', `/api/comments/${comment.id}`, { token: author.token })).status).toBe(404);
    });

    it('answers 403 to anyone but the author and changes nothing', async () => {
      const author = await server.signUp('Author');
      const other = await server.signUp('Other');
      const comment = await postAs(author.token);
      const edit = await server.request('PATCH', `/api/comments/${comment.id}`, { json: { text: 'defaced' }, token: other.token });
      const remove = await server.request('DELETE', `/api/comments/${comment.id}`, { token: other.token });
      expect(edit.status).toBe(403);
      expect(remove.status).toBe(403);
      expect(errorCode(edit.body)).toBe('forbidden');
      expect((await list(`url=${encodeURIComponent(ARTICLE)}`)).body.comments).toEqual([comment]);
    });

    it('answers 404 for an unknown id and for an id that is not a UUID', async () => {
      const user = await server.signUp();
      for (const id of [randomUUID(), 'nope', "1' OR '1'='1"]) {
        const path = `/api/comments/${encodeURIComponent(id)}`;
        expect((await server.request('PATCH', path, { json: { text: 'x' }, token: user.token })).status).toBe(404);
        expect((await server.request('DELETE', path, { token: user.token })).status).toBe(404);
      }
    });

    it('answers 401 without a token, 400 for bad text and 413 for text over the limit', async () => {
      const author = await server.signUp();
      const comment = await postAs(author.token);
      const path = `/api/comments/${comment.id}`;
      expect((await server.request('PATCH', path, { json: { text: 'x' } })).status).toBe(401);
      expect((await server.request('DELETE', path)).status).toBe(401);
      expect((await server.request('PATCH', path, { json: { text: '' }, token: author.token })).status).toBe(400);
      expect((await server.request('PATCH', path, { json: {}, token: author.token })).status).toBe(400);
      expect((await server.request('PATCH', path, { json: { text: 'x'.repeat(10_001) }, token: author.token })).status).toBe(413);
    });
  });

  describe('GET /api/health', () => {
    it('answers 200 {ok: true}', async () => {
      const response = await server.request('GET', '/api/health');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ ok: true });
    });

    it('answers unknown paths with a JSON 404', async () => {
      const response = await server.request('GET', '/api/nothing-here');
      expect(response.status).toBe(404);
      expect(errorCode(response.body)).toBe('not_found');
    });
  });
});

/**
 * POSTs one body `count` times on as many connections so that the handlers really run together: every request
 * sends its headers and all but the last byte of its body, and once the server has seen them all, the last
 * bytes go out in one tick. Sent one after another, the first retry is stored before the others arrive and a
 * racy insert would pass.
 */
async function postAllAtOnce(
  http: { url: string; received(): number },
  token: string,
  body: string,
  count: number,
): Promise<Array<{ status: number; body: unknown }>> {
  const bytes = Buffer.from(body);
  const agent = new Agent({ keepAlive: false, maxSockets: count });
  const finishers: Array<() => void> = [];
  const answers = Array.from({ length: count }, () =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const req = request(`${http.url}/api/comments`, {
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': bytes.length, Authorization: `Bearer ${token}` },
      });
      req.on('error', reject);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()) as unknown }));
        res.on('error', reject);
      });
      req.write(bytes.subarray(0, -1));
      finishers.push(() => req.end(bytes.subarray(-1)));
    }),
  );
  const deadline = Date.now() + 10_000;
  while (http.received() < count) {
    if (Date.now() > deadline) throw new Error(`only ${http.received()} of ${count} requests reached the server`);
    await new Promise((tick) => setTimeout(tick, 5));
  }
  for (const finish of finishers) finish();
  try {
    return await Promise.all(answers);
  } finally {
    agent.destroy();
  }
}
