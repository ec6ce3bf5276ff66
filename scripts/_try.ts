import { extractStatements } from '../utils/extract';
import type { TextBlock } from '../utils/schemas';
const paras = process.argv.slice(2);
let start = 0;
const blocks: TextBlock[] = paras.map((text, i) => {
  const b = { kind: i === 0 && text.startsWith('H:') ? 'headline' as const : 'paragraph' as const, text: text.replace(/^H:/, ''), start };
  start += b.text.length + 1;
  return b;
});
blocks.push({ kind: 'paragraph', text: 'x'.repeat(300), start });
const r = extractStatements({ schemaVersion: 1, url: 'x', title: '', declaredLanguage: null, meta: { siteName: null, publishedTime: null, byline: null, canonicalUrl: null }, blocks });
for (const q of r.quotes) console.log(q.kind, '|', q.speaker, '|', q.cue, '|', q.text);
if (process.env.CLAIMS) for (const c of r.claims) console.log('  C', c.type, c.checkworthiness, c.text);
