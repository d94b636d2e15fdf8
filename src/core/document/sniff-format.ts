import type { DocumentFormat } from './block.ts';

const HTML_TAG = /<(?:p|div|h[1-6]|ul|ol|li|table|a|span|section|article|br|strong|em|body|main)\b[^>]{0,200}>/gi;
const MD_STRONG = /^(?:#{1,6} \S|```|~~~|\|[^|\n]{0,200}\|)|\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)|\*\*[^*\n]{1,100}\*\*/gm;
const MD_LIST = /^\s{0,3}(?:[-*+]|\d{1,3}\.) \S/gm;

function extensionOf(url: string | null | undefined): string {
  if (!url) return '';
  const path = url.split(/[?#]/)[0] ?? '';
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(path);
  return m ? m[1]!.toLowerCase() : '';
}

function countMatches(text: string, re: RegExp, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(text) !== null) n++;
  return n;
}

/**
 * Decides how to read a body: the Content-Type when it is specific, then the URL's extension, then the
 * content itself (a doctype or many block tags → HTML; headings, lists or links in Markdown syntax →
 * Markdown; otherwise text). Raw GitHub files arrive as text/plain, so text/plain is only a hint.
 */
export function sniffFormat(text: string, contentType?: string | null, url?: string | null): DocumentFormat {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/pdf' || text.startsWith('%PDF-')) return 'pdf';
  const head = text.slice(0, 65_536);
  const doctype = /^\s*(?:<!doctype html|<html[\s>]|<\?xml[^>]{0,200}>\s*<html)/i.test(head);
  if (type === 'text/html' || type === 'application/xhtml+xml' || doctype) return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  const ext = extensionOf(url);
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'pdf') return 'pdf';
  const tags = countMatches(head, HTML_TAG, 50);
  const strong = countMatches(head, MD_STRONG, 50);
  const md = strong + countMatches(head, MD_LIST, 50);
  if (ext === 'md' || ext === 'markdown' || ext === 'mdx') return tags >= 10 && md === 0 ? 'html' : 'markdown';
  if (tags >= 5 && tags > md * 2) return 'html';
  if (ext === 'txt') return strong >= 2 ? 'markdown' : 'text';
  return strong >= 1 || md >= 3 ? 'markdown' : 'text';
}
