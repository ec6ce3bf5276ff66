import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The real comment server (`npm run server`'s code, as its own process, SQLite in a temp dir) behind a small
 * loopback proxy the test can switch off — "the server is down" — and that counts every request reaching it.
 */
export async function startCommentServerProcess() {
  const dataDir = await mkdtemp(join(tmpdir(), 'sl-server-'));
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'server/main.ts')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((ready, fail) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /"msg":"listening"[^\n]*"port":(\d+)/.exec(buffer);
      if (match) ready(Number(match[1]));
    });
    child.once('exit', (code) => fail(new Error(`the comment server exited with ${code}`)));
    setTimeout(() => fail(new Error('the comment server did not start in 20 s')), 20_000);
  });

  let down = false;
  let requests = 0;
  const proxy: Server = createServer((req, res) => {
    requests++;
    if (down) {
      req.socket.destroy();
      return;
    }
    const upstream = httpRequest({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((ready) => proxy.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  return {
    url,
    get requests() {
      return requests;
    },
    setDown(value: boolean) {
      down = value;
    },
    async comments(pageUrl: string): Promise<Array<{ id: string; text: string; author: { displayName: string } }>> {
      const res = await fetch(`http://127.0.0.1:${port}/api/comments?url=${encodeURIComponent(pageUrl)}`);
      return ((await res.json()) as { comments: Array<{ id: string; text: string; author: { displayName: string } }> }).comments;
    },
    async close() {
      await new Promise((done) => proxy.close(done));
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
