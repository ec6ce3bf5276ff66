import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** URL prefixes and the folders they serve: our fixtures and the team's shared seed page. */
const MOUNTS: Record<string, string> = {
  '/shared/': resolve(ROOT, '../shared/fixtures'),
  '/pages/': resolve(ROOT, 'tests/fixtures/pages'),
  '/e2e/': resolve(ROOT, 'tests/fixtures/e2e'),
};

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Serves `html` at `/live/<name>` until replaced: a page that changes between two visits. */
  setLivePage(name: string, html: string): string;
  close(): Promise<void>;
}

/** Serves fixture pages over http on loopback, so content scripts (which match http/https) run on them. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const live = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const livePage = path.startsWith('/live/') ? live.get(path.slice('/live/'.length)) : undefined;
    if (livePage !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(livePage);
      return;
    }
    const mount = Object.keys(MOUNTS).find((prefix) => path.startsWith(prefix));
    const base = mount ? MOUNTS[mount]! : null;
    const file = base ? normalize(join(base, path.slice(mount!.length))) : null;
    if (!file || !base || !file.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    setLivePage(name, html) {
      live.set(name, html);
      return `${origin}/live/${name}`;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
