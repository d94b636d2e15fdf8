// An image inside a link (a button drawn as a picture) names the link by its alt text, in HTML and in the HTML
// that Markdown files embed; images outside links and images without alt text add nothing.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/core/document/read-document.ts';

const links = (body: string, contentType?: string) =>
  readDocument({ body, contentType, url: contentType ? undefined : 'README.md' }).blocks.flatMap((b) => b.links.map((l) => [l.text, l.href]));

describe('image links', () => {
  it('take the alt text of their image as their text, in HTML', () => {
    const html = '<!doctype html><html><body><p><a href="https://kettle.example/report"><img src="b.svg" alt="Report a bug"></a></p></body></html>';
    expect(links(html, 'text/html; charset=utf-8')).toEqual([['Report a bug', 'https://kettle.example/report']]);
  });

  it('take the alt text of their image as their text, in HTML inside Markdown', () => {
    const md = '# Kettle\n\n<table><tr><td>\n<a href="https://kettle.example/private">\n  <img src="/p.svg" alt="Private programme" width="200" />\n</a>\n</td></tr></table>\n';
    expect(links(md)).toEqual([['Private programme', 'https://kettle.example/private']]);
  });

  it('add nothing for an image outside a link or without alt text', () => {
    const md = '# Kettle\n\n<img src="/logo.svg" alt="Kettle logo" />\n\n<a href="https://kettle.example/x"><img src="/x.svg" /></a> Text.\n';
    const blocks = readDocument({ body: md, url: 'README.md' }).blocks.map((b) => b.text);
    expect(blocks.join(' ')).not.toMatch(/logo/i);
  });
});
