// Prohibitions written without "not". Swedish, Norwegian and Danish forbid with an imperative and "no" ("Utför inga
// DoS-attacker", "Utfør ingen …", "Udfør ingen …"), not only with "inte/ikke" or a sentence opening with "Ingen"; German
// with "Verzichten Sie auf …" and "Sehen Sie von … ab". A statement ("Det finns inga belöningar", "Vi har ingen bug
// bounty", "Wir verzichten auf rechtliche Schritte") stays none. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { detectPolarity } from '../../../src/core/policy/detect-polarity.ts';
import { readerFor } from '../../../src/core/policy/compile-reader.ts';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const forbids = (lang: string, sentence: string) => detectPolarity(sentence.toLowerCase(), readerFor([lang, 'en'])).forbidden;

describe('an imperative with "no" forbids (sv, nb, da)', () => {
  it.each([
    ['sv', 'Utför inga DoS-attacker.', 'Det finns inga belöningar.'],
    ['sv', 'Gör inga automatiserade skanningar.', 'Vi betalar inga belöningar.'],
    ['nb', 'Utfør ingen DoS-angrep.', 'Det finnes ingen belønning.'],
    ['nb', 'Gjør ingen endringer i data.', 'Vi har ingen bug bounty.'],
    ['da', 'Udfør ingen DoS-angreb.', 'Vi tilbyder ingen dusør.'],
    ['da', 'Foretag ingen ændringer i data.', 'Der gives ingen belønning.'],
  ])('%s: "%s" forbids, "%s" does not', (lang, rule, statement) => {
    expect(forbids(lang, rule)).toBe(true);
    expect(forbids(lang, statement)).toBe(false);
  });

  it('excludes the host of "Utför inga tester mot …" and of the Finnish "Älä tee testejä …"', () => {
    const sv = extractPolicy({ body: '# Säkerhetspolicy\n\nRapportera sårbarheter till sakerhet@acme.example. Vi svarar inom tre arbetsdagar.\n\n- Utför inga tester mot shop.acme.example.\n', url: 'x.md' }, { now: new Date(0) });
    expect(sv.out_of_scope.map((e) => e.pattern)).toEqual(['shop.acme.example']);
    const fi = extractPolicy({ body: '# Tietoturvakäytäntö\n\nIlmoita haavoittuvuuksista osoitteeseen tietoturva@acme.example. Vastaamme kolmen arkipäivän kuluessa.\n\n- Älä tee testejä kohteeseen shop.acme.example.\n', url: 'x.md' }, { now: new Date(0) });
    expect(fi.out_of_scope.map((e) => e.pattern)).toEqual(['shop.acme.example']);
  });
});

describe('German "refrain from" forms forbid', () => {
  it('reads "Verzichten Sie auf …" and "Sehen Sie von … ab", not "Wir verzichten auf …" or "Sehen Sie sich … an"', () => {
    expect(forbids('de', 'Verzichten Sie auf Denial-of-Service-Angriffe.')).toBe(true);
    expect(forbids('de', 'Verzichte bitte auf automatisierte Scans.')).toBe(true);
    expect(forbids('de', 'Bitte sehen Sie von DoS-Angriffen ab.')).toBe(true);
    expect(forbids('de', 'Wir verzichten auf rechtliche Schritte.')).toBe(false);
    expect(forbids('de', 'Sehen Sie sich die Liste an.')).toBe(false);
  });
});
