import { findJsonError } from './json-syntax';
import { MAX_JSON_DEPTH, checkTextSize } from './limits';
import { fail, ok, type Result } from './result';

/**
 * Keys that, if a later step ever copied parsed data into an object with plain assignment, would reach
 * Object.prototype. JSON.parse itself stores them as ordinary own properties, so the danger is downstream; we refuse
 * the whole file instead of hoping every consumer copies carefully. No format of ours uses these names.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Size check, then JSON.parse, then a walk that refuses forbidden keys and absurd nesting. */
export function parseJsonSafely(text: string): Result<unknown> {
  const size = checkTextSize(text);
  if (!size.ok) return size;
  // Editors on Windows save UTF-8 with a BOM; JSON.parse rejects it, people should not have to care.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('empty', 'The file is empty.');

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return describeSyntaxError(body, error);
  }
  return checkStructure(value);
}

function describeSyntaxError(text: string, error: unknown): Result<never> {
  const { position, found } = findJsonError(text);
  if (position < 0) {
    // Our scanner and the engine disagree; the engine's own words are the best we have.
    return fail('invalid-json', `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (position >= text.length) {
    return fail(
      'truncated',
      'The file ends in the middle of the data: it was probably cut short while downloading or copying. ' +
        'Export it again.',
      lineColumn(text, text.length),
    );
  }
  const where = lineColumn(text, position);
  return fail('invalid-json', `The file is not valid JSON (${where}): unexpected ${found}.`, where);
}

function lineColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${position - lineStart + 1}`;
}

/** Iterative, so a hostile file nested ten thousand levels deep cannot overflow the stack here. */
function checkStructure(root: unknown): Result<unknown> {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) {
      return fail('too-deep', `The data is nested more than ${MAX_JSON_DEPTH} levels deep at ${path || 'the top'}.`, path);
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      const keyPath = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) {
        return fail('forbidden-key', `The file contains the key "${key}" (at ${keyPath}), which is refused for safety.`, keyPath);
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: keyPath, depth: depth + 1 });
    }
  }
  return ok(root);
}
