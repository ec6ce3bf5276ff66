import { migrateBundle, type AnnotationBundle } from './bundle';
import { joinPieces, runPieces, type ExportOptions, type ExportPieces } from './chunked';
import type { Result } from './result';
import { parseJsonSafely } from './safe-json';

/**
 * Our own format, lossless: `importJson(exportJson(b))` gives back `b`. One page or note per line, so a diff of two
 * exports reads like a list of changes.
 */
export function jsonPieces(bundle: AnnotationBundle): ExportPieces {
  return { total: bundle.pages.length + bundle.notes.length, pieces: generateJson(bundle) };
}

function* generateJson(bundle: AnnotationBundle): Generator<string> {
  const head = { format: bundle.format, schemaVersion: bundle.schemaVersion, exportedAt: bundle.exportedAt };
  yield `${JSON.stringify(head).slice(0, -1)},\n"pages": [`;
  for (let i = 0; i < bundle.pages.length; i++) yield `${i === 0 ? '\n' : ',\n'}${JSON.stringify(bundle.pages[i])}`;
  yield '\n],\n"notes": [';
  for (let i = 0; i < bundle.notes.length; i++) yield `${i === 0 ? '\n' : ',\n'}${JSON.stringify(bundle.notes[i])}`;
  yield '\n]}\n';
}

export function exportJson(bundle: AnnotationBundle): string {
  return joinPieces(jsonPieces(bundle));
}

export function exportJsonAsync(bundle: AnnotationBundle, options?: ExportOptions): Promise<string> {
  return runPieces(jsonPieces(bundle), options);
}

export function importJson(text: string): Result<AnnotationBundle> {
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return parsed;
  return migrateBundle(parsed.value);
}
