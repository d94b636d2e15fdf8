import { Parser } from 'htmlparser2';
import { decodeDocument } from './decode-document.ts';

export interface HtmlLink {
  href: string;
  text: string;
}

const MAX_LINKS = 2000;
const MAX_TEXT = 200;

/**
 * Every `<a href>` of an HTML page with its text, in document order, including navigation, header and footer
 * (where sites link their security policy; readDocument leaves those out as boilerplate). DOM-free
 * (htmlparser2), scripts never run, bounded to MAX_LINKS links of MAX_TEXT characters of text each.
 */
export function collectHtmlLinks(body: Uint8Array | string, contentType: string | null = null): HtmlLink[] {
  const html = typeof body === 'string' ? body : decodeDocument(body, contentType).text;
  const links: HtmlLink[] = [];
  let open: HtmlLink | null = null;
  let skipDepth = 0;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'script' || name === 'style' || name === 'template') skipDepth++;
      if (name === 'a' && attribs.href !== undefined && links.length < MAX_LINKS) open = { href: attribs.href.trim(), text: '' };
    },
    ontext(text) {
      if (open && skipDepth === 0 && open.text.length < MAX_TEXT) open.text = (open.text + text).slice(0, MAX_TEXT);
    },
    onclosetag(name) {
      if (name === 'script' || name === 'style' || name === 'template') skipDepth = Math.max(0, skipDepth - 1);
      if (name === 'a' && open) {
        links.push({ href: open.href, text: open.text.replace(/\s+/g, ' ').trim() });
        open = null;
      }
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  return links;
}
