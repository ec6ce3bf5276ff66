import type { z } from 'zod';
import type { ImportError } from './result';

/** How many problems one error message lists; a broken file can have thousands and the first few tell the story. */
const LISTED = 5;

/** `notes[12].anchor.position.start`: the shape people see in their editor, not zod's array of keys. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Turns zod issues into one ImportError naming the path of the first problem and listing a few more. */
export function describeIssues(issues: ReadonlyArray<z.core.$ZodIssue>, input: unknown, prefix = ''): ImportError {
  const lines = issues.slice(0, LISTED).map((issue) => {
    const path = joinPath(prefix, formatPath(issue.path));
    return `${path || '(top level)'}: ${describeIssue(issue, valueAt(input, issue.path))}`;
  });
  const more = issues.length > LISTED ? ` (and ${issues.length - LISTED} more problems)` : '';
  const first = issues[0];
  const path = first ? joinPath(prefix, formatPath(first.path)) : prefix;
  return {
    code: 'invalid',
    message: `The file does not have the expected content. ${lines.join('; ')}${more}`,
    ...(path ? { path } : {}),
  };
}

function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return path.startsWith('[') ? prefix + path : `${prefix}.${path}`;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      if (issue.expected === 'int') return `expected an integer, got ${show(value)}`;
      return `expected ${article(issue.expected)}, got ${kindOf(value)}`;
    case 'too_small':
      if (issue.origin === 'number' && Number(issue.minimum) === 0 && issue.inclusive) {
        return `expected a non-negative ${Number.isInteger(value) ? 'integer' : 'number'}, got ${show(value)}`;
      }
      if (issue.origin === 'string') return `expected at least ${String(issue.minimum)} characters`;
      if (issue.origin === 'array') return `expected at least ${String(issue.minimum)} items`;
      return `expected at least ${String(issue.minimum)}, got ${show(value)}`;
    case 'too_big':
      if (issue.origin === 'string') return `longer than the allowed ${String(issue.maximum)} characters`;
      if (issue.origin === 'array') return `more than the allowed ${String(issue.maximum)} items`;
      return `expected at most ${String(issue.maximum)}, got ${show(value)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${show(value)}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return `expected a date and time with time zone (ISO 8601), got ${show(value)}`;
      if (issue.format === 'uuid') return `expected a UUID, got ${show(value)}`;
      return `expected ${issue.format} format, got ${show(value)}`;
    case 'unrecognized_keys':
      return `unexpected ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return issue.message;
  }
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${show(value)}`;
}

function show(value: unknown): string {
  // An object from the file is named, not converted: String() would call its own "toString" field and throw.
  if (value !== null && typeof value === 'object') return kindOf(value);
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
