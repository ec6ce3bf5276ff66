import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SESSION_TTL_MS } from '../../server/app';
import { errorCode, newComment, TestServer } from './helpers';
import { testBackends } from './backends';

describe.each(testBackends())('on $name', (backend) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await TestServer.start({ backend });
  });
  afterEach(async () => {
    await server.close();
  });

  const DAY = 24 * 60 * 60 * 1000;

  describe('POST /api/sessions', () => {
    it('signs in with the right password: 201 with a 43-character token and its expiry', async () => {
      const user = await server.signUp('Dana');
      const response = await server.request('POST', '/api/sessions', {
        json: { email: user.email.toUpperCase(), password: user.password },
      });
      expect(response.status).toBe(201);
      const body = response.body as { token: string; expiresAt: string; account: { id: string; email: string; displayName: string } };
      expect(body.token).toMatch(/^[\w-]{43}$/);
      // The client binds its outbox to the account's id and shows its name without another request.
      expect(body.account).toEqual({ id: expect.any(String), email: user.email, displayName: 'Dana' });
      expect(Date.parse(body.expiresAt)).toBe(server.clock.now() + DEFAULT_SESSION_TTL_MS);
      expect(body.token).not.toBe(user.token);
    });

    it('answers 401 with one message for a wrong password and for an unknown email', async () => {
      const user = await server.signUp('Dana');
      const wrongPassword = await server.request('POST', '/api/sessions', {
        json: { email: user.email, password: 'not the password' },
      });
      const unknownEmail = await server.request('POST', '/api/sessions', {
        json: { email: 'nobody@example.kz', password: user.password },
      });
      expect(wrongPassword.status).toBe(401);
      expect(unknownEmail.status).toBe(401);
      expect(errorCode(wrongPassword.body)).toBe('invalid_credentials');
      expect(unknownEmail.body).toEqual(wrongPassword.body);
    });

    it('spends scrypt time on unknown emails too, so timing does not reveal which accounts exist', async () => {
      const user = await server.signUp('Dana');
      const time = async (email: string): Promise<number> => {
        const started = performance.now();
        await server.request('POST', '/api/sessions', { json: { email, password: 'wrong password!' } });
        return performance.now() - started;
      };
      await time('warm-up@example.kz'); // computes the decoy hash once
      let known = 0;
      let unknown = 0;
      for (let i = 0; i < 5; i++) {
        known += await time(user.email);
        unknown += await time(`nobody-${i}@example.kz`);
      }
      // Without the decoy an unknown email answers in about a millisecond, against tens for scrypt.
      expect(unknown).toBeGreaterThan(known * 0.5);
    });

    it('answers 400 when email or password is missing', async () => {
      expect((await server.request('POST', '/api/sessions', { json: { email: 'a@b.kz' } })).status).toBe(400);
      expect((await server.request('POST', '/api/sessions', { json: { password: 'x'.repeat(12) } })).status).toBe(400);
    });
  });

  describe('bearer tokens', () => {
    it('expire after 30 days', async () => {
      const user = await server.signUp('Dana');
      server.clock.advance(DEFAULT_SESSION_TTL_MS - 1);
      expect((await server.request('POST', '/api/comments', { json: newComment(), token: user.token })).status).toBe(201);
      server.clock.advance(1);
      const expired = await server.request('POST', '/api/comments', { json: newComment(), token: user.token });
      expect(expired.status).toBe(401);
      expect(errorCode(expired.body)).toBe('unauthorized');
    });

    it('honours a configured lifetime', async () => {
      await server.close();
      server = await TestServer.start({ backend, sessionTtlMs: DAY });
      const user = await server.signUp('Dana');
      server.clock.advance(DAY);
      expect((await server.request('DELETE', '/api/sessions', { token: user.token })).status).toBe(401);
    });

    it.each([
      ['no Authorization header', undefined],
      ['a non-Bearer scheme', 'Basic dXNlcjpwYXNz'],
      ['a token of the wrong shape', 'Bearer short'],
      ['a well-formed token nobody was given', `Bearer ${'A'.repeat(43)}`],
    ])('are required for writes: 401 for %s', async (_, authorization) => {
      const headers: Record<string, string> = authorization ? { Authorization: authorization } : {};
      const response = await server.request('POST', '/api/comments', { json: newComment(), headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    });
  });

  describe('DELETE /api/sessions', () => {
    it('signs out: 204, and the token stops working while other sessions keep theirs', async () => {
      const user = await server.signUp('Dana');
      const other = await server.request('POST', '/api/sessions', { json: { email: user.email, password: user.password } });
      const otherToken = (other.body as { token: string }).token;

      const signOut = await server.request('DELETE', '/api/sessions', { token: user.token });
      expect(signOut.status).toBe(204);
      expect(signOut.body).toBeNull();

      expect((await server.request('POST', '/api/comments', { json: newComment(), token: user.token })).status).toBe(401);
      expect((await server.request('DELETE', '/api/sessions', { token: user.token })).status).toBe(401);
      expect((await server.request('POST', '/api/comments', { json: newComment(), token: otherToken })).status).toBe(201);
    });

    it('answers 401 without a token', async () => {
      expect((await server.request('DELETE', '/api/sessions')).status).toBe(401);
    });
  });
});
