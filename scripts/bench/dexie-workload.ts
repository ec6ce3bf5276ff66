import { StatementLensDb } from '../../utils/db/database';
import { listNotesForUrl } from '../../utils/db/notes';
import type { Note } from '../../utils/schemas';

/**
 * The panel's queries over a small and a large store, runnable in Node (fake-indexeddb) and, bundled, in a
 * Chromium page (the browser's own IndexedDB). Every page holds ten notes in both stores: only the total grows.
 */
const NOTES_PER_PAGE = 10;

function makeNote(i: number, pages: number): Note {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
  return {
    schemaVersion: 1,
    id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    url: `https://news.example.kz/article/${i % pages}`,
    pageTitle: `Article ${i % pages}`,
    targetKind: 'quote',
    anchor: null,
    speaker: `Speaker ${i % 37}`,
    quoteKind: 'direct',
    claimType: null,
    text: `note ${i}`,
    tags: [`tag${i % 13}`],
    createdAt: at,
    updatedAt: at,
  };
}

async function filled(count: number): Promise<StatementLensDb> {
  const db = new StatementLensDb(`bench-${count}-${Date.now()}`);
  const batch = 5_000;
  for (let i = 0; i < count; i += batch) {
    await db.notes.bulkPut(Array.from({ length: Math.min(batch, count - i) }, (_, k) => makeNote(i + k, count / NOTES_PER_PAGE)));
  }
  return db;
}

/** The panel's queries: one page's notes in order, and notes by tag (the filter). */
async function panelQueries(db: StatementLensDb, round: number): Promise<void> {
  await listNotesForUrl(db, `https://news.example.kz/article/${(round * 7) % 100}`);
  await db.notes.where('tags').equals(`tag${round % 13}`).limit(50).toArray();
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Median milliseconds of the panel's queries over `large` notes and over `small`, measured alternately. */
export async function panelQueryMedians(runs: number, large = 100_000, small = 1_000): Promise<{ large: number; small: number }> {
  const dbs = [await filled(large), await filled(small)] as const;
  const times: [number[], number[]] = [[], []];
  try {
    for (let i = 0; i < runs; i++) {
      for (const k of [0, 1] as const) {
        const start = performance.now();
        await panelQueries(dbs[k], i);
        times[k].push(performance.now() - start);
      }
    }
  } finally {
    for (const db of dbs) {
      db.close();
      await db.delete();
    }
  }
  return { large: median(times[0]), small: median(times[1]) };
}
