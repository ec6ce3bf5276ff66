import { validateBundle, type AnnotationBundle, type BundleNote, type BundlePage } from './bundle';
import type { Result } from './result';
import { instant } from './time';

export interface MergeCounts {
  pages: number;
  notes: number;
}

export interface MergeOutcome {
  bundle: AnnotationBundle;
  added: MergeCounts;
  updated: MergeCounts;
  skipped: MergeCounts;
}

/**
 * Brings an imported bundle into the one we hold. Notes are matched by id and the later `updatedAt` wins; pages by
 * url and the later `savedAt` wins, except that a page without extracted quotes (a notes-only import, such as one
 * from Hypothesis) never replaces one that has them. Importing the same file twice therefore adds nothing.
 *
 * Pure: the inputs are not touched, and when either side or the result fails validation the error comes back and
 * the caller keeps what it had.
 */
export function mergeBundles(existing: AnnotationBundle, incoming: AnnotationBundle): Result<MergeOutcome> {
  for (const side of [existing, incoming]) {
    const checked = validateBundle(side);
    if (!checked.ok) return checked;
  }
  const added = { pages: 0, notes: 0 };
  const updated = { pages: 0, notes: 0 };
  const skipped = { pages: 0, notes: 0 };

  const pages = existing.pages.slice();
  const pageIndex = new Map(pages.map((page, i) => [page.url, i]));
  for (const page of incoming.pages) {
    const at = pageIndex.get(page.url);
    if (at === undefined) {
      pageIndex.set(page.url, pages.length);
      pages.push(page);
      added.pages++;
    } else if (replacesPage(pages[at]!, page)) {
      pages[at] = page;
      updated.pages++;
    } else skipped.pages++;
  }

  const notes = existing.notes.slice();
  const noteIndex = new Map(notes.map((note, i) => [note.id, i]));
  for (const note of incoming.notes) {
    const at = noteIndex.get(note.id);
    if (at === undefined) {
      noteIndex.set(note.id, notes.length);
      notes.push(note);
      added.notes++;
    } else if (isNewer(note, notes[at]!)) {
      notes[at] = note;
      updated.notes++;
    } else skipped.notes++;
  }

  const exportedAt = instant(incoming.exportedAt) > instant(existing.exportedAt) ? incoming.exportedAt : existing.exportedAt;
  const merged = validateBundle({ ...existing, exportedAt, pages, notes });
  if (!merged.ok) return merged;
  return { ok: true, value: { bundle: merged.value, added, updated, skipped }, warnings: [] };
}

function replacesPage(current: BundlePage, candidate: BundlePage): boolean {
  if (candidate.extraction.quotes.length === 0 && current.extraction.quotes.length > 0) return false;
  return instant(candidate.savedAt) > instant(current.savedAt);
}

function isNewer(candidate: BundleNote, current: BundleNote): boolean {
  return instant(candidate.updatedAt) > instant(current.updatedAt);
}
