import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { deobfuscateEmails } from '../../../src/core/policy/find-emails.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const contacts = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW }).contacts.map((c) => c.value);

describe('contacts: only reporting channels', () => {
  it('does not take a link the text passes reports on to, or a guide about writing reports', () => {
    expect(contacts([
      'Send your findings to [our form](https://forms.example.org/security-report).',
      '',
      'We may forward your report to [the national CERT](https://cert.example.gov/partners), as well as affected vendors.',
      '',
      'Before you report, read [how to write a good report](https://docs.bugplatform.example/hackers/writing-reports) and our [process](https://example.org/security/process).',
    ].join('\n'))).toEqual(['https://forms.example.org/security-report']);
  });

  it('skips an address the text says not to send reports to', () => {
    expect(contacts('Please do not send vulnerability reports to press@lantern.example, instead use security@lantern.example.'))
      .toEqual(['mailto:security@lantern.example']);
  });

  it('skips an address given for press or media even when it contains the word security', () => {
    expect(contacts('During an incident, journalists and other media should contact the press office (security-news@lantern.example).')).toEqual([]);
  });

  it('reads spaced and spelled-out addresses (spelled-out only in a reporting sentence)', () => {
    expect(contacts('You can report it by mail at alice @ kettle.example.com.')).toEqual(['mailto:alice@kettle.example.com']);
    expect(contacts('E-mail your report to bob at kettle dot example dot com.')).toEqual(['mailto:bob@kettle.example.com']);
    expect(deobfuscateEmails('We met at noon dot com style.')).toBe('We met at noon dot com style.');
  });

  it('takes a Twitter account the text invites a message to, by handle or by a labelled link', () => {
    expect(contacts('Found something? Tweet at us @KettleSec and we will reply.')).toEqual(['https://twitter.com/kettlesec']);
    expect(contacts('## Contact\n\nTwitter: [KettleSec](https://twitter.com/kettlesec)\n')).toEqual(['https://twitter.com/kettlesec']);
    expect(contacts('Follow our news on [Twitter](https://twitter.com/kettle).')).toEqual([]);
  });

  it('takes a security.txt the reader is told to follow, not one merely listed', () => {
    expect(contacts('Please follow the instructions in our [security.txt](https://kettle.example.com/.well-known/security.txt).'))
      .toEqual(['https://kettle.example.com/.well-known/security.txt']);
    expect(contacts('Canonical: https://kettle.example.com/.well-known/security.txt')).toEqual([]);
  });

  it('takes GitHub private vulnerability reporting described in prose, in English or French, and a link to a security tab', () => {
    expect(contacts('Pour signaler une faille, utilisez le signalement privé de vulnérabilités de GitHub (onglet « Security » du dépôt).'))
      .toEqual(['GitHub private vulnerability reporting']);
    expect(contacts('Report it through [the Security tab](https://github.com/kettle/kettle/security) of the repository.'))
      .toEqual(['https://github.com/kettle/kettle/security']);
  });

  it('drops sentence punctuation from a link target', () => {
    expect(contacts('Report vulnerabilities through <https://report.kettle.example.com/new.>')).toEqual(['https://report.kettle.example.com/new']);
  });
});
