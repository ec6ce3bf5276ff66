import type { Language } from '../schemas';
import type { BundleNote, BundlePage } from './bundle';
import { instant } from './time';

/**
 * Pages for notes that arrive without our article data (from Hypothesis or another W3C tool): the bundle requires
 * every note's page, and an empty extraction says honestly that no quotes were extracted for it.
 */
export function pageStubsFor(notes: BundleNote[], known: ReadonlySet<string>, language: Language = 'other'): BundlePage[] {
  const stubs = new Map<string, BundlePage>();
  for (const note of notes) {
    if (known.has(note.url)) continue;
    const stub = stubs.get(note.url);
    if (!stub) {
      stubs.set(note.url, {
        url: note.url,
        title: note.pageTitle,
        language,
        savedAt: note.createdAt,
        extraction: { speakers: [], quotes: [], claims: [] },
      });
    } else {
      if (instant(note.createdAt) < instant(stub.savedAt)) stub.savedAt = note.createdAt;
      if (stub.title === '') stub.title = note.pageTitle;
    }
  }
  return [...stubs.values()];
}
