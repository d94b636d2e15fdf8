import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDocument } from '../../../src/core/document/read-document.ts';
import { sniffFormat } from '../../../src/core/document/sniff-format.ts';

describe('sniffFormat', () => {
  it('uses the content type, then the extension, then the content', () => {
    expect(sniffFormat('# Title', 'text/html')).toBe('html');
    expect(sniffFormat('plain words', 'text/plain', 'https://raw.githubusercontent.com/o/r/HEAD/SECURITY.md')).toBe('markdown');
    expect(sniffFormat('<!DOCTYPE html><p>x</p>', 'text/plain')).toBe('html');
    expect(sniffFormat('## Scope\n\n- [a](https://a.example)', null)).toBe('markdown');
    expect(sniffFormat('Just a sentence.\nAnother one.', null)).toBe('text');
    expect(sniffFormat('%PDF-1.7 ...', null)).toBe('pdf');
  });
});

describe('readDocument on bad input', () => {
  it('says a PDF is not supported and gives its link', () => {
    const r = readDocument({ body: new TextEncoder().encode('%PDF-1.4\n%âãÏÓ'), url: 'https://example.com/vdp.pdf' });
    expect(r.format).toBe('pdf');
    expect(r.blocks).toEqual([]);
    expect(r.notes.join(' ')).toMatch(/PDF .*not supported.*https:\/\/example\.com\/vdp\.pdf/);
  });

  it('refuses binary data with a note', () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i * 7) % 256);
    const r = readDocument({ body: bytes });
    expect(r.format).toBe('unknown');
    expect(r.notes.join(' ')).toMatch(/binary/);
  });

  it('decodes the declared charset and cuts input past 2 MiB with a note', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9]);
    expect(readDocument({ body: latin1, contentType: 'text/plain; charset=iso-8859-1' }).blocks[0]!.text).toBe('Café');
    const big = readDocument({ body: 'word '.repeat(600_000) });
    expect(big.truncated).toBe(true);
    expect(big.notes.join(' ')).toMatch(/larger than 2 MiB/);
  });

  it('never throws on arbitrary text in any format', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('text/html', 'text/markdown', 'text/plain', null), (text, type) => {
        const r = readDocument({ body: text, contentType: type });
        for (const b of r.blocks) {
          for (const s of b.sentences) expect(s.end).toBeLessThanOrEqual(b.text.length);
          for (const l of b.links) expect(l.end).toBeLessThanOrEqual(b.text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
