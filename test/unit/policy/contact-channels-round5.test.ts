// Contact rules of issue 16's fifth contact round (session 9), on invented sentences: addresses written out with
// each language's words for "@" and "." without brackets, GitHub's private reporting named in more languages, the
// maintainers or the repository's owner as addressee in the case that marks it (on either side of the verb), chat
// services named in prose, GitHub Discussions by name, a repository's advisories page and form as one channel, and
// links or addresses given for something else (privacy requests, sales).
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const REPO = 'https://github.com/kettle-org/kettle/blob/main/SECURITY.md';
const FORM = 'https://github.com/kettle-org/kettle/security/advisories/new';
const contacts = (text: string, baseUrl?: string) =>
  extractPolicy({ body: text, url: 'policy.md' }, { now: NOW, baseUrl }).contacts.map((c) => c.value);

describe('addresses written out with the words for "@" and "."', () => {
  it('are read without brackets in any pack\'s words when the sentence asks to write', () => {
    expect(contacts('Si encuentras un fallo de seguridad, envía tu informe a seguridad arroba kettle punto es y te responderemos pronto.'))
      .toEqual(['mailto:seguridad@kettle.es']);
    expect(contacts('Если вы нашли уязвимость, пишите на security собака kettle точка ru, и мы ответим в течение недели.'))
      .toEqual(['mailto:security@kettle.ru']);
    expect(contacts('Hvis du finner en sårbarhet, send rapporten til sikkerhet (at) kettle (prikk) no så svarer vi raskt.'))
      .toEqual(['mailto:sikkerhet@kettle.no']);
    expect(contacts('脆弱性を発見した場合は、security（アット）kettle（ドット）jp までご連絡ください。'))
      .toEqual(['mailto:security@kettle.jp']);
    expect(contacts('Если вы нашли уязвимость, пишите на security [собачка] kettle [точка] ru, и мы ответим.'))
      .toEqual(['mailto:security@kettle.ru']);
  });

  it('does not make a mailbox of a pronoun, or of a word glued to a letter outside ASCII', () => {
    expect(contacts('If you cannot reach them at noon dot com hours, report it again later.')).toEqual([]);
    expect(contacts('Envoyez le rapport à l\'équipe at kettle point de vente de votre région.')).toEqual([]);
  });
});

describe("GitHub's private reporting named in more languages", () => {
  it('reads the Polish locative "w zakładce Security" and the Chinese "Security 页面" with the quoted button', () => {
    expect(contacts('Jeśli znajdziesz podatność w naszym projekcie, zgłoś ją w zakładce Security tego repozytorium, a odpowiemy w ciągu tygodnia.', REPO))
      .toEqual([FORM]);
    expect(contacts('如果您发现了安全漏洞，请在本仓库的 Security 页面点击“报告漏洞”提交，我们会尽快回复。', REPO)).toEqual([FORM]);
  });
});

describe('the maintainers or the repository owner as the addressee', () => {
  it('is a channel before the verb in verb-final languages, not as the subject or under a negation after the verb', () => {
    expect(contacts('脆弱性を見つけた場合は、公開 issue を作らずにメンテナへ非公開で報告してください。')).toEqual(['message to a maintainer']);
    expect(contacts('취약점을 발견하면 공개 이슈 대신 메인테이너에게 비공개로 알려 주세요.')).toEqual(['message to a maintainer']);
    expect(contacts('Güvenlik açığı bulursanız herkese açık bir kayıt yerine doğrudan depo sahibine bildirin.')).toEqual(['message to the repository owner']);
    // Not when the maintainers are the subject, or the verb is negated after them.
    expect(contacts('メンテナが報告内容を確認し、修正版を公開します。')).toEqual([]);
    expect(contacts('脆弱性の詳細を公開の場でメンテナへ報告しないでください。')).toEqual([]);
    expect(contacts('The repository owner will reply to your report within a week.')).toEqual([]);
    expect(contacts('Мейнтейнеры ответят на ваше сообщение в течение недели.')).toEqual([]);
  });

  it('is the repository owner in the dative or with a preposition, in the other languages', () => {
    for (const t of [
      'Повідомляйте про підозрювані вразливості приватно власникам репозиторію.',
      'Если вы нашли уязвимость, сообщите о ней напрямую владельцу репозитория.',
      'Si encuentras una vulnerabilidad, infórmala en privado al propietario del repositorio.',
      'Se encontrar uma vulnerabilidade, relate-a de forma privada ao dono do repositório.',
      'Jeśli znajdziesz podatność, zgłoś ją prywatnie do właściciela repozytorium.',
      'Om du hittar en sårbarhet, rapportera den privat till repots ägare.',
      'Hvis du finner en sårbarhet, rapporter den privat til eieren av repoet.',
      'Hvis du finder en sårbarhed, så rapportér den privat til ejeren af repositoriet.',
      'Jos löydät haavoittuvuuden, ilmoita siitä yksityisesti repositorion omistajalle.',
      'Jika Anda menemukan kerentanan, laporkan secara pribadi kepada pemilik repositori.',
      'Als je een kwetsbaarheid vindt, meld die dan vertrouwelijk aan de eigenaar van de repository.',
      '如果发现安全漏洞，请私下联系仓库所有者。',
      'If you find a vulnerability, please report it privately to the repository owner.',
    ]) expect(contacts(t)).toEqual(['message to the repository owner']);
    expect(contacts('Wenn Sie eine Schwachstelle finden, melden Sie sie bitte vertraulich an die Betreuer des Projekts.')).toEqual(['message to a maintainer']);
    expect(contacts('Pokud najdete zranitelnost, nahlaste ji prosím soukromě správcům projektu.')).toEqual(['message to a maintainer']);
    expect(contacts('If you find a vulnerability, message a maintainer directly.')).toEqual(['message to a maintainer']);
  });
});

describe('chat services named in prose', () => {
  it('are channels after or before a reporting verb in the same clause, with the account when one follows', () => {
    expect(contacts('Security concerns can be reported to us through the Intercom support button in the app, or by e-mail to security@kettle.example.'))
      .toEqual(['mailto:security@kettle.example', 'Intercom']);
    expect(contacts('You can also reach the core team on Telegram (@kettle_core) to report urgent issues.')).toEqual(['Telegram @kettle_core']);
    expect(contacts('Se non potete usare l\'e-mail, potete contattare i membri del team su Discord e apriremo un canale privato.')).toEqual(['Discord']);
    expect(contacts('Alternativ können Sie uns die Sicherheitslücke auch über Signal melden.')).toEqual(['Signal']);
    expect(contacts('Ви також можете повідомити нам про проблему безпеки через [Discord](https://discord.gg/kettle) або Telegram.'))
      .toEqual(['https://discord.gg/kettle', 'Telegram']);
    expect(contacts('緊急の場合は Discord でメンテナに連絡してください。')).toEqual(['Discord']);
    expect(contacts('급한 보안 문제는 카카오톡으로 연락해 주세요.')).toEqual(['카카오톡']);
    // Not in a community footer, a prohibition, another clause, or for general questions.
    expect(contacts('Join our community on Discord and follow us on Telegram for news.')).toEqual([]);
    expect(contacts('Report security issues by e-mail and not on Discord or Slack.')).toEqual([]);
    expect(contacts('Please do not report vulnerabilities on Discord, Slack or any public chat.')).toEqual([]);
    expect(contacts('脆弱性を Discord で報告しないでください。')).toEqual([]);
    expect(contacts('For general questions, contact us on Discord.')).toEqual([]);
    expect(contacts('Report the issue by e-mail to security@kettle.example. Our community chats on Discord.')).toEqual(['mailto:security@kettle.example']);
    expect(contacts('Non-security bugs can be reported on Discord.')).toEqual([]);
  });
});

describe('GitHub Discussions named in prose', () => {
  it("is the repository's discussions after a reporting verb", () => {
    expect(contacts('For security questions you can also contact us through GitHub Discussions.', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/discussions']);
    expect(contacts('Per domande sulla sicurezza puoi contattarci tramite GitHub Discussions.', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/discussions']);
    // Not when the sentence forbids it, or outside a repository.
    expect(contacts('Please do not report vulnerabilities in GitHub Discussions.', REPO)).toEqual([]);
    expect(contacts('For security questions you can also contact us through GitHub Discussions.')).toEqual([]);
  });
});

describe("a repository's advisories page and its form", () => {
  it('are one channel when the text links both', () => {
    const text = '## Reporting\n\nUse private reporting: https://github.com/kettle-org/kettle/security/advisories/new\n\n'
      + '## Contact\n\n- GitHub Security Advisory: https://github.com/kettle-org/kettle/security/advisories\n';
    expect(contacts(text, REPO)).toEqual([FORM]);
  });
});

describe('reporting verbs in more forms', () => {
  it('reads Spanish verbs with a clitic pronoun and German "für Meldungen"', () => {
    expect(contacts('Si encuentras un problema, puedes reportarlo a través del [formulario de contacto](https://www.kettle.example/contacto).'))
      .toEqual(['https://www.kettle.example/contacto']);
    expect(contacts('Für Meldungen nutzen Sie bitte unser [Kontaktformular](https://www.kettle.example/kontakt) auf der Webseite.'))
      .toEqual(['https://www.kettle.example/kontakt']);
  });
});

describe('addresses and links for something else', () => {
  it('are no channels for privacy requests', () => {
    expect(contacts('Privacy requests about your account go to privacy@kettle.example.')).toEqual([]);
    expect(contacts('Datenschutzanfragen richten Sie bitte an datenschutz@kettle.example.')).toEqual([]);
    expect(contacts('Para solicitudes de privacidad, escriba a privacidad@kettle.example.')).toEqual([]);
    expect(contacts('Report security or privacy vulnerabilities to privacy@kettle.example.')).toEqual(['mailto:privacy@kettle.example']);
  });

  it('are no channels as a contact form for sales', () => {
    expect(contacts('For sales, use our [contact form](https://www.kettle.example/contact).')).toEqual([]);
    expect(contacts('To report a vulnerability, use our [contact form](https://www.kettle.example/contact).')).toEqual(['https://www.kettle.example/contact']);
  });
});

describe('the new contact patterns stay linear on 1 MiB of adversarial text', () => {
  const MIB = 1 << 20;
  const inputs = [
    'a arroba '.repeat(MIB / 9),
    `report ${'x punto '.repeat(MIB / 8)}`,
    `report ${'Discord '.repeat(MIB / 8)}`,
    `report ${'Telegram @'.repeat(MIB / 10)}`,
    `${'メンテナへ'.repeat(MIB / 5)}報告`,
    `report ${'github discussions '.repeat(MIB / 19)}`,
  ];
  it.each(inputs.map((t, i) => [i, t] as const))('input %i', (_i, text) => {
    const started = performance.now();
    extractPolicy({ body: text, url: 'policy.txt' }, { now: NOW, baseUrl: REPO });
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
