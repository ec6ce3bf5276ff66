import { newCandidate, type Candidate } from './candidate';
import type { DocContext } from './context';
import type { Entity, SpeakerRegistry } from './speakers';

/**
 * Embedded social posts (X, Telegram): the post's text in a quote block, closed by a signature line
 * "— Алия Мукажанова (@MukazhanovaA) 16 ноября 2026". The post is a direct quote of the account's owner;
 * the signature is not a quote.
 */
const SIGNATURE = /^[—–-]\s*([^()@\n]{2,80}?)\s*\(@[\w.]{1,40}\)/u;

export function findEmbeddedPosts(ctx: DocContext, registry: SpeakerRegistry): Candidate[] {
  const out: Candidate[] = [];
  const paras = ctx.paragraphs;
  for (let i = 1; i < paras.length; i++) {
    const sig = paras[i]!;
    if (sig.para.kind !== 'quote') continue;
    const m = SIGNATURE.exec(ctx.view.slice(sig.para.start, Math.min(sig.para.end, sig.para.start + 160)));
    if (!m) continue;
    // The post: the quote-block lines right before the signature.
    let first = i;
    while (first > 0 && paras[first - 1]!.para.kind === 'quote' && paras[first - 1]!.para.end + 1 === paras[first]!.para.start && i - first < 20) first--;
    if (first === i) continue;
    const owner = ownerOf(ctx, registry, i, m[1]!.trim());
    out.push(newCandidate({ kind: 'direct', parts: paras.slice(first, i).map((p) => [p.para.start, p.para.end] as const), cue: null, mention: null, paragraph: i, inherits: false, source: 'interview', entity: owner }));
    out.push(newCandidate({ kind: 'direct', parts: [[sig.para.start, sig.para.end]], cue: null, mention: null, paragraph: i, inherits: false, source: 'interview', blocker: true }));
  }
  return out;
}

/** The person the signature names, or the account's name as written (ДЧС Актюбинской области). */
function ownerOf(ctx: DocContext, registry: SpeakerRegistry, paragraph: number, name: string): Entity {
  const sig = ctx.paragraphs[paragraph]!;
  const named = registry.mentionsIn(paragraph, sig.para.start, sig.para.start + name.length + 2).find((x) => x.kind === 'name');
  return named ? registry.resolve(named, paragraph, null) ?? registry.account(name) : registry.account(name);
}
