// Contact rules of the contacts-c round (2026-12-08), on invented sentences: a channel offered "instead" inside a
// prohibition, a chat account named by its handle and linked, a table introduced as the ways to reach someone, the
// word "issue" in a sentence that sends reports to GitHub's private form, a public advisory (an outcome, not a
// channel), and GitHub's private form named in French as creating a security report.
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const REPO = 'https://github.com/kettle-org/kettle/blob/main/SECURITY.md';
const contacts = (text: string, baseUrl?: string) =>
  extractPolicy({ body: text, url: 'policy.md' }, { now: NOW, baseUrl }).contacts.map((c) => c.value);

describe('a channel offered instead, inside a prohibition', () => {
  it('takes the chat invite and the maintainer profile after "…, instead"', () => {
    const text = '## Reporting\n\nPlease do not open a public ticket for a flaw, instead send your findings '
      + 'privately to @brewer ([Ada Brewer](https://github.com/adabrewer)) on our [chat server](https://discord.gg/KettleChat).\n';
    expect(contacts(text, REPO)).toEqual(['https://github.com/adabrewer', 'https://discord.gg/KettleChat']);
    // A link inside the forbidden clause itself ("do not use …, such as …") stays out.
    const inside = '## Reporting\n\nDo not use public places, such as the [chat server](https://discord.gg/KettleChat), to report flaws.\n';
    expect(contacts(inside, REPO)).toEqual([]);
  });
});

describe('a chat account named by its handle and linked', () => {
  it('is the link only, not also "Telegram @handle"', () => {
    const text = 'To report a flaw, write to us on Telegram: [@kettle_help](https://t.me/kettle_help).\n';
    expect(contacts(text)).toEqual(['https://t.me/kettle_help']);
  });
});

describe('a table introduced as the ways to reach the maintainers', () => {
  it('gives its rows\' channels, and the lead-in is no "message to a maintainer" of its own', () => {
    const text = '## Reporting\n\nPlease contact the maintainers through the channels listed below.\n\n'
      + '| Channel | Where |\n| --- | --- |\n| Mail | <flaws@kettle.example> |\n| Chat | [@kettle_help](https://t.me/kettle_help) |\n';
    expect(contacts(text, REPO)).toEqual(['mailto:flaws@kettle.example', 'https://t.me/kettle_help']);
  });
});

describe('"issue" in a sentence that sends reports to the private form', () => {
  it('is the problem, not the issue tracker', () => {
    const text = '## Reporting\n\nTo report a security issue, use the GitHub [advisory form](https://github.com/kettle-org/kettle/security/advisories/new) '
      + 'and describe how to trigger the issue.\n';
    expect(contacts(text, REPO)).toEqual(['https://github.com/kettle-org/kettle/security/advisories/new']);
  });
});

describe('a public security advisory', () => {
  it('is what gets published after the fix, not a reporting channel', () => {
    const text = '## Reporting a flaw\n\nWrite to <flaws@kettle.example>.\n\nWe publish a public security advisory after each fix ships.\n';
    expect(contacts(text, REPO)).toEqual(['mailto:flaws@kettle.example']);
  });
});

describe('GitHub\'s private form named in French', () => {
  it('"en créant un rapport de sécurité" in a repository\'s SECURITY.md is that repository\'s form', () => {
    const text = '## Signaler une faille\n\nPrévenez-nous en créant un rapport de sécurité qui décrit le problème.\n';
    expect(contacts(text, REPO)).toEqual(['https://github.com/kettle-org/kettle/security/advisories/new']);
  });
});
