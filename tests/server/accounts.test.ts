import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorCode, TestServer } from './helpers';
import { testBackends } from './backends';

describe.each(testBackends())('on $name', (backend) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await TestServer.start({ backend });
  });
  afterEach(async () => {
    await server.close();
  });

  const valid = { email: 'Aigerim@Example.kz', password: 'correct horse battery', displayName: 'Aigerim S.' };

  describe('POST /api/accounts', () => {
    it('creates an account: 201 with id, email and display name, nothing else', async () => {
      const response = await server.request('POST', '/api/accounts', { json: valid });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ id: expect.any(String), email: 'Aigerim@Example.kz', displayName: 'Aigerim S.' });
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    });

    it('answers 409 for an email that exists, whatever its case', async () => {
      expect((await server.request('POST', '/api/accounts', { json: valid })).status).toBe(201);
      const again = await server.request('POST', '/api/accounts', {
        json: { ...valid, email: 'aigerim@EXAMPLE.KZ', displayName: 'Someone else' },
      });
      expect(again.status).toBe(409);
      expect(errorCode(again.body)).toBe('email_taken');
    });

    it.each([
      ['a password under 10 characters', { ...valid, password: '123456789' }],
      ['a malformed email', { ...valid, email: 'not-an-email' }],
      ['a missing email', { password: valid.password, displayName: valid.displayName }],
      ['a missing password', { email: valid.email, displayName: valid.displayName }],
      ['a missing display name', { email: valid.email, password: valid.password }],
      ['a blank display name', { ...valid, displayName: '   ' }],
      ['a display name with control characters', { ...valid, displayName: 'Evil\u202e\u0007' }],
      ['a non-string password', { ...valid, password: 1234567890123 }],
      ['an array body', [valid]],
    ])('answers 400 for %s', async (_, json) => {
      const response = await server.request('POST', '/api/accounts', { json });
      expect(response.status).toBe(400);
      expect(errorCode(response.body)).toBe('invalid_input');
      expect(response.body).toEqual({ error: { code: 'invalid_input', message: expect.any(String) } });
    });

    it('answers 400 for a body that is not JSON', async () => {
      const response = await server.request('POST', '/api/accounts', {
        body: '{"email":',
        headers: { 'Content-Type': 'application/json' },
      });
      expect(response.status).toBe(400);
      expect(errorCode(response.body)).toBe('invalid_json');
    });

    it('never stores the password in clear, in any database file', async () => {
      const password = 'Unmistakable-Password-4711';
      await server.request('POST', '/api/accounts', { json: { ...valid, password } });
      const session = await server.request('POST', '/api/sessions', { json: { email: valid.email, password } });
      const token = (session.body as { token: string }).token;

      const rows = await server.database.dump();
      expect(rows).toContain(valid.email);
      expect(rows).not.toContain(password);
      expect(rows).not.toContain(token);
      // SQLite: also the raw bytes of the database, WAL and shared-memory files.
      const files = readdirSync(server.dataDir).map((file) => readFileSync(join(server.dataDir, file)));
      const bytes = Buffer.concat(files);
      if (backend.name === 'sqlite') expect(bytes.includes(valid.email), 'the scan sees stored data').toBe(true);
      expect(bytes.includes(password)).toBe(false);
      expect(bytes.includes(token)).toBe(false);
      const stored = await server.repo.findAccountByEmail(valid.email);
      expect(stored?.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    });

    it('salts each password: two accounts with one password get different hashes', async () => {
      await server.request('POST', '/api/accounts', { json: valid });
      await server.request('POST', '/api/accounts', { json: { ...valid, email: 'other@example.kz' } });
      const first = await server.repo.findAccountByEmail(valid.email);
      const second = await server.repo.findAccountByEmail('other@example.kz');
      expect(first?.passwordHash).not.toBe(second?.passwordHash);
    });
  });
});
