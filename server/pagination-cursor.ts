import type { CommentPosition } from './db/repository';

/**
 * Cursors are opaque to clients (base64url JSON) so the ordering key can change without an API change.
 * They carry only public data, so they need no signature; a forged one just selects a different page.
 */
export function encodeCursor(position: CommentPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id]), 'utf8').toString('base64url');
}

/** Null when the cursor is not one this server could have produced. */
export function decodeCursor(cursor: string): CommentPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [createdAt, id] = value as unknown[];
    if (typeof createdAt !== 'number' || !Number.isSafeInteger(createdAt)) return null;
    if (typeof id !== 'string' || id.length > 64) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}
