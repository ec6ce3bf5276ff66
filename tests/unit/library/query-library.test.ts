import { afterEach, describe, expect, it } from 'vitest';
import { StatementLensDb } from '../../../utils/db/database';
import { queryLibrary } from '../../../utils/db/library';
import { saveNote } from '../../../utils/db/notes';
import { claim, freshName, note, noteOn, page, q, quote } from './fixtures';

const TOKAYEV = 'Касым-Жомарт Токаев';
const SMITH = 'John Smith';
const A = 'https://www.tengrinews.kz/a/1';
const B = 'https://kapital.kz/b/2';
const C = 'https://news.example.com/c/3';

const qa1 = quote('q1', 'Реформы будут продолжены, несмотря на все трудности этого года', TOKAYEV);
const qa2 = quote('q2', 'Число краж снизилось на двенадцать процентов', 'Ерлан Тургумбаев');
const qb1 = quote('q1', 'Реформа будет продолжена несмотря на трудности', TOKAYEV, 'headline');
const qb2 = quote('q2', 'Бюджет на следующий год утвердят в декабре', TOKAYEV, 'indirect');
const qc1 = quote('q1', 'We are reforming the tax code this year', SMITH);

let db: StatementLensDb;
afterEach(() => db?.close());

async function library() {
  db = new StatementLensDb(freshName('library'));
  await db.pages.bulkPut([
    page(A, '2026-01-10T09:00:00.000Z', [qa1, qa2], [claim('c1', qa2, 'factual')]),
    page(B, '2026-03-05T09:00:00.000Z', [qb1, qb2], [claim('c1', qb2, 'commitment')]),
    page(C, '2026-02-01T09:00:00.000Z', [qc1], [], 'en'),
  ]);
  const onQuote = noteOn(qa1, A, 'Сверить с посланием', ['послание']);
  const onArticle = note(B, 'Интервью целиком на сайте', { tags: ['интервью'] });
  const highlight = note(C, 'check the numbers', { targetKind: 'highlight', anchor: qc1.anchor, tags: ['taxes'] });
  const notArticle = note('https://blog.example.org/post', 'A blog I may quote', { pageTitle: 'Blog post', createdAt: '2026-04-01T00:00:00.000Z' });
  await db.notes.bulkPut([onQuote, onArticle, highlight, notArticle]);
  return { onQuote, onArticle, highlight, notArticle };
}

describe('queryLibrary', () => {
  it('lists every saved quote with its notes, and notes not on a quote as entries of their own', async () => {
    const { onQuote, onArticle, highlight, notArticle } = await library();
    const result = await queryLibrary(db, q());
    expect(result.total).toBe(8);
    const quoteEntry = result.entries.find((e) => e.key === `${A}#q1`)!;
    expect(quoteEntry.notes.map((n) => n.id)).toEqual([onQuote.id]);
    expect(quoteEntry).toMatchObject({ outlet: 'tengrinews.kz', speaker: TOKAYEV, title: 'Article 1', savedAt: '2026-01-10T09:00:00.000Z' });
    const loose = result.entries.filter((e) => e.quote === null);
    expect(loose.map((e) => e.notes[0]!.id).sort()).toEqual([onArticle.id, highlight.id, notArticle.id].sort());
    expect(loose.find((e) => e.url === 'https://blog.example.org/post')).toMatchObject({ title: 'Blog post', language: 'other', savedAt: '2026-04-01T00:00:00.000Z' });
    expect(result.facets).toEqual({
      speakers: [SMITH, 'Ерлан Тургумбаев', TOKAYEV].sort((a, b) => a.localeCompare(b)),
      outlets: ['blog.example.org', 'kapital.kz', 'news.example.com', 'tengrinews.kz'],
      tags: ['taxes', 'интервью', 'послание'],
    });
    expect(new Set(result.urls)).toEqual(new Set([A, B, C, 'https://blog.example.org/post']));
  });

  it('finds quotes by an inflected speaker name and inflected words, in Russian and English', async () => {
    const { highlight } = await library();
    const byName = await queryLibrary(db, q({ text: 'Токаева' }));
    expect(byName.entries.map((e) => e.key).sort()).toEqual([`${A}#q1`, `${B}#q1`, `${B}#q2`].sort());
    const byWord = await queryLibrary(db, q({ text: 'реформы' }));
    expect(byWord.entries.map((e) => e.key).sort()).toEqual([`${A}#q1`, `${B}#q1`].sort());
    // The highlight made on the same passage is found by its text too.
    const english = await queryLibrary(db, q({ text: 'reforms' }));
    expect(english.entries.map((e) => e.key)).toEqual([`${C}#q1`, `${C}#${highlight.id}`]);
    const inNotes = await queryLibrary(db, q({ text: 'посланию' }));
    expect(inNotes.entries.map((e) => e.key)).toEqual([`${A}#q1`]);
    expect((await queryLibrary(db, q({ text: 'кражи' }))).entries.map((e) => e.key)).toEqual([`${A}#q2`]);
    expect((await queryLibrary(db, q({ text: 'Токаева кражи' }))).total).toBe(0);
  });

  it('filters by speaker, outlet, kind, claim type, tag and date', async () => {
    const { onArticle, highlight, notArticle } = await library();
    const keys = async (partial: Parameters<typeof q>[0]) => (await queryLibrary(db, q(partial))).entries.map((e) => e.key).sort();
    expect(await keys({ speaker: TOKAYEV })).toEqual([`${A}#q1`, `${B}#q1`, `${B}#q2`].sort());
    expect(await keys({ outlet: 'kapital.kz', kind: 'headline' })).toEqual([`${B}#q1`]);
    expect(await keys({ claimType: 'factual' })).toEqual([`${A}#q2`]);
    expect(await keys({ tag: 'послание' })).toEqual([`${A}#q1`]);
    expect(await keys({ tag: 'taxes' })).toHaveLength(1);
    expect(await keys({ from: '2026-02-01', to: '2026-03-05' })).toEqual([`${B}#q1`, `${B}#q2`, `${B}#${onArticle.id}`, `${C}#q1`, `${C}#${highlight.id}`].sort());
    expect(await keys({ from: '2026-03-06T00:00:00.000Z' })).toEqual([`https://blog.example.org/post#${notArticle.id}`]);
    expect(await keys({ to: '2026-01-10' })).toEqual([`${A}#q1`, `${A}#q2`]);
  });

  it('sorts newest or oldest first, keeping the article order inside one article, and pages the results', async () => {
    await library();
    const newest = await queryLibrary(db, q({ speaker: TOKAYEV }));
    expect(newest.entries.map((e) => e.key)).toEqual([`${B}#q1`, `${B}#q2`, `${A}#q1`]);
    const oldest = await queryLibrary(db, q({ speaker: TOKAYEV, sort: 'oldest' }));
    expect(oldest.entries.map((e) => e.key)).toEqual([`${A}#q1`, `${B}#q1`, `${B}#q2`]);
    const second = await queryLibrary(db, q({ speaker: TOKAYEV, offset: 1, limit: 1 }));
    expect(second).toMatchObject({ total: 3, entries: [{ key: `${B}#q2` }] });
    expect(second.urls.sort()).toEqual([A, B].sort());
  });

  it("lists the same speaker's other wordings of a statement in other articles as variants", async () => {
    await library();
    const result = await queryLibrary(db, q({ speaker: TOKAYEV }));
    const byKey = new Map(result.entries.map((e) => [e.key, e]));
    expect(byKey.get(`${A}#q1`)!.variants).toEqual([{ url: B, title: 'Article 2', text: qb1.text }]);
    expect(byKey.get(`${B}#q1`)!.variants).toEqual([{ url: A, title: 'Article 1', text: qa1.text }]);
    expect(byKey.get(`${B}#q2`)!.variants).toEqual([]);
  });

  it('answers queries that arrive together (they share one index build)', async () => {
    await library();
    const [words, speaker] = await Promise.all([queryLibrary(db, q({ text: 'реформы' })), queryLibrary(db, q({ speaker: TOKAYEV }))]);
    expect([words.total, speaker.total]).toEqual([2, 3]);
  });

  it('sees notes saved after an earlier query', async () => {
    await library();
    expect((await queryLibrary(db, q({ text: 'бюрократия' }))).total).toBe(0);
    await saveNote(db, noteOn(qb2, B, 'Спросить про бюрократию'), null);
    const after = await queryLibrary(db, q({ text: 'бюрократия' }));
    expect(after.entries.map((e) => e.key)).toEqual([`${B}#q2`]);
    await db.notes.clear();
    expect((await queryLibrary(db, q({ text: 'бюрократия' }))).total).toBe(0);
  });
});
