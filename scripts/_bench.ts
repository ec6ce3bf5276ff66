import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractPage } from '../utils/extract';
const html = readFileSync(process.argv[2]!, 'utf8');
const fresh = () => parseHTML(html).document;
for (let i = 0; i < 5; i++) { extractPage(fresh(), 'x'); new Readability(fresh()).parse(); }
const t = (f: () => void) => { const ts: number[] = []; for (let i = 0; i < 15; i++) { const d = fresh(); const s = performance.now(); f.call(d); ts.push(performance.now() - s); } ts.sort((a, b) => a - b); return ts[7]!; };
let doc: Document;
const ex: number[] = []; const rd: number[] = [];
for (let i = 0; i < 15; i++) { doc = fresh(); let s = performance.now(); extractPage(doc, 'x'); ex.push(performance.now() - s); doc = fresh(); s = performance.now(); new Readability(doc).parse(); rd.push(performance.now() - s); }
ex.sort((a, b) => a - b); rd.sort((a, b) => a - b);
console.log('extract median', ex[7]!.toFixed(2), 'readability median', rd[7]!.toFixed(2));
void t;
