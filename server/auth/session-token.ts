import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters. Only the holder ever sees it; the database keeps its hash. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 is enough (no salt, no stretching): the token has 256 bits of entropy, nothing to guess. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Extracts the token from `Authorization: Bearer <token>`, or null when the header is absent or malformed. */
export function bearerToken(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  const token = match?.[1];
  return token !== undefined && TOKEN_SHAPE.test(token) ? token : null;
}
