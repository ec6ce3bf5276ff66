import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractPage } from '../utils/extract';

/**
 * `npm run eval [-- --json] [-- --any-kind]`: scores the extractor on every tests/fixtures/pages/*.expected.json
 * plus ../shared/fixtures/seed-gold.json, with the semantics of ../shared/tools/score.py (token-overlap F1 >= 0.6
 * within the direct/indirect kind family, speaker by surname with inflection tolerance, detection, claim
 * recall, texts wrongly taken for quotes). The extractor runs in-process, one page after another.
 */

interface GoldQuote {
  kind: string;
  text: string;
  speaker?: string | null;
}
interface Gold {
  page?: string;
  pagePath?: string;
  url?: string;
  language?: string;
  isArticle?: boolean;
  quotes?: GoldQuote[];
  notQuotes?: string[];
  checkworthyClaims?: Array<{ text: string; type?: string }>;
}
interface Predicted {
  isArticle: boolean | null;
  language: string;
  quotes: Array<{ kind: string; text: string; speaker: string | null }>;
  claims: Array<{ text: string; type?: string }>;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  spkOk: number;
  spkN: number;
  detOk: number;
  detN: number;
  clHit: number;
  clN: number;
  /** Gold check-worthy claims with a type, found, and found with that type (not in score.py: our own figure). */
  typeN: number;
  typeOk: number;
  nqBad: number;
}

const zero = (): Tally => ({ tp: 0, fp: 0, fn: 0, spkOk: 0, spkN: 0, detOk: 0, detN: 0, clHit: 0, clN: 0, typeN: 0, typeOk: 0, nqBad: 0 });

/** Python's `re.findall(r"\w+", s.lower().replace("ё", "е"))`. */
export function toks(s: string | null | undefined): string[] {
  return (s ?? '').toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}_]+/gu) ?? [];
}

export function overlapF1(a: string, b: string): number {
  const ta = toks(a);
  const tb = toks(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const ca = new Map<string, number>();
  for (const w of ta) ca.set(w, (ca.get(w) ?? 0) + 1);
  const cb = new Map<string, number>();
  for (const w of tb) cb.set(w, (cb.get(w) ?? 0) + 1);
  let common = 0;
  for (const [w, n] of ca) common += Math.min(n, cb.get(w) ?? 0);
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let k = 0;
  while (k < Math.min(a.length, b.length) && a[k] === b[k]) k++;
  return k >= Math.max(4, Math.min(a.length, b.length) - 2);
}

function contains(hay: string, needle: string): boolean {
  const n = toks(needle).join(' ');
  return n.length > 0 && toks(hay).join(' ').includes(n);
}

const family = (kind: string | undefined) => (kind === 'indirect' ? 'indirect' : 'direct');

const PRONOUNS = new Set(
  'he she they it who i we you him her them his its their which that this он она они оно я мы вы его ее её их кто который которая которые'.split(' '),
);

export function surname(name: string | null | undefined): string {
  const head = (name ?? '').split(/[,(]/)[0] ?? '';
  const t = toks(head).filter((w) => w !== 's');
  if (t.length === 0 || t.every((w) => PRONOUNS.has(w))) return '';
  return t[t.length - 1]!;
}

function runExtractor(page: string, url: string | undefined): Predicted {
  const { document } = parseHTML(readFileSync(page, 'utf8'));
  return extractPage(document, url ?? pathToFileURL(resolve(page)).href);
}

export function scorePage(gold: Gold, pred: Predicted, anyKind = false): Tally {
  const t = zero();
  if (gold.isArticle !== undefined) {
    t.detN++;
    t.detOk += Number(Boolean(pred.isArticle) === gold.isArticle);
  }
  const gq = gold.quotes ?? [];
  const pq = pred.quotes.filter((q) => q.text);
  const used = new Set<number>();
  for (const g of gq) {
    let best = 0;
    let bi: number | null = null;
    pq.forEach((q, i) => {
      if (used.has(i) || (!anyKind && family(q.kind) !== family(g.kind))) return;
      const s = overlapF1(q.text, g.text);
      if (s > best) {
        best = s;
        bi = i;
      }
    });
    if (bi !== null && best >= 0.6) {
      used.add(bi);
      t.tp++;
      const want = surname(g.speaker);
      if (want) {
        t.spkN++;
        t.spkOk += Number(toks(pq[bi]!.speaker).some((w) => sameWord(want, w)));
      }
    }
  }
  t.fp = pq.length - used.size;
  t.fn = gq.length - t.tp;
  for (const nq of gold.notQuotes ?? []) {
    if (pq.some((q) => contains(nq, q.text) || contains(q.text, nq))) t.nqBad++;
  }
  const claims = pred.claims.map((c) => c.text ?? '');
  for (const c of gold.checkworthyClaims ?? []) {
    t.clN++;
    t.clHit += Number(claims.some((x) => overlapF1(c.text, x) >= 0.6 || contains(x, c.text)));
    // The type of the found claim that words it most alike.
    let best: { type?: string } | null = null;
    let bestScore = 0;
    for (const x of pred.claims) {
      const score = Math.max(overlapF1(c.text, x.text ?? ''), contains(x.text ?? '', c.text) ? 0.6 : 0);
      if (score >= 0.6 && score > bestScore) {
        best = x;
        bestScore = score;
      }
    }
    if (c.type && best) {
      t.typeN++;
      t.typeOk += Number(best.type === c.type);
    }
  }
  return t;
}

function addInto(a: Tally, b: Tally): void {
  for (const k of Object.keys(a) as Array<keyof Tally>) a[k] += b[k];
}

function summary(t: Tally) {
  const P = t.tp / Math.max(1, t.tp + t.fp);
  const R = t.tp / Math.max(1, t.tp + t.fn);
  const F = (2 * P * R) / Math.max(1e-9, P + R);
  return {
    precision: P,
    recall: R,
    f1: F,
    speaker: t.spkOk / Math.max(1, t.spkN),
    speakersScored: t.spkN,
    detection: t.detOk / Math.max(1, t.detN),
    pages: t.detN,
    claimsRecall: t.clN ? t.clHit / t.clN : null,
    claimTypes: t.typeN ? t.typeOk / t.typeN : null,
    claimTypesScored: t.typeN,
    notQuoteHits: t.nqBad,
  };
}

function line(t: Tally): string {
  const s = summary(t);
  const claims = s.claimsRecall === null ? 'claims_recall=n/a' : `claims_recall=${s.claimsRecall.toFixed(2)}`;
  return `quotes P=${s.precision.toFixed(2)} R=${s.recall.toFixed(2)} F1=${s.f1.toFixed(2)} speaker=${s.speaker.toFixed(2)} (${s.speakersScored} scored) detection=${s.detection.toFixed(2)} (${s.pages} pages) ${claims} notquote_hits=${s.notQuoteHits}${s.claimTypes === null ? '' : ` claim_types=${s.claimTypes.toFixed(2)} (${s.claimTypesScored})`}`;
}

function goldFiles(root: string): string[] {
  const dir = join(root, 'tests/fixtures/pages');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort().map((f) => join(dir, f));
  } catch {
    files = [];
  }
  return [...files, resolve(root, '../shared/fixtures/seed-gold.json')];
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const anyKind = argv.includes('--any-kind');
  const explicit = argv.filter((a) => !a.startsWith('--'));
  const paths = explicit.length > 0 ? explicit.map((p) => resolve(p)) : goldFiles(process.cwd());
  const total = zero();
  const byLanguage = new Map<string, Tally>();
  const rows: Array<Record<string, unknown>> = [];
  for (const gp of paths) {
    const gold = JSON.parse(readFileSync(gp, 'utf8')) as Gold;
    const page = gold.pagePath ?? join(dirname(gp), gold.page ?? '');
    let pred: Predicted;
    let error: string | null = null;
    const started = performance.now();
    try {
      pred = runExtractor(page, gold.url);
    } catch (e) {
      // A crash scores as finding nothing, as in score.py.
      error = e instanceof Error ? e.message : String(e);
      pred = { isArticle: null, language: 'other', quotes: [], claims: [] };
    }
    const ms = performance.now() - started;
    const t = scorePage(gold, pred, anyKind);
    addInto(total, t);
    const lang = gold.language ?? (gold.isArticle === false ? 'non-article' : 'unknown');
    if (!byLanguage.has(lang)) byLanguage.set(lang, zero());
    addInto(byLanguage.get(lang)!, t);
    const name = basename(gp);
    const gq = gold.quotes?.length ?? 0;
    const found = pred.quotes.filter((q) => q.text).length;
    rows.push({ page: name, language: lang, isArticle: pred.isArticle, goldQuotes: gq, found, tp: t.tp, fp: t.fp, fn: t.fn, speakerOk: t.spkOk, speakerScored: t.spkN, ms: Math.round(ms), error });
    if (!json) {
      const head = error ? `${name}: ERROR ${error}` : `${name}: article=${pred.isArticle === null ? 'None' : pred.isArticle ? 'True' : 'False'} gold_quotes=${gq} found=${found} tp=${t.tp} fp=${t.fp} fn=${t.fn}`;
      process.stdout.write(`${head}  [${lang}, speaker ${t.spkOk}/${t.spkN}, ${Math.round(ms)} ms]\n`);
    }
  }
  if (json) {
    const languages = Object.fromEntries([...byLanguage].map(([k, v]) => [k, summary(v)]));
    process.stdout.write(JSON.stringify({ pages: rows, languages, overall: summary(total) }, null, 2) + '\n');
    return;
  }
  process.stdout.write('\n');
  for (const [lang, t] of [...byLanguage].sort()) process.stdout.write(`${lang.padEnd(12)} ${line(t)}\n`);
  process.stdout.write(`\n${line(total)}\n`);
}

main(process.argv.slice(2));
