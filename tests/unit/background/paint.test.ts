import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paintListFor } from '../../../utils/background/paint';
import type { TabState } from '../../../utils/messages';
import { SCHEMA_VERSION, type TextAnchor } from '../../../utils/schemas';

const anchor = (exact: string): TextAnchor => ({
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: exact.length },
});

const state: TabState = {
  status: 'article',
  tabId: 1,
  url: 'https://news.example.kz/a',
  title: 'A',
  orphanNoteIds: [],
  extraction: {
    schemaVersion: SCHEMA_VERSION,
    url: 'https://news.example.kz/a',
    isArticle: true,
    language: 'ru',
    title: 'A',
    speakers: [{ id: 's1', name: 'Касым-Жомарт Токаев', role: null, mentions: [] }],
    quotes: [{ id: 'q1', kind: 'direct', text: 'На вас лежит особая ответственность', speaker: 'Касым-Жомарт Токаев', speakerId: 's1', cue: 'сказал', anchor: anchor('На вас лежит особая ответственность'), variantOf: null }],
    claims: [
      { id: 'c1', quoteId: 'q1', text: 'На вас лежит особая ответственность', type: 'opinion', speaker: 'Касым-Жомарт Токаев', checkworthiness: 0.5, anchor: anchor('На вас лежит особая ответственность') },
      { id: 'c2', quoteId: 'q1', text: 'ответственность', type: 'factual', speaker: null, checkworthiness: 0.5, anchor: anchor('ответственность') },
    ],
  },
};

describe('what a tab is asked to draw', () => {
  it('labels quotes and the claims inside them with the speaker, so hovering anywhere on a quote says who said it', () => {
    const list = paintListFor(state, []);
    expect(list.quotes.map((q) => q.label)).toEqual(['Касым-Жомарт Токаев']);
    expect(list.claims.map((c) => c.label)).toEqual(['Касым-Жомарт Токаев · opinion', 'factual']);
  });

  it('words the claim types in the language it is given (the browser\'s), not in English', () => {
    const ru = JSON.parse(readFileSync(new URL('../../../utils/i18n/browser/ru.json', import.meta.url), 'utf8')) as Record<string, string>;
    const key = (type: string) => `claim${type[0]!.toUpperCase()}${type.slice(1)}`;
    const list = paintListFor(state, [], (type) => ru[key(type)]!);
    expect(list.claims.map((c) => c.label)).toEqual(['Касым-Жомарт Токаев · мнение', 'факт']);
  });
});
