import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/core/document/read-document.ts';

function read(html: string) {
  return readDocument({ body: html, contentType: 'text/html; charset=utf-8' });
}

describe('readDocument (HTML)', () => {
  it('reads headings, paragraphs, nested lists and table rows, and never reads scripts, styles or hidden parts', () => {
    const { format, blocks } = read(`<!doctype html><html><head><title>T</title><style>p{}</style></head><body>
      <nav><a href="/">Home</a></nav>
      <h1>Security &amp; Disclosure</h1>
      <script>document.write("<p>evil</p>")</script>
      <p>Email <a href="mailto:security@example.com">us</a>.<br>Thanks.</p>
      <ul><li>First <ul><li>Nested</li></ul></li><li>Second</li></ul>
      <div hidden>secret</div><template><p>tpl</p></template><noscript>ns</noscript>
      <table><tr><th>Host</th><th>Scope</th></tr><tr><td>a.example.com</td><td>in</td></tr></table>
    </body></html>`);
    expect(format).toBe('html');
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['heading', 1, 'Security & Disclosure'],
      ['paragraph', 0, 'Email us.\nThanks.'],
      ['list_item', 1, 'First'],
      ['list_item', 2, 'Nested'],
      ['list_item', 1, 'Second'],
      ['table_row', 0, 'Host | Scope'],
      ['table_row', 0, 'a.example.com | in'],
    ]);
    expect(blocks[1]!.links).toEqual([{ text: 'us', href: 'mailto:security@example.com', start: 6, end: 8 }]);
    expect(blocks[1]!.sentences).toHaveLength(2);
    expect(blocks[3]!.intro).toBe(2);
    expect(blocks[5]!.header).toBe(true);
  });

  it('drops Jinja tags, reads moderately nested markup, and stops at absurd nesting with a note', () => {
    const moderate = read(`{% extends "base.html" %}<h2>Scope</h2>${'<div>'.repeat(500)}<p>deep text${'<span>'.repeat(400)}`);
    expect(moderate.blocks.map((b) => b.text)).toEqual(['Scope', 'deep text']);
    expect(moderate.notes).toEqual([]);
    const absurd = read(`<h2>Scope</h2><p>first</p>${'<div>'.repeat(200_000)}<p>never read`);
    expect(absurd.blocks.map((b) => b.text)).toEqual(['Scope', 'first']);
    expect(absurd.notes.join(' ')).toMatch(/nests more than 1000 elements deep/);
  });
});

describe('readDocument (HTML): bold-only paragraphs', () => {
  it('reads a short paragraph that is all bold as a heading, but not one with plain text beside the bold', () => {
    const { blocks } = read('<html><body><p><strong>In scope</strong></p><ul><li>app.example.net</li></ul><p><b>Note:</b> be kind.</p></body></html>');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'In scope'],
      ['list_item', 'app.example.net'],
      ['paragraph', 'Note: be kind.'],
    ]);
  });
});
