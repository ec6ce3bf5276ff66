import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../components/library/import-file';
import { messageLibraryClient } from '../../../components/library/message-client';
import { StatementLensDb } from '../../../utils/db/database';
import { exportJson, exportW3C, MAX_IMPORT_BYTES } from '../../../utils/export';
import { parseResponse } from '../../../utils/messages';
import { generateBundle } from '../export/generate';
import { freshName } from './fixtures';
import { libraryBackground } from './library-background';

/**
 * Hostile and broken files, each through the whole path of a user's import: the library page's importFile (size,
 * read, parse, check), the message client, and the background writing into a database that already holds a library.
 * Each must be refused with a message that names the problem, and leave the database exactly as it was.
 */

const db = new StatementLensDb(freshName('hostile-import'));
const { send } = libraryBackground(db);
const client = messageLibraryClient(send, () => undefined);
const userImport = (file: File) => importFile(file, (bundle, signal) => client.importBundle(bundle, signal));

const incoming = generateBundle({ pages: 10, notes: 100, seed: 23 });
const json = exportJson(incoming);

async function contents() {
  return { pages: await db.pages.orderBy('url').toArray(), notes: await db.notes.orderBy('id').toArray() };
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
let before: Awaited<ReturnType<typeof contents>>;

beforeAll(async () => {
  // The library already holds other articles (another site) than the file brings.
  const held = generateBundle({ pages: 20, notes: 300, seed: 5 });
  const elsewhere = (url: string) => url.replace('news.example.kz', 'archive.example.kz');
  await db.pages.bulkPut(held.pages.map((p) => ({ ...p, url: elsewhere(p.url), updatedAt: p.savedAt })));
  await db.notes.bulkPut(held.notes.map((n) => ({ ...n, url: elsewhere(n.url) })));
  expect(await db.notes.count()).toBe(300);
});
afterAll(() => db.close());
beforeEach(async () => {
  before = await contents();
});
afterEach(async () => {
  expect(await contents()).toEqual(before);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
});

describe('a hostile or broken file changes nothing in the library', () => {
  it('a truncated file: says it was cut short', async () => {
    await expect(userImport(new File([json.slice(0, Math.floor(json.length * 0.7))], 'cut.json'))).rejects.toThrow(/cut short/);
    await expect(userImport(new File([exportW3C(incoming).slice(0, 5_000)], 'cut.jsonld'))).rejects.toThrow(/cut short/);
  });

  it('a file from a newer version, or with no valid version: names the version', async () => {
    await expect(userImport(new File([json.replace('"schemaVersion":1', '"schemaVersion":2')], 'newer.json'))).rejects.toThrow(
      /newer Statement Lens \(format version 2\).*up to version 1/,
    );
    await expect(userImport(new File([json.replace('"schemaVersion":1', '"schemaVersion":"1"')], 'odd.json'))).rejects.toThrow(
      /no valid schemaVersion \(found "1"\)/,
    );
  });

  it('a file over 50 MB: refused for its size, although its content is a valid export', async () => {
    // The export with 50 MB of white space before its last brace: valid JSON, only too large.
    const padding = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x20);
    const file = new File([json.slice(0, -1), padding, '}'], 'huge.json');
    expect(file.size).toBeGreaterThan(50 * 1024 * 1024);
    await expect(userImport(file)).rejects.toThrow(/The file is 50\.\d MB; the largest file Statement Lens imports is 50\.0 MB/);
  });

  it('a file with __proto__, constructor or prototype keys: names the key and where it is', async () => {
    const polluting = [
      json.replace('{"format"', '{"__proto__":{"polluted":"yes","isAdmin":true},"format"'),
      json.replace('"tags":[', '"constructor":{"prototype":{"polluted":"yes"}},"tags":['),
      JSON.stringify({ type: 'AnnotationCollection', items: [{ type: 'Annotation', __proto__: { polluted: 'yes' } }] }).replace('"items"', '"__proto__":{"isAdmin":true},"items"'),
    ];
    await expect(userImport(new File([polluting[0]!], 'a.json'))).rejects.toThrow(/key "__proto__" \(at __proto__\), which is refused/);
    await expect(userImport(new File([polluting[1]!], 'b.json'))).rejects.toThrow(/key "constructor" \(at notes\[\d+\]\.constructor\)/);
    await expect(userImport(new File([polluting[2]!], 'c.jsonld'))).rejects.toThrow(/key "__proto__"/);
  });

  it('a polluting bundle sent to the background directly, past the page\u2019s checks, is refused there too', async () => {
    const bundle = JSON.parse(json.replace('{"format"', '{"__proto__":{"polluted":"yes"},"format"')) as unknown;
    expect(Object.hasOwn(bundle as object, '__proto__')).toBe(true);
    const answer = await send({ type: 'libraryImport', bundle, importId: crypto.randomUUID() });
    expect(() => parseResponse('libraryImport', answer)).toThrow(/cannot be imported.*__proto__/);
  });

  it('a valid file does import through the same path (so the refusals above are not the path failing)', async () => {
    const counts = await userImport(new File([json], 'good.json'));
    expect(counts.added).toEqual({ pages: 10, notes: 100 });
    expect(await db.notes.count()).toBe(400);
    // This one was meant to change the library; put it back for afterEach.
    await db.notes.bulkDelete(incoming.notes.map((n) => n.id));
    await db.pages.bulkDelete(incoming.pages.map((p) => p.url));
  });
});
