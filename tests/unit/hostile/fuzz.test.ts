import fc from 'fast-check';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextModel, type TextModel } from '../../../utils/anchor/text-model';
import { extractStatements } from '../../../utils/extract';
import { formats } from '../../../utils/export';
import { SCHEMA_VERSION, blockKindSchema, type ArticleSnapshot, type BlockKind } from '../../../utils/schemas';
import { bundle, note, page, quote } from '../export/fixtures';
import { expectSoundExtraction, timed } from './helpers';

/**
 * Properties over arbitrary input: the extractor, the text model and the importers must never throw and must
 * finish. Runs are bounded in count and size so the file stays within a few seconds on a two-core CI machine.
 */
const RUNS = 200;
const PER_RUN_MS = 2_000;

/** Pieces our rules look for, so random text hits the interesting paths instead of plain letters only. */
const TOKENS = [
  '«', '»', '"', '“', '”', '„', "'", '—', '–', '-', ' - ', ':', '.', ',', '…', '?', '!', '\n', ' ', '\u00a0', '\u200f', '\u202e',
  'сказал', 'заявил', 'отметил', 'по словам', 'Об этом сообщил', 'said', 'told', 'according to', 'деді', 'атап өтті',
  'Президент', 'аким', 'министр', 'Касым-Жомарт Токаев', 'Иван Петров', 'John Smith', 'он', 'she', 'Мы', 'We',
  'Вопрос:', 'Ответ:', '— Скажите,', 'Читайте также:', 'http://x.y/', '@gov', '2025', '10%', 'млрд тенге',
];

const runOf = fc.tuple(fc.constantFrom('-', '«', '»', '"', ' ', '—', '.', 'а', '\u0301', '😀'), fc.integer({ min: 1, max: 2_000 })).map(([c, n]) => c.repeat(n));
const soup = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'grapheme', maxLength: 12 }), runOf), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(soup, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 }));
const FILLER = 'Заседание продолжалось несколько часов, на нем обсуждались и другие вопросы повестки дня. '.repeat(4).trim();
const kinds = blockKindSchema.options as readonly BlockKind[];

/** Snapshots as the background could receive them: anything its schema lets through, gaps and overlaps included. */
const snapshots: fc.Arbitrary<{ snapshot: ArticleSnapshot; laidOut: boolean }> = fc
  .record({
    blocks: fc.array(fc.record({ kind: fc.constantFrom(...kinds), text: anyText, gap: fc.oneof(fc.constant(1), fc.integer({ min: -50, max: 200 })) }), { maxLength: 25 }),
    title: fc.oneof(fc.constant(''), anyText),
    lang: fc.constantFrom(null, 'ru', 'en', 'kk', 'ar', 'he', 'xx-YY', ''),
    padded: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
  })
  .map(({ blocks, title, lang, padded }) => {
    let start = 0;
    let laidOut = true;
    // Text under 300 characters is no article and returns early: most runs get a neutral paragraph first so the
    // detectors themselves see the random text.
    const all = padded ? [{ kind: 'paragraph' as const, text: FILLER, gap: 1 }, ...blocks] : blocks;
    const out = all.map((b) => {
      if (b.gap !== 1) laidOut = false;
      start = Math.max(0, start + b.gap - 1);
      const block = { kind: b.kind, text: b.text, start };
      start += b.text.length + 1;
      return block;
    });
    const snapshot: ArticleSnapshot = {
      schemaVersion: SCHEMA_VERSION,
      url: 'https://news.example/fuzz',
      title: title.slice(0, 10_000),
      declaredLanguage: lang,
      meta: { siteName: null, publishedTime: null, byline: null, canonicalUrl: null },
      blocks: out,
    };
    return { snapshot, laidOut };
  });

describe('extractStatements on arbitrary snapshots', () => {
  it('never throws, finishes, and returns a schema-valid extraction whose anchors name their text', () => {
    fc.assert(
      fc.property(snapshots, ({ snapshot, laidOut }) => {
        const { value, ms } = timed(() => extractStatements(snapshot));
        expect(ms).toBeLessThan(PER_RUN_MS);
        // With blocks laid out one "\n" apart the model text is known, so anchors can be checked against it.
        expectSoundExtraction(value, laidOut ? snapshot.blocks.map((b) => b.text).join('\n') : undefined);
      }),
      { numRuns: RUNS },
    );
  });

  it('with a budget, never throws either (every early exit returns a whole extraction)', () => {
    let clock = 0;
    fc.assert(
      fc.property(snapshots, fc.integer({ min: 0, max: 40 }), ({ snapshot }, budgetMs) => {
        expectSoundExtraction(extractStatements(snapshot, { budgetMs, now: () => (clock += 3) }));
      }),
      { numRuns: RUNS },
    );
  });
});

/** A random DOM: elements of the tags the text model treats specially, text with any characters, comments. */
type Tree = { tag: string; children: Tree[] } | { text: string } | { comment: string };
const TAGS = ['p', 'div', 'span', 'b', 'br', 'li', 'ul', 'h1', 'script', 'style', 'template', 'iframe', 'svg', 'select', 'option', 'textarea', 'pre', 'td', 'img', 'button', 'noscript', 'article'];
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: anyText }),
    fc.record({ comment: fc.string({ maxLength: 10 }) }),
    fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('tree'), { maxLength: 5 }) }),
  ),
}));

function build(doc: Document, parent: Node, node: Tree): void {
  if ('text' in node) parent.appendChild(doc.createTextNode(node.text));
  else if ('comment' in node) parent.appendChild(doc.createComment(node.comment));
  else {
    const el = doc.createElement(node.tag);
    parent.appendChild(el);
    for (const child of node.children) build(doc, el, child);
  }
}

/** The model's documented shape, and offsets that map to the DOM and back. */
function expectSoundModel(model: TextModel, root: Node, withRanges: boolean): void {
  const { text } = model;
  expect(text).not.toMatch(/\n\n|^[ \n]|[ \n]$| {2}| \n|\n /);
  for (let offset = 0; offset <= text.length; offset += Math.max(1, Math.floor(text.length / 17))) {
    const position = model.positionAt(offset);
    if (text.length > 0) expect(position).not.toBeNull();
    if (position) expect(root.contains(position.node)).toBe(true);
  }
  // linkedom's Range has no setStart: ranges are checked in happy-dom only.
  if (withRanges && text.length > 0) expect(model.toRange(0, text.length)).not.toBeNull();
}

describe('buildTextModel on arbitrary DOM', () => {
  it('linkedom: never throws and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (nodes) => {
        const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
        const doc = document as unknown as Document;
        for (const n of nodes) build(doc, doc.body, n);
        expectSoundModel(buildTextModel(doc.body), doc.body, false);
      }),
      { numRuns: RUNS },
    );
  });

  it('happy-dom: never throws and keeps its invariants, ranges included', () => {
    const window = new Window({ url: 'https://news.example/' });
    const doc = window.document as unknown as Document;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (nodes) => {
        doc.body.replaceChildren();
        for (const n of nodes) build(doc, doc.body, n);
        const model = buildTextModel(doc.body);
        expectSoundModel(model, doc.body, true);
        for (const t of Array.from(doc.body.querySelectorAll('*')).slice(0, 10)) {
          const r = model.rangeOf(t);
          if (r) expect(r[0]).toBeLessThanOrEqual(r[1]);
        }
      }),
      { numRuns: RUNS },
    );
    void window.happyDOM.close();
  });
});

const validBundle = bundle(
  [page([quote('q1', 'Мы не допустим роста цен.', 0), quote('q2', '<img src=x onerror=alert(1)> javascript:alert(1)', 40, null)])],
  [note(), note({ targetKind: 'quote', anchor: quote('q1', 'Мы не допустим роста цен.', 0).anchor, text: 'Сверить «цифры» — с отчётом', tags: ['бюджет'] })],
);
const IMPORTERS = { json: formats.json.import, w3c: formats.w3c.import } as const;
const EXPORTS = { json: formats.json.export(validBundle), w3c: formats.w3c.export(validBundle) } as const;

/** The importer's answer is a Result, whatever the input. */
function expectResult(run: () => { ok: boolean }): void {
  const { value, ms } = timed(run);
  expect(ms).toBeLessThan(PER_RUN_MS);
  expect(typeof value.ok).toBe('boolean');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replaces the value at a random path of a parsed export with something arbitrary (or deletes the key). */
function mutate(value: Json, steps: number[], replacement: Json | undefined): Json {
  if (steps.length === 0 || value === null || typeof value !== 'object') return replacement ?? null;
  const [step, ...rest] = steps;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement === undefined ? value : [replacement];
    const i = step! % value.length;
    const copy = [...value];
    if (rest.length === 0 && replacement === undefined) copy.splice(i, 1);
    else copy[i] = mutate(value[i]!, rest, replacement);
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  const key = keys[step! % keys.length]!;
  const copy: { [key: string]: Json } = { ...value };
  if (rest.length === 0 && replacement === undefined) delete copy[key];
  else copy[key] = mutate(value[key]!, rest, replacement);
  return copy;
}

const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'polluted');
const replacement: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(-1, 1e308, -0, 2 ** 53 + 1, '', '\u0000', 'x'.repeat(5_000), [], {}, { __proto__: { polluted: 1 } } as unknown as Json),
  hostileKeys.map((k): Json => ({ [k]: { polluted: true } })),
);

describe('importers on arbitrary input', () => {
  it('a field holding an object with its own toString/valueOf fields is reported, not converted (it threw a TypeError)', () => {
    const exported = JSON.parse(EXPORTS.json) as { notes: Array<Record<string, unknown>> };
    exported.notes[0]!.schemaVersion = { toString: { polluted: true } };
    exported.notes[0]!.createdAt = { valueOf: 1, toString: 2 };
    const result = formats.json.import(JSON.stringify(exported));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/schemaVersion: expected one of 1, got an object/);
  });

  for (const [name, importer] of Object.entries(IMPORTERS)) {
    it(`${name}: arbitrary strings and JSON values never throw`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), soup, fc.json({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v))), (text) => {
          expectResult(() => importer(text));
        }),
        { numRuns: RUNS },
      );
    });

    it(`${name}: mutated valid exports (values replaced, keys dropped, bytes cut and spliced) never throw`, () => {
      const valid = EXPORTS[name as keyof typeof EXPORTS];
      expect(importer(valid).ok).toBe(true);
      const parsed = JSON.parse(valid) as Json;
      const structural = fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), replacement).map(([steps, r]) => JSON.stringify(mutate(parsed, steps, r)));
      const textual = fc
        .tuple(fc.nat({ max: valid.length }), fc.nat({ max: 200 }), fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('"__proto__":', '{', ']', '\\u0000', '"')))
        .map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));
      fc.assert(
        fc.property(fc.oneof(structural, textual), (text) => {
          expectResult(() => importer(text));
        }),
        { numRuns: RUNS },
      );
    });
  }
});
