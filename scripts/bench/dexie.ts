import 'fake-indexeddb/auto';
import { StatementLensDb } from '../../utils/db/database';
import { listNotesForUrl } from '../../utils/db/notes';
import type { Note } from '../../utils/schemas';
import { figure, median, time, type Figure } from './measure';

/** Every page holds ten notes, in the small store and the large one alike: only the total grows. */
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

export async function dexieFigures(runs = 15): Promise<Figure[]> {
  const small = await filled(1_000);
  const large = await filled(100_000);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await time(() => panelQueries(large, i)));
    b.push(await time(() => panelQueries(small, i)));
  }
  small.close();
  large.close();
  return [figure('dexie_100k', median(a), median(b), 'ms (fake-indexeddb)', 10, 'a page\'s notes + a tag filter (50), over 100,000 stored notes vs 1,000')];
}
