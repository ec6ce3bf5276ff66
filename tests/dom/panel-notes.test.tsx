// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelView } from '../../components/PanelView';
import type { RequestOf, TabState } from '../../utils/messages';
import { SCHEMA_VERSION, type Extraction, type Note, type TextAnchor } from '../../utils/schemas';
import { stubPanelClient } from './stub-panel-client';

afterEach(cleanup);

const URL = 'https://news.example.kz/a';
const anchorOf = (exact: string, start: number): TextAnchor => ({
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start, end: start + exact.length },
});
const QUOTE = 'Число краж снизилось на 12%, а раскрываемость выросла';
const CLAIM = 'Число краж снизилось на 12%';

const extraction: Extraction = {
  schemaVersion: SCHEMA_VERSION,
  url: URL,
  isArticle: true,
  language: 'ru',
  title: 'МВД отчиталось',
  speakers: [{ id: 's1', name: 'Ерлан Тургумбаев', role: 'министр', mentions: [] }],
  quotes: [{ id: 'q1', kind: 'direct', text: QUOTE, speaker: 'Ерлан Тургумбаев', speakerId: 's1', cue: 'сказал', anchor: anchorOf(QUOTE, 100), variantOf: null }],
  claims: [{ id: 'c1', quoteId: 'q1', text: CLAIM, type: 'factual', speaker: 'Ерлан Тургумбаев', checkworthiness: 0.9, anchor: anchorOf(CLAIM, 100) }],
};
const state: TabState = { status: 'article', tabId: 4, url: URL, title: 'МВД отчиталось', extraction, orphanNoteIds: [] };

/** The background as the panel sees it, keeping notes the way the real one does (id, page, times). */
function memoryClient() {
  const notes: Note[] = [];
  const client = stubPanelClient(async () => state, {
    listNotes: async (url) => notes.filter((n) => n.url === url),
    saveNote: async ({ tabId: _tab, id: _id, base: _base, ...request }: RequestOf<'saveNote'>) => {
      const at = new Date().toISOString();
      const note: Note = { schemaVersion: 1, id: crypto.randomUUID(), url: URL, pageTitle: 'МВД отчиталось', createdAt: at, updatedAt: at, ...request };
      notes.push(note);
      return note;
    },
  });
  return { client, notes };
}

describe('notes on a claim and on the whole article', () => {
  it('a note on a claim is stored as the claim\'s (its type, speaker and anchor) and shown under that claim', async () => {
    const { client, notes } = memoryClient();
    render(<PanelView client={client} tabId={4} />);
    const claims = await screen.findByRole('list', { name: 'Claims' });
    fireEvent.click(within(claims).getByRole('button', { name: `Add note: Note on claim: ${CLAIM}` }));
    fireEvent.input(within(claims).getByRole('textbox', { name: `Note on claim: ${CLAIM}` }), { target: { value: 'Сравнить с данными КПСиСУ' } });
    fireEvent.input(within(claims).getByRole('textbox', { name: 'Tags, separated by commas' }), { target: { value: 'статистика' } });
    fireEvent.click(within(claims).getByRole('button', { name: 'Save note' }));
    await within(claims).findByText('Сравнить с данными КПСиСУ');
    expect(notes).toEqual([
      expect.objectContaining({ targetKind: 'claim', claimType: 'factual', speaker: 'Ерлан Тургумбаев', quoteKind: 'direct', anchor: anchorOf(CLAIM, 100), tags: ['статистика'] }),
    ]);
    // Under the claim only: not also a note on its quote, nor on the article.
    const card = claims.closest('li.quote') as HTMLElement;
    expect(within(card).getAllByText('Сравнить с данными КПСиСУ')).toHaveLength(1);
    const articleNotes = screen.getByRole('region', { name: 'Notes on the article' });
    expect(within(articleNotes).queryByText('Сравнить с данными КПСиСУ')).toBeNull();
  });

  it('a note on the article has no anchor and shows under "Notes on the article", saved with Ctrl+Enter', async () => {
    const { client, notes } = memoryClient();
    render(<PanelView client={client} tabId={4} />);
    const articleNotes = await screen.findByRole('region', { name: 'Notes on the article' });
    fireEvent.click(within(articleNotes).getByRole('button', { name: 'Add note: A note on the whole article…' }));
    const box = within(articleNotes).getByRole('textbox', { name: 'A note on the whole article…' });
    // The keyboard is in the editor at once.
    await waitFor(() => expect(document.activeElement).toBe(box));
    fireEvent.input(box, { target: { value: 'Проверить всю статистику МВД за год' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    await within(articleNotes).findByText('Проверить всю статистику МВД за год');
    expect(notes).toEqual([expect.objectContaining({ targetKind: 'article', anchor: null, speaker: null, claimType: null })]);
    const card = screen.getByRole('button', { name: QUOTE }).closest('li.quote') as HTMLElement;
    expect(within(card).queryByText('Проверить всю статистику МВД за год')).toBeNull();

    // The editor closed once saved; Escape closes one without saving.
    fireEvent.click(await within(articleNotes).findByRole('button', { name: 'Add note: A note on the whole article…' }));
    const again = within(articleNotes).getByRole('textbox', { name: 'A note on the whole article…' });
    fireEvent.input(again, { target: { value: 'не сохранять' } });
    fireEvent.keyDown(again, { key: 'Escape' });
    expect(within(articleNotes).queryByRole('textbox', { name: 'A note on the whole article…' })).toBeNull();
    expect(notes).toHaveLength(1);
    // And back on the button that opened it.
    await waitFor(() => expect(document.activeElement).toBe(within(articleNotes).getByRole('button', { name: 'Add note: A note on the whole article…' })));
  });
});
