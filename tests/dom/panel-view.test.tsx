// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelView } from '../../components/PanelView';
import type { RequestOf, TabState } from '../../utils/messages';
import { SCHEMA_VERSION, type Extraction, type Note, type Quote, type TextAnchor } from '../../utils/schemas';
import { stubPanelClient } from './stub-panel-client';

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
  const client = stubPanelClient(async () => state, {
    listNotes: async (url) => notes.filter((n) => n.url === url),
    saveNote: async ({ tabId: _tab, id, ...request }: RequestOf<'saveNote'>) => {
      const now = new Date().toISOString();
      const existing = notes.find((n) => n.id === id);
      const note: Note = { schemaVersion: 1, id: id ?? crypto.randomUUID(), url: 'https://news.example.kz/a', pageTitle: '', createdAt: existing?.createdAt ?? now, updatedAt: now, ...request };
      if (existing) notes.splice(notes.indexOf(existing), 1, note);
      else notes.push(note);
      return note;
    },
    deleteNote: async (id) => {
      const at = notes.findIndex((n) => n.id === id);
      if (at >= 0) notes.splice(at, 1);
      return at >= 0;
    },
    restoreNote: async (note) => void notes.push(note),
    reveal: async (_tabId, anchor) => {
      revealed.push(anchor);
      return true;
    },
    onTabChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  return { client, notes, revealed };
}

/** The panel's speaker headings once it has drawn the extraction. */
async function speakerHeadings(client: ReturnType<typeof memoryClient>['client']): Promise<Array<string | null>> {
  render(<PanelView client={client} tabId={4} />);
  await screen.findByRole('heading', { name: /Касым-Жомарт Токаев/ });
  return screen.getAllByRole('heading', { level: 2 }).filter((h) => h.closest('.speaker')).map((h) => h.textContent);
}

const article: TabState = { status: 'article', tabId: 4, url: 'https://news.example.kz/a', title: 'Заголовок', extraction, orphanNoteIds: [] };

describe('the side panel', () => {
  it('lists quotes grouped by speaker, with unattributed quotes last', async () => {
    const { client } = memoryClient(article);
    expect(await speakerHeadings(client)).toEqual([
      'Касым-Жомарт Токаев · Президент (2)',
      'Ерлан Тургумбаев · министр внутренних дел (1)',
      'Unattributed (1)',
    ]);
    expect(screen.getByRole('list', { name: 'Claims' }).textContent).toContain('Число краж снизилось на 12%');
  });

  it('lists what a group said under the group, as the text calls it, before unattributed quotes', async () => {
    const withGroup: Extraction = { ...extraction, quotes: [...extraction.quotes, quote('q5', 'Закон ограничит свободу прессы', 'эксперты', null, 'indirect')] };
    const { client } = memoryClient({ ...article, extraction: withGroup });
    expect(await speakerHeadings(client)).toEqual([
      'Касым-Жомарт Токаев · Президент (2)',
      'Ерлан Тургумбаев · министр внутренних дел (1)',
      'эксперты (1)',
      'Unattributed (1)',
    ]);
  });

  it('asks the page to reveal a quote when it is clicked', async () => {
    const { client, revealed } = memoryClient(article);
    render(<PanelView client={client} tabId={4} />);
    fireEvent.click(await screen.findByRole('button', { name: 'На вас лежит особая ответственность' }));
    await waitFor(() => expect(revealed.map((a) => a.quote.exact)).toEqual(['На вас лежит особая ответственность']));
  });

  it('saves a note with tags under the quote it was written on, edits it, deletes it and undoes the delete', async () => {
    const { client, notes } = memoryClient(article);
    render(<PanelView client={client} tabId={4} />);
    fireEvent.click(await screen.findByRole('button', { name: /Note on: Давно пора/ }));
    fireEvent.input(screen.getByRole('textbox', { name: /Note on: Давно пора/ }), { target: { value: 'Проверить дату' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags, separated by commas' }), { target: { value: 'бюрократия, проверить, бюрократия' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('Проверить дату');
    expect(notes[0]).toMatchObject({ targetKind: 'quote', speaker: 'Касым-Жомарт Токаев', quoteKind: 'direct', tags: ['бюрократия', 'проверить'] });
    const card = screen.getByText('Проверить дату').closest('li.quote') as HTMLElement;
    expect(card.textContent).toContain('Давно пора избавиться от бюрократии');

    fireEvent.click(within(card).getByRole('button', { name: 'Edit' }));
    fireEvent.input(within(card).getByRole('textbox', { name: 'Edit' }), { target: { value: 'Проверить дату и место' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save note' }));
    await screen.findByText('Проверить дату и место');
    expect(notes).toHaveLength(1);

    fireEvent.click(within(card).getByRole('button', { name: 'Delete' }));
    // Undo is offered once the note is gone from the list, never beside it.
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.queryByText('Проверить дату и место')).toBeNull();
    fireEvent.click(undo);
    await screen.findByText('Проверить дату и место');
    expect(notes[0]?.createdAt).toBeTruthy();
  });

  it('filters quotes by speaker, kind and tag', async () => {
    const { client, notes } = memoryClient(article);
    const at = '2026-11-25T10:00:00.000Z';
    notes.push({ schemaVersion: 1, id: '11111111-1111-4111-8111-111111111111', url: article.url, pageTitle: '', targetKind: 'quote', anchor: extraction.quotes[1]!.anchor, speaker: 'Ерлан Тургумбаев', quoteKind: 'direct', claimType: null, text: 'цифры МВД', tags: ['статистика'], createdAt: at, updatedAt: at });
    render(<PanelView client={client} tabId={4} />);
    await screen.findByRole('heading', { name: /Касым-Жомарт Токаев/ });
    const quoteTexts = () => screen.getAllByTitle('Show in the page').map((b) => b.textContent);
    expect(quoteTexts()).toHaveLength(4);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speaker' }), { target: { value: 's1' } });
    expect(quoteTexts()).toEqual(['Давно пора избавиться от бюрократии', 'На вас лежит особая ответственность']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speaker' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'indirect' } });
    expect(quoteTexts()).toEqual(['Реформа будет продолжена']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'статистика' } });
    expect(quoteTexts()).toEqual(['Число краж снизилось на 12%']);
  });

  it('shows notes whose text left the page as orphans with their quoted text, not under any quote', async () => {
    const at = '2026-11-25T10:00:00.000Z';
    const gone = anchorOf('Этот абзац редакция удалила', 5000);
    const { client, notes } = memoryClient({ ...article, orphanNoteIds: ['22222222-2222-4222-8222-222222222222'] } as TabState);
    notes.push({ schemaVersion: 1, id: '22222222-2222-4222-8222-222222222222', url: article.url, pageTitle: '', targetKind: 'quote', anchor: gone, speaker: null, quoteKind: 'direct', claimType: null, text: 'важная заметка', tags: [], createdAt: at, updatedAt: at });
    render(<PanelView client={client} tabId={4} />);
    const heading = await screen.findByRole('heading', { name: 'Notes whose text is gone' });
    const section = heading.closest('section') as HTMLElement;
    expect(section.textContent).toContain('Этот абзац редакция удалила');
    expect(section.textContent).toContain('важная заметка');
  });

  it('says when the page is not an article', async () => {
    const { client } = memoryClient({ status: 'not-article', tabId: 4, url: 'https://news.example.kz/search', title: '', orphanNoteIds: [] });
    render(<PanelView client={client} tabId={4} />);
    expect(await screen.findByRole('heading', { name: 'This page does not look like a news article' })).toBeTruthy();
  });
});
