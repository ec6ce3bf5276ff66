import type { AnnotationBundle } from './bundle';
import type { ExportOptions } from './chunked';
import { exportCsv, exportCsvAsync } from './csv-format';
import { exportJson, exportJsonAsync, importJson } from './json-format';
import { exportMarkdown, exportMarkdownAsync } from './markdown-format';
import type { Result } from './result';
import { exportW3C, exportW3CAsync } from './w3c-export';
import { importW3C } from './w3c-import';

export interface ExportFormat {
  label: string;
  extension: string;
  mimeType: string;
  export: (bundle: AnnotationBundle) => string;
  exportAsync: (bundle: AnnotationBundle, options?: ExportOptions) => Promise<string>;
  /** Formats that can be read back; Markdown and CSV are for people and spreadsheets, not for re-import. */
  import?: (text: string) => Result<AnnotationBundle>;
}

/** The one list of formats: the CLI's `--format` values and the extension's export menu both come from here. */
export const formats = {
  json: {
    label: 'Statement Lens (JSON)',
    extension: 'json',
    mimeType: 'application/json',
    export: exportJson,
    exportAsync: exportJsonAsync,
    import: importJson,
  },
  w3c: {
    label: 'W3C Web Annotation (JSON-LD)',
    extension: 'jsonld',
    // The media type the Web Annotation Protocol registers for the anno.jsonld profile.
    mimeType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    export: exportW3C,
    exportAsync: exportW3CAsync,
    import: (text: string) => importW3C(text),
  },
  md: {
    label: 'Markdown',
    extension: 'md',
    mimeType: 'text/markdown; charset=utf-8',
    export: exportMarkdown,
    exportAsync: exportMarkdownAsync,
  },
  csv: {
    label: 'CSV (spreadsheet)',
    extension: 'csv',
    mimeType: 'text/csv; charset=utf-8',
    export: exportCsv,
    exportAsync: exportCsvAsync,
  },
} as const satisfies Record<string, ExportFormat>;

export type FormatId = keyof typeof formats;

export function isFormatId(value: string): value is FormatId {
  return Object.prototype.hasOwnProperty.call(formats, value);
}

export {
  annotationBundleSchema,
  bundlePageSchema,
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  migrateBundle,
  validateBundle,
  type AnnotationBundle,
  type BundleNote,
  type BundlePage,
} from './bundle';
export { bundleFromExtraction, type ExtractionPageInfo } from './from-extraction';
export type { ExportOptions, ExportProgress } from './chunked';
export { exportCsv, exportCsvAsync } from './csv-format';
export { exportJson, exportJsonAsync, importJson } from './json-format';
export { exportMarkdown, exportMarkdownAsync } from './markdown-format';
export { exportW3C, exportW3CAsync } from './w3c-export';
export { importW3C, type ForeignImportOptions } from './w3c-import';
export { mergeBundles, type MergeCounts, type MergeOutcome } from './merge';
export { MAX_IMPORT_BYTES, checkImportSize } from './limits';
export type { ImportError, ImportErrorCode, ImportWarning, Result } from './result';
