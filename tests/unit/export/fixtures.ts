import type { AnnotationBundle, BundleNote, BundlePage } from '../../../utils/export/bundle';
import type { Quote } from '../../../utils/schemas';

/** Small hand-made bundles for format tests, where the generator's randomness would hide what is being checked. */
export const PAGE_URL = 'https://tengrinews.example.kz/news/budget-2025';

export function anchor(exact: string, start: number): Quote['anchor'] {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  };
}

export function quote(id: string, text: string, start: number, speaker: string | null = 'Олжас Бектенов'): Quote {
  return { id, kind: 'direct', text, speaker, speakerId: speaker ? 's1' : null, cue: speaker ? 'сказал' : null, anchor: anchor(text, start), variantOf: null };
}

export function page(quotes: Quote[], overrides: Partial<BundlePage> = {}): BundlePage {
  return {
    url: PAGE_URL,
    title: 'Бюджет-2025: что сказал премьер',
    language: 'ru',
    savedAt: '2025-03-01T10:00:00+05:00',
    extraction: { speakers: [{ id: 's1', name: 'Олжас Бектенов', role: 'премьер-министр', mentions: ['Бектенов'] }], quotes, claims: [] },
    ...overrides,
  };
}

let counter = 0;
export function note(overrides: Partial<BundleNote> = {}): BundleNote {
  counter++;
  return {
    schemaVersion: 1,
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    url: PAGE_URL,
    pageTitle: 'Бюджет-2025: что сказал премьер',
    targetKind: 'article',
    anchor: null,
    speaker: null,
    quoteKind: null,
    claimType: null,
    text: 'Проверить цифры.',
    tags: [],
    createdAt: '2025-03-01T11:00:00+05:00',
    updatedAt: '2025-03-01T11:00:00+05:00',
    ...overrides,
  };
}

export function bundle(pages: BundlePage[], notes: BundleNote[] = []): AnnotationBundle {
  return { format: 'statement-lens', schemaVersion: 1, exportedAt: '2025-03-02T09:00:00+05:00', pages, notes };
}
