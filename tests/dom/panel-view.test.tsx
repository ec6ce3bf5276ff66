// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelView } from '../../components/PanelView';
import type { PanelClient } from '../../components/panel-client';
import type { RequestOf, TabState } from '../../utils/messages';
import { SCHEMA_VERSION, type Extraction, type Note, type Quote, type TextAnchor } from '../../utils/schemas';

afterEach(cleanup);

const anchorOf = (exact: string, start: number): TextAnchor => ({
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start, end: start + exact.length },
});

const quote = (id: string, text: string, speaker: string | null, speakerId: string | null, kind: Quote['kind'] = 'direct'): Quote => ({
  id, kind, text, speaker, speakerId, cue: kind === 'direct' ? 'сказал' : null, anchor: anchorOf(text, Number(id.slice(1)) * 100), variantOf: null,
});

const extraction: Extraction = {
  schemaVersion: SCHEMA_VERSION,
  url: 'https://news.example.kz/a',
  isArticle: true,
  language: 'ru',
  title: 'Заголовок',
  speakers: [
    { id: 's1', name: 'Касым-Жомарт Токаев', role: 'Президент', mentions: ['Токаев'] },
    { id: 's2', name: 'Ерлан Тургумбаев', role: 'министр внутренних дел', mentions: ['Тургумбаев'] },
  ],
  quotes: [
    quote('q1', 'Давно пора избавиться от бюрократии', 'Касым-Жомарт Токаев', 's1'),
    quote('q2', 'Число краж снизилось на 12%', 'Ерлан Тургумбаев', 's2'),
    quote('q3', 'Реформа будет продолжена', null, null, 'indirect'),
    quote('q4', 'На вас лежит особая ответственность', 'Касым-Жомарт Токаев', 's1'),
  ],
  claims: [{ id: 'c1', quoteId: 'q2', text: 'Число краж снизилось на 12%', type: 'factual', speaker: 'Ерлан Тургумбаев', checkworthiness: 0.9, anchor: anchorOf('Число краж снизилось на 12%', 200) }],
};

function memoryClient(state: TabState) {
  const notes: Note[] = [];
  const revealed: TextAnchor[] = [];
  const listeners = new Set<(tabId: number) => void>();
  const client: PanelClient = {
    getTabState: async () => state,
    listNotes: async (url) => notes.filter((n) => n.url === url),
    saveNote: async (request: RequestOf<'saveNote'>) => {
      const now = new Date().toISOString();
      const note: Note = { schemaVersion: 1, id: crypto.randomUUID(), url: 'https://news.example.kz/a', pageTitle: '', createdAt: now, updatedAt: now, ...request };
      notes.push(note);
      return note;
    },
    deleteNote: async () => true,
    reveal: async (_tabId, anchor) => {
      revealed.push(anchor);
      return true;
    },
    listComments: async () => ({ signedIn: false, comments: [], outbox: [], error: null }),
    postComment: async () => undefined,
    openOptions: () => undefined,
    onTabChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { client, notes, revealed };
}

const article: TabState = { status: 'article', tabId: 4, url: 'https://news.example.kz/a', title: 'Заголовок', extraction };

describe('the side panel', () => {
  it('lists quotes grouped by speaker, with unattributed quotes last', async () => {
    const { client } = memoryClient(article);
    render(<PanelView client={client} tabId={4} />);
    await screen.findByRole('heading', { name: /Касым-Жомарт Токаев/ });
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Касым-Жомарт Токаев · Президент (2)',
      'Ерлан Тургумбаев · министр внутренних дел (1)',
      'Unattributed (1)',
    ]);
    expect(screen.getByRole('list', { name: 'Claims' }).textContent).toContain('Число краж снизилось на 12%');
  });

  it('asks the page to reveal a quote when it is clicked', async () => {
    const { client, revealed } = memoryClient(article);
    render(<PanelView client={client} tabId={4} />);
    fireEvent.click(await screen.findByRole('button', { name: 'На вас лежит особая ответственность' }));
    await waitFor(() => expect(revealed.map((a) => a.quote.exact)).toEqual(['На вас лежит особая ответственность']));
  });

  it('saves a note under the quote it was written on and shows it there', async () => {
    const { client, notes } = memoryClient(article);
    render(<PanelView client={client} tabId={4} />);
    const box = await screen.findByRole('textbox', { name: /Note on: Давно пора/ });
    fireEvent.input(box, { target: { value: 'Проверить дату' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Save note' })[0]!);
    await screen.findByText('Проверить дату');
    expect(notes[0]).toMatchObject({ targetKind: 'quote', speaker: 'Касым-Жомарт Токаев', quoteKind: 'direct' });
    expect(screen.getByRole('list', { name: 'Notes' }).closest('li')?.textContent).toContain('Давно пора избавиться от бюрократии');
  });

  it('says when the page is not an article', async () => {
    const { client } = memoryClient({ status: 'not-article', tabId: 4, url: 'https://news.example.kz/search', title: '' });
    render(<PanelView client={client} tabId={4} />);
    expect(await screen.findByRole('heading', { name: 'This page does not look like a news article' })).toBeTruthy();
  });
});
