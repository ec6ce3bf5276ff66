import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * utils/anchor and utils/url.ts run in Node tests, the CLI and the page alike: no extension APIs, nothing from
 * the layers above. ESLint catches forbidden imports; this also catches globals (chrome.*, browser.*).
 */
const dir = fileURLToPath(new URL('../../../utils/anchor/', import.meta.url));
const files = [
  ...readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => `${dir}${f}`),
  fileURLToPath(new URL('../../../utils/url.ts', import.meta.url)),
];

describe('utils/anchor layering', () => {
  it.each(files.map((f) => [f.split('/utils/')[1]!, f]))('%s imports only schemas, siblings and approx-string-match', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|export)\s[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    for (const spec of imports) {
      expect(spec, spec).toMatch(/^(\.\/[\w-]+|\.\.\/schemas|approx-string-match)$/);
    }
    expect(source).not.toMatch(/\b(browser|chrome)\.(runtime|storage|tabs|scripting|i18n)\b/);
  });
});
