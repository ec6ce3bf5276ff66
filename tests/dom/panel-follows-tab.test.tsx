// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowTab, type TabSource } from '../../components/FollowTab';
import { PanelView } from '../../components/PanelView';
import type { TabState } from '../../utils/messages';
import { SCHEMA_VERSION, type Extraction, type Quote } from '../../utils/schemas';
import { stubPanelClient } from './stub-panel-client';

afterEach(cleanup);

const quote = (id: string, text: string, speaker: string, speakerId: string): Quote => ({
  id,
  kind: 'direct',
  text,
  speaker,
  speakerId,
  cue: 'сказал',
  anchor: { quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: text.length } },
  variantOf: null,
});

function article(tabId: number, url: string, title: string, speaker: [string, string], text: string): TabState {
  const extraction: Extraction = {
    schemaVersion: SCHEMA_VERSION,
    url,
    isArticle: true,
    language: 'ru',
    title,
    speakers: [{ id: speaker[0], name: speaker[1], role: null, mentions: [] }],
    quotes: [quote(`q-${speaker[0]}`, text, speaker[1], speaker[0])],
    claims: [],
  };
  return { status: 'article', tabId, url, title, extraction, orphanNoteIds: [] };
}

const BRIDGE = article(4, 'https://news.example.kz/bridge', 'Мост отремонтируют', ['s1', 'Бауыржан Сарсенов'], 'Мы завершим ремонт моста до конца сентября');
const WATER = article(4, 'https://news.example.kz/water', 'Тарифы не вырастут', ['s2', 'Алмасадам Саткалиев'], 'Тарифы на воду в этом году не вырастут');
const ROADS = article(7, 'https://news.example.kz/roads', 'Дороги', ['s3', 'Марат Карабаев'], 'Мы построим пятьсот километров дорог');

/** A background with tabs whose pages change, and the tabStateChanged broadcast it sends when they do. */
function tabsClient(initial: TabState[]) {
  const states = new Map(initial.map((s) => [s.tabId, s]));
  const listeners = new Set<(tabId: number) => void>();
  const asked: number[] = [];
  const client = stubPanelClient(
    async (tabId) => {
      asked.push(tabId);
      return states.get(tabId) ?? { status: 'unknown', tabId };
    },
    {
      onTabChanged: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  );
  const change = (state: TabState) =>
    act(() => {
      states.set(state.tabId, state);
      for (const listener of listeners) listener(state.tabId);
    });
  return { client, change, asked, listening: () => listeners.size };
}

const shownQuotes = () => screen.queryAllByTitle('Show in the page').map((b) => b.textContent);

describe('the panel when the page or the tab changes', () => {
  it("shows a single-page site's next article when the background says the tab changed, with the last one's filter gone", async () => {
    const { client, change } = tabsClient([BRIDGE, ROADS]);
    render(<PanelView client={client} tabId={4} />);
    await screen.findByRole('heading', { name: 'Мост отремонтируют' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Speaker' }), { target: { value: 's1' } });
    expect(shownQuotes()).toEqual(['Мы завершим ремонт моста до конца сентября']);

    await change(WATER);
    await screen.findByRole('heading', { name: 'Тарифы не вырастут' });
    expect(shownQuotes()).toEqual(['Тарифы на воду в этом году не вырастут']);
    expect((screen.getByRole('combobox', { name: 'Speaker' }) as HTMLSelectElement).value).toBe('');

    // Another tab's change is not this panel's business.
    await change(article(7, 'https://news.example.kz/roads', 'Дороги, обновлено', ['s3', 'Марат Карабаев'], 'Мы построим пятьсот километров дорог'));
    expect(screen.queryByRole('heading', { name: /Дороги/ })).toBeNull();
    expect(shownQuotes()).toEqual(['Тарифы на воду в этом году не вырастут']);
  });

  it('follows the user to another tab, and then ignores the tab it left', async () => {
    const { client, change, listening } = tabsClient([BRIDGE, ROADS]);
    let active = 4;
    const switches = new Set<() => void>();
    const tabs: TabSource = {
      current: async () => active,
      onSwitch: (listener) => {
        switches.add(listener);
        return () => switches.delete(listener);
      },
    };
    const { unmount } = render(<FollowTab client={client} tabs={tabs} />);
    await screen.findByRole('heading', { name: 'Мост отремонтируют' });

    active = 7;
    await act(() => switches.forEach((listener) => listener()));
    await screen.findByRole('heading', { name: 'Дороги' });
    expect(shownQuotes()).toEqual(['Мы построим пятьсот километров дорог']);

    await change(WATER);
    expect(screen.queryByRole('heading', { name: 'Тарифы не вырастут' })).toBeNull();
    expect(shownQuotes()).toEqual(['Мы построим пятьсот километров дорог']);
    expect(listening()).toBe(1);
    unmount();
    await waitFor(() => expect([switches.size, listening()]).toEqual([0, 0]));
  });

  it('a panel opened for one tab stays on it', async () => {
    const { client, asked } = tabsClient([BRIDGE, ROADS]);
    render(<FollowTab client={client} tabs={{ current: async () => 4 }} />);
    await screen.findByRole('heading', { name: 'Мост отремонтируют' });
    await waitFor(() => expect(asked).toEqual([4]));
  });
});
