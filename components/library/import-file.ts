import type { AnnotationBundle } from '../../utils/export';
import type { ImportCounts } from './library-client';
import { parseImportText, readImportText } from './transfer';

/** Reading the file, then parsing and checking it (in the page), then writing it (one transaction, in the background). */
export type ImportStage = 'reading' | 'checking' | 'writing';
export const IMPORT_STAGES: readonly ImportStage[] = ['reading', 'checking', 'writing'];

export interface ImportProgress {
  stage: ImportStage;
  /** Known once the file is checked. */
  pages: number | null;
  notes: number | null;
}

export interface ImportFileOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

/**
 * A user's import, step by step. Between steps the page gets a turn (to paint the progress, to take a click on
 * Cancel); a Cancel before the write stops there, one during it rolls the write back (see LibraryClient.importBundle).
 * Either way nothing is written and the promise rejects with an AbortError. A file that fails a check rejects with
 * the importer's message, which names what is wrong.
 */
export async function importFile(
  file: Pick<File, 'size' | 'text'>,
  write: (bundle: AnnotationBundle, signal?: AbortSignal) => Promise<ImportCounts>,
  { onProgress, signal }: ImportFileOptions = {},
): Promise<ImportCounts> {
  const step = async (progress: ImportProgress) => {
    onProgress?.(progress);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
  };

  await step({ stage: 'reading', pages: null, notes: null });
  const text = await readImportText(file);
  if (!text.ok) throw new Error(text.error.message);

  await step({ stage: 'checking', pages: null, notes: null });
  const bundle = parseImportText(text.value);
  if (!bundle.ok) throw new Error(bundle.error.message);

  await step({ stage: 'writing', pages: bundle.value.pages.length, notes: bundle.value.notes.length });
  return write(bundle.value, signal);
}
