import { checkImportSize, formats, validateBundle, type AnnotationBundle, type ExportProgress, type FormatId, type Result } from '../../utils/export';

/** The file steps of export and import that run in the library page (the database steps run in the background). */

export interface ExportedFile {
  filename: string;
  text: string;
  mimeType: string;
  articles: number;
  notes: number;
  /** Articles asked for that the bundle does not hold: not web pages (http/https), which a bundle cannot carry. */
  leftOut: string[];
}

/** `statement-lens-2026-11-25.json`: the day in the user's own calendar, which is what they look for later. */
export function exportFileName(format: FormatId, now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `statement-lens-${day}.${formats[format].extension}`;
}

export async function writeExport(
  raw: unknown,
  format: FormatId,
  asked: readonly string[],
  now: Date,
  options: { onProgress?: (progress: ExportProgress) => void; signal?: AbortSignal },
): Promise<ExportedFile> {
  const checked = validateBundle(raw);
  if (!checked.ok) throw new Error(checked.error.message);
  const bundle: AnnotationBundle = checked.value;
  const text = await formats[format].exportAsync(bundle, options);
  const held = new Set(bundle.pages.map((p) => p.url));
  return {
    filename: exportFileName(format, now),
    text,
    mimeType: formats[format].mimeType,
    articles: bundle.pages.length,
    notes: bundle.notes.length,
    leftOut: asked.filter((url) => !held.has(url)),
  };
}

/**
 * Reads an import file: size first (a wrong 2 GB file is refused before it is read), then our JSON or W3C / Hypothesis
 * JSON, told apart by content rather than by file name.
 */
export async function readImportFile(file: Pick<File, 'size' | 'text'>): Promise<Result<AnnotationBundle>> {
  const text = await readImportText(file);
  return text.ok ? parseImportText(text.value) : text;
}

/** The first step of readImportFile: the size check, then the text. */
export async function readImportText(file: Pick<File, 'size' | 'text'>): Promise<Result<string>> {
  const size = checkImportSize(file.size);
  if (!size.ok) return size;
  return { ok: true, value: await file.text(), warnings: [] };
}

/** The second step of readImportFile: parsing and validation by the importer the content calls for. */
export function parseImportText(text: string): Result<AnnotationBundle> {
  return isOurBundle(text) ? formats.json.import(text) : formats.w3c.import(text);
}

function isOurBundle(text: string): boolean {
  return /"format"\s*:\s*"statement-lens"/.test(text);
}
