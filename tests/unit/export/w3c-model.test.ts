import { describe, expect, it } from 'vitest';
import { exportW3C } from '../../../utils/export/w3c-export';
import { BUNDLE_FORMAT } from '../../../utils/export/bundle';
import { checkAnnotation, checkCollection, isDateTimeUtc, isIri } from './w3c-model';
import { generateBundle } from './generate';

type Json = Parameters<typeof checkCollection>[0];

const exported = JSON.parse(exportW3C(generateBundle({ pages: 60, notes: 1_500, seed: 3 }))) as Json & Record<string, Json>;

function annotations(): Array<Record<string, Json>> {
  const first = exported.first as Record<string, Json>;
  return first.items as Array<Record<string, Json>>;
}

describe('W3C Web Annotation Data Model: our export', () => {
  it('meets every MUST for the collection, its page and each annotation', () => {
    expect(checkCollection(exported)).toEqual([]);
  });

  it('holds quote, claim and note annotations with the motivations we promise', () => {
    const byKind = new Map<string, Set<string>>();
    for (const a of annotations()) {
      const kind = String(a['sl:kind']);
      const set = byKind.get(kind) ?? new Set<string>();
      set.add(String(a.motivation));
      byKind.set(kind, set);
    }
    expect([...byKind.get('quote')!]).toEqual(['highlighting']);
    expect([...byKind.get('claim')!]).toEqual(['highlighting']);
    expect([...byKind.get('note')!].sort()).toEqual(['bookmarking', 'commenting', 'highlighting', 'tagging']);
  });

  it('puts text in TextualBody items and tags in tagging bodies', () => {
    const noted = annotations().find((a) => a.motivation === 'commenting' && Array.isArray(a.body) && a.body.length > 1)!;
    const bodies = noted.body as Array<Record<string, Json>>;
    expect(bodies[0]).toMatchObject({ type: 'TextualBody', format: 'text/plain', purpose: 'commenting' });
    expect(bodies.slice(1).every((b) => b.purpose === 'tagging' && typeof b.value === 'string')).toBe(true);
  });

  it('targets a text segment with both selectors, and the article itself for article notes', () => {
    const targets = annotations().map((a) => a.target);
    expect(targets.some((t) => typeof t === 'string' && isIri(t))).toBe(true);
    const specific = targets.find((t) => typeof t === 'object') as Record<string, Json>;
    expect((specific.selector as Array<Record<string, Json>>).map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  });

  it('declares the annotation context first and our namespace in a second entry', () => {
    const context = exported['@context'] as Json[];
    expect(context[0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(context[1]).toMatchObject({ sl: expect.stringMatching(/^urn:/) });
  });

  it('an empty bundle gives a valid collection without pages', () => {
    const empty = JSON.parse(
      exportW3C({ format: BUNDLE_FORMAT, schemaVersion: 1, exportedAt: '2025-01-01T00:00:00+05:00', pages: [], notes: [] }),
    ) as Json;
    expect(checkCollection(empty)).toEqual([]);
    expect(empty).toMatchObject({ total: 0 });
    expect(empty).not.toHaveProperty('first');
  });
});

describe('the conformance checker itself catches violations', () => {
  const good = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:0b6f1b9e-1c1f-4e4a-9a43-6a0c8f0f1a11', type: 'Annotation', target: 'https://example.org/a' };

  it('accepts a minimal annotation', () => {
    expect(checkAnnotation(good, 'a', false)).toEqual([]);
  });

  it.each([
    ['no @context', { ...good, '@context': undefined }],
    ['another context only', { ...good, '@context': 'http://schema.org/' }],
    ['no id', { ...good, id: undefined }],
    ['a relative id', { ...good, id: 'anno1' }],
    ['a malformed urn:uuid', { ...good, id: 'urn:uuid:not-a-uuid' }],
    ['a wrong type', { ...good, type: 'Note' }],
    ['no target', { ...good, target: undefined }],
    ['a target that is not an IRI', { ...good, target: 'not an iri' }],
    ['an unknown motivation', { ...good, motivation: 'liking' }],
    ['a date without a time zone', { ...good, created: '2025-01-01T10:00:00' }],
    ['a date with an offset instead of Z', { ...good, created: '2025-01-01T10:00:00+05:00' }],
    ['two created dates', { ...good, created: ['2025-01-01T10:00:00Z', '2025-01-02T10:00:00Z'] }],
    ['a TextualBody without value', { ...good, body: { type: 'TextualBody', purpose: 'commenting' } }],
    ['an unknown purpose', { ...good, body: { type: 'TextualBody', value: 'x', purpose: 'shouting' } }],
    ['an external body without id', { ...good, body: { format: 'text/html' } }],
    ['body and bodyValue together', { ...good, body: 'https://example.org/c', bodyValue: 'x' }],
    ['a quote selector without exact', { ...good, target: { source: 'https://example.org/a', selector: { type: 'TextQuoteSelector', prefix: 'a' } } }],
    ['a position selector with a negative start', { ...good, target: { source: 'https://example.org/a', selector: { type: 'TextPositionSelector', start: -1, end: 3 } } }],
    ['a position selector without end', { ...good, target: { source: 'https://example.org/a', selector: { type: 'TextPositionSelector', start: 1 } } }],
    ['a specific resource with two sources', { ...good, target: { source: ['https://a.example/', 'https://b.example/'] } }],
    ['a TextualBody as target', { ...good, target: { type: 'TextualBody', value: 'x' } }],
  ])('rejects %s', (_name, annotation) => {
    const clean = JSON.parse(JSON.stringify(annotation)) as Json;
    expect(checkAnnotation(clean, 'a', false).length).toBeGreaterThan(0);
  });

  it('rejects a collection without first page, a page without items, a wrong total and an unknown key', () => {
    const base = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:0b6f1b9e-1c1f-4e4a-9a43-6a0c8f0f1a12', type: 'AnnotationCollection', total: 1 };
    expect(checkCollection(base).join()).toMatch(/first/);
    expect(checkCollection({ ...base, first: { id: 'urn:x:p', type: 'AnnotationPage', items: [] } }).join()).toMatch(/items/);
    expect(checkCollection({ ...base, total: 2, first: { id: 'urn:x:p', type: 'AnnotationPage', items: [good] } }).join()).toMatch(/total/);
    expect(checkCollection({ ...base, first: { id: 'urn:x:p', type: 'AnnotationPage', items: [{ ...good, speaker: 'x' }] } }).join()).toMatch(/speaker/);
  });

  it('knows xsd:dateTime in UTC', () => {
    expect(isDateTimeUtc('2025-01-01T10:00:00Z')).toBe(true);
    expect(isDateTimeUtc('2025-01-01T10:00:00.123456Z')).toBe(true);
    expect(isDateTimeUtc('2025-13-01T10:00:00Z')).toBe(false);
    expect(isDateTimeUtc('2025-01-01 10:00:00Z')).toBe(false);
  });
});
