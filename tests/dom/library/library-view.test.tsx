// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryClient } from '../../../components/library/library-client';
import { LibraryView } from '../../../components/library/LibraryView';
import { exportJson, exportW3C, type AnnotationBundle } from '../../../utils/export';
import { buildLibraryIndex } from '../../../utils/search/library-index';
import { runLibraryQuery } from '../../../utils/search/library-query';
import type { Note, Quote, TextAnchor } from '../../../utils/schemas';

afterEach(cleanup);

const anchorOf = (exact: string): TextAnchor => ({
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
});
const quote = (id: string, text: string, speaker: string, kind: Quote['kind'] = 'direct'): Quote => ({
  id, kind, text, speaker, speakerId: null, cue: null, anchor: anchorOf(text), variantOf: null,
});
const A = 'https://tengrinews.kz/a';
const B = 'https://kapital.kz/b';
const qa = quote('q1', 'Реформы будут продолжены, несмотря на все трудности этого года', 'Касым-Жомарт Токаев');
const qb = quote('q1', 'Реформа будет продолжена несмотря на трудности', 'Касым-Жомарт Токаев', 'headline');
const qc = quote('q2', 'Число краж снизилось на двенадцать процентов', 'Ерлан Тургумбаев');
const note: Note = {
  schemaVersion: 1, id: '00000000-0000-4000-8000-000000000001', url: A, pageTitle: 'A', targetKind: 'quote', anchor: qa.anchor,
  speaker: qa.speaker, quoteKind: 'direct', claimType: null, text: 'Сверить с посланием', tags: ['послание'],
  createdAt: '2026-01-10T10:00:00.000Z', updatedAt: '2026-01-10T10:00:00.000Z',
};
const bundle: AnnotationBundle = {
  format: 'statement-lens', schemaVersion: 1, exportedAt: '2026-11-25T10:00:00.000Z',
  pages: [
    { url: A, title: 'Послание президента', language: 'ru', savedAt: '2026-01-10T09:00:00.000Z', extraction: { speakers: [], quotes: [qa], claims: [] } },
    { url: B, title: 'Главное за неделю', language: 'ru', savedAt: '2026-03-05T09:00:00.000Z', extraction: { speakers: [], quotes: [qb, qc], claims: [] } },
  ],
  notes: [note],
};

/** The background's library over a bundle in memory: the real query code, no database. */
function memoryClient() {
  const opened: Array<{ url: string; anchor: TextAnchor | null }> = [];
  const downloads: Array<{ filename: string; text: string }> = [];
  const imported: unknown[] = [];
  const exportAsked: Array<string[] | null> = [];
  const index = buildLibraryIndex(bundle.pages, bundle.notes);
  const client: LibraryClient = {
    query: async (query) => runLibraryQuery(index, query),
    exportBundle: async (urls) => {
      exportAsked.push(urls);
      return { ...bundle, pages: bundle.pages.filter((p) => !urls || urls.includes(p.url)), notes: bundle.notes.filter((n) => !urls || urls.includes(n.url)) };
    },
    importBundle: async (value) => {
      imported.push(value);
      return { added: { pages: 1, notes: 2 }, updated: { pages: 0, notes: 1 }, skipped: { pages: 1, notes: 0 } };
    },
    openAt: async (url, anchor) => void opened.push({ url, anchor }),
    download: (filename, text) => void downloads.push({ filename, text }),
  };
  return { client, opened, downloads, imported, exportAsked };
}

const view = (client: LibraryClient) => render(<LibraryView client={client} debounceMs={0} now={() => new Date(2026, 10, 25, 12)} />);

describe('LibraryView', () => {
  it('shows saved quotes grouped by speaker with their article, notes and other wordings', async () => {
    const { client } = memoryClient();
    view(client);
    await screen.findByText('3 entries from 2 articles');
    const tokayev = screen.getByRole('region', { name: /Касым-Жомарт Токаев/ });
    expect(within(tokayev).getAllByRole('listitem').filter((li) => li.classList.contains('library-entry'))).toHaveLength(2);
    expect(within(tokayev).getByText('Сверить с посланием')).toBeTruthy();
    expect(within(tokayev).getAllByRole('link', { name: 'Послание президента' }).length).toBeGreaterThan(0);
    expect(within(tokayev).getAllByText('Other wordings in 1 articles')).toHaveLength(2);
    expect(screen.getByRole('region', { name: /Ерлан Тургумбаев/ })).toBeTruthy();
  });

  it('searches with inflected words and filters by facet', async () => {
    const { client } = memoryClient();
    view(client);
    await screen.findByText('3 entries from 2 articles');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search quotes and notes' }), { target: { value: 'Токаева реформы' } });
    await screen.findByText('2 entries from 2 articles');
    expect(screen.queryByText(qc.text)).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Outlet' }), { target: { value: 'kapital.kz' } });
    await screen.findByText('1 entries from 1 articles');
    expect(screen.getByText(qb.text)).toBeTruthy();
  });

  it('opens the article at the quote when the quote is clicked', async () => {
    const { client, opened } = memoryClient();
    view(client);
    fireEvent.click(await screen.findByRole('link', { name: qc.text }));
    expect(opened).toEqual([{ url: B, anchor: qc.anchor }]);
  });

  it('says when the library is empty, and when nothing matches', async () => {
    const { client } = memoryClient();
    const empty: LibraryClient = { ...client, query: async (query) => runLibraryQuery(buildLibraryIndex([], []), query) };
    view(empty);
    await screen.findByText(/The library is empty/);
    cleanup();
    view(client);
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'налоги' } });
    await screen.findByText('Nothing matches this search and these filters.');
  });

  it('pages through results', async () => {
    const { client } = memoryClient();
    render(<LibraryView client={client} debounceMs={0} pageSize={2} />);
    await screen.findByText('1–2 of 3');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('3–3 of 3');
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
  });

  it('exports the selection as JSON and downloads it with a dated name', async () => {
    const { client, downloads, exportAsked } = memoryClient();
    view(client);
    await screen.findByText('3 entries from 2 articles');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'краж' } });
    await screen.findByText('1 entries from 1 articles');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/Saved statement-lens-2026-11-25\.json: 1 articles, 0 notes\./);
    expect(exportAsked).toEqual([[B]]);
    expect(JSON.parse(downloads[0]!.text)).toMatchObject({ format: 'statement-lens', pages: [{ url: B }] });
  });

  it('exports everything as CSV', async () => {
    const { client, downloads, exportAsked } = memoryClient();
    view(client);
    await screen.findByText('3 entries from 2 articles');
    fireEvent.click(screen.getByRole('radio', { name: 'Everything' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Format' }), { target: { value: 'csv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/statement-lens-2026-11-25\.csv: 2 articles, 1 notes/);
    expect(exportAsked).toEqual([null]);
    expect(downloads[0]!.text).toContain('Число краж');
  });

  it('says which articles an export left out, and lets the user cancel an export', async () => {
    const { client, downloads } = memoryClient();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow: LibraryClient = {
      ...client,
      // The background leaves out a page it cannot put in a bundle (B here); the second export waits to be cancelled.
      exportBundle: async (urls) => {
        if (downloads.length > 0) await held;
        const all = (await client.exportBundle(urls)) as AnnotationBundle;
        return { ...all, pages: all.pages.filter((p) => p.url !== B), notes: all.notes.filter((n) => n.url !== B) };
      },
    };
    view(slow);
    await screen.findByText('3 entries from 2 articles');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/1 articles, 1 notes\. 1 articles were left out: they are not web pages/);

    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    release();
    await screen.findByText('Export cancelled. No file was saved.');
    expect(downloads).toHaveLength(1);
  });

  it('reads W3C Web Annotation files as well as our JSON', async () => {
    const { client, imported } = memoryClient();
    view(client);
    await screen.findByText('3 entries from 2 articles');
    fireEvent.change(screen.getByLabelText('Import a file'), { target: { files: [new File([exportW3C(bundle)], 'notes.jsonld')] } });
    await screen.findByText(/^Imported:/);
    expect(imported[0]).toMatchObject({ format: 'statement-lens', notes: [{ id: note.id, text: note.text }] });
  });

  it('imports a file and shows the counts, or the importer\u2019s error', async () => {
    const { client, imported } = memoryClient();
    view(client);
    await screen.findByText('3 entries from 2 articles');
    const input = screen.getByLabelText('Import a file') as HTMLInputElement;
    const good = new File([exportJson(bundle)], 'statement-lens.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [good] } });
    await screen.findByText(/Imported: 1 new articles, 2 new notes; updated 0 articles and 1 notes; 0 notes were already up to date\./);
    expect(imported).toHaveLength(1);

    const broken = JSON.parse(exportJson(bundle)) as AnnotationBundle;
    broken.notes[0]!.anchor!.position.start = -1;
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(broken)], 'bad.json')] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/notes\[0\]\.anchor\.position\.start/);
    expect(imported).toHaveLength(1);
  });
});
