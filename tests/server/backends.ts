import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresRepository } from '../../server/db/postgres';
import type { Repository } from '../../server/db/repository';
import { openSqliteRepository } from '../../server/db/sqlite';

/** A database the API and contract tests run against; each `open` gives an empty, migrated one. */
export interface Backend {
  name: 'sqlite' | 'postgres';
  open(dataDir: string): Promise<OpenedBackend>;
}

export interface OpenedBackend {
  repo: Repository;
  /** Runs a read-only inspection query (tests look for secrets stored in clear). */
  dump(): Promise<string>;
  /** Closes the repository and removes what open created. */
  drop(): Promise<void>;
}

const TABLES = ['accounts', 'sessions', 'comments'] as const;

export const sqliteBackend: Backend = {
  name: 'sqlite',
  async open(dataDir) {
    const file = join(dataDir, 'comments.sqlite');
    const repo = openSqliteRepository(file);
    return {
      repo,
      async dump() {
        const db = new Database(file, { readonly: true });
        try {
          return JSON.stringify(TABLES.map((table) => db.prepare(`SELECT * FROM ${table}`).all()));
        } finally {
          db.close();
        }
      },
      drop: () => repo.close(),
    };
  },
};

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/** Every test gets its own schema in the test database, so tests never see each other's rows. */
export function postgresBackend(url: string): Backend {
  return {
    name: 'postgres',
    async open() {
      const schema = `statement_lens_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      const repo = await openPostgresRepository({ connectionString: url, options: `-c search_path=${schema}`, max: 4 });
      return {
        repo,
        async dump() {
          const rows = [];
          for (const table of TABLES) rows.push((await admin.query(`SELECT * FROM ${schema}.${table}`)).rows);
          return JSON.stringify(rows);
        },
        async drop() {
          await repo.close();
          await admin.query(`DROP SCHEMA ${schema} CASCADE`);
          await admin.end();
        },
      };
    },
  };
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (scripts/with-postgres.sh sets it). */
export function testBackends(): Backend[] {
  return TEST_DATABASE_URL ? [sqliteBackend, postgresBackend(TEST_DATABASE_URL)] : [sqliteBackend];
}
