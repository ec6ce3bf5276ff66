// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { TextModelCache } from '../../../utils/anchor/text-model-cache';

const controller = new AbortController();
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the page text model cache', () => {
  it('hands out the same model while the page is unchanged, and a fresh one as soon as its text changes', () => {
    document.body.innerHTML = '<p>«Мы построим мост», — сказал аким.</p>';
    const cache = new TextModelCache(controller.signal);
    const first = cache.of(document.body);
    expect(cache.of(document.body)).toBe(first);

    // Changed in this very task: the observer's callback has not run yet, and the change must still be seen.
    document.querySelector('p')!.append(' Дополнено.');
    const second = cache.of(document.body);
    expect(second).not.toBe(first);
    expect(second.text).toBe('«Мы построим мост», — сказал аким. Дополнено.');

    document.querySelector('p')!.firstChild!.textContent = 'Другой текст.';
    expect(cache.of(document.body).text).toBe('Другой текст. Дополнено.');
  });

  it('builds anew for another root, and after the extension is gone keeps nothing watched', () => {
    document.body.innerHTML = '<div id="a"><p>Один</p></div><div id="b"><p>Два</p></div>';
    const gone = new AbortController();
    const cache = new TextModelCache(gone.signal);
    expect(cache.of(document.getElementById('a')!).text).toBe('Один');
    expect(cache.of(document.getElementById('b')!).text).toBe('Два');
    gone.abort();
    const after = cache.of(document.getElementById('b')!);
    document.getElementById('b')!.append('Три');
    // Without an observer nothing says the model is current: it is built again rather than trusted.
    expect(cache.of(document.getElementById('b')!)).not.toBe(after);
  });
});
