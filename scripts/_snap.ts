import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { snapshotArticle } from '../utils/extract/snapshot';
const { document } = parseHTML(readFileSync(process.argv[2]!, 'utf8'));
const s = snapshotArticle(document, 'x');
for (const b of s.blocks) console.log(b.kind, b.start, JSON.stringify(b.text.slice(0, 120)));
