import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { snapshotArticle } from '../utils/extract/snapshot';
import { extractStatements } from '../utils/extract';
const snap = snapshotArticle(parseHTML(readFileSync(process.argv[2]!, 'utf8')).document, 'x');
for (let i = 0; i < 2000; i++) extractStatements(snap);
