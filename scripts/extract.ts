import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { bundleFromExtraction, formats, isFormatId, type FormatId } from '../utils/export';
import { extractPage } from '../utils/extract';
import { textReport } from './text-report';

/**
 * `npm run extract -- page.html [--url URL] [--text | --json]`: the statements of a saved page, as a report to
 * read (the default) or as one JSON object (the contract scripts and the scorer rely on).
 * `--format json|w3c|md|csv` writes them instead in an export format, through the extension's own exporters
 * (our JSON bundle, W3C Web Annotation, Markdown, CSV), with `--url` (or the file's `file:` URL) as the source.
 */
const USAGE = `usage: npm run extract -- PAGE.html [--url URL] [--text | --json | --format ${Object.keys(formats).join('|')}]`;

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

function main(argv: string[]): void {
  let file: string | null = null;
  let url: string | null = null;
  let format: FormatId | null = null;
  let json = false;
  let text = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') {
      json = true;
    } else if (arg === '--text') {
      text = true;
    } else if (arg === '--url') {
      url = argv[++i] ?? fail('--url needs a value');
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : argv[++i];
      if (!value || !isFormatId(value)) fail(`unknown --format ${value ?? '(missing)'}: use one of ${Object.keys(formats).join(', ')}`);
      format = value;
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
  if (text && (json || format !== null)) fail(`--text is a report to read; it does not go with --json or --format\n${USAGE}`);
  if (file === null) fail(`no page given\n${USAGE}`);
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { document } = parseHTML(html);
  const source = url ?? pathToFileURL(resolve(file)).href;
  const extraction = extractPage(document, source);
  if (format === null) {
    process.stdout.write(json ? JSON.stringify(extraction, null, 2) + '\n' : textReport(extraction));
    return;
  }
  const bundle = bundleFromExtraction(extraction, { url: source, savedAt: new Date().toISOString() });
  process.stdout.write(formats[format].export(bundle));
  if (format !== 'csv') process.stdout.write('\n');
}

main(process.argv.slice(2));
