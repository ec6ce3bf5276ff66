// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelView } from '../../components/PanelView';
import type { ResponseOf, TabState } from '../../utils/messages';
import { SCHEMA_VERSION, type Extraction, type TextAnchor } from '../../utils/schemas';
import { stubPanelClient } from './stub-panel-client';

afterEach(cleanup);

type CommentsAnswer = ResponseOf<'listComments'>;
type OutboxItem = CommentsAnswer['outbox'][number];
type PublicComment = CommentsAnswer['comments'][number];

const QUOTE = 'Число краж снизилось на 12%';
const anchor: TextAnchor = {
  quote: { type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 200, end: 200 + QUOTE.length },
};
const extraction: Extraction = {
  schemaVersion: SCHEMA_VERSION,
  url: 'https://news.example.kz/a',
  isArticle: true,
  language: 'ru',
  title: 'Заголовок',
  speakers: [{ id: 's1', name: 'Ерлан Тургумбаев', role: 'министр внутренних дел', mentions: ['Тургумбаев'] }],
  quotes: [{ id: 'q1', kind: 'direct', text: QUOTE, speaker: 'Ерлан Тургумбаев', speakerId: 's1', cue: 'сказал', anchor, variantOf: null }],
  claims: [],
};
const article: TabState = { status: 'article', tabId: 4, url: extraction.url, title: 'Заголовок', extraction, orphanNoteIds: [] };

const AT = '2026-11-25T10:00:00.000Z';
function outboxItem(text: string, state: OutboxItem['state'], lastError: string | null): OutboxItem {
  return {
    id: crypto.randomUUID(),
    url: extraction.url,
    quote: { exact: QUOTE, prefix: '', suffix: '' },
    text,
    authorName: 'Айгерим',
    state,
    attempts: state === 'pending' ? 2 : 1,
    nextAttemptAt: AT,
    lastError,
    createdAt: AT,
    sentAt: state === 'sent' ? AT : null,
  };
}
function delivered(item: OutboxItem): PublicComment {
  return { id: item.id, url: item.url, quote: item.quote, text: item.text, author: { id: 'a1', displayName: item.authorName }, createdAt: AT, updatedAt: AT };
}

/** The background as the panel sees it: what listComments answers is whatever the test last put in `answer`. */
function commentsClient(initial: CommentsAnswer) {
  const calls = { retry: 0 };
  const holder = { answer: initial, onRetry: () => {} };
  const client = stubPanelClient(async () => article, {
    listComments: async () => holder.answer,
    retryComments: async () => {
      calls.retry++;
      holder.onRetry();
    },
  });
  return { client, calls, holder };
}

/** The comment thread's entries as the user reads them: each entry's text, its state and whether it offers a retry. */
async function entries(): Promise<Array<{ text: string; state: string | null; retry: boolean }>> {
  const thread = await screen.findByRole('region', { name: 'Public comments' });
  return within(thread)
    .getAllByRole('listitem')
    .map((item) => ({
      text: item.textContent ?? '',
      state: within(item).queryByRole('status')?.textContent ?? null,
      retry: within(item).queryByRole('button', { name: 'Retry now' }) !== null,
    }));
}

describe('a public comment not yet delivered, in the side panel', () => {
  it('says whether it is sending, sent, waiting (and why) or not sent (and why), and offers Retry now only where a retry can help', async () => {
    const sending = outboxItem('Где данные?', 'sending', null);
    // An earlier attempt's error is history once the comment is sent: it must not be shown beside "sent".
    const sent = outboxItem('Сравните с 2024 годом', 'sent', 'the server answered 503');
    const waiting = outboxItem('А по регионам?', 'pending', 'the comment server cannot be reached (fetch failed)');
    const refused = outboxItem('x'.repeat(40), 'failed', 'Comments are limited to 10000 characters.');
    const { client } = commentsClient({ signedIn: true, comments: [], outbox: [sending, sent, waiting, refused], error: null });
    render(<PanelView client={client} tabId={4} />);

    await waitFor(async () => expect(await entries()).toHaveLength(4));
    expect(await entries()).toEqual([
      { text: expect.stringContaining('Где данные?'), state: '(sending…)', retry: false },
      { text: expect.stringContaining('Сравните с 2024 годом'), state: '(sent)', retry: false },
      { text: expect.stringContaining('А по регионам?'), state: '(waiting to send: the comment server cannot be reached (fetch failed))', retry: true },
      { text: expect.stringContaining('x'.repeat(40)), state: '(not sent: Comments are limited to 10000 characters.)', retry: true },
    ]);
    for (const entry of await entries()) expect(entry.text).toContain('Айгерим');
  });

  it('shows a comment once when the server already lists it, without a state', async () => {
    const sent = outboxItem('Сравните с 2024 годом', 'sent', null);
    const { client } = commentsClient({ signedIn: true, comments: [delivered(sent)], outbox: [sent], error: null });
    render(<PanelView client={client} tabId={4} />);
    await waitFor(async () => expect(await entries()).toEqual([{ text: 'Айгерим Сравните с 2024 годом', state: null, retry: false }]));
  });

  it('sends a refused comment again on Retry now and shows it delivered', async () => {
    const refused = outboxItem('А сроки?', 'failed', 'the server answered 500');
    const { client, calls, holder } = commentsClient({ signedIn: true, comments: [], outbox: [refused], error: null });
    holder.onRetry = () => {
      const sent = { ...refused, state: 'sent' as const, lastError: null, sentAt: AT };
      holder.answer = { signedIn: true, comments: [delivered(sent)], outbox: [sent], error: null };
    };
    render(<PanelView client={client} tabId={4} />);
    await waitFor(async () => expect((await entries())[0]?.state).toBe('(not sent: the server answered 500)'));

    fireEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    await waitFor(async () => expect(await entries()).toEqual([{ text: 'Айгерим А сроки?', state: null, retry: false }]));
    expect(calls.retry).toBe(1);
    expect(screen.queryByText(/not sent/)).toBeNull();
  });
});
