import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(__dirname, '../../../utils/export');

/** utils/export runs in Node (CLI, tests) and in any extension context: no extension APIs, no database. */
describe('utils/export stays pure', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s imports only zod, the shared schemas, the url normalizer and its own modules', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const specifiers = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
    for (const specifier of specifiers) {
      expect(['zod', '../schemas', '../url'].includes(specifier) || /^\.\/[\w-]+$/.test(specifier), `${file}: ${specifier}`).toBe(true);
    }
    expect(source).not.toMatch(/\bbrowser\.|\bchrome\.|indexedDB|\bwindow\.|\bdocument\./);
  });
});
