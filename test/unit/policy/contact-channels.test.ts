// General contact rules (issue 16, item 3), on synthetic snippets in several languages: obfuscated addresses,
// GitHub private reporting in prose, platform programme pages, issue trackers, maintainers' profiles,
// security.txt pointers, labelled contact lines; and what is not a contact (social feeds, sign-up pages).
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { deobfuscateEmails } from '../../../src/core/policy/find-emails.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const REPO = 'https://github.com/kettle-org/kettle/blob/main/SECURITY.md';
const contacts = (text: string, baseUrl?: string) =>
  extractPolicy({ body: text, url: 'policy.md' }, { now: NOW, baseUrl }).contacts.map((c) => c.value);

describe('obfuscated addresses', () => {
  it('reads "security at example.com" (spelled at, real dot) in a reporting sentence, also in emphasis', () => {
    expect(contacts('Please report vulnerabilities to security **at** kettle.example.com.')).toEqual(['mailto:security@kettle.example.com']);
    expect(contacts('Send your report to psirt at kettle.example.org')).toEqual(['mailto:psirt@kettle.example.org']);
  });

  it('does not make an address of "us at" a site, a link, or a sentence without a reporting verb', () => {
    // No mailbox "us@…"; the page itself, a web address after a reporting verb, is a channel (since round 3).
    expect(contacts('Please report issues to us at kettle.example.com/security')).toEqual(['https://kettle.example.com/security']);
    expect(deobfuscateEmails('Contact us at kettle.example.com.', true)).toBe('Contact us at kettle.example.com.');
    expect(deobfuscateEmails('The demo runs at kettle.example.com today.')).toBe('The demo runs at kettle.example.com today.');
  });
});

describe('GitHub private vulnerability reporting in prose', () => {
  it('reads the English button name inside a text in another language as the repository form', () => {
    expect(contacts('Na aba **Security** do repositório, clique em **Report a vulnerability**.', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/security/advisories/new']);
    expect(contacts('이 저장소의 Security 탭에서 Report a vulnerability 를 누르세요.', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/security/advisories/new']);
  });

  it('reads an inflected "GitHub" with no base URL as the feature itself', () => {
    expect(contacts('Rapportera sårbarheten via GitHubs privata sårbarhetsrapportering (fliken Security) och vänta på svar.')).toEqual(['GitHub private vulnerability reporting']);
  });

  it('reads a list item introduced as the way to report', () => {
    expect(contacts('## Signalement\n\nPour nous signaler une vulnérabilité, utilisez le canal suivant :\n\n- **GitHub Security Advisory**\n', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/security/advisories/new']);
  });

  it('gives the channel once when the text links the repository\'s advisories and names them', () => {
    expect(contacts('Envie o relatório pelo nosso [GitHub Security Advisories](https://github.com/kettle-org/kettle/security/advisories?state=triage).', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/security/advisories?state=triage']);
  });

  it('does not take a sentence that forbids it', () => {
    expect(contacts('Do not report it through the Security tab.', REPO)).toEqual([]);
  });
});

describe('platform programmes, sign-up pages and social feeds', () => {
  it('takes the policy owner\'s programme page wherever it is linked, and any programme page in a reporting section', () => {
    expect(contacts('<a href="https://hackerone.com/kettlelabs">Visite la página del programa en HackerOne</a>', 'https://www.kettle.example/'))
      .toEqual(['https://hackerone.com/kettlelabs']);
    expect(contacts('## Reporting\n\nWe run our programme at [Bugcrowd](https://bugcrowd.com/kettle-vdp).')).toEqual(['https://bugcrowd.com/kettle-vdp']);
  });

  it('does not take another organisation\'s programme named in passing, or a platform\'s own pages', () => {
    expect(contacts('This policy follows the [agency VDP](https://hackerone.com/otheragency).', 'https://www.kettle.example/')).toEqual([]);
    expect(contacts('## Reporting\n\nRead the [hacktivity](https://hackerone.com/hacktivity).')).toEqual([]);
  });

  it('does not take a sign-up page as a channel', () => {
    expect(contacts('## Reporting\n\nTo participate, register with the platform (https://login.intigriti.com/account/register).')).toEqual([]);
  });

  it('does not take a "follow us" link in a contact list, but keeps an account named as the contact', () => {
    expect(contacts('## Contact\n\n- **Twitter**: [Follow Us](https://x.com/kettle)\n- **LinkedIn**: [Folg uns](https://www.linkedin.com/company/kettle/)\n')).toEqual([]);
    expect(contacts('## Contact\n\n- Twitter: [KettleSec](https://twitter.com/kettlesec)\n')).toEqual(['https://twitter.com/kettlesec']);
  });
});

describe('issue trackers, maintainers, security.txt and labelled contact lines', () => {
  it('takes public issues when the text says to report vulnerabilities there', () => {
    expect(contacts('Submit vulnerabilities as issues on the public repository at [the repo](https://github.com/kettle-org/kettle-public).'))
      .toEqual(['https://github.com/kettle-org/kettle-public']);
    expect(contacts('Zgłaszanie podatności bezpieczeństwa za pomocą publicznych zgłoszeń (Issues) na GitHubie jest akceptowane.', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/issues']);
  });

  it('does not take issues the text forbids for vulnerabilities or keeps for other bugs', () => {
    expect(contacts('Please do not report security vulnerabilities through public GitHub issues.', REPO)).toEqual([]);
    expect(contacts('For non-security bugs, please report them as GitHub issues.', REPO)).toEqual([]);
  });

  it('takes a maintainer\'s GitHub profile linked after a contacting verb', () => {
    expect(contacts('Або звʼяжіться безпосередньо з основним [супровідником](https://github.com/kettle-dev).')).toEqual(['https://github.com/kettle-dev']);
    expect(contacts('Built by [kettle-dev](https://github.com/kettle-dev).')).toEqual([]);
  });

  it('takes a security.txt named by its path in a reporting section, resolved against the base URL', () => {
    const text = '## Pelaporan kerentanan\n\n**Berkas standar:** [/.well-known/security.txt](/.well-known/security.txt)\n';
    expect(contacts(text, 'https://www.kettle.example/security')).toEqual(['https://www.kettle.example/.well-known/security.txt']);
    expect(contacts('## 報告窓口\n\n脆弱性を発見した場合は、以下の窓口にご連絡ください。\n\n- **`/.well-known/security.txt`**: RFC 9116 形式で公開\n'))
      .toEqual(['/.well-known/security.txt']);
    expect(contacts('You can find our contact details in https://kettle.example/.well-known/security.txt')).toEqual(['https://kettle.example/.well-known/security.txt']);
  });

  it('does not take the Canonical field of a quoted security.txt', () => {
    expect(contacts('Contact: https://hackerone.com/kettle Canonical: https://kettle.example/.well-known/security.txt', 'https://kettle.example/'))
      .toEqual(['https://hackerone.com/kettle']);
  });

  it('takes a link on a line labelled as a contact form', () => {
    expect(contacts('## Rapportering\n\nSend heller rapporten privat gjennom én av disse kanalene:\n\n- **Kontaktskjema:** [kettle.example/kontakt](https://www.kettle.example/kontakt) — velg emne som gjør det tydelig at det gjelder en sikkerhetssak.\n'))
      .toEqual(['https://www.kettle.example/kontakt']);
  });
});

describe('maintainers as the addressee', () => {
  it('takes "send a message to the maintainer" when the sentence gives no address, in several languages', () => {
    expect(contacts('Jika menemukan celah keamanan, kirim pesan ke maintainer repo secara langsung agar kami dapat memperbaikinya.'))
      .toEqual(['message to a maintainer']);
    expect(contacts('Если вы нашли уязвимость, отправьте приватный отчёт мейнтейнеру проекта, и мы ответим в течение недели.', REPO))
      .toEqual(['message to a maintainer']);
    expect(contacts('If you find a vulnerability, please contact one of the maintainers privately before going public.'))
      .toEqual(['message to a maintainer']);
  });

  it('does not take maintainers who contact the reader, other projects\' maintainers, or a lead-in to the ways to reach them', () => {
    expect(contacts('A maintainer will contact you within a week after your e-mail to security@kettle.example.')).toEqual(['mailto:security@kettle.example']);
    expect(contacts('Security bugs in third-party modules should be reported to their respective maintainers.')).toEqual([]);
    expect(contacts('Report it privately to the maintainers in one of these ways:')).toEqual([]);
  });
});

describe('the new contact patterns stay linear on 1 MiB of adversarial text', () => {
  const MIB = 1 << 20;
  const inputs = [
    'security at '.repeat(MIB / 12),
    `${'a'.repeat(MIB)} at kettle.example.com`,
    'report issue vulnerab '.repeat(MIB / 22),
    '/.well-known/security.txt '.repeat(MIB / 26),
    `https://hackerone.com/${'a'.repeat(MIB)}`,
    `Report a vulnerability ${'github '.repeat(MIB / 7)}`,
    `send to https://github.com/${'a-'.repeat(MIB / 2)}`,
    `report ${'maintainer '.repeat(MIB / 11)}`,
  ];
  it.each(inputs.map((t, i) => [i, t] as const))('input %i', (_i, text) => {
    const started = performance.now();
    extractPolicy({ body: text, url: 'policy.txt' }, { now: NOW, baseUrl: REPO });
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
