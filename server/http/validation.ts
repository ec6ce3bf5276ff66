import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './api-error';

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid input.';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Parses and validates a JSON body; malformed JSON and schema violations are both 400s. */
export async function readJsonBody<Schema extends z.ZodType>(c: Context, schema: Schema): Promise<z.output<Schema>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body must be JSON.');
  }
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiError(400, 'invalid_input', describeIssue(result.error));
  return result.data;
}

export function readQuery<Schema extends z.ZodType>(c: Context, schema: Schema): z.output<Schema> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw new ApiError(400, 'invalid_input', describeIssue(result.error));
  return result.data;
}
