import { describe, expect, it } from 'vitest';
import { extractTexts } from './helpers';

describe('Kazakh quotes', () => {
  it('reads a dash quote closed by деді', () => {
    const r = extractTexts([
      'Қала әкімі Бақыт Сәрсенов жиында сөйледі.',
      '– Биыл қалада жеті жаңа мектеп салынады, – деді Бақыт Сәрсенов.',
    ]);
    expect(r.language).toBe('kk');
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([['direct', 'Биыл қалада жеті жаңа мектеп салынады', 'Бақыт Сәрсенов', 'деді']]);
  });

  it('reads «…» деп атап өтті with the speaker before the marks', () => {
    const r = extractTexts(['Министр Дәурен Ахметов «жалақы келесі жылы он пайызға өседі» деп атап өтті.']);
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(q.text).toBe('жалақы келесі жылы он пайызға өседі');
    expect(q.speaker).toBe('Дәурен Ахметов');
    expect(q.cue).toBe('деп атап өтті');
  });

  it('reads reported speech ending in an accusative verb form before the cue', () => {
    const r = extractTexts(['Депутат Серік Омаров жол жөндеу жұмыстары қыркүйекте аяқталатынын мәлімдеді.']);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['indirect', 'жол жөндеу жұмыстары қыркүйекте аяқталатынын', 'Серік Омаров']]);
  });

  it('reads reported speech after a company named in quotation marks, and a name followed by a place', () => {
    const r = extractTexts([
      '«Қазгидромет» кәсіпорнының өкілі Айгүл Серікова Алматы облысында аяз күшейетінін айтты.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Айгүл Серікова']]);
  });

  it('names a person first written in the ablative ("Серік Омаровтан … сұрады") in the nominative', () => {
    const r = extractTexts([
      'Министр шаруашылық басшысы Ерлан Сапаровтан биылғы жоспары жөнінде сұрады.',
      'Сапаров шаруашылықта 45 адам жұмыс істейтінін айтты.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ерлан Сапаров']);
  });
});
