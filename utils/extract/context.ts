import type { Language } from '../schemas';
import { emptyVotes, pageLanguageOf, paragraphLanguage, voteToken, voteTokens, type LanguageVotes } from './language';
import { lexiconFor, type Lexicon } from './lexicon';
import { foldWord, roleStemOf, stemOf } from './morphology';
import { findQuoteSpans } from './quote-spans';
import { splitSentences } from './sentences';
import type { Paragraph, TextView } from './text-view';
import { tokenize, type Token } from './tokens';

// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const DASH = /[-–—‒―]/;
const LETTER = /\p{L}/u;

/** One paragraph, analysed once: its tokens, their stems and its sentences. */
export interface ParagraphInfo {
  readonly para: Paragraph;
  readonly tokens: readonly Token[];
  readonly stems: readonly string[];
  /** Keys the role lexicon is matched by (see roleStem). */
  readonly roleStems: readonly string[];
  readonly sentences: ReadonlyArray<[number, number]>;
  /** Indexes of tokens that open a sentence (their capital says nothing about being a name). */
  readonly sentenceInitial: ReadonlySet<number>;
  /** The language its words were read in: the page's, or its own on a page that mixes languages. */
  readonly language: Language;
}

export interface DocContext {
  readonly view: TextView;
  /** The lexicon and language of the context: the page's, or one language's share of a mixed page. */
  readonly lex: Lexicon;
  readonly language: Language;
  readonly paragraphs: readonly ParagraphInfo[];
  readonly headline: ParagraphInfo | null;
  /** Capitalised words seen in lower case somewhere: at a sentence start such a word is no name. */
  readonly lowerWords: ReadonlySet<string>;
  /** Whether `stem` is a verb of speech or cognition in this language. */
  isSpeech(stem: string): boolean;
  /** The paragraph holding a model offset, by binary search; -1 when none does. */
  paragraphAt(offset: number): number;
  /** True once the time budget is spent: detectors stop and keep what they found. */
  late(): boolean;
  /** The page's own outlet's name (og:site_name) in lower case: it reports, and is told things, but never speaks. */
  readonly outlet?: string;
}

/** The sentence of a paragraph holding an offset, by binary search. */
export function sentenceAt(p: ParagraphInfo, offset: number): [number, number] | undefined {
  let lo = 0;
  let hi = p.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = p.sentences[mid]!;
    if (offset < a) hi = mid - 1;
    else if (offset >= b) lo = mid + 1;
    else return [a, b];
  }
  return undefined;
}

export function analyseParagraph(view: TextView, para: Paragraph, language: Language, tokens: Token[] = tokenize(view.slice(para.start, para.end), para.start)): ParagraphInfo {
  const lex = lexiconFor(language);
  const stems = tokens.map((t) => stemOf(t, language));
  const roleStems = language === 'kk' ? stems : tokens.map((t) => roleStemOf(t, language, lex.roleEndings));
  const sentences = splitSentences(view.text, view.base, para.start, para.end, lex);
  const sentenceInitial = new Set<number>();
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < sentences.length && sentences[s]![1] <= tokens[i]!.start) s++;
    const sentence = sentences[s];
    if (!sentence) break;
    if (i === 0 || tokens[i - 1]!.end <= sentence[0]) sentenceInitial.add(i);
  }
  return { para, tokens, stems, roleStems, sentences, sentenceInitial, language };
}

/** The first paragraphs decide the page's language as well as the whole text would. */
const SAMPLE_PARAGRAPHS = 40;

/**
 * The page analysed once: its language from the tokens of its first paragraphs (and headline), then each
 * paragraph's own language where it clearly differs, and each paragraph's words stemmed in that language.
 */
export function buildContext(view: TextView, declared: string | null, late: () => boolean = () => false): DocContext {
  const lines = view.paragraphs;
  const sample: Array<{ tokens: Token[]; votes: LanguageVotes }> = [];
  for (let i = 0; i < Math.min(lines.length, SAMPLE_PARAGRAPHS); i++) {
    const p = lines[i]!;
    const tokens = tokenize(view.slice(p.start, p.end), p.start);
    sample.push({ tokens, votes: voteTokens(tokens) });
  }
  const headTokens = view.headline ? tokenize(view.slice(view.headline.start, view.headline.end), view.headline.start) : [];
  const headVotes = voteTokens(headTokens);
  const language = pageLanguageOf([headVotes, ...sample.map((x) => x.votes)], declared);
  const lex = lexiconFor(language);

  // "Читайте также: …", "Read more: …" lines are links to other stories, whatever block they sit in.
  // Analysing every paragraph of a huge page takes far longer than any budget: past it, the detectors get the
  // paragraphs analysed so far (the article's beginning) and return what those hold.
  const paragraphs: ParagraphInfo[] = [];
  for (let i = 0; i < lines.length; i++) {
    const p = lines[i]!;
    if (paragraphs.length % 256 === 255 && late()) break;
    if (isBoilerplate(view.slice(p.start, Math.min(p.end, p.start + 40)), lex)) continue;
    // A caption the page did not mark as one: a short line that credits a photo.
    if (p.end - p.start < 240 && isCaption(view.slice(p.start, p.end), lex)) continue;
    const tokens = sample[i]?.tokens ?? tokenize(view.slice(p.start, p.end), p.start);
    if (shouted(tokens)) continue;
    const own = paragraphLanguage(sample[i]?.votes ?? voteTokens(tokens), language, () => frameVotes(view, p, tokens));
    if (own !== language) {
      const ownLex = lexiconFor(own);
      if (isBoilerplate(view.slice(p.start, Math.min(p.end, p.start + 40)), ownLex)) continue;
      if (p.end - p.start < 240 && isCaption(view.slice(p.start, p.end), ownLex)) continue;
    }
    paragraphs.push(analyseParagraph(view, { ...p, index: paragraphs.length }, own, tokens));
  }
  const head = view.headline;
  const headline = head ? analyseParagraph(view, head, paragraphLanguage(headVotes, language, () => frameVotes(view, head, headTokens)), headTokens) : null;
  // Only capitalised words are ever asked about (is "Мы" at a sentence start a name?): the set holds those of
  // them that the text also writes in lower case, not every lower-case word of the page.
  const asked = new Set<string>();
  for (const p of paragraphs) {
    for (const t of p.tokens) if (t.capitalized) asked.add(t.lower);
  }
  // The headline opens with a capital too ("Former Almaty deputy mayor goes on trial").
  for (const t of headTokens) if (t.capitalized) asked.add(t.lower);
  const lowerWords = new Set<string>();
  for (const p of paragraphs) {
    for (const t of p.tokens) if (!t.capitalized && !t.acronym && asked.has(t.lower)) lowerWords.add(t.lower);
  }
  return contextOf(view, language, paragraphs, headline, lowerWords, late);
}

function contextOf(view: TextView, language: Language, paragraphs: readonly ParagraphInfo[], headline: ParagraphInfo | null, lowerWords: ReadonlySet<string>, late: () => boolean): DocContext {
  const lex = lexiconFor(language);
  return {
    view,
    lex,
    language,
    paragraphs,
    headline,
    lowerWords,
    isSpeech: (s) => lex.speechStems.has(s),
    paragraphAt(offset) {
      let lo = 0;
      let hi = paragraphs.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const p = paragraphs[mid]!.para;
        if (offset < p.start) hi = mid - 1;
        else if (offset > p.end) lo = mid + 1;
        else return mid;
      }
      return -1;
    },
    late,
  };
}

/**
 * The page as each of its languages' rules see it: one context per language, holding that language's
 * paragraphs (numbered afresh) and the headline if it is in that language; the page's language first. A page
 * in one language is its own only share.
 */
export function languageShares(ctx: DocContext): DocContext[] {
  const languages = new Set<Language>([ctx.language]);
  for (const p of ctx.paragraphs) languages.add(p.language);
  if (ctx.headline) languages.add(ctx.headline.language);
  if (languages.size === 1) return [ctx];
  return [...languages].map((language) => {
    const own = ctx.paragraphs.filter((p) => p.language === language).map((p, index) => ({ ...p, para: { ...p.para, index } }));
    const headline = ctx.headline?.language === language ? ctx.headline : null;
    return contextOf(ctx.view, language, own, headline, ctx.lowerWords, ctx.late);
  });
}

/**
 * Votes of the words a paragraph's author wrote around what they quote: outside quotation marks and, in a
 * dialogue line ("– …, – деді ол."), after its last dash. Null when nothing is left: the paragraph is all
 * quotation, and its quoted language says nothing about the cue that frames it elsewhere.
 */
function frameVotes(view: TextView, p: Paragraph, tokens: readonly Token[]): LanguageVotes | null {
  const { text, base } = view;
  let from = p.start;
  if (DASH.test(text[p.start - base] ?? '')) {
    const line = view.slice(p.start, p.end);
    let cue = -1;
    for (const m of line.matchAll(/[,.!?…»"”] *[-–—‒―] /g)) cue = m.index + m[0].length;
    if (cue < 0) return null;
    from = p.start + cue;
  }
  const spans = findQuoteSpans(text, base, from, p.end);
  const v = emptyVotes();
  let k = 0;
  for (const t of tokens) {
    if (t.start < from) continue;
    while (k < spans.length && (spans[k]!.close ?? p.end) < t.start) k++;
    const span = spans[k];
    if (span && span.open < t.start) continue;
    voteToken(v, t);
  }
  return v.cyrillic + v.latin + v.otherScript > 0 ? v : null;
}

function isBoilerplate(head: string, lex: Lexicon): boolean {
  const h = foldWord(head);
  return lex.boilerplatePrefixes.some((b) => h.startsWith(b) && !LETTER.test(h[b.length] ?? ''));
}

/** Words a line in capitals has at least to be taken for one: "NEW:" or "UPDATE" labels are short. */
const MIN_SHOUTED_WORDS = 5;

/**
 * A line in capitals: a TV transcript or a banner. Every word of it looks like an acronym, so names and roles
 * cannot be told in it, and news text is never set that way.
 */
function shouted(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.shape.number) continue;
    if (!t.acronym && t.text.length > 1) return false;
    words++;
  }
  return words >= MIN_SHOUTED_WORDS;
}

function isCaption(line: string, lex: Lexicon): boolean {
  const l = line.toLowerCase();
  return lex.captionMarkers.some((m) => l.includes(m));
}
