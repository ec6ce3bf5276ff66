import type { Claim, Quote, TextAnchor } from '../schemas';
import type { AnnotationBundle, BundleNote, BundlePage } from './bundle';
import { joinPieces, runPieces, type ExportOptions, type ExportPieces } from './chunked';
import { escapeMarkdown, safeLinkTarget } from './markdown-escape';

/**
 * A readable report: one section per article, its notes on the whole article first, then each quote as a
 * blockquote with speaker and kind, its claims, and the notes written on it.
 */
export function markdownPieces(bundle: AnnotationBundle): ExportPieces {
  return { total: bundle.pages.length, pieces: generateMarkdown(bundle) };
}

function* generateMarkdown(bundle: AnnotationBundle): Generator<string> {
  const notesByUrl = new Map<string, BundleNote[]>();
  for (const note of bundle.notes) {
    const list = notesByUrl.get(note.url);
    if (list) list.push(note);
    else notesByUrl.set(note.url, [note]);
  }
  yield `# Statement Lens annotations\n\nExported ${formatDate(bundle.exportedAt)}.\n`;
  for (const page of bundle.pages) yield pageSection(page, notesByUrl.get(page.url) ?? []);
}

function pageSection(page: BundlePage, notes: BundleNote[]): string {
  const out: string[] = [];
  const title = escapeMarkdown(page.title.trim() || page.url).replace(/\n/g, ' ');
  const link = safeLinkTarget(page.url);
  out.push(`\n## ${link ? `[${title}](${link})` : title}\n\n`);
  out.push(`Saved ${formatDate(page.savedAt)}${link ? '' : ` · ${escapeMarkdown(page.url)}`}\n`);

  const articleNotes = notes.filter((n) => n.anchor === null);
  if (articleNotes.length > 0) {
    out.push('\n**Notes on the article**\n\n');
    for (const note of articleNotes) out.push(noteItem(note));
  }

  const placed = new Set<BundleNote>(articleNotes);
  const claimsByQuote = new Map<string, Claim[]>();
  for (const claim of page.extraction.claims) {
    const list = claimsByQuote.get(claim.quoteId);
    if (list) list.push(claim);
    else claimsByQuote.set(claim.quoteId, [claim]);
  }
  for (const quote of page.extraction.quotes) {
    const claims = claimsByQuote.get(quote.id) ?? [];
    const own = notes.filter((n) => !placed.has(n) && belongsTo(n, quote, claims));
    own.forEach((n) => placed.add(n));
    out.push(quoteBlock(quote, claims, own));
  }

  const rest = notes.filter((n) => !placed.has(n));
  if (rest.length > 0) {
    out.push('\n**Other highlights**\n');
    for (const note of rest) {
      out.push(`\n${blockquote(note.anchor?.quote.exact ?? '')}\n\n`);
      out.push(noteItem(note));
    }
  }
  return out.join('');
}

function quoteBlock(quote: Quote, claims: Claim[], notes: BundleNote[]): string {
  const who = quote.speaker ? `**${escapeMarkdown(quote.speaker)}**` : 'Unattributed';
  const cue = quote.cue ? `, ${escapeMarkdown(quote.cue)}` : '';
  let block = `\n${blockquote(quote.text)}\n>\n> — ${who}${cue} (${quote.kind} quote)\n`;
  if (claims.length > 0) {
    block += '\nClaims:\n\n';
    for (const claim of claims) block += `- *${claim.type}*: ${escapeMarkdown(claim.text).replace(/\n/g, ' ')}\n`;
  }
  if (notes.length > 0) {
    block += '\nNotes:\n\n';
    for (const note of notes) block += noteItem(note);
  }
  return block;
}

function noteItem(note: BundleNote): string {
  // Tags may contain spaces and emoji, so they are listed as words rather than as #hashtags.
  const tags = note.tags.length > 0 ? ` — tags: ${note.tags.map((t) => escapeMarkdown(t).replace(/\n/g, ' ')).join(', ')}` : '';
  const meta = `*${formatDate(note.createdAt)}${note.updatedAt !== note.createdAt ? `, edited ${formatDate(note.updatedAt)}` : ''}*`;
  const body = note.text.trim() === '' ? '(highlight without a note)' : escapeMarkdown(note.text).replace(/\n/g, '\n  ');
  return `- ${body}${tags} ${meta}\n`;
}

function blockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/**
 * A note belongs to a quote when it was written on that quote's text or on one of its claims: same anchor first,
 * then a range inside the quote's (the text was selected inside the quote).
 */
function belongsTo(note: BundleNote, quote: Quote, claims: Claim[]): boolean {
  const anchor = note.anchor;
  if (!anchor) return false;
  if (sameAnchor(anchor, quote.anchor) || claims.some((c) => sameAnchor(anchor, c.anchor))) return true;
  return anchor.position.start >= quote.anchor.position.start && anchor.position.end <= quote.anchor.position.end &&
    quote.anchor.quote.exact.includes(anchor.quote.exact);
}

function sameAnchor(a: TextAnchor, b: TextAnchor): boolean {
  return a.position.start === b.position.start && a.position.end === b.position.end && a.quote.exact === b.quote.exact;
}

/** The date as written in the timestamp (the writer's local day), not shifted to the exporting machine's zone. */
function formatDate(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}

export function exportMarkdown(bundle: AnnotationBundle): string {
  return joinPieces(markdownPieces(bundle));
}

export function exportMarkdownAsync(bundle: AnnotationBundle, options?: ExportOptions): Promise<string> {
  return runPieces(markdownPieces(bundle), options);
}
