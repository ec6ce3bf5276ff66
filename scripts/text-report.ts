import type { Claim, Extraction, Quote } from '../utils/schemas';
import { compareWordings, variantLinks } from '../utils/wording/variants';
import type { DiffPart } from '../utils/wording/word-diff';

/**
 * The extraction as a person reads it in a terminal (`npm run extract -- page.html`): what `--json` holds, minus
 * ids and anchors, with quotes under their speakers and each headline/body variant's word difference.
 * Plain text with no colours, so it reads the same piped into a file or a pager.
 */
export function textReport(extraction: Extraction): string {
  const out: string[] = [];
  out.push(extraction.title || '(untitled)', extraction.url);
  out.push(`${extraction.isArticle ? 'News article' : 'Not a news article'} · language: ${extraction.language}`);
  if (!extraction.isArticle) return out.join('\n') + '\n';

  const number = new Map(extraction.quotes.map((q, i) => [q.id, i + 1]));
  const variants = variantLinks(extraction.quotes);
  const claimsOf = new Map<string, Claim[]>();
  for (const c of extraction.claims) claimsOf.set(c.quoteId, [...(claimsOf.get(c.quoteId) ?? []), c]);

  out.push('', `Speakers (${extraction.speakers.length})`);
  for (const s of extraction.speakers) {
    const quotes = extraction.quotes.filter((q) => q.speakerId === s.id).length;
    out.push(`  ${s.name}${s.role ? ` — ${s.role}` : ''} · ${plural(quotes, 'quote')} · ${plural(s.mentions.length, 'mention')}: ${s.mentions.join(', ')}`);
  }

  out.push('', `Quotes (${extraction.quotes.length}) and claims (${extraction.claims.length}), by speaker`);
  for (const [name, quotes] of bySpeaker(extraction)) {
    const role = extraction.speakers.find((s) => s.id === quotes[0]!.speakerId)?.role;
    out.push('', name === null ? 'Unattributed' : `${name}${role ? ` (${role})` : ''}`);
    for (const q of quotes) out.push(...quoteLines(q, number, variants.get(q.id), claimsOf.get(q.id) ?? []));
  }

  const pairs = extraction.quotes.flatMap((q) => {
    const other = q.variantOf ? extraction.quotes.find((o) => o.id === q.variantOf) : undefined;
    return other ? [[q, other] as const] : [];
  });
  out.push('', `Variants (${pairs.length})`);
  if (pairs.length === 0) out.push('  none: no statement is worded twice');
  for (const [q, other] of pairs) {
    const { parts, elidedBefore, elidedAfter } = compareWordings(q.text, other.text);
    const [mine, theirs] = [number.get(q.id), number.get(other.id)];
    out.push(`  [${mine}] ${q.kind} / [${theirs}] ${other.kind}: [${theirs}] as worded, with [-words only in [${mine}]-] and {+words only in [${theirs}]+}`);
    out.push(`      ${elidedBefore ? '… ' : ''}${marked(parts)}${elidedAfter ? ' …' : ''}`);
  }
  return out.join('\n') + '\n';
}

/** Quotes of each speaker in the order speakers first speak; quotes nobody is credited with come last. */
function bySpeaker(extraction: Extraction): Array<[string | null, Quote[]]> {
  const groups = new Map<string | null, Quote[]>();
  for (const q of extraction.quotes) groups.set(q.speaker, [...(groups.get(q.speaker) ?? []), q]);
  const named = [...groups].filter(([name]) => name !== null);
  return groups.has(null) ? [...named, [null, groups.get(null)!]] : named;
}

function quoteLines(q: Quote, number: ReadonlyMap<string, number>, variant: Quote | undefined, claims: readonly Claim[]): string[] {
  const cue = q.cue ? ` · cue: ${q.cue}` : '';
  const also = variant ? ` · also worded as [${number.get(variant.id)}] (see Variants)` : '';
  const lines = [`  [${number.get(q.id)}] ${q.kind}${cue}${also}`, `      “${q.text}”`];
  for (const c of claims) lines.push(`      - ${c.type}, check-worthiness ${c.checkworthiness.toFixed(2)}: ${c.text}`);
  return lines;
}

/** git's word-diff markers: they survive copying into an issue or an email, where colour would not. */
function marked(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.kind === 'same' ? p.text : p.kind === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join(' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
