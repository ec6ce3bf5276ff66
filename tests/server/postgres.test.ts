import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../server/db/migrations/index';
import { openPostgresRepository } from '../../server/db/postgres';
import { postgresBackend, TEST_DATABASE_URL } from './backends';
import { repositoryContract } from './repository-contract';

// The API suites (accounts, sessions, comments) also run on PostgreSQL when TEST_DATABASE_URL is set.
const SKIP_REASON = 'skipped: set TEST_DATABASE_URL, or run `bash scripts/with-postgres.sh npx vitest run tests/server`';

if (!TEST_DATABASE_URL) console.warn(`PostgreSQL tests ${SKIP_REASON}`);

describe.skipIf(!TEST_DATABASE_URL)(`PostgreSQL repository${TEST_DATABASE_URL ? '' : ` (${SKIP_REASON})`}`, () => {
  const url = TEST_DATABASE_URL!;

  repositoryContract(postgresBackend(url));

  it('migrates a fresh schema once, even when two servers start at the same time', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const schema = `statement_lens_migrate_${Date.now()}`;
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const config = { connectionString: url, options: `-c search_path=${schema}`, max: 2 };
      const [a, b] = await Promise.all([openPostgresRepository(config), openPostgresRepository(config)]);
      await Promise.all([a.close(), b.close()]);
      await (await openPostgresRepository(config)).close();
      const { rows } = await admin.query(`SELECT version, name FROM ${schema}.schema_migrations ORDER BY version`);
      expect(rows).toEqual(migrations.map(({ version, name }) => ({ version, name })));
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  });
});
