import { describe, expect, it } from 'vitest';
import { extractTexts } from './helpers';

describe('English quotes', () => {
  it('joins a quote that carries on after the cue, and names the speaker', () => {
    const r = extractTexts(['"We will not raise the fares this year," Transport Minister Dana Kim said. "Passengers have paid enough."']);
    const q = r.quotes.filter((x) => x.kind === 'direct');
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe('We will not raise the fares this year Passengers have paid enough.');
    expect(q[0]!.speaker).toBe('Dana Kim');
    expect(q[0]!.cue).toBe('said');
  });

  it('reads a split quote as one', () => {
    const r = extractTexts(['"The bridge is safe," said engineer Paul Novak, "but the approach roads are not."']);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['direct', 'The bridge is safe but the approach roads are not.', 'Paul Novak']]);
  });

  it('finds a colon-introduced quote with curly marks', () => {
    const r = extractTexts(['Mayor Anna Berg told reporters: “The new line will open in March.”']);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['direct', 'The new line will open in March.', 'Anna Berg']]);
  });

  it('finds reported speech with and without "that", and "according to"', () => {
    const r = extractTexts([
      'Finance Minister Omar Said told parliament that the deficit would fall below 3% next year.',
      'The central bank expects inflation to ease, according to Governor Lena Park.',
      'Park said the bank would keep its key rate unchanged until March.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['indirect', 'the deficit would fall below 3% next year', 'Omar Said'],
      ['indirect', 'The central bank expects inflation to ease', 'Lena Park'],
      ['indirect', 'the bank would keep its key rate unchanged until March', 'Lena Park'],
    ]);
  });

  it('ignores scare quotes and quoted titles', () => {
    const r = extractTexts(['The so-called "digital nomad" visa and the "Operation Silver Key" case were discussed.']);
    expect(r.quotes).toEqual([]);
  });

  it('takes the speaker standing next to the cue, not a place named after it', () => {
    const r = extractTexts([
      'Prime Minister Keir Starmer met union leaders on Tuesday.',
      '"We have a plan and we are sticking to it," he told reporters in Downing Street.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Keir Starmer']);
  });

  it('reads a role set off by commas before a name, and a body named with "of"', () => {
    const r = extractTexts([
      'The opposition leader, Kemi Badenoch, spoke after the vote. "This is a betrayal," she said.',
      'Cases rose by a third in a month, the Ministry of Healthcare said on Friday.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Kemi Badenoch'],
      ['indirect', 'Ministry of Healthcare'],
    ]);
  });

  it('gives a quote to the person "of" a body, not to the body, and a later "the bank" to the body named before', () => {
    const r = extractTexts([
      '"Prices will keep rising until spring," Aliya Nurlanova of Steppe Capital Partners said on Monday.',
      'Inflation slowed to 8.1% in November, the National Bank of Kazakhstan said in a statement.',
      'The bank said it would review the base rate at its next meeting in January.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Aliya Nurlanova'],
      ['indirect', 'National Bank of Kazakhstan'],
      ['indirect', 'National Bank of Kazakhstan'],
    ]);
  });

  it('does not take a noun for a cue', () => {
    const r = extractTexts(['The senator accused the governor of breaking promises, and the claims were denied by his office.']);
    expect(r.quotes).toEqual([]);
  });
});
