import { describe, expect, it } from 'vitest';
import { addTextKeys, matchesQuery, parseQuery } from '../../../utils/search/terms';
import { isVariant, statementSimilarity, statementTerms, VARIANT_THRESHOLD } from '../../../utils/search/variants';

const finds = (query: string, text: string) => matchesQuery(addTextKeys(text, new Set()), parseQuery(query));

describe('search terms', () => {
  it('matches Russian inflections, names included (Snowball over-cuts surnames)', () => {
    expect(finds('Токаева', 'Токаев заявил')).toBe(true);
    expect(finds('Токаевым', 'Касым-Жомарт Токаев')).toBe(true);
    expect(finds('реформы', 'Реформа будет продолжена')).toBe(true);
    expect(finds('реформами продолжена', 'реформы продолжены')).toBe(true);
    expect(finds('ёлка', 'Елки')).toBe(true);
  });

  it('matches English inflections', () => {
    expect(finds('reforms', 'The reform is under way')).toBe(true);
    expect(finds('reforming taxes', 'tax reform')).toBe(true);
    expect(finds('the', 'the reform')).toBe(true);
  });

  it('matches Kazakh by lowercasing and stripping common endings', () => {
    expect(finds('Тоқаевтың', 'Тоқаев айтты')).toBe(true);
    expect(finds('мемлекеттің', 'Мемлекет')).toBe(true);
  });

  it('needs every meaningful word and ignores common ones', () => {
    expect(finds('реформа бюджет', 'Реформа будет продолжена')).toBe(false);
    expect(finds('реформа и', 'Реформа будет продолжена')).toBe(true);
    expect(finds('налоги', 'Реформа будет продолжена')).toBe(false);
  });
});

describe('quote variants', () => {
  const body = statementTerms('Реформы будут продолжены, несмотря на все трудности этого года');
  it('takes a headline paraphrase of the body quote for a variant', () => {
    const headline = statementTerms('Реформа будет продолжена несмотря на трудности');
    expect(statementSimilarity(body, headline)).toBeGreaterThanOrEqual(VARIANT_THRESHOLD);
    expect(isVariant(body, headline)).toBe(true);
  });

  it('does not take the identical quote, another statement, or a short chance overlap for a variant', () => {
    expect(isVariant(body, statementTerms('Реформы будут продолжены, несмотря на все трудности этого года.'))).toBe(false);
    expect(isVariant(body, statementTerms('Бюджет на следующий год утвердят в декабре'))).toBe(false);
    expect(isVariant(body, statementTerms('Реформы продолжены'))).toBe(false);
  });

  it('sits at the documented threshold: three of five stems pass, two of five do not', () => {
    const five = statementTerms('alpha beta gamma delta epsilon');
    expect(statementSimilarity(five, statementTerms('alpha beta gamma zeta theta'))).toBe(0.6);
    expect(isVariant(five, statementTerms('alpha beta gamma zeta theta'))).toBe(true);
    expect(isVariant(five, statementTerms('alpha beta kappa zeta theta'))).toBe(false);
  });
});
