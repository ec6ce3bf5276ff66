import { serve } from '@hono/node-server';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../server/app';
import { openSqliteRepository } from '../../../server/db/sqlite';

/** Our comment server on a loopback port with a real SQLite file, and a switch that takes it "down". */
export async function startCommentServer() {
  const dir = await mkdtemp(join(tmpdir(), 'sl-comments-'));
  const repo = openSqliteRepository(join(dir, 'comments.sqlite'));
  const app = createApp({ repo });
  let down = false;
  let requests = 0;
  const server = serve({
    fetch: (request: Request) => {
      requests++;
      // "Down" answers like a crashed upstream behind a proxy would: no comment is stored.
      if (down) return new Response('down', { status: 503 });
      return app.fetch(request);
    },
    port: 0,
    hostname: '127.0.0.1',
  });
  await new Promise<void>((ready) => server.once('listening', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    get requests() {
      return requests;
    },
    setDown(value: boolean) {
      down = value;
    },
    async comments(pageUrl: string): Promise<Array<{ id: string; text: string; author: { displayName: string } }>> {
      const res = await app.request(`/api/comments?url=${encodeURIComponent(pageUrl)}`);
      return ((await res.json()) as { comments: Array<{ id: string; text: string; author: { displayName: string } }> }).comments;
    },
    async close() {
      await new Promise((done) => server.close(done));
      await repo.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
