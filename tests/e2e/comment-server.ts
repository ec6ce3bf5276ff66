import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where the extension sends comments unless told otherwise (utils/settings.ts). */
const DEFAULT_PORT = 8787;

async function startProcess(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'server/main.ts')], {
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
  return { child, port };
}

/** Listens on the extension's default server port when it is free, so a stray request while signed out is seen. */
async function listen(server: Server): Promise<number> {
  for (const port of [DEFAULT_PORT, 0]) {
    try {
      await new Promise<void>((ready, fail) => {
        server.once('error', fail);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', fail);
          ready();
        });
      });
      return (server.address() as AddressInfo).port;
    } catch {
      // taken: any free port will do
    }
  }
  throw new Error('no port to listen on');
}

/**
 * The real comment server (`npm run server`'s code, its own process, SQLite in a temp dir) behind a loopback
 * proxy that counts every request reaching it — the server's request log — and outlives restarts of the server.
 */
export async function startCommentServerProcess() {
  const dataDir = await mkdtemp(join(tmpdir(), 'sl-server-'));
  let running: { child: ChildProcess; port: number } | null = await startProcess(dataDir);
  let down = false;
  let requests = 0;
  const proxy: Server = createServer((req, res) => {
    requests++;
    if (down || !running) {
      req.socket.destroy();
      return;
    }
    const upstream = httpRequest({ host: '127.0.0.1', port: running.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  const url = `http://127.0.0.1:${await listen(proxy)}`;

  const stopProcess = async () => {
    if (!running) return;
    const { child } = running;
    running = null;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  };

  return {
    url,
    get requests() {
      return requests;
    },
    /** Refuses connections without stopping the process (a network cut). */
    setDown(value: boolean) {
      down = value;
    },
    /** Stops the server process for real; its data stays for `start`. */
    stop: stopProcess,
    async start() {
      running ??= await startProcess(dataDir);
    },
    async comments(pageUrl: string): Promise<Array<{ id: string; text: string; author: { displayName: string } }>> {
      if (!running) throw new Error('the server is stopped');
      const res = await fetch(`http://127.0.0.1:${running.port}/api/comments?url=${encodeURIComponent(pageUrl)}`);
      return ((await res.json()) as { comments: Array<{ id: string; text: string; author: { displayName: string } }> }).comments;
    },
    async close() {
      await new Promise((done) => proxy.close(done));
      await stopProcess();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
