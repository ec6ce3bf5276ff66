import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractPage } from '../utils/extract';

/**
 * `npm run extract -- page.html [--url URL] [--json]`: the statements of a saved page, as one JSON object.
 * `--format` is reserved for export formats; only `json` exists for now.
 */
const USAGE = 'usage: npm run extract -- PAGE.html [--url URL] [--json] [--format json]';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

function main(argv: string[]): void {
  let file: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') continue;
    if (arg === '--url') {
      url = argv[++i] ?? fail('--url needs a value');
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : argv[++i];
      if (value !== 'json') fail(`unsupported --format ${value ?? '(missing)'}: only json is available for now`);
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE + '\n');
      return;
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}\n${USAGE}`);
    } else if (file === null) {
      file = arg;
    } else {
      fail(`one page at a time (got ${file} and ${arg})`);
    }
  }
  if (file === null) fail(`no page given\n${USAGE}`);
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { document } = parseHTML(html);
  const extraction = extractPage(document, url ?? pathToFileURL(resolve(file)).href);
  process.stdout.write(JSON.stringify(extraction, null, 2) + '\n');
}

main(process.argv.slice(2));
