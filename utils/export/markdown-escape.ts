/**
 * Page text is written by strangers: a quote may contain `[link](javascript:…)`, raw HTML or a line that Markdown
 * would read as a heading. Everything that can start Markdown or HTML syntax is backslash-escaped (CommonMark allows
 * that for any ASCII punctuation), so renderers show the text as written and never turn it into markup.
 */
const EVERYWHERE = /[\\`*_{}[\]<>|~&!]/g;

export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeLine)
    .join('\n');
}

function escapeLine(line: string): string {
  // Leading blanks would make an indented code block; the text model has none, notes may.
  let out = line.replace(/^[ \t]+/, '').replace(EVERYWHERE, '\\$&');
  // Block syntax that only counts at the start of a line: headings, lists, quotes, rules, setext underlines.
  out = out.replace(/^([#+\-=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  // Bare URLs become links in GitHub-flavoured renderers; breaking the scheme separator keeps them text.
  return out.replace(/:\/\//g, ':\\/\\/').replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
}

/** For a link destination: only web addresses, percent-encoded and fenced in <> so nothing inside ends the link. */
export function safeLinkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return `<${parsed.href.replace(/[<>\s]/g, encodeURIComponent)}>`;
}
