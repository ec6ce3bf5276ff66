import { buildTextModel, type TextModel } from '../anchor/text-model';
import type { ArticleSnapshot, BlockKind, SCHEMA_VERSION, TextBlock } from '../schemas';

/** The schema version, without importing the schemas' values: they bring zod, 100 kB, into the page. */
const VERSION: typeof SCHEMA_VERSION = 1;
import { firstByTag } from './by-tag';
import { detectArticle } from './detect';
import { isFurniture, metaContent } from './page-signals';
import { tagOf } from '../anchor/tag-name';

// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const HEADING_TAG = /^H[1-6]$/;
const NOT_SPACE = /\S/;
const SPACE = /\s/;
const SPACES = /\s+/g;

/**
 * What the content script sends: the article's blocks cut from the page text model, with their kind.
 * Page furniture inside the article (share bars, tags, "read also") is sent too, as kind `other`, so the
 * blocks cover the article's text without holes and an anchor over several paragraphs stays exact.
 * Runs in the page on every article: no lexicons, one text model, one walk of the article's subtree.
 */

const CONTAINERS = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR',
  'HGROUP', 'DETAILS', 'CENTER', 'SPAN', 'FONT', 'P', 'B', 'I', 'STRONG', 'EM',
]);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FIGURE', 'FIGCAPTION', 'UL', 'OL', 'LI',
  'DL', 'DT', 'DD', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HGROUP', 'ADDRESS', 'FORM', 'DETAILS', 'SUMMARY', 'HR', 'CENTER',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'IMG', 'VIDEO', 'AUDIO', 'PICTURE']);

const CAPTION = /(^|[\s_-])(caption|figcaption|photo-?(credit|source|desc)|image-?(desc|credit|caption)|credit)($|[\s_-])/i;
const LEAD = /(^|[\s_-])(lead|lede|summary|intro|standfirst|dek|deck|strapline|subtitle|subhead|excerpt|announce|anons|description|preview|vvodka|vrezka)($|[\s_-])/i;
const BYLINE = /(^|[\s_-])(author|authors|byline|writer)($|[\s_-])/i;
const META = /(^|[\s_-])(meta|date|time|info|stats?|views|published|updated|dateline|source)($|[\s_-])/i;

/** A box a CMS puts a photo or a video in, with its caption and credit beside it: its text is the caption. */
const MEDIA_BOX = /(^|[\s_-])(media|photo|image|picture|gallery|video)($|[\s_-])/i;

function holdsMedia(el: Element): boolean {
  // One query that stops at the first match, not three collections counted in full.
  return el.querySelector('img, picture, video') !== null;
}

/** Blocks longer than this are the article's own prose, however many links they hold. */
const MAX_TEASER_CHARS = 400;
const TEASER_LINK_SHARE = 0.6;

/**
 * A short block nearly all of whose text is links to elsewhere ("Читайте также: <a>…</a>", a related story's card
 * set in the body under its rubric): another story's headline, whose quote is not this article's.
 */
function isLinkTeaser(el: Element): boolean {
  if (el.querySelector('a[href]') === null) return false;
  const chars = visibleLength(el.textContent ?? '');
  if (chars === 0) return false;
  let linked = 0;
  for (const a of el.querySelectorAll('a[href]')) linked += visibleLength(a.textContent ?? '');
  return linked / chars >= TEASER_LINK_SHARE;
}

function visibleLength(text: string): number {
  return text.replace(SPACES, '').length;
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = tagOf(c);
    if (BLOCK_TAGS.has(tag)) return true;
    if ((tag === 'SPAN' || tag === 'FONT') && hasBlockChild(c)) return true;
  }
  return false;
}

function kindOf(el: Element, inherited: BlockKind | null, headline: Element | null): BlockKind {
  const tag = tagOf(el);
  if (el === headline) return 'headline';
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (tag === 'FIGCAPTION' || CAPTION.test(names) || (MEDIA_BOX.test(names) && holdsMedia(el))) return 'caption';
  if (inherited) return inherited;
  if (HEADING_TAG.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
  if (tag === 'BLOCKQUOTE') return 'quote';
  if (tag === 'ADDRESS' || el.getAttribute('rel') === 'author' || BYLINE.test(names)) return 'byline';
  if (tag === 'TIME' || META.test(names)) return 'other';
  if (LEAD.test(names)) return 'lead';
  return 'paragraph';
}

function findHeadline(root: Element, firstH1: Element | null): Element | null {
  return firstByTag(root, 'h1') ?? firstH1;
}

function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && NOT_SPACE.test((n as Text).data)) return true;
  }
  return false;
}

type Work = { el: Element; kind: BlockKind | null } | { range: [number, number]; kind: BlockKind };

/** Model range of a run of inline nodes (text between the block children of a mixed container). */
function runRange(model: TextModel, nodes: Node[]): [number, number] | null {
  let start = Infinity;
  let end = -1;
  for (const n of nodes) {
    if (n.nodeType === 3) {
      const a = model.offsetOf(n, 0);
      const b = model.offsetOf(n, (n as Text).data.length);
      if (a !== null && b !== null && b > a) {
        start = Math.min(start, a);
        end = Math.max(end, b);
      }
    } else if (n.nodeType === 1) {
      const r = model.rangeOf(n as Element);
      if (r) {
        start = Math.min(start, r[0]);
        end = Math.max(end, r[1]);
      }
    }
  }
  if (end < 0) return null;
  while (start < end && SPACE.test(model.text[start]!)) start++;
  while (end > start && SPACE.test(model.text[end - 1]!)) end--;
  return end > start ? [start, end] : null;
}

/**
 * The article text a snapshot carries at most. The longest real articles (live blogs, transcripts) hold a few
 * hundred thousand characters; past this a page is hostile or an archive, and the background could not read more
 * within its time budget anyway. Cutting here spares the page the cost of cutting and sending the rest (a 20 MB
 * page held its main thread for seconds doing it).
 */
export const MAX_SNAPSHOT_CHARS = 4_000_000;
/** One block's text at most, as the message schema takes it (textBlockSchema): a longer one is cut there. */
const MAX_BLOCK_CHARS = 2_000_000;

function emitBlocks(model: TextModel, root: Element, headline: Element | null): TextBlock[] {
  const blocks: TextBlock[] = [];
  let chars = 0;
  const pushRange = (range: [number, number], kind: BlockKind) => {
    const end = Math.min(range[1], range[0] + MAX_BLOCK_CHARS);
    blocks.push({ kind, text: model.text.slice(range[0], end), start: range[0] });
    chars += end - range[0];
  };
  const push = (el: Element, kind: BlockKind) => {
    const range = model.rangeOf(el);
    if (range) pushRange(range, kind);
  };
  // Explicit stack: deeply nested pages must not overflow the call stack.
  const stack: Work[] = [{ el: root, kind: null }];
  while (stack.length > 0 && chars < MAX_SNAPSHOT_CHARS) {
    const work = stack.pop()!;
    if ('range' in work) {
      pushRange(work.range, work.kind);
      continue;
    }
    const { el, kind } = work;
    const tag = tagOf(el);
    if (SKIPPED.has(tag)) continue;
    if (el !== root && el !== headline && isFurniture(el)) {
      push(el, 'other');
      continue;
    }
    const own = el === root ? null : kindOf(el, kind, headline);
    const isContainer = el === root || CONTAINERS.has(tag) || tag === 'BLOCKQUOTE' || tag === 'FIGURE';
    if (isContainer && hasBlockChild(el)) {
      const childKind = tag === 'BLOCKQUOTE' ? 'quote' : own === 'caption' || own === 'lead' || own === 'byline' || own === 'other' ? own : kind;
      const items: Work[] = [];
      if (hasOwnText(el)) {
        // Text written straight into a container beside block children (<div>text<br>text<div>…</div>text</div>).
        let run: Node[] = [];
        const flush = () => {
          const r = run.length > 0 ? runRange(model, run) : null;
          if (r) items.push({ range: r, kind: childKind ?? 'paragraph' });
          run = [];
        };
        for (let n = el.firstChild; n; n = n.nextSibling) {
          if (n.nodeType === 1 && BLOCK_TAGS.has(tagOf(n as Element))) {
            flush();
            items.push({ el: n as Element, kind: childKind });
          } else if (n.nodeType === 1 && tagOf(n as Element) === 'BR') {
            flush();
          } else if (n.nodeType === 1 || n.nodeType === 3) {
            run.push(n);
          }
        }
        flush();
      } else {
        for (let c = el.firstElementChild; c; c = c.nextElementSibling) items.push({ el: c, kind: childKind });
      }
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
      continue;
    }
    const range = model.rangeOf(el);
    if (!range) continue;
    const blockKind = own ?? 'paragraph';
    // Only a short paragraph or list item is asked about its links: the article's long paragraphs never build their
    // text for it. A list of links in the body ("Related stories") lists other stories' headlines.
    const teaser = (blockKind === 'paragraph' || blockKind === 'list-item') && range[1] - range[0] <= MAX_TEASER_CHARS && isLinkTeaser(el);
    pushRange(range, teaser ? 'other' : blockKind);
  }
  return blocks;
}

/** Levels above the body searched for a lead beside it, and siblings looked at on each. */
const LEAD_LEVELS = 3;
const LEAD_SIBLINGS = 6;

/**
 * A lead written beside the body rather than in it (`<div class="article__lead">` between the headline and
 * `<div class="article__body">`): often the only sentence that names who speaks and in what role. It is looked
 * for only between the headline and the body, so a teaser elsewhere on the page is never taken for it.
 */
function leadBeside(root: Element, headline: Element): Element | null {
  let el: Element | null = root;
  for (let level = 0; el && level < LEAD_LEVELS; level++, el = el.parentElement) {
    let s = el.previousElementSibling;
    for (let n = 0; s && n < LEAD_SIBLINGS; n++, s = s.previousElementSibling) {
      if (s === headline) return null;
      // `<header><h1/><div class="standfirst"/></header>` before the body: the lead follows the headline in its box.
      if (s.contains(headline)) return leadAfter(headline, s);
      if (isLead(s)) return s;
    }
  }
  return null;
}

/** A lead box holding a photo is the story's picture announced ("article__announce"), its text the caption. */
function isLead(el: Element): boolean {
  return LEAD.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) && !isFurniture(el) && !holdsMedia(el);
}

/** A lead among the headline's next siblings, or theirs up to `box`. */
function leadAfter(headline: Element, box: Element): Element | null {
  for (let el: Element | null = headline; el && el !== box; el = el.parentElement) {
    let s = el.nextElementSibling;
    for (let n = 0; s && n < LEAD_SIBLINGS; n++, s = s.nextElementSibling) if (isLead(s)) return s;
  }
  return null;
}

/** `modelOf` lets a live page reuse a text model it already has of the body (see TextModelCache). */
export function snapshotArticle(doc: Document, url: string, modelOf: (root: Node) => TextModel = buildTextModel): ArticleSnapshot {
  const detection = doc.body ? detectArticle(doc) : null;
  const census = detection?.census ?? null;
  const title = metaContent(doc, 'og:title', 'twitter:title') ?? (census?.firstH1 ?? firstByTag(doc, 'h1'))?.textContent?.trim() ?? doc.title ?? '';
  const snapshot: ArticleSnapshot = {
    schemaVersion: VERSION,
    url,
    title: title.replace(/\s+/g, ' ').trim().slice(0, 10_000),
    declaredLanguage: (doc.documentElement?.getAttribute('lang') || metaContent(doc, 'og:locale') || null)?.slice(0, 35) ?? null,
    meta: {
      siteName: metaContent(doc, 'og:site_name'),
      publishedTime: metaContent(doc, 'article:published_time', 'datePublished', 'date', 'pubdate')?.slice(0, 100) ??
        census?.firstTime?.getAttribute('datetime')?.slice(0, 100) ?? null,
      byline: metaContent(doc, 'author', 'article:author') ?? (census?.authorAnchor ?? census?.authorLink)?.textContent?.trim() ?? null,
      canonicalUrl: census?.canonical?.getAttribute('href') ?? null,
    },
    blocks: [],
  };
  const body = detection?.body;
  if (!doc.body || !detection?.isArticle || !body) return snapshot;
  const model = modelOf(doc.body);
  const headline = findHeadline(body.root, detection.census.firstH1);
  const blocks = emitBlocks(model, body.root, headline);
  if (headline && !body.root.contains(headline)) {
    const range = model.rangeOf(headline);
    if (range) blocks.push({ kind: 'headline', text: model.text.slice(range[0], range[1]), start: range[0] });
    const lead = leadBeside(body.root, headline);
    const leadRange = lead ? model.rangeOf(lead) : null;
    if (leadRange) blocks.push({ kind: 'lead', text: model.text.slice(leadRange[0], leadRange[1]), start: leadRange[0] });
  }
  blocks.sort((a, b) => a.start - b.start);
  return { ...snapshot, blocks: blocks.slice(0, 50_000) };
}
