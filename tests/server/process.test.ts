import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL } from './backends';

/** How the process finds its database: SQLite in DATA_DIR, or a fresh schema in the test PostgreSQL. */
interface ProcessDatabase {
  name: string;
  /** Returns DATABASE_URL for the process ('' for SQLite) and a cleanup. */
  prepare(): Promise<{ databaseUrl: string; drop(): Promise<void> }>;
}

const databases: ProcessDatabase[] = [
  { name: 'SQLite', prepare: async () => ({ databaseUrl: '', drop: async () => {} }) },
];
if (TEST_DATABASE_URL) {
  const url = TEST_DATABASE_URL;
  databases.push({
    name: 'PostgreSQL',
    async prepare() {
      const schema = `statement_lens_process_${Date.now()}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      const withSchema = new URL(url);
      withSchema.searchParams.set('options', `-c search_path=${schema}`);
      return {
        databaseUrl: withSchema.href,
        async drop() {
          await admin.query(`DROP SCHEMA ${schema} CASCADE`);
          await admin.end();
        },
      };
    },
  });
}

/**
 * The real thing: `npx tsx server/main.ts` as its own process, on 127.0.0.1 and a port the OS picks,
 * with a fresh data directory, spoken to over HTTP. Nothing is mocked.
 *
 * npm does not pass SIGTERM on to the command it runs (npm exits, the server would be orphaned), so the
 * process tree gets its own process group and the signal goes to the whole group, as a terminal's Ctrl-C
 * or a container runtime would.
 */
describe.each(databases)('the server process on $name', (database) => {
  let child: ChildProcess;
  let dataDir: string;
  let base: string;
  const logLines: string[] = [];
  let stdoutClosed: Promise<void>;
  let dropDatabase: () => Promise<void> = async () => {};
  let reportedDatabase: string | undefined;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group is already gone.
    }
  };

  beforeAll(async () => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'statement-lens-process-')), 'not-yet-created');
    const { databaseUrl, drop } = await database.prepare();
    dropDatabase = drop;
    child = spawn('npx', ['tsx', 'server/main.ts'], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    // The server holds the pipe until it has exited, whatever npm does.
    stdoutClosed = new Promise((resolve) => child.stdout!.once('close', () => resolve()));
    child.stderr!.on('data', (chunk: Buffer) => logLines.push(chunk.toString()));

    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening" line; output:\n${logLines.join('\n')}`)), 15_000);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        logLines.push(line);
        if (!line.startsWith('{')) return;
        const entry = JSON.parse(line) as { msg?: string; port?: number; database?: string };
        if (entry.msg === 'listening' && entry.port) {
          reportedDatabase = entry.database;
          clearTimeout(timer);
          resolve(entry.port);
        }
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${logLines.join('\n')}`)));
    });
    base = `http://127.0.0.1:${port}`;
  }, 20_000);

  afterAll(async () => {
    // Whatever happened above, leave no server behind.
    signalGroup('SIGKILL');
    await stdoutClosed;
    await dropDatabase();
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('serves the whole flow over HTTP, then stops cleanly on SIGTERM', async () => {
    const health = await fetch(`${base}/api/health`, { headers: { Origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' } });
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    expect(health.headers.get('Access-Control-Allow-Origin')).toBe('chrome-extension://abcdefghijklmnopabcdefghijklmnop');
    expect(health.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(reportedDatabase).toBe(database.name === 'SQLite' ? 'sqlite' : 'postgres');
    expect(existsSync(join(dataDir, 'comments.sqlite'))).toBe(database.name === 'SQLite');

    const post = (path: string, body: unknown, token?: string) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });

    const email = `process-${randomUUID()}@example.kz`;
    const password = 'Process-Test-Password-1';
    expect((await post('/api/accounts', { email, password, displayName: 'Process' })).status).toBe(201);
    const session = await post('/api/sessions', { email, password });
    expect(session.status).toBe(201);
    const { token } = (await session.json()) as { token: string };

    const id = randomUUID();
    const comment = { id, url: 'https://x.kz/a?utm_source=t#c', quote: { exact: 'quoted words' }, text: 'a comment' };
    expect((await post('/api/comments', comment, token)).status).toBe(201);
    expect((await post('/api/comments', comment, token)).status).toBe(200);

    const listed = await fetch(`${base}/api/comments?url=${encodeURIComponent('https://x.kz/a')}`);
    const body = (await listed.json()) as { comments: { id: string }[]; nextCursor: string | null };
    expect(body.comments.map((c) => c.id)).toEqual([id]);
    expect(body.nextCursor).toBeNull();

    // fetch sends a real Content-Length here, so the size is refused before the body is read.
    const tooBig = await post('/api/comments', { ...comment, id: randomUUID(), text: 'x'.repeat(70_000) }, token);
    expect(tooBig.status).toBe(413);

    const signOut = await fetch(`${base}/api/sessions`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
    expect(signOut.status).toBe(204);
    expect((await post('/api/comments', { ...comment, id: randomUUID() }, token)).status).toBe(401);

    signalGroup('SIGTERM');
    await stdoutClosed;
    const output = logLines.join('\n');
    expect(output).toContain('"msg":"shutting down"');
    expect(output).toContain('"msg":"stopped"');
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
    expect(output).not.toContain(password);
    expect(output).not.toContain(token);
  });
});
