// Contact rules of issue 16's third contact round, on invented sentences: a programme read on its own platform
// page, addresses written without a scheme, links a reporting verb leads straight to and their peers, GitHub's
// form given up for a sentence's own address or for another repository's form, and what an out-of-scope section
// says about reporting elsewhere.
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const REPO = 'https://github.com/kettle-org/kettle/blob/main/SECURITY.md';
const contacts = (text: string, baseUrl?: string) =>
  extractPolicy({ body: text, url: 'policy.md' }, { now: NOW, baseUrl }).contacts.map((c) => c.value);

describe('a programme read on its own platform page', () => {
  it('takes links to that programme and to its variants as channels, not other programmes', () => {
    const text = 'Kettle pays for findings in two programmes.\n\nRead the [public programme](https://hackerone.com/kettle-labs) '
      + 'and the [private one](https://hackerone.com/kettle-labs-private). We also like [Teapot\'s](https://hackerone.com/teapot-inc).\n';
    expect(contacts(text, 'https://hackerone.com/kettle-labs'))
      .toEqual(['https://hackerone.com/kettle-labs', 'https://hackerone.com/kettle-labs-private']);
  });
});

describe('an address written without a scheme', () => {
  it('is a channel after a reporting verb, also in a code span and in another language', () => {
    expect(contacts('You may also send an encrypted message to `cryptobox.io/me/kettle`.'))
      .toEqual(['https://cryptobox.io/me/kettle']);
    expect(contacts('Ви також можете надіслати зашифроване повідомлення на `cryptobox.com/me/kettle`.'))
      .toEqual(['https://cryptobox.com/me/kettle']);
  });

  it('is not a channel without a reporting verb, without a path, or as a file path', () => {
    expect(contacts('Our staging copy lives at `kettle-staging.com/app`.')).toEqual([]);
    expect(contacts('Please report issues to kettle-staging.com today.')).toEqual([]);
    expect(contacts('Report bugs by e-mail; our status page is kettle-status.com/now for outages.')).toEqual([]);
    expect(contacts('Report bugs after reading docs/setup.py/notes first.')).toEqual([]);
  });
});

describe('links a reporting verb leads straight to', () => {
  it('takes the link right after the verb, relative links included', () => {
    expect(contacts('For questions you can contact us through the [community board](../../discussions).', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/discussions']);
    expect(contacts('The best way to communicate with our team is via our [tracker](https://github.com/kettle-org/kettle/issues).'))
      .toEqual(['https://github.com/kettle-org/kettle/issues']);
    expect(contacts('Questions? Contact us on [our chat](https://discord.gg/kettle).')).toEqual(['https://discord.gg/kettle']);
  });

  it('takes a second link joined to a channel link in the same clause, such as a chat room', () => {
    expect(contacts('Please report it through our [security form](https://kettle.example/security-form) or via our [Gitter room](https://gitter.im/kettle-org/).'))
      .toEqual(['https://kettle.example/security-form', 'https://gitter.im/kettle-org/']);
  });

  it('does not take a document to read, a guide, a page that says nothing of reporting, or a link far from the verb', () => {
    expect(contacts('Our reports are published on [the news page](https://kettle.example/news).')).toEqual([]);
    expect(contacts('Email us at [security@kettle.example](mailto:security@kettle.example) or see [the policy page](https://kettle.example/policy).'))
      .toEqual(['mailto:security@kettle.example']);
    expect(contacts('All security reports must comply with our [Code of Conduct](CODE_OF_CONDUCT.md).', 'https://github.com/kettle-org/kettle/security/policy'))
      .toEqual([]);
    expect(contacts('Please report findings following the [writing guide](https://kettle.example/how-to).')).toEqual([]);
    expect(contacts('Report findings to us; we publish our yearly figures on [this board](https://kettle.example/board).')).toEqual([]);
  });
});

describe('an out-of-scope section that sends reports elsewhere', () => {
  it('names other parties\' channels, not ours', () => {
    const text = '## Out of scope\n\n- Upstream server: please report to the [upstream repository](https://github.com/teapot/server)\n'
      + '- Third-party libraries: report directly to the maintainer\n';
    expect(contacts(text, REPO)).toEqual([]);
  });
});

describe('GitHub private reporting inferred from prose', () => {
  it('gives way to the address a sentence names for private reports', () => {
    expect(contacts('보안 문제는 security@kettle.example 으로 비공개 제보해 주세요.', REPO)).toEqual(['mailto:security@kettle.example']);
    expect(contacts('Please report vulnerabilities privately to security@kettle.example.', REPO)).toEqual(['mailto:security@kettle.example']);
  });

  it('gives way to the form of another repository that the text links (the project moved)', () => {
    const text = 'We prefer private reporting for all vulnerabilities.\n\n'
      + 'Report here: [form](https://github.com/kettle-new/kettle/security/advisories/new).\n';
    expect(contacts(text, REPO)).toEqual(['https://github.com/kettle-new/kettle/security/advisories/new']);
  });
});

describe('an issue tracker named for security reports', () => {
  it('is not added again as the bare repository when the sentence links its new-issue form', () => {
    expect(contacts('Report security issues by opening a [private issue](https://github.com/kettle-org/kettle/issues/new?template=security.md).', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/issues/new?template=security.md']);
  });
});

describe('opening an issue as the way to report', () => {
  it('reads "open an issue on GitHub" about a security problem as the repository\'s tracker, in en, uk and ru', () => {
    expect(contacts('If you find a security problem, please open an issue on GitHub with the details.', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/issues']);
    expect(contacts('Якщо ви знайшли вразливість безпеки, створіть issue на GitHub з описом.', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/issues']);
    expect(contacts('Если вы нашли уязвимость безопасности, откройте issue на GitHub с описанием.', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/issues']);
  });

  it('does not when the text forbids it or sends only other bugs there', () => {
    expect(contacts('Please do not open a public issue on GitHub for security vulnerabilities.', REPO)).toEqual([]);
    expect(contacts('Не відкривайте публічний issue на GitHub для вразливостей безпеки.', REPO)).toEqual([]);
    expect(contacts('For non-security bugs, open an issue on GitHub.', REPO)).toEqual([]);
  });
});

describe('a programme linked by an image button', () => {
  it('is read by the button\'s alt text', () => {
    const md = '# Kettle bug bounty\n\n<table><tr><td>\n<a href="https://hackerone.com/kettle-labs-private">\n  <img src="/b.svg" alt="Private Bug Bounty Program" />\n</a>\n</td></tr></table>\n';
    expect(contacts(md, 'https://hackerone.com/kettle-labs')).toEqual(['https://hackerone.com/kettle-labs-private']);
  });
});
