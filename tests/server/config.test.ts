import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';

describe('readConfig', () => {
  it('has safe defaults: loopback, port 8787, ./data, SQLite, 30-day sessions', () => {
    expect(readConfig({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      dataDir: resolve('data'),
      databaseUrl: undefined,
      allowedOrigins: [],
      sessionTtlMs: 30 * 24 * 60 * 60 * 1000,
      trustProxy: false,
    });
  });

  it('reads every variable', () => {
    const config = readConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/lens',
      DATABASE_URL: 'postgresql://lens@db/lens',
      ALLOWED_ORIGINS: ' https://a.example , https://b.example,',
      SESSION_TTL_DAYS: '7',
      TRUST_PROXY: '1',
    });
    expect(config).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/var/lib/lens',
      databaseUrl: 'postgresql://lens@db/lens',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      sessionTtlMs: 7 * 24 * 60 * 60 * 1000,
      trustProxy: true,
    });
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 8787, databaseUrl: undefined });
  });

  it.each([
    [{ PORT: '70000' }, /PORT/],
    [{ PORT: 'http' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ SESSION_TTL_DAYS: '0' }, /SESSION_TTL_DAYS/],
    [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY/],
  ])('refuses to start with %j', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});
