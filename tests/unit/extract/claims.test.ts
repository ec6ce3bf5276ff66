import { describe, expect, it } from 'vitest';
import { classifyClaim } from '../../../utils/extract/claims';
import { lexiconFor } from '../../../utils/extract/lexicon';
import { extractTexts } from './helpers';

describe('claims', () => {
  const ru = lexiconFor('ru');
  const en = lexiconFor('en');
  const kk = lexiconFor('kk');

  it('types Russian sentences it was not written for', () => {
    expect(classifyClaim('Акиматам следует ускорить выдачу разрешений', ru).type).toBe('directive');
    expect(classifyClaim('Мы построим три моста через Ишим', ru).type).toBe('commitment');
    expect(classifyClaim('Мы уже приступили к ремонту сетей', ru).type).toBe('action');
    expect(classifyClaim('Безработица снизилась до 4,7 процента', ru).type).toBe('factual');
    expect(classifyClaim('Это прекрасное решение для города', ru).type).toBe('opinion');
  });

  it('types English and Kazakh sentences', () => {
    expect(classifyClaim('Hospitals must report every case within a day', en).type).toBe('directive');
    expect(classifyClaim('We will open two new clinics next year', en).type).toBe('commitment');
    expect(classifyClaim('Exports rose 12% in the first half', en).type).toBe('factual');
    expect(classifyClaim('Жолдарды жөндеу қажет', kk).type).toBe('directive');
    expect(classifyClaim('Биыл экспорт 12 пайызға өсті', kk).type).toBe('factual');
  });

  it('scores facts and numbers above instructions and opinions', () => {
    const fact = classifyClaim('Безработица снизилась до 4,7 процента', ru).checkworthiness;
    const directive = classifyClaim('Акиматам следует ускорить выдачу разрешений', ru).checkworthiness;
    const opinion = classifyClaim('Это прекрасное решение для города', ru).checkworthiness;
    expect(fact).toBeGreaterThan(0.7);
    expect(directive).toBeLessThan(0.4);
    expect(opinion).toBeLessThan(0.4);
  });

  it('splits quotes into sentences and clauses, each with the quote speaker', () => {
    const r = extractTexts(['— Экспорт зерна вырос на 15 процентов, а импорт сократился вдвое. Нужно удержать темп, — сказал министр Айдар Сериков.']);
    expect(r.claims.map((c) => [c.text, c.type, c.speaker])).toEqual([
      ['Экспорт зерна вырос на 15 процентов', 'factual', 'Айдар Сериков'],
      ['импорт сократился вдвое', 'factual', 'Айдар Сериков'],
      ['Нужно удержать темп', 'directive', 'Айдар Сериков'],
    ]);
    expect(r.claims.every((c) => c.quoteId === r.quotes[0]!.id)).toBe(true);
  });
});
