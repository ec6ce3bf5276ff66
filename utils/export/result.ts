/**
 * Import never throws for bad input: the UI shows `error.message` to a journalist who picked the wrong file, and
 * `code` lets it choose a hint ("this file was made by a newer Statement Lens") without parsing English.
 */
export type ImportErrorCode =
  | 'too-large'
  | 'empty'
  | 'invalid-json'
  | 'truncated'
  | 'too-deep'
  | 'forbidden-key'
  | 'wrong-format'
  | 'unsupported-version'
  | 'invalid';

export interface ImportError {
  code: ImportErrorCode;
  message: string;
  /** Where in the file the problem is: `notes[12].anchor.position.start`, or `line 3, column 14` for syntax. */
  path?: string;
}

/** Something imported with a compromise (an unsupported annotation skipped, a missing selector). */
export interface ImportWarning {
  path: string;
  message: string;
}

export type Result<T, E = ImportError> =
  | { ok: true; value: T; warnings: ImportWarning[] }
  | { ok: false; error: E };

export function ok<T>(value: T, warnings: ImportWarning[] = []): Result<T, never> {
  return { ok: true, value, warnings };
}

export function fail(code: ImportErrorCode, message: string, path?: string): Result<never> {
  return { ok: false, error: path === undefined ? { code, message } : { code, message, path } };
}
