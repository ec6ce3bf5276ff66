import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { hashPassword } from '../auth/password';
import { ApiError } from '../http/api-error';
import type { AppEnv, Services } from '../http/app-env';
import { readJsonBody } from '../http/validation';
import { createAccountBody } from '../schemas';

export function accountRoutes(services: Services): Hono<AppEnv> {
  const { repo, clock, limiter } = services;

  return new Hono<AppEnv>().post('/', async (c) => {
    limiter.take('accountCreationPerIp', c.var.clientIp);
    const body = await readJsonBody(c, createAccountBody);
    const account = await repo.createAccount({
      id: randomUUID(),
      email: body.email.trim(),
      displayName: body.displayName,
      passwordHash: await hashPassword(body.password),
      createdAt: clock.now(),
    });
    if (!account) throw new ApiError(409, 'email_taken', 'An account with this email already exists.');
    return c.json(account, 201);
  });
}
