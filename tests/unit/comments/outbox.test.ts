import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommentsService, type CommentsService } from '../../../utils/background/comments';
import { StatementLensDb } from '../../../utils/db/database';
import type { TextAnchor } from '../../../utils/schemas';
import { startCommentServer } from './live-server';

const PAGE = 'https://news.example.kz/politics/reforma';
const anchor: TextAnchor = {
  quote: { type: 'TextQuoteSelector', exact: 'мы начали масштабную реформу казахстанской полиции', prefix: 'Для изменения ситуации ', suffix: ' - последовательно' },
  position: { type: 'TextPositionSelector', start: 2400, end: 2451 },
};

let server: Awaited<ReturnType<typeof startCommentServer>>;
let db: StatementLensDb;
let clock: Date;
let counter = 0;

function service(): CommentsService {
  return createCommentsService({ db, fetch, now: () => clock, newId: () => crypto.randomUUID(), scheduleFlush: async () => undefined });
}

beforeEach(async () => {
  server = await startCommentServer();
  db = new StatementLensDb(`outbox-${Date.now()}-${counter++}`);
  clock = new Date('2026-11-25T10:00:00Z');
});

afterEach(async () => {
  // Let a send started by post() finish before the database closes under it.
  await new Promise((settle) => setTimeout(settle, 50));
  db.close();
  await server.close();
});

describe('the comment outbox', () => {
  it('delivers a comment written while the server is down once it is back, exactly once', async () => {
    const comments = service();
    await comments.createAccount(server.url, { email: 'aigerim@example.kz', password: 'correct horse battery', displayName: 'Айгерим' });
    server.setDown(true);
    const item = await comments.post(PAGE, anchor, 'Где данные о реформе?');
    await comments.flush();
    expect(await db.outbox.get(item.id)).toMatchObject({ state: 'pending', attempts: 1 });
    expect((await db.outbox.get(item.id))!.lastError).toMatch(/503/);

    // Not due yet: nothing is sent before the backoff is over, even with the server back.
    server.setDown(false);
    const before = server.requests;
    await comments.flush();
    expect(server.requests).toBe(before);

    clock = new Date(clock.getTime() + 60_000);
    expect((await comments.flush()).sent).toBe(1);
    expect(await db.outbox.get(item.id)).toMatchObject({ state: 'sent' });
    // Sending again (a worker that died before recording "sent") still leaves one comment on the server.
    await db.outbox.update(item.id, { state: 'pending' });
    await comments.flush();
    const stored = await server.comments(PAGE);
    expect(stored.map((c) => c.text)).toEqual(['Где данные о реформе?']);
    expect(stored[0]!.id).toBe(item.id);
  });

  it('sends a comment posted while an earlier one is on its way in the same round, not at the next alarm', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((settle) => (release = settle));
    let commentPosts = 0;
    // The first comment's request waits on the wire until the second comment has been written to the outbox.
    const slowFetch: typeof fetch = async (input, init) => {
      if (init?.method === 'POST' && String(input).endsWith('/api/comments') && commentPosts++ === 0) await held;
      return fetch(input, init);
    };
    const comments = createCommentsService({ db, fetch: slowFetch, now: () => clock, newId: () => crypto.randomUUID(), scheduleFlush: async () => undefined });
    await comments.createAccount(server.url, { email: 'dana@example.kz', password: 'correct horse battery', displayName: 'Дана' });
    const first = await comments.post(PAGE, anchor, 'Первый');
    await expect.poll(() => commentPosts).toBe(1);
    const second = await comments.post(PAGE, anchor, 'Второй');
    release();
    await expect.poll(async () => (await db.outbox.get(second.id))?.state).toBe('sent');
    expect((await db.outbox.get(first.id))?.state).toBe('sent');
    expect((await server.comments(PAGE)).map((c) => c.text).sort()).toEqual(['Второй', 'Первый']);
  });

  it('sends nothing for a signed-out user, and never sends one account\'s comments under another', async () => {
    const comments = service();
    await comments.createAccount(server.url, { email: 'first@example.kz', password: 'first password 1', displayName: 'Первый' });
    server.setDown(true);
    await comments.post(PAGE, anchor, 'от первого');
    await comments.signOut();
    expect(await db.outbox.count()).toBe(1);
    server.setDown(false);

    const before = server.requests;
    await comments.flush();
    expect(await comments.list(PAGE)).toEqual({ signedIn: false, comments: [], outbox: [], error: null });
    await expect(comments.post(PAGE, anchor, 'без входа')).rejects.toThrow(/sign in/);
    expect(server.requests).toBe(before);

    await comments.createAccount(server.url, { email: 'second@example.kz', password: 'second password 2', displayName: 'Второй' });
    clock = new Date(clock.getTime() + 3_600_000);
    await comments.flush();
    expect(await server.comments(PAGE)).toEqual([]);

    await comments.signIn(server.url, { email: 'first@example.kz', password: 'first password 1' });
    await comments.flush();
    expect((await server.comments(PAGE)).map((c) => c.text)).toEqual(['от первого']);
  });

  it('marks a comment the server refuses as failed with its reason, and does not retry it', async () => {
    const comments = service();
    await comments.createAccount(server.url, { email: 'long@example.kz', password: 'long password 3', displayName: 'Длинный' });
    // The panel limits comments to 10,000 characters; an outbox item written by an older version may not be.
    const item = await comments.post(PAGE, anchor, 'x'.repeat(10_001));
    await comments.flush();
    expect(await db.outbox.get(item.id)).toMatchObject({ state: 'failed' });
    expect((await db.outbox.get(item.id))!.lastError).toBeTruthy();
    const before = server.requests;
    clock = new Date(clock.getTime() + 3_600_000);
    await comments.flush();
    expect(server.requests).toBe(before);
  });

  it('lists the page\'s public comments with this browser\'s undelivered ones', async () => {
    const comments = service();
    await comments.createAccount(server.url, { email: 'list@example.kz', password: 'list password 4', displayName: 'Читатель' });
    await comments.post(PAGE, anchor, 'доставлен');
    await comments.flush();
    server.setDown(true);
    await comments.post(PAGE, anchor, 'ждёт');
    await comments.flush();
    const listing = await comments.list(`${PAGE}`);
    expect(listing.error).toMatch(/503/);
    expect(listing.outbox.map((o) => [o.text, o.state])).toEqual(expect.arrayContaining([['ждёт', 'pending']]));
    server.setDown(false);
    const back = await comments.list(PAGE);
    expect(back.comments.map((c) => [c.text, c.author.displayName])).toEqual([['доставлен', 'Читатель']]);
  });
});
