import { resolve } from 'node:path';
import { z } from 'zod';

/** Everything the process reads from its environment, validated once at start-up. */
const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  ALLOWED_ORIGINS: z.string().default(''),
  SESSION_TTL_DAYS: z.coerce.number().positive().max(365).default(30),
  /** Set to 1 behind a reverse proxy: rate limits then key on the last X-Forwarded-For address. */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  allowedOrigins: string[];
  sessionTtlMs: number;
  trustProxy: boolean;
}

export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  // Empty variables count as unset, as in most shells' `VAR= command` usage.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = environment.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  const parsed = result.data;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: resolve(parsed.DATA_DIR),
    databaseUrl: parsed.DATABASE_URL,
    allowedOrigins: parsed.ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    sessionTtlMs: parsed.SESSION_TTL_DAYS * 24 * 60 * 60 * 1000,
    trustProxy: parsed.TRUST_PROXY === '1',
  };
}
