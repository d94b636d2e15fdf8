import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

// Documents invented for these tests: report requests written as "report it with a description of …", lead-ins that
// say what the information should be, field words (implications, example code, affected code), and lists that name
// field words without asking for them (rewards we may give, an announcement the project drafts).

const NOW = new Date('2026-12-08T00:00:00Z');
const fields = (body: string) => extractPolicy({ body, url: 'policy.md' }, { now: NOW }).report_fields.map((f) => f.id);

describe('English report requests and lead-ins', () => {
  it.each([
    ['use the form with a description of …',
      '# Security\n\n## Reporting\n\nTo tell us about a flaw, please use the advisory form on our tracker with a short description of the flaw, the steps you followed to trigger it and the affected versions.\n',
      ['description', 'reproduction_steps', 'environment']],
    ['report it, including …',
      '# Security\n\nReport suspected flaws to the maintainers by e-mail, including the impact you expect and a proof of concept.\n',
      ['impact', 'proof_of_concept']],
    ["lead-in 'the information should ideally be:'",
      '# Security\n\n## Reaching us\n\nWrite to the team on the private channel.\n\n### The information should ideally include:\n\n- a container image that triggers the flaw\n- notes about the bug\n- your public key for encrypted replies\n',
      ['other']],
    ['implications and exploitability are impact',
      '# Security\n\n## Reporting\n\nPlease include:\n\n- what you found\n- the implications for our users\n- how exploitable it is in practice (exploitability)\n',
      ['description', 'impact']],
    ['example code is a proof of concept',
      '# Security\n\n## Reporting\n\nPlease include:\n\n- how you came across the flaw\n- any example code that triggers it\n',
      ['proof_of_concept', 'other']],
    ['exploitation scenarios are impact',
      '# Security\n\n## Reporting\n\nPlease include:\n\n- a short summary\n- plausible exploitation scenarios\n',
      ['description', 'impact']],
    ['affected code is a location',
      '# Security\n\n## Reporting\n\nPlease describe the flaw and point to the affected code in the repository.\n',
      ['description', 'location_url']],
  ])('%s', (_name, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });
});

describe('English field words that ask for nothing, lists for another purpose', () => {
  it("'our platform' names the service tested, not an environment", () => {
    expect(fields('# Security\n\n## Reporting\n\nPlease send us a clear description of the flaw, and feel free to try our platform on a local install.\n')).toEqual(['description']);
  });
  it("a list after 'we may provide rewards' is no report content", () => {
    expect(fields('# Security\n\n## Rewards\n\nWe thank every finder and may provide rewards for issues disclosed to us privately.\n\n- Amounts depend on the severity and impact of the issue.\n- Small projects may only offer modest sums.\n')).toEqual([]);
  });
  it('an announcement the project drafts is no report content', () => {
    expect(fields('# Response process\n\n## Release\n\n1. The team prepares the fix.\n    - a. Finalise the security announcement and include the following:\n        - The product name and URL\n        - Versions known to be vulnerable\n        - Type of flaw and its impact\n    - b. Release notes are drafted\n        - Include every affected component\n')).toEqual([]);
  });
});

describe('report should contain and field words (de, nl, fr, it)', () => {
  it.each([
    ['de', '# Sicherheit\n\n## Meldung\n\nIhr Bericht sollte eine genaue Beschreibung der Lücke enthalten, dazu die Schritte zur Reproduktion und die möglichen Auswirkungen.\n',
      ['description', 'impact', 'reproduction_steps']],
    ['nl', '# Beveiliging\n\n## Melden\n\nJe melding moet in ieder geval een beschrijving van het lek en de stappen om het te reproduceren bevatten.\n',
      ['description', 'reproduction_steps']],
    ['fr', "# Sécurité\n\n## Signalement\n\nVotre rapport doit contenir :\n\n- un résumé du problème\n- les incidences possibles pour nos clients\n",
      ['description', 'impact']],
    ['it', "# Sicurezza\n\n## Segnalazioni\n\nLa segnalazione dovrebbe contenere gli endpoint coinvolti e l'impatto previsto.\n",
      ['location_url', 'impact']],
    ['it', '# Sicurezza\n\n## Segnalazioni\n\nScrivi al team di sicurezza.\n\n### Le informazioni dovrebbero idealmente essere:\n\n- uno script che mostri la falla\n- note dettagliate sulla falla e quale modulo del codice è coinvolto\n',
      ['description', 'location_url', 'proof_of_concept']],
  ])('%s: %s', (_lang, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });
});
