import { describe, expect, it } from 'vitest';
import type { Sender } from '../../../utils/background/handlers';
import { StatementLensDb } from '../../../utils/db/database';
import { parseResponse, type RequestType } from '../../../utils/messages';
import { SCHEMA_VERSION, type ArticleSnapshot, type Extraction } from '../../../utils/schemas';
import { generateBundle } from '../export/generate';
import { freshName } from './fixtures';
import { LIBRARY, ORIGIN, libraryBackground } from './library-background';

const PAGE = 'https://news.example.kz/politics/a';
const TEXT = 'Давно пора избавиться от бюрократии';
const anchor = {
  quote: { type: 'TextQuoteSelector' as const, exact: TEXT, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 2, end: 2 + TEXT.length },
};

const snapshot: ArticleSnapshot = {
  schemaVersion: SCHEMA_VERSION, url: PAGE, title: 'Токаев о полиции', declaredLanguage: 'ru',
  meta: { siteName: null, publishedTime: null, byline: null, canonicalUrl: null },
  blocks: [{ kind: 'paragraph', text: `- ${TEXT}, - сказал Токаев.`, start: 0 }],
};
const extraction = (s: ArticleSnapshot): Extraction => ({
  schemaVersion: SCHEMA_VERSION, url: s.url, isArticle: true, language: 'ru', title: s.title,
  speakers: [{ id: 's1', name: 'Касым-Жомарт Токаев', role: 'Президент', mentions: ['Токаев'] }],
  quotes: [{ id: 'q1', kind: 'direct', text: TEXT, speaker: 'Касым-Жомарт Токаев', speakerId: 's1', cue: 'сказал', anchor, variantOf: null }],
  claims: [],
});

function background() {
  const db = new StatementLensDb(freshName('library-messages'));
  const { send, opened } = libraryBackground(db, { extract: extraction });
  const ask = async <T extends RequestType>(type: T, payload: object, sender: Sender = LIBRARY) => parseResponse(type, await send({ type, ...payload }, sender));
  return { db, ask, opened };
}

describe('library messages through the background', () => {
  it('query, export and import answer in the declared shapes', async () => {
    const { db, ask } = background();
    await ask('pageSnapshot', { snapshot }, { tabId: 3, url: PAGE });
    await ask('saveNote', { tabId: 3, targetKind: 'quote', anchor, speaker: 'Касым-Жомарт Токаев', quoteKind: 'direct', claimType: null, text: 'Сверить с посланием', tags: ['МВД'] }, { tabId: null, url: `${ORIGIN}/sidepanel.html` });

    const found = await ask('libraryQuery', { text: 'бюрократию Токаева' });
    expect(found.total).toBe(1);
    expect(found.entries[0]).toMatchObject({ url: PAGE, outlet: 'news.example.kz', quote: { id: 'q1' }, notes: [{ text: 'Сверить с посланием' }] });
    expect(found.urls).toEqual([PAGE]);

    const { bundle } = await ask('libraryExport', { urls: found.urls });
    await db.notes.clear();
    expect(await ask('libraryImport', { bundle })).toEqual({ added: { pages: 0, notes: 1 }, updated: { pages: 0, notes: 0 }, skipped: { pages: 1, notes: 0 } });
    expect((await ask('libraryQuery', { text: 'послание' })).total).toBe(1);
    await expect(ask('libraryImport', { bundle: { format: 'statement-lens', schemaVersion: 1 } })).rejects.toThrow(/cannot be imported/);
  });

  it('rolls back an import that a cancel reaches while it writes; a cancel after it finished changes nothing', async () => {
    const db = new StatementLensDb(freshName('library-cancel'));
    const { send } = libraryBackground(db);
    const bundle = generateBundle({ pages: 30, notes: 600, seed: 11 });
    const importId = crypto.randomUUID();
    // Sent one after the other, as the page does when Cancel is clicked during the write.
    const importing = send({ type: 'libraryImport', bundle, importId });
    const cancelling = send({ type: 'libraryImportCancel', importId });
    expect(parseResponse('libraryImportCancel', await cancelling)).toEqual({ cancelling: true });
    expect(parseResponse('libraryImport', await importing)).toEqual({ cancelled: true });
    expect(await db.notes.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);

    const again = crypto.randomUUID();
    const counts = parseResponse('libraryImport', await send({ type: 'libraryImport', bundle, importId: again }));
    expect(counts).toMatchObject({ added: { pages: 30, notes: 600 } });
    expect(parseResponse('libraryImportCancel', await send({ type: 'libraryImportCancel', importId: again }))).toEqual({ cancelling: false });
    expect(await db.notes.count()).toBe(600);
    db.close();
  });

  it('reports a database failure during an import as a failure, not as a cancel', async () => {
    const db = new StatementLensDb(freshName('library-failure'));
    const { send } = libraryBackground(db);
    db.notes.hook('creating', () => {
      throw new Error('QuotaExceededError: disk full');
    });
    const answer = await send({ type: 'libraryImport', bundle: generateBundle({ pages: 2, notes: 5 }), importId: crypto.randomUUID() });
    expect(() => parseResponse('libraryImport', answer)).toThrow(/disk full/);
    expect(await db.pages.count()).toBe(0);
    db.close();
  });

  it('opens an article from the library, and refuses library messages from web pages', async () => {
    const { ask, opened } = background();
    expect(await ask('openAt', { url: PAGE, anchor })).toEqual({ tabId: 7 });
    expect(opened).toEqual([PAGE]);
    await expect(ask('libraryQuery', {}, { tabId: 3, url: PAGE })).rejects.toThrow(/not accepted/);
  });
});
