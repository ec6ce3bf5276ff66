import type { Extraction } from '../schemas';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, type AnnotationBundle } from './bundle';

export interface ExtractionPageInfo {
  /** Normalized URL; defaults to the extraction's own. */
  url?: string;
  /** Defaults to the extraction's title. */
  title?: string;
  savedAt: string;
  /** Defaults to savedAt: the CLI saves and exports in one go. */
  exportedAt?: string;
}

/** A one-article bundle without notes, for the CLI (`npm run extract -- page.html --format w3c`). */
export function bundleFromExtraction(extraction: Extraction, info: ExtractionPageInfo): AnnotationBundle {
  return {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    exportedAt: info.exportedAt ?? info.savedAt,
    pages: [
      {
        url: info.url ?? extraction.url,
        title: info.title ?? extraction.title,
        language: extraction.language,
        savedAt: info.savedAt,
        extraction: { speakers: extraction.speakers, quotes: extraction.quotes, claims: extraction.claims },
      },
    ],
    notes: [],
  };
}
