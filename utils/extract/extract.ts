import { SCHEMA_VERSION, type ArticleSnapshot, type Claim, type Extraction, type Quote, type Speaker } from '../schemas';
import { spanOf, type Candidate } from './candidate';
import { classifyClaim, splitClauses } from './claims';
import { buildContext, languageShares, type DocContext, type ParagraphInfo } from './context';
import { findHeadlineQuote } from './headline';
import { grammarFor } from './grammar';
import { hashId } from './ids';
import { detectLanguage } from './language';
import { lexiconFor } from './lexicon';
import { overlapOfWords, words } from './overlap';
import { findMarkQuotes } from './quotes-marks';
import { findDashQuotes, findSeparator } from './quotes-dash';
import { findUnknownLanguageQuotes, NamedSpeakers } from './quotes-unknown';
import { findInterview } from './interview';
import { findEmbeddedPosts } from './embedded-posts';
import { reattributeAboutThis } from './about-this';
import { findReported } from './reported';
import { findListStatements } from './list-statements';
import { namesSpeakerBefore } from './named-after';
import { splitSentences, trim } from './sentences';
import type { Mention } from './mentions';
import { SpeakerRegistry, type Entity, type PlacedMention } from './speakers';
import { buildTextView, type TextView } from './text-view';
import { anchorOf, cleanText } from './anchors';
import { DASHES, isSpeechWord, tokenAt } from './attribution';
import { tokenize } from './tokens';

// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const CLAIM_HEAD_TRIM = /[\s\-–—«»"“”„‘]/;
const CLAIM_TAIL_TRIM = /[.,;:!?…\s]/;
const QUOTE_MARK = /[«»"“”‘]/;
const SPACE = /\s/;

export interface ExtractOptions {
  /** Milliseconds the extraction may take; past it, it stops and returns what it has found. */
  budgetMs?: number;
  now?: () => number;
}

const MIN_ARTICLE_CHARS = 300;
/**
 * Far beyond any real article (the longest interviews hold a few hundred), and within what the page's paint
 * message accepts (10,000 quotes, 50,000 claims): a 20 MB page gave 35,000 quotes, which the content script
 * rejected (nothing was highlighted) and the side panel could not render.
 */
const MAX_QUOTES = 1_000;
const MAX_CLAIMS = 5_000;
/** Word overlap from which a headline is taken for a variant (another wording) of a body quote. */
const VARIANT_OVERLAP = 0.35;
const PRIORITY: Record<Candidate['source'], number> = { interview: 0, dash: 1, marks: 2, reported: 3, headline: 4 };

function emptyExtraction(snapshot: ArticleSnapshot, isArticle: boolean, language: Extraction['language']): Extraction {
  return { schemaVersion: SCHEMA_VERSION, url: snapshot.url, isArticle, language, title: snapshot.title, speakers: [], quotes: [], claims: [] };
}

/**
 * One language's share of the page and the rules that read it: the page's own in a page of one language; on a
 * page that mixes languages, each paragraph is read by its own language's lexicon and speaker registry.
 */
interface Share {
  readonly ctx: DocContext;
  /** Null for a language with no lexicon, whose quotes name their speakers themselves. */
  readonly registry: SpeakerRegistry | null;
}

/** Pure: the statements of an article snapshot. Runs in the background worker, the CLI and tests alike. */
export function extractStatements(snapshot: ArticleSnapshot, options: ExtractOptions = {}): Extraction {
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs;
  const deadline = budget === undefined ? Infinity : now() + budget;

  const view = buildTextView(snapshot);
  const bodyChars = view.paragraphs.reduce((n, p) => n + (p.end - p.start), 0);
  if (bodyChars < MIN_ARTICLE_CHARS) {
    const sample = view.paragraphs.slice(0, 40).map((p) => view.slice(p.start, p.end)).join(' ');
    return emptyExtraction(snapshot, false, detectLanguage(sample || snapshot.title, snapshot.declaredLanguage));
  }

  // On a huge page the paragraph analysis alone outlasts any budget. Capped at a third of what is left, it leaves
  // the speaker registry and the detectors time to find quotes in the paragraphs analysed (the article's
  // beginning) instead of returning none at all. A page whose layout alone used up the budget (20 MB on a busy
  // machine) still has its first block of paragraphs analysed, and the detectors get a third of the budget
  // after that: the reader sees the beginning's quotes, late, rather than none.
  const analysisDeadline = now() + (deadline - now()) / 3;
  const analysed = buildContext(view, snapshot.declaredLanguage, () => now() > analysisDeadline);
  const detectionDeadline = budget === undefined ? Infinity : Math.max(deadline, now() + budget / 3);
  const late = () => now() > detectionDeadline;
  const ctx: DocContext = { ...analysed, late, ...(snapshot.meta.siteName ? { outlet: outletKey(snapshot.meta.siteName) } : {}) };
  const result = emptyExtraction(snapshot, true, ctx.language);
  const people = new NamedSpeakers();
  const shares: Share[] = languageShares(ctx).map((c) => ({ ctx: c, registry: c.language === 'other' ? null : new SpeakerRegistry(c) }));
  if (shares.length > 1) completeNames(shares.flatMap((s) => (s.registry ? [s.registry] : [])));

  const shareOf = new Map<Candidate, Share>();
  const found: Candidate[] = [];
  for (const share of shares) {
    const { ctx: c, registry } = share;
    let own: Candidate[];
    if (!registry) own = findUnknownLanguageQuotes(c, people);
    else {
      own = [...findEmbeddedPosts(c, registry), ...findInterview(c, registry, (p) => findSeparator(c, registry, p, p.para.start, p.para.end) !== null)];
      for (const detect of [findDashQuotes, findMarkQuotes, findReported, findListStatements]) {
        if (late()) break;
        own.push(...detect(c, registry));
      }
      own = reattributeAboutThis(c, registry, own);
    }
    for (const candidate of own) shareOf.set(candidate, share);
    found.push(...own);
  }
  const kept = dropOverlaps(found);
  const quoted = kept.filter((c) => c.kind === 'direct').flatMap((c) => c.parts);
  for (const share of shares) share.registry?.noteQuoted(quoted);
  const global = (share: Share, paragraph: number) => (share.ctx === ctx || paragraph < 0 ? paragraph : ctx.paragraphAt(share.ctx.paragraphs[paragraph]!.para.start));
  const resolvedIn = (paragraph: number): readonly PlacedMention[] => {
    const p = ctx.paragraphs[paragraph];
    const share = p && shares.find((s) => s.ctx.language === p.language);
    if (!p || !share?.registry) return [];
    return share.registry.resolvedIn(share.ctx === ctx ? paragraph : share.ctx.paragraphAt(p.para.start));
  };

  const quotes: Quote[] = [];
  const bodyTexts: Array<{ quote: Quote; candidate: Candidate; entity: Entity | null }> = [];
  let lastSpeaker: Entity | null = null;
  let lastDirectParagraph = -10;
  const speakerOf = new Map<number, Entity>();
  const outlet = snapshot.meta.siteName ? outletKey(snapshot.meta.siteName) : null;
  for (const c of kept) {
    if (quotes.length >= MAX_QUOTES - 1) break; // one place kept for the headline's quote
    if (c.blocker) continue;
    const share = shareOf.get(c)!;
    const paragraph = global(share, c.paragraph);
    // A pronoun after a quote over several paragraphs looks back from where the quote began.
    const from = Math.min(c.paragraph, share.ctx.paragraphAt(c.parts[0]![0]));
    let entity: Entity | null = c.entity ?? (c.mention && share.registry ? share.registry.resolve(c.mention, from < 0 ? c.paragraph : from, lastSpeaker, spanOf(c)) : null);
    // "В заявлении говорится, что …", "– отмечается в заявлении": a document's words are the body's named before it.
    if (!entity && !c.mention && c.cue !== null && share.registry && ctx.lex.documentCues.has(c.cue.toLowerCase())) entity = share.registry.bodyBefore(spanOf(c)[0], from < 0 ? c.paragraph : from, spanOf(c));
    if (!entity && c.inherits) entity = inherited(ctx, resolvedIn, c, lastSpeaker, lastDirectParagraph, speakerOf);
    // "“…,” Kairat said in a statement. ¶ The statement added that …": the statement's author.
    if (!entity && c.previousStatement) entity = speakerOf.get(paragraph - 1) ?? null;
    // "– …, – говорит мама третьеклассника. ¶ Ирина Литвиненко возглавляет …": the one the next paragraph opens with.
    if (!entity && c.unnamed) entity = openerAfter(ctx, resolvedIn, c);
    // "…, police said" on a page that names the Durham Police Department: the one body the group's noun names.
    if (!entity && c.group && share.registry) entity = share.registry.bodyNamedWith(c.group);
    if (!entity && c.inherits && c.source === 'marks' && c.cue === null) continue;
    // "Earlier, The Steppe Dispatch reported that …": the page's own outlet recalls its reporting; no one's statement.
    if (entity && outlet !== null && outletKey(entity.name) === outlet) continue;
    if (entity) {
      entity.quotes++;
      if (c.mention) share.registry?.noteSpeaking(entity, c.mention);
      lastSpeaker = entity;
    }
    if (c.kind === 'direct') lastDirectParagraph = paragraph;
    if (entity) speakerOf.set(paragraph, entity);
    const quote = toQuote(view, c, entity);
    quotes.push(quote);
    bodyTexts.push({ quote, candidate: c, entity });
  }

  const headShare = shares.find((s) => s.ctx.headline !== null && s.registry !== null);
  const headline = headShare ? findHeadlineQuote(headShare.ctx, headShare.registry!) : null;
  // The body's direct quote the headline words most like, when they are close enough to be another wording of it.
  const variant = headline ? closestBodyQuote(ctx, headline, bodyTexts) : null;
  // "Минфин: «…»" with a word no lexicon knows is a quote only when the body quotes words close to it.
  const named = headShare && headline?.mention ? headShare.registry!.resolve(headline.mention, -1, null) : null;
  // "Ashcombe Meadows: Judge quashes approval …": a topic before the colon, who says nothing in the body.
  const topicOnly = headline?.topical === true && !variant && (named === null || named.quotes === 0);
  if (headShare && headline && (variant || !headline.unattributed) && !topicOnly) {
    let entity = named;
    // Its speaker is then the one who says those words in the body; so is it when the headline names only a
    // role no one in the body was found to hold ("KTZ chief on …" over words Sauranbayev says).
    const unheld = entity !== null && !entity.named && headline.mention?.kind === 'role' && !headline.mention.organization;
    // "МЧС: «…»" over words the body gives "Министерство по чрезвычайным ситуациям": one body, named in full.
    const shortBody = entity !== null && headline.mention?.organization === true && variant?.entity !== undefined && variant.entity !== null && !variant.entity.named && variant.entity.quotes > 0;
    // "Senate adopts water metering law: ‘…’" over words the Senate Speaker says in the body: his.
    const subjectOnly = headline.subjectOnly === true && variant?.entity?.named === true;
    // "«…»: в Минфине ответили на критику" over words the vice minister says in the body: the one who said them. A
    // body the headline names as its speaker ("… – Минфин") keeps them.
    const inBody = headline.mention !== null && inBodyWord(headShare.ctx, headline.mention);
    // "‘It’s the heart of this community’: Fury as council confirms closure" over those very words of a resident: a
    // body does not speak a person's words.
    // ("Минфин: «…»" and "… – Минздрав" name the body as the speaker, right beside the words, and keep them.)
    const after = headline.mention !== null && headline.mention.start > spanOf(headline)[1] && LETTER.test(view.slice(spanOf(headline)[1], headline.mention.start));
    const verbatim = after && variant !== null && variant.quote.text.toLowerCase().includes(cleanText(view, headline.parts).toLowerCase());
    const saidByPerson = (inBody || verbatim) && headline.mention?.organization === true && variant?.entity !== undefined && variant.entity !== null && headShare.registry!.isPerson(variant.entity);
    if (variant?.entity && ((!entity && !headline.mention) || (unheld && variant.entity.named) || shortBody || subjectOnly || saidByPerson)) entity = variant.entity;
    const q = toQuote(view, headline, entity);
    if (entity) {
      entity.quotes++;
      if (headline.mention) headShare.registry!.noteSpeaking(entity, headline.mention);
    }
    quotes.unshift({ ...q, variantOf: variant ? variant.quote.id : null });
  }

  result.quotes = dropPullQuotes(ctx, kept, quotes);
  const speakers = mergeSpeakers([...shares.map((s) => s.registry?.speakers() ?? []), people.speakers()]);
  result.speakers = speakers.list;
  if (speakers.renamed.size > 0) {
    for (const q of result.quotes) if (q.speakerId !== null) q.speakerId = speakers.renamed.get(q.speakerId) ?? q.speakerId;
  }
  if (!late()) result.claims = claimsOf(ctx, kept, result.quotes);
  return result;
}

/** The headline's mention follows a word that places words in a body ("в Минфине ответили"). */
function inBodyWord(ctx: DocContext, m: Mention): boolean {
  const before = ctx.headline?.tokens[m.firstToken - 1];
  return before !== undefined && grammarFor(ctx.lex.language).inBody.has(before.lower);
}

const LETTER = /\p{L}/u;

/** An outlet's name as a speaker's may be written: "The Steppe Dispatch" is "Steppe Dispatch". */
function outletKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').trim();
}

/**
 * The body's direct quote whose words are closest to the headline's, if at least VARIANT_OVERLAP of them: a
 * headline is a quote when it quotes; a "- Name" summary counts only if the body has words close to it.
 */
function closestBodyQuote<T extends { candidate: Candidate }>(ctx: DocContext, headline: Candidate, bodyTexts: readonly T[]): T | null {
  // Split as the body's words are ("It’s" is one word there), so an excerpt meets them.
  const headWords = tokenize(cleanText(ctx.view, headline.parts), 0).map((t) => t.lower);
  let best: T | null = null;
  let bestScore = 0;
  for (const body of bodyTexts) {
    if (body.candidate.kind !== 'direct') continue;
    const bodyWords = wordsOf(ctx, body.candidate);
    // "«Платить будут все»" over "Платить будут все, кто пользуется сетью, …": an excerpt is the same words, however short.
    // Two words share a quotation's words by chance too often: they count only as its opening or its end.
    const overlap = headWords.length < MIN_EXCERPT_WORDS ? 0 : overlapOfWords(headWords, bodyWords);
    const score = Math.max(overlap, excerptOf(headWords, bodyWords) ? VARIANT_OVERLAP : 0);
    if (score > bestScore) {
      best = body;
      bestScore = score;
    }
  }
  return bestScore >= VARIANT_OVERLAP ? best : null;
}

/** Words an excerpt a headline quotes from the body has at least: two words in a row are found by chance. */
const MIN_EXCERPT_WORDS = 3;

/** The headline's words stand in the body quote's, in a row. */
function excerptOf(head: readonly string[], body: readonly string[]): boolean {
  // "‘Nobody’s calling’" over "“… two bins full of last year’s beans and nobody’s calling”": two words are the same
  // words only where the body's quotation opens or ends with them.
  if (head.length === MIN_EXCERPT_WORDS - 1) {
    const tail = body.length - head.length;
    return tail > 0 && (head.every((w, k) => body[k] === w) || head.every((w, k) => body[tail + k] === w));
  }
  if (head.length < MIN_EXCERPT_WORDS) return false;
  for (let i = 0; i + head.length <= body.length; i++) {
    let k = 0;
    while (k < head.length && body[i + k] === head[k]) k++;
    if (k === head.length) return true;
  }
  return false;
}

/**
 * On a mixed page one language's paragraphs may name a person in full and another's by the surname alone:
 * the surname takes the full name when exactly one full name ends with it.
 */
function completeNames(registries: readonly SpeakerRegistry[]): void {
  const fold = (w: string) => w.toLowerCase().replace(/ё/g, 'е');
  const surname = (name: string) => fold(name.slice(name.lastIndexOf(' ') + 1));
  const full = new Map<string, Set<string>>();
  for (const r of registries) {
    for (const e of r.namedPersons()) {
      if (!SPACE.test(e.name)) continue;
      const names = full.get(surname(e.name)) ?? new Set<string>();
      names.add(e.name);
      full.set(surname(e.name), names);
    }
  }
  for (const r of registries) {
    for (const e of r.namedPersons()) {
      const names = SPACE.test(e.name) ? undefined : full.get(fold(e.name));
      if (names?.size === 1) e.name = [...names][0]!;
    }
  }
}

/**
 * One list of speakers from the registries of a mixed page's languages: the same person named in a Russian
 * and in a Kazakh paragraph is one speaker (the first id kept, the other's quotes pointed at it).
 */
function mergeSpeakers(lists: Speaker[][]): { list: Speaker[]; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length <= 1) return { list: nonEmpty[0] ?? [], renamed };
  const byName = new Map<string, Speaker>();
  const out: Speaker[] = [];
  for (const s of nonEmpty.flat()) {
    const key = s.name.toLowerCase().replace(/ё/g, 'е');
    const same = byName.get(key);
    if (!same) {
      const copy = { ...s, mentions: [...s.mentions] };
      byName.set(key, copy);
      out.push(copy);
      continue;
    }
    if (same.id !== s.id) renamed.set(s.id, same.id);
    same.role ??= s.role;
    for (const m of s.mentions) if (!same.mentions.includes(m)) same.mentions.push(m);
  }
  return { list: out, renamed };
}

/** Direct quotes beat reported speech over the same words; a quote in marks inside a dash quote is part of it. */
function dropOverlaps(found: Candidate[]): Candidate[] {
  const sorted = [...found].sort((a, b) => PRIORITY[a.source] - PRIORITY[b.source] || spanOf(a)[0] - spanOf(b)[0]);
  // Kept spans never overlap, so sorted by start they are sorted by end too: one binary search per candidate.
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const [a, b] = spanOf(c);
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spanOf(kept[mid]!)[1] <= a) lo = mid + 1;
      else hi = mid;
    }
    const next = kept[lo];
    if (next && spanOf(next)[0] < b) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

/** The speaker of a quote with no attribution: the paragraph that introduces it, or the quote just before. */
function inherited(ctx: DocContext, resolvedIn: (paragraph: number) => readonly PlacedMention[], c: Candidate, lastSpeaker: Entity | null, lastDirect: number, speakerOf: ReadonlyMap<number, Entity>): Entity | null {
  const entitiesIn = (paragraph: number) => resolvedIn(paragraph).map((pm) => pm.entity!);
  const first = ctx.paragraphAt(c.parts[0]![0]);
  // "“…” ¶ That is how Tonya Greer described her nephew …": the paragraph after names who said it.
  // Past the turns that follow it in dash dialogue: "– … ¶ – … ¶ Так закончил свое последнее слово X."
  let next = ctx.paragraphAt(spanOf(c)[1] - 1) + 1;
  while (c.source === 'dash' && next - first < MAX_TURNS_BEFORE_NAMING && ctx.paragraphs[next] && DASHES.has(ctx.view.text[ctx.paragraphs[next]!.para.start - ctx.view.base]!)) next++;
  const after = ctx.paragraphs[next];
  if (after && c.kind === 'direct' && namesSpeakerBefore(ctx, after)) {
    const sentenceEnd = after.sentences[0]?.[1] ?? after.para.end;
    // A name written out before a role ("Так … прокомментировала выступление главы государства … Гулнара Жумабаева").
    const inSentence = resolvedIn(after.para.index).filter((pm) => pm.mention.start < sentenceEnd && pm.entity?.named);
    // Russian puts the subject last after such a verb; English names the speaker first ("That was X, …").
    const names = inSentence.filter((pm) => pm.mention.kind === 'name');
    const named = (after.language === 'en' ? names[0] : names[names.length - 1]) ?? inSentence[0];
    if (named) return named.entity;
  }
  const prev = first > 0 ? ctx.paragraphs[first - 1] : undefined;
  if (prev) {
    const t = ctx.view.slice(prev.para.start, prev.para.end).trimEnd();
    if (t.endsWith(':')) {
      const introducer = introducerOf(ctx, prev, resolvedIn(prev.para.index));
      if (introducer) return introducer;
    }
  }
  // "Адвокат X … шағымданатындарын айтты. ¶ – Quote": whoever the paragraph before quoted goes on speaking.
  if (prev && c.kind === 'direct' && speakerOf.has(prev.para.index)) return speakerOf.get(prev.para.index)!;
  // "Депутат X сынға алды. ¶ – Quote": the one person the paragraph before names.
  if (prev && c.kind === 'direct') {
    const named = new Set(entitiesIn(prev.para.index).filter((e) => e.named));
    if (named.size === 1) return [...named][0]!;
  }
  if (lastSpeaker && first >= 0 && first - lastDirect <= 2 && c.kind === 'direct') return lastSpeaker;
  return null;
}

/** Dash lines of one speaker a paragraph naming them afterwards may close ("Так закончил … X"). */
const MAX_TURNS_BEFORE_NAMING = 4;

/**
 * The person whose name opens the paragraph right after the quotation, if one does and the text names them there
 * first: someone named before ("Lindqvist said the mission would …") is not the new, unnamed speaker.
 */
function openerAfter(ctx: DocContext, resolvedIn: (paragraph: number) => readonly PlacedMention[], c: Candidate): Entity | null {
  const next = ctx.paragraphAt(spanOf(c)[1] - 1) + 1;
  const after = ctx.paragraphs[next];
  const first = after ? resolvedIn(after.para.index)[0] : undefined;
  if (!first || first.mention.kind !== 'name' || first.mention.firstToken !== 0 || !first.entity?.named) return null;
  for (let k = 0; k < next; k++) if (resolvedIn(k).some((pm) => pm.entity === first.entity)) return null;
  return first.entity;
}

/**
 * Who the sentence ending a paragraph with a colon introduces as speaking: the one beside its verb of speech ("На
 * вопрос премьер-министра … министр ответил:"), else the first it names, its subject ("Сенатор X задал вопрос
 * министру:"); the last one the paragraph names when its last sentence names no one.
 */
function introducerOf(ctx: DocContext, p: ParagraphInfo, placed: readonly PlacedMention[]): Entity | null {
  const from = p.sentences[p.sentences.length - 1]?.[0] ?? p.para.start;
  const inSentence = placed.filter((pm) => pm.mention.start >= from);
  if (inSentence.length === 0) return placed[placed.length - 1]?.entity ?? null;
  for (let k = tokenAt(p, from); k < p.tokens.length; k++) {
    if (!isSpeechWord(ctx, p, k)) continue;
    const beside = inSentence.find((pm) => pm.mention.lastToken === k - 1 || pm.mention.firstToken === k + 1);
    if (beside) return beside.entity;
  }
  return inSentence[0]!.entity;
}

function toQuote(view: TextView, c: Candidate, entity: Entity | null): Quote {
  const [start, end] = spanOf(c);
  return {
    id: hashId('quote', c.kind, start, end),
    kind: c.kind,
    text: cleanText(view, c.parts),
    speaker: entity?.name ?? c.group ?? null,
    speakerId: entity?.id ?? null,
    cue: c.cue,
    anchor: anchorOf(view, start, end),
    variantOf: null,
  };
}

function claimsOf(ctx: DocContext, kept: Candidate[], quotes: Quote[]): Claim[] {
  const { view, late } = ctx;
  // Each paragraph's claims are typed by the lexicon of the language it was read in.
  const lexAt = (offset: number) => lexiconFor(ctx.paragraphs[ctx.paragraphAt(offset)]?.language ?? ctx.language);
  const claims: Claim[] = [];
  const byStart = new Map(quotes.map((q) => [q.anchor.position.start, q]));
  const quoteStarts = [...byStart.keys()].sort((a, b) => a - b);
  const add = (quote: Quote, from: number, to: number, instructed = false, reported = false) => {
    for (const [a, b] of splitClauses(view.text, from, to, view.base)) {
      if (claims.length >= MAX_CLAIMS) return;
      const [s, e] = trimClaim(view, a, b);
      // "Кто будет за это отвечать?": a question asserts nothing to check.
      if (view.slice(a, b).trimEnd().endsWith('?')) continue;
      const text = cleanText(view, [[s, e]]);
      // The paragraph's tokens already cover the claim: classify from them instead of tokenizing again.
      const para = ctx.paragraphs[ctx.paragraphAt(s)];
      const tokens = para ? para.tokens.slice(tokenAt(para, s), tokenAt(para, e)) : undefined;
      if ((tokens?.length ?? words(text).length) < 3) continue;
      // What someone was instructed to do is a directive, whatever numbers it holds.
      const { type, checkworthiness } = instructed ? { type: 'directive' as const, checkworthiness: 0.2 } : classifyClaim(text, lexiconFor(para?.language ?? ctx.language), tokens, reported);
      claims.push({ id: hashId('claim', s, e), quoteId: quote.id, text, type, speaker: quote.speaker, checkworthiness, anchor: anchorOf(view, s, e) });
    }
  };
  for (const c of kept) {
    if (late() || claims.length >= MAX_CLAIMS) break;
    const quote = byStart.get(spanOf(c)[0]);
    if (!quote) continue;
    for (const [a, b] of c.parts) {
      for (const [s, e] of splitSentences(view.text, view.base, a, b, lexAt(a))) add(quote, s, e, c.instruction === true, c.kind === 'indirect');
    }
    if (c.kind === 'indirect') {
      // Reported speech runs on: the sentences after "X отметил, что …" in its paragraph still report X.
      const para = ctx.paragraphs[ctx.paragraphAt(c.parts[0]![0])];
      if (!para) continue;
      const after = para.sentences.filter(([s]) => s >= spanOf(c)[1]);
      for (const [s, e] of after.slice(0, 3)) {
        const sentence = view.slice(s, e);
        // "Об этом сообщает пресс-служба": the reporter names a source, and what came before ends there.
        if (QUOTE_MARK.test(sentence) || startsInside(quoteStarts, s, e) || opensWith(para, s, lexAt(s).aboutThis)) break;
        add(quote, s, e, false, true);
      }
    }
  }
  return claims;
}

/** Whether the words from `offset` on begin with one of the phrases (lower-case words). */
function opensWith(p: ParagraphInfo, offset: number, phrases: readonly (readonly string[])[]): boolean {
  const first = tokenAt(p, offset);
  return first < p.tokens.length && phrases.some((ph) => ph.every((w, i) => p.tokens[first + i]?.lower === w));
}

function startsInside(sorted: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < to;
}

/**
 * A pull quote repeats words the body already quotes, in a quote block of its own: it is dropped, so a
 * statement is listed once, where it was said.
 */
function dropPullQuotes(ctx: DocContext, kept: Candidate[], quotes: Quote[]): Quote[] {
  // Pull quotes are few; the bound keeps a page of thousands of quote blocks from costing quadratic time.
  const blockQuotes = kept.filter((c) => c.kind === 'direct' && ctx.paragraphs[ctx.paragraphAt(c.parts[0]![0])]?.para.kind === 'quote').slice(0, 50);
  if (blockQuotes.length === 0) return quotes;
  const others = kept.filter((c) => c.kind === 'direct' && !blockQuotes.includes(c)).map((c) => ' ' + wordsOf(ctx, c).join(' ') + ' ');
  const dropped = new Set<number>();
  for (const c of blockQuotes) {
    const own = ' ' + wordsOf(ctx, c).join(' ') + ' ';
    if (own.trim() && others.some((o) => o.includes(own))) dropped.add(spanOf(c)[0]);
  }
  return quotes.filter((q) => q.kind === 'headline' || !dropped.has(q.anchor.position.start));
}

/** A quote's words from the tokens its paragraphs already hold. */
function wordsOf(ctx: DocContext, c: Candidate): string[] {
  const out: string[] = [];
  for (const [a, b] of c.parts) {
    for (let k = ctx.paragraphAt(a); k >= 0 && k < ctx.paragraphs.length; k++) {
      const p = ctx.paragraphs[k]!;
      if (p.para.start >= b) break;
      for (let i = tokenAt(p, a); i < p.tokens.length && p.tokens[i]!.end <= b; i++) out.push(p.tokens[i]!.lower);
    }
  }
  return out;
}

function trimClaim(view: TextView, a: number, b: number): [number, number] {
  let [s, e] = trim(view.text, view.base, a, b);
  while (e > s && CLAIM_TAIL_TRIM.test(view.text[e - 1 - view.base]!)) e--;
  while (s < e && CLAIM_HEAD_TRIM.test(view.text[s - view.base]!)) s++;
  return [s, e];
}
