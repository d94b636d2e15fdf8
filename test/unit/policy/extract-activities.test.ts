import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string, url = 'policy.md') => extractPolicy({ body: text, url }, { now: NOW });
const ids = (text: string, url?: string) => read(text, url).forbidden_activities.map((f) => f.id);

describe('forbidden activities', () => {
  it('reads a "must not" list as forbidden and a "may" list as allowed', () => {
    const text = [
      'Security researchers must not:',
      '- engage in physical testing of facilities,',
      '- send unsolicited electronic mail, including phishing messages,',
      '- execute Denial of Service attacks.',
      'Security researchers may:',
      '- View or store nonpublic data only to the extent necessary to document the vulnerability.',
    ].join('\n');
    expect(ids(text, 'policy.txt')).toEqual(['dos', 'phishing', 'physical', 'spam']);
  });

  it('keeps "not eligible for reward" findings apart from forbidden activities', () => {
    const result = read([
      '## Guidelines', '', '- Do not use automated scanners.', '',
      '## Vulnerability Types Not Eligible for Reward', '',
      '- Denial-of-service attacks or issues related to rate limiting',
      '- Attacks requiring social engineering',
    ].join('\n'));
    expect(result.forbidden_activities.map((f) => f.id)).toEqual(['automated_scanning']);
    expect(result.ineligible?.flatMap((i) => i.ids ?? [])).toEqual(['dos', 'social_engineering']);
  });

  it('in an out-of-scope list, activities are forbidden and finding classes only ineligible', () => {
    const result = read([
      '## Out of scope', '',
      '- Social engineering, phishing or physical attack',
      '- Any activity that could lead to the disruption of our service (DoS).',
      '- Attacks requiring brute force against login forms',
      '- Third party domains not operated by us',
    ].join('\n'));
    expect(result.forbidden_activities.map((f) => f.id)).toEqual(['dos', 'social_engineering', 'phishing', 'physical']);
    expect(result.ineligible?.flatMap((i) => i.ids ?? [])).toEqual(['brute_force']);
  });

  it('does not read conditionals, promises or idioms as prohibitions', () => {
    expect(ids([
      'If you do not receive a response within 2 days, please follow up.',
      'We will not take legal action against you.',
      'Do not hesitate to contact us.',
      'These timelines may not apply during holidays.',
    ].join('\n\n'))).toEqual([]);
  });

  it('maps a wait before going public, stated positively, to public_disclosure_before_fix', () => {
    expect(ids('Provide us a reasonable amount of time to resolve the issue before you disclose it publicly.')).toEqual(['public_disclosure_before_fix']);
    expect(ids('Keep information about vulnerabilities confidential until the issue is resolved.')).toEqual(['public_disclosure_before_fix']);
    expect(ids('Please do not open a public issue to report a vulnerability.')).toEqual(['public_disclosure_before_fix']);
  });

  it('collects prohibitions without a taxonomy id under other, but not channel rules', () => {
    const result = read('- Do not engage in extortion.\n- Do not use personal e-mails to contact staff.\n');
    expect(result.forbidden_activities.map((f) => f.id)).toEqual(['other']);
    expect(result.channel_rules?.map((c) => c.text)).toEqual(['Do not use personal e-mails to contact staff']);
  });

  it('reads German, Dutch and French prohibitions', () => {
    expect(ids('- Führen Sie keine Denial-of-Service-Angriffe durch.\n- Bitte keine Daten löschen oder verändern.\n')).toEqual(['dos', 'data_destruction_modification']);
    expect(ids('- geen brute force of denial of service uit te voeren\n- het probleem niet met anderen te delen totdat het is opgelost\n'))
      .toEqual(['dos', 'brute_force', 'public_disclosure_before_fix']);
    expect(ids("- L'ingénierie sociale (par exemple, phishing) est interdite.\n- Évitez la destruction des données.\n"))
      .toEqual(['social_engineering', 'phishing', 'data_destruction_modification']);
  });

  it('quotes the sentence each activity came from, verbatim', () => {
    const text = 'We value research. Do not use automated vulnerability scanners. Thanks.';
    const [item] = read(text).forbidden_activities;
    expect(item).toEqual({ id: 'automated_scanning', quote: 'Do not use automated vulnerability scanners.' });
    expect(text).toContain(item!.quote);
  });
});
