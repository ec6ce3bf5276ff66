import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../utils/extract';
import { snapshotOf } from './helpers';

/** Best of a few runs: a shared machine's noise only ever adds time. */
function time(run: () => void, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const s = performance.now();
    run();
    best = Math.min(best, performance.now() - s);
  }
  return best;
}

const HOSTILE: Record<string, (n: number) => string> = {
  'hyphens': (n) => '-'.repeat(n),
  'spaced dashes': (n) => ' - '.repeat(n / 3),
  'comma dashes': (n) => 'а, - '.repeat(n / 5),
  'cue after every dash': (n) => 'слово, - сказал он, - '.repeat(n / 22),
  'guillemets': (n) => '«'.repeat(n),
  'straight quotes': (n) => '"'.repeat(n),
  'quoted words': (n) => '"a" '.repeat(n / 4),
  'spaces': (n) => 'a' + ' '.repeat(n) + 'b',
  'dots': (n) => 'a' + '.'.repeat(n),
  'names and cues': (n) => 'Иван Петров сказал, что Петров заявил. '.repeat(n / 40),
  'english cues': (n) => '"Yes," he said. '.repeat(n / 16),
};

describe('robustness on hostile text', () => {
  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`stays linear on ${name}`, () => {
      const run = (n: number) => () => extractStatements(snapshotOf([make(n), make(n)]));
      const small = time(run(20_000));
      const large = time(run(80_000));
      expect(large).toBeLessThan(3_000);
      // Four times the text may take four times as long, plus noise; a quadratic rule would take sixteen.
      expect(large / Math.max(small, 2)).toBeLessThan(9);
    });
  }

  it('gives up at its time budget and returns what it has', () => {
    let clock = 0;
    const now = () => (clock += 5);
    const paragraphs = Array.from({ length: 400 }, (_, i) => `— Мост номер ${i} откроют к осени, — сказал аким Бауыржан Сарсенов.`);
    const result = extractStatements(snapshotOf(paragraphs), { budgetMs: 50, now });
    expect(result.isArticle).toBe(true);
    expect(result.quotes.length).toBeLessThan(400);
    const full = extractStatements(snapshotOf(paragraphs));
    expect(full.quotes).toHaveLength(400);
  });

  it('reads the beginning of a page whose layout alone used up the budget, rather than returning nothing', () => {
    // The clock jumps past the budget at the first look after the start (20 MB laid out on a busy machine), then
    // runs slowly: the first block of paragraphs is still analysed and its quotes found.
    let calls = 0;
    const now = () => (calls++ === 0 ? 0 : 101 + calls * 0.001);
    const paragraphs = Array.from({ length: 600 }, (_, i) => `— Мост номер ${i} откроют к осени, — сказал аким Бауыржан Сарсенов.`);
    const result = extractStatements(snapshotOf(paragraphs), { budgetMs: 100, now });
    expect(result.isArticle).toBe(true);
    expect(result.quotes.length).toBeGreaterThan(0);
    expect(result.quotes.length).toBeLessThan(600);
    expect(result.quotes[0]!.text).toBe('Мост номер 0 откроют к осени');
    expect(result.quotes[0]!.speaker).toBe('Бауыржан Сарсенов');
  });

  it('treats page text as data: markup in a quote comes back as the same text', () => {
    const r = extractStatements(snapshotOf(['— <img src=x onerror=alert(1)> ${process.exit()} не пройдет, — сказал министр Ержан Садыков.', 'я'.repeat(300)]));
    expect(r.quotes[0]!.text).toBe('<img src=x onerror=alert(1)> ${process.exit()} не пройдет');
  });
});
