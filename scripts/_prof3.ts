import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractPage } from '../utils/extract';
const html = readFileSync(process.argv[2]!, 'utf8');
const docs = Array.from({ length: 1500 }, () => parseHTML(html).document);
for (const d of docs) extractPage(d, 'x');
