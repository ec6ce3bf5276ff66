import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { detectArticle, quickArticleCheck } from '../utils/extract/detect';
import { snapshotArticle } from '../utils/extract/snapshot';
import { extractStatements } from '../utils/extract';
import { buildTextModel } from '../utils/anchor/text-model';
import { isProbablyReaderable } from '@mozilla/readability';
import { findArticleBody } from '../utils/extract/article-body';
const html = readFileSync(process.argv[2]!, 'utf8');
const fresh = () => parseHTML(html).document;
const time = (name: string, f: (d: Document) => unknown) => {
  for (let i = 0; i < 5; i++) f(fresh());
  const ts: number[] = [];
  for (let i = 0; i < 40; i++) { const d = fresh(); const s = performance.now(); f(d); ts.push(performance.now() - s); }
  ts.sort((a, b) => a - b); console.log(name.padEnd(12), ts[0]!.toFixed(2), ts[20]!.toFixed(2));
};
time('quick', (d) => quickArticleCheck(d));
time('detect', (d) => detectArticle(d));
time('body', (d) => findArticleBody(d));
time('readerable', (d) => isProbablyReaderable(d, { visibilityChecker: () => true }));
time('model', (d) => buildTextModel(d.body));
time('snapshot', (d) => snapshotArticle(d, 'x'));
const snap = snapshotArticle(fresh(), 'x');
time('extract', () => extractStatements(snap));
import { Readability } from '@mozilla/readability';
time('readability', (d) => new Readability(d).parse());
