/**
 * GitHub-flavoured Markdown as a reader sees it: `marked` (GFM on) renders the summary or the
 * comment, and the text is what remains once tags are gone and entities decoded.
 */
import { marked } from 'marked';

export function gfmHtml(md: string): string {
  return marked.parse(md, { gfm: true, async: false });
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return String.fromCodePoint(code);
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** The rendered text: tags removed, entities decoded. */
export function gfmText(md: string): string {
  return decodeEntities(gfmHtml(md).replace(/<[^>]*>/g, ''));
}

/** The cells of each row of every rendered table, as text. */
export function gfmTableRows(md: string): string[][] {
  const html = gfmHtml(md);
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...m[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) =>
      decodeEntities(c[1].replace(/<[^>]*>/g, '')),
    ),
  );
}
