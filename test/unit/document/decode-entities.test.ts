import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../src/core/document/decode-entities.ts';

describe('decodeEntities (entities, strict)', () => {
  it('decodes every HTML named reference, not only a hand-picked few', () => {
    expect(decodeEntities('Beveiliging &amp; privacy &ndash; na&iuml;ef, &oacute;, &Scaron;koda, &hellip;')).toBe('Beveiliging & privacy – naïef, ó, Škoda, …');
  });
  it('decodes decimal and hex references; invalid code points become U+FFFD', () => {
    expect(decodeEntities('&#65;&#x42;&#xd800;&#1114112;')).toBe('AB\uFFFD\uFFFD');
  });
  it('needs the semicolon (CommonMark), and leaves unknown names as written', () => {
    expect(decodeEntities('AT&T, &copy 2024, &notanentity;')).toBe('AT&T, &copy 2024, &notanentity;');
  });
  it('gives the characters HTML gives (htmlparser2 uses the same decoder)', () => {
    expect(decodeEntities('a&nbsp;b')).toBe('a\u00A0b');
  });
});
