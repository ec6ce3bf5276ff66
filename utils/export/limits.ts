import { fail, type Result } from './result';

/**
 * The largest file we agree to parse: 50 MiB. A year of heavy annotation is a few MB; anything far larger is a
 * wrong file, and parsing it would freeze the extension page and hold hundreds of MB of memory.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Deeper nesting than any of our formats needs; the checks that walk parsed values stop here. */
export const MAX_JSON_DEPTH = 64;

/** For callers holding a File: check `file.size` before reading it into memory at all. */
export function checkImportSize(byteLength: number, limit = MAX_IMPORT_BYTES): Result<true> {
  if (byteLength > limit) {
    return fail(
      'too-large',
      `The file is ${formatMiB(byteLength)}; the largest file Statement Lens imports is ${formatMiB(limit)}.`,
    );
  }
  return { ok: true, value: true, warnings: [] };
}

/**
 * UTF-8 size of a string without encoding it. A UTF-16 code unit never takes fewer UTF-8 bytes than one, and never
 * more than three, so most texts are decided without counting.
 */
export function utf8ByteLength(text: string, stopAbove = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
    if (bytes > stopAbove) return bytes;
  }
  return bytes;
}

export function checkTextSize(text: string, limit = MAX_IMPORT_BYTES): Result<true> {
  const over = text.length > limit || (text.length * 3 > limit && utf8ByteLength(text, limit) > limit);
  if (over) {
    return fail('too-large', `The file is larger than ${formatMiB(limit)}, the most Statement Lens imports.`);
  }
  return { ok: true, value: true, warnings: [] };
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
