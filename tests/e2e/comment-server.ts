import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_SERVER_URL } from '../../utils/settings';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where the extension sends comments unless told otherwise. */
const DEFAULT_PORT = Number(new URL(DEFAULT_SERVER_URL).port);

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

/**
 * Listens on the extension's default server port, on both loopback addresses ("localhost" may resolve to either),
 * so that any request a signed-out extension makes to its default server is counted. If the port is taken the
 * tests stop here: a proxy on another port would count nothing and the signed-out check would pass vacuously.
 */
async function listenOnDefaultPort(handler: Parameters<typeof createServer>[1]): Promise<Server[]> {
  const servers: Server[] = [];
  for (const host of ['127.0.0.1', '::1']) {
    const server = createServer(handler);
    try {
      await new Promise<void>((ready, fail) => {
        server.once('error', fail);
        server.listen(DEFAULT_PORT, host, () => {
          server.off('error', fail);
          ready();
        });
      });
      servers.push(server);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A machine without IPv6 has no ::1, so nothing can reach the extension's default server there either.
      if (host === '::1' && (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT')) continue;
      await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
      throw new Error(
        `the comment e2e needs port ${DEFAULT_PORT} on ${host} (the extension's default server, ${DEFAULT_SERVER_URL}) ` +
          `to count what a signed-out browser sends there, but listening failed (${code ?? String(error)}): ` +
          'stop whatever holds it (a "npm run server"?) and run again',
        { cause: error },
      );
    }
  }
  return servers;
}

/**
 * The real comment server (`npm run server`'s code, its own process, SQLite in a temp dir) behind a loopback
 * proxy that counts every request reaching it — the server's request log — and outlives restarts of the server.
 */
export async function startCommentServerProcess() {
  let running: { child: ChildProcess; port: number } | null = null;
  let down = false;
  let requests = 0;
  const proxies = await listenOnDefaultPort((req, res) => {
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
  const url = `http://127.0.0.1:${DEFAULT_PORT}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'sl-server-'));
  try {
    running = await startProcess(dataDir);
  } catch (error) {
    await Promise.all(proxies.map((proxy) => new Promise((done) => proxy.close(done))));
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

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
      for (const proxy of proxies) proxy.closeAllConnections();
      await Promise.all(proxies.map((proxy) => new Promise((done) => proxy.close(done))));
      await stopProcess();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
