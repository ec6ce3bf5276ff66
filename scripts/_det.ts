import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { detectArticle, quickArticleCheck } from '../utils/extract/detect';
for (const f of process.argv.slice(2)) {
  const { document } = parseHTML(readFileSync(f, 'utf8'));
  const d = detectArticle(document);
  console.log(f.split('/').pop(), quickArticleCheck(document), d.isArticle, d.score, d.reasons.join(', '), d.body?.root.tagName, d.body?.root.getAttribute('class'), d.body?.proseChars);
}
