import type { Language } from '../schemas';
import type { Lexicon } from './lexicon';
import { roleStem, stem } from './morphology';
import { splitSentences } from './sentences';
import type { Paragraph, TextView } from './text-view';
import { tokenize, type Token } from './tokens';

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
}

export interface DocContext {
  readonly view: TextView;
  readonly lex: Lexicon;
  readonly language: Language;
  readonly paragraphs: readonly ParagraphInfo[];
  readonly headline: ParagraphInfo | null;
  /** Words seen in lower case somewhere: a capitalised one of them at a sentence start is no name. */
  readonly lowerWords: ReadonlySet<string>;
  /** Whether `stem` is a verb of speech or cognition in this language. */
  isSpeech(stem: string): boolean;
  /** The paragraph holding a model offset, by binary search; -1 when none does. */
  paragraphAt(offset: number): number;
  /** True once the time budget is spent: detectors stop and keep what they found. */
  late(): boolean;
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

export function analyseParagraph(view: TextView, para: Paragraph, lex: Lexicon, language: Language): ParagraphInfo {
  const text = view.slice(para.start, para.end);
  const tokens = tokenize(text, para.start);
  const stems = tokens.map((t) => stem(t.text, language));
  const roleStems = language === 'kk' ? stems : tokens.map((t) => roleStem(t.text, language, lex.roleEndings));
  const sentences = splitSentences(view.text, view.base, para.start, para.end, lex);
  const sentenceInitial = new Set<number>();
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < sentences.length && sentences[s]![1] <= tokens[i]!.start) s++;
    const sentence = sentences[s];
    if (!sentence) break;
    if (i === 0 || tokens[i - 1]!.end <= sentence[0]) sentenceInitial.add(i);
  }
  return { para, tokens, stems, roleStems, sentences, sentenceInitial };
}

export function buildContext(view: TextView, lex: Lexicon, language: Language, late: () => boolean = () => false): DocContext {
  // "Читайте также: …", "Read more: …" lines are links to other stories, whatever block they sit in.
  // Analysing every paragraph of a huge page takes far longer than any budget: past it, the detectors get the
  // paragraphs analysed so far (the article's beginning) and return what those hold.
  const paragraphs: ParagraphInfo[] = [];
  for (const p of view.paragraphs) {
    if (paragraphs.length % 256 === 255 && late()) break;
    if (isBoilerplate(view.slice(p.start, Math.min(p.end, p.start + 40)), lex)) continue;
    // A caption the page did not mark as one: a short line that credits a photo.
    if (p.end - p.start < 240 && isCaption(view.slice(p.start, p.end), lex)) continue;
    paragraphs.push(analyseParagraph(view, { ...p, index: paragraphs.length }, lex, language));
  }
  const headline = view.headline ? analyseParagraph(view, view.headline, lex, language) : null;
  const lowerWords = new Set<string>();
  for (const p of paragraphs) {
    for (const t of p.tokens) if (!t.capitalized && !t.acronym) lowerWords.add(t.lower);
  }
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

function isBoilerplate(head: string, lex: Lexicon): boolean {
  const h = head.toLowerCase().replace(/ё/g, 'е');
  return lex.boilerplatePrefixes.some((b) => h.startsWith(b) && !/\p{L}/u.test(h[b.length] ?? ''));
}

function isCaption(line: string, lex: Lexicon): boolean {
  const l = line.toLowerCase();
  return lex.captionMarkers.some((m) => l.includes(m));
}
