import { validateBundle, type AnnotationBundle } from '../export/bundle';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION } from '../export/bundle';
import type { TabState } from '../messages';
import type { Note } from '../schemas';

type PageState = Extract<TabState, { status: 'article' | 'not-article' }>;

/**
 * One page's export: its extraction (none for a page that is not an article) and every note on it. Validated
 * like an import, so an export can always be read back; a page that is not a web page cannot be exported.
 */
export function pageBundle(state: PageState, notes: Note[], savedAt: string | null, now: Date): AnnotationBundle {
  const at = now.toISOString();
  const extraction = state.status === 'article' ? state.extraction : null;
  const bundle = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    exportedAt: at,
    pages: [
      {
        url: state.url,
        title: state.title,
        language: extraction?.language ?? 'other',
        savedAt: savedAt ?? at,
        extraction: { speakers: extraction?.speakers ?? [], quotes: extraction?.quotes ?? [], claims: extraction?.claims ?? [] },
      },
    ],
    notes,
  };
  const checked = validateBundle(bundle);
  if (!checked.ok) throw new Error(`this page cannot be exported: ${checked.error.message}`);
  return checked.value;
}
