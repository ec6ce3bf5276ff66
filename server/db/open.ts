import { join } from 'node:path';
import type { ServerConfig } from '../config';
import { openPostgresRepository } from './postgres';
import type { Repository } from './repository';
import { openSqliteRepository } from './sqlite';

export const SQLITE_FILE_NAME = 'comments.sqlite';

/** PostgreSQL when DATABASE_URL is set, otherwise an SQLite file in DATA_DIR. Both are migrated on open. */
export async function openRepository(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): Promise<Repository> {
  if (config.databaseUrl) return openPostgresRepository(config.databaseUrl);
  return openSqliteRepository(join(config.dataDir, SQLITE_FILE_NAME));
}
