import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../server/db/migrations/index';
import { openSqliteRepository } from '../../server/db/sqlite';
import { sqliteBackend } from './backends';
import { repositoryContract } from './repository-contract';

describe('SQLite repository', () => {
  repositoryContract(sqliteBackend);
});

describe('SQLite migrations and settings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'statement-lens-sqlite-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the data directory, records each migration once, and reopens without re-running them', async () => {
    const file = join(dir, 'nested', 'data', 'comments.sqlite');
    await openSqliteRepository(file).close();
    await openSqliteRepository(file).close();
    const db = new Database(file, { readonly: true });
    try {
      const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
      expect(applied).toEqual(migrations.map(({ version, name }) => ({ version, name })));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('lists migrations with strictly increasing versions', () => {
    const versions = migrations.map((migration) => migration.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
