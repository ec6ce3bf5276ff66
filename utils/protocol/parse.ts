import { z } from 'zod';

/** A message map: message type → zod schema of its payload. */
export type MessageMap = Record<string, z.ZodType>;
export type MessageOf<M extends MessageMap> = { [T in keyof M & string]: { type: T } & z.infer<M[T]> }[keyof M & string];

/** A validator for one map of messages: anything not declared there is logged and dropped, never acted on. */
export function messageParser<M extends MessageMap>(map: M): (raw: unknown) => MessageOf<M> | null {
  return (raw) => {
    if (typeof raw !== 'object' || raw === null || !('type' in raw)) return null;
    const type = (raw as { type: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(map, type)) {
      console.warn('[statement-lens] dropped a message of unknown type', typeof type === 'string' ? type.slice(0, 50) : typeof type);
      return null;
    }
    const parsed = map[type]!.safeParse(raw);
    if (!parsed.success) {
      console.warn(`[statement-lens] dropped an invalid "${type}" message:`, z.prettifyError(parsed.error));
      return null;
    }
    return { type, ...(parsed.data as object) } as MessageOf<M>;
  };
}
