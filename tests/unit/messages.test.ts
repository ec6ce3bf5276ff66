import { describe, expect, it, vi } from 'vitest';
import { failureAnswer, MessageError, parseMessage, parseResponse } from '../../utils/messages';

const anchor = {
  quote: { type: 'TextQuoteSelector', exact: 'Давно пора избавиться от бюрократии', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 10, end: 45 },
};

describe('parseMessage', () => {
  it('accepts a declared message and fills defaults', () => {
    const msg = parseMessage({
      type: 'saveNote',
      tabId: 3,
      targetKind: 'quote',
      anchor,
      speaker: 'Касым-Жомарт Токаев',
      quoteKind: 'direct',
      claimType: null,
      text: 'check this',
    });
    expect(msg).toMatchObject({ type: 'saveNote', tabId: 3, tags: [] });
  });

  it('drops unknown types, prototype keys and malformed payloads without acting on them', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseMessage({ type: 'dropDatabase' })).toBeNull();
    expect(parseMessage({ type: '__proto__' })).toBeNull();
    expect(parseMessage({ type: 'toString' })).toBeNull();
    expect(parseMessage({ type: 'getTabState', tabId: -1 })).toBeNull();
    expect(parseMessage({ type: 'revealAnchor', anchor: { ...anchor, position: { type: 'TextPositionSelector', start: 'x', end: 2 } } })).toBeNull();
    expect(parseMessage('getTabState')).toBeNull();
    expect(parseMessage(null)).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('refuses an empty note', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseMessage({ type: 'saveNote', tabId: 1, targetKind: 'article', anchor: null, speaker: null, quoteKind: null, claimType: null, text: '' })).toBeNull();
    warn.mockRestore();
  });
});

describe('parseResponse', () => {
  it('turns an error answer into a MessageError and rejects shapes that were not asked for', () => {
    expect(() => parseResponse('deleteNote', failureAnswer(new Error('database is closed')))).toThrow(MessageError);
    // An answer whose own "error" field says the server is down is an answer, not a failure.
    expect(parseResponse('listComments', { signedIn: true, comments: [], outbox: [], error: 'the comment server cannot be reached' })).toMatchObject({ error: 'the comment server cannot be reached' });
    expect(() => parseResponse('deleteNote', { deleted: 'yes' })).toThrow(/unexpected answer/);
    expect(parseResponse('deleteNote', { deleted: true })).toEqual({ deleted: true });
  });
});
