import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { NewComment, Repository } from '../../server/db/repository';
import type { Backend, OpenedBackend } from './backends';

/**
 * What every Repository implementation must do, written once and run against each database
 * (sqlite.test.ts, postgres.test.ts). Call inside a describe block.
 */
export function repositoryContract(backend: Backend): void {
  let dataDir: string;
  let opened: OpenedBackend;
  let repo: Repository;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'statement-lens-repo-'));
    opened = await backend.open(dataDir);
    repo = opened.repo;
  });
  afterEach(async () => {
    await opened.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const T0 = Date.parse('2026-03-01T12:00:00Z');

  async function account(email = `${randomUUID()}@example.kz`): Promise<string> {
    const id = randomUUID();
    const created = await repo.createAccount({ id, email, displayName: 'Name', passwordHash: 'scrypt$x', createdAt: T0 });
    if (!created) throw new Error('account not created');
    return id;
  }

  function comment(authorId: string, overrides: Partial<NewComment> = {}): NewComment {
    return {
      id: randomUUID(),
      url: 'https://x.kz/a',
      quote: { exact: 'exact', prefix: 'before ', suffix: ' after' },
      text: 'text',
      authorId,
      createdAt: T0,
      ...overrides,
    };
  }

  it('creates accounts and finds them by email, case-insensitively', async () => {
    const id = randomUUID();
    const created = await repo.createAccount({ id, email: 'Mixed@Case.kz', displayName: 'M', passwordHash: 'h', createdAt: T0 });
    expect(created).toEqual({ id, email: 'Mixed@Case.kz', displayName: 'M' });
    expect(await repo.findAccountByEmail('mixed@case.KZ')).toEqual({ id, email: 'Mixed@Case.kz', displayName: 'M', passwordHash: 'h' });
    expect(await repo.findAccountByEmail('other@case.kz')).toBeNull();
  });

  it('refuses a second account for the same email in any case', async () => {
    await account('taken@example.kz');
    const again = await repo.createAccount({ id: randomUUID(), email: 'TAKEN@example.kz', displayName: 'X', passwordHash: 'h', createdAt: T0 });
    expect(again).toBeNull();
  });

  it('stores, finds and deletes sessions, and sweeps expired ones', async () => {
    const accountId = await account();
    await repo.createSession({ tokenHash: 'live', accountId, createdAt: T0, expiresAt: T0 + 1000 });
    await repo.createSession({ tokenHash: 'old', accountId, createdAt: T0, expiresAt: T0 - 1 });
    expect(await repo.findSession('live')).toEqual({ accountId, displayName: 'Name', expiresAt: T0 + 1000 });
    expect(await repo.deleteExpiredSessions(T0)).toBe(1);
    expect(await repo.findSession('old')).toBeNull();
    await repo.deleteSession('live');
    expect(await repo.findSession('live')).toBeNull();
  });

  it('inserts a comment once; a second insert of the id returns the stored one untouched', async () => {
    const authorId = await account();
    const first = comment(authorId);
    const created = await repo.insertComment(first);
    expect(created.status).toBe('created');
    expect(created.comment).toEqual({
      id: first.id,
      url: first.url,
      quote: first.quote,
      text: 'text',
      author: { id: authorId, displayName: 'Name' },
      createdAt: T0,
      updatedAt: T0,
    });
    const again = await repo.insertComment({ ...first, text: 'other', createdAt: T0 + 5 });
    expect(again).toEqual({ status: 'exists', comment: created.comment });
  });

  it('lets exactly one of many concurrent inserts of one id win', async () => {
    const authorId = await account();
    const id = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => repo.insertComment(comment(authorId, { id, text: `attempt ${i}` }))),
    );
    expect(results.filter((result) => result.status === 'created')).toHaveLength(1);
    const texts = new Set(results.map((result) => result.comment.text));
    expect(texts.size).toBe(1);
  });

  it('lists one URL newest first, id breaking ties, and continues strictly after a position', async () => {
    const authorId = await account();
    const ids = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-00000000000c'];
    await repo.insertComment(comment(authorId, { id: ids[0], createdAt: T0 }));
    await repo.insertComment(comment(authorId, { id: ids[1], createdAt: T0 + 1 }));
    await repo.insertComment(comment(authorId, { id: ids[2], createdAt: T0 + 1 }));
    await repo.insertComment(comment(authorId, { url: 'https://x.kz/b' }));

    const all = await repo.listComments('https://x.kz/a', 10, null);
    expect(all.map((c) => c.id)).toEqual([ids[2], ids[1], ids[0]]);
    const afterFirst = await repo.listComments('https://x.kz/a', 1, { createdAt: T0 + 1, id: ids[2]! });
    expect(afterFirst.map((c) => c.id)).toEqual([ids[1]]);
    const afterSecond = await repo.listComments('https://x.kz/a', 10, { createdAt: T0 + 1, id: ids[1]! });
    expect(afterSecond.map((c) => c.id)).toEqual([ids[0]]);
    expect(await repo.listComments('https://x.kz/none', 10, null)).toEqual([]);
  });

  it('updates text and updatedAt, deletes, and reports unknown ids', async () => {
    const authorId = await account();
    const { comment: stored } = await repo.insertComment(comment(authorId));
    const updated = await repo.updateCommentText(stored.id, 'new text', T0 + 10);
    expect(updated).toEqual({ ...stored, text: 'new text', updatedAt: T0 + 10 });
    expect(await repo.updateCommentText(randomUUID(), 'x', T0)).toBeNull();
    expect(await repo.deleteComment(stored.id)).toBe(true);
    expect(await repo.deleteComment(stored.id)).toBe(false);
    expect(await repo.findComment(stored.id)).toBeNull();
  });

  it('keeps every character of text, quotes and URLs as given', async () => {
    const authorId = await account();
    const tricky = `'; DROP TABLE comments; -- "quoted" \\ \\' $1 ? :name @p0 %_ 😀 \u202e ÆØÅ ĞŞ әғқңөұүһі`;
    const { comment: stored } = await repo.insertComment(
      comment(authorId, { url: `https://x.kz/a?q=${encodeURIComponent(tricky)}`, text: tricky, quote: { exact: tricky, prefix: tricky, suffix: tricky } }),
    );
    const found = await repo.findComment(stored.id);
    expect(found?.text).toBe(tricky);
    expect(found?.quote).toEqual({ exact: tricky, prefix: tricky, suffix: tricky });
    expect(await repo.listComments(`https://x.kz/a?q=${encodeURIComponent(tricky)}`, 10, null)).toHaveLength(1);
  });

  it('refuses a comment by an account that does not exist (foreign keys are enforced)', async () => {
    await expect(repo.insertComment(comment(randomUUID()))).rejects.toThrow();
  });
}
