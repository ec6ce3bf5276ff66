import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorText, isOrphan } from '../../../utils/anchor/anchor-text';
import { describeOffsets } from '../../../utils/anchor/describe';
import { MIN_SCORE } from '../../../utils/anchor/match-score';
import { mutate, parsePage, readFixture } from './load-page';

interface Scenario {
  name: string;
  page: string;
  quote: string;
  occurrence?: number;
  edits: Array<{ find: string; replace: string }>;
  expect: { orphan: true } | { method: 'position' | 'quote' | 'fuzzy'; text: string; before?: string; after?: string };
}

const { scenarios } = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/anchor/scenarios.json', import.meta.url)), 'utf8'),
) as { scenarios: Scenario[] };

describe('re-anchoring scenarios (tests/fixtures/anchor/scenarios.json)', () => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    const html = readFixture(scenario.page);
    const before = parsePage(html).model;
    let at = -1;
    for (let i = 0; i <= (scenario.occurrence ?? 0); i++) at = before.text.indexOf(scenario.quote, at + 1);
    expect(at, 'quote not in the original page').toBeGreaterThanOrEqual(0);
    const anchor = describeOffsets(before, at, at + scenario.quote.length);

    const after = parsePage(scenario.edits.reduce((page, e) => mutate(page, e.find, e.replace), html)).model;
    const result = anchorText(after, anchor);
    const wanted = scenario.expect;
    if ('orphan' in wanted) {
      expect(result, JSON.stringify(result)).toMatchObject({ orphan: true });
      return;
    }
    expect(isOrphan(result), JSON.stringify(result)).toBe(false);
    if (isOrphan(result)) return;
    expect(result.method).toBe(wanted.method);
    expect(after.text.slice(result.start, result.end)).toBe(wanted.text);
    expect(result.score).toBeGreaterThanOrEqual(MIN_SCORE);
    if (wanted.before) expect(after.text.slice(result.start - wanted.before.length, result.start)).toBe(wanted.before);
    if (wanted.after) expect(after.text.slice(result.end, result.end + wanted.after.length)).toBe(wanted.after);
  });
});
