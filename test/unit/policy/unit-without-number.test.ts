import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

// Texts written for these tests.
const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string, baseUrl?: string) => extractPolicy({ body: text, url: 'SECURITY.md' }, { now: NOW, ...(baseUrl ? { baseUrl } : {}) });

describe('timelines: a unit with no number, a fix published, a disclosure named with its window', () => {
  it('reads a unit written without a number as one of it (fi, ru, pl, zh)', () => {
    expect(read('Vastaamme viikon sisällä ilmoituksesi vastaanottamisesta. Korjaus julkaistaan mahdollisimman pian.').response_sla_days).toBe(7);
    expect(read('Мы ответим в течение недели после получения сообщения об уязвимости.').response_sla_days).toBe(7);
    expect(read('Odpowiemy w ciągu tygodnia od otrzymania zgłoszenia o podatności.').response_sla_days).toBe(7);
    expect(read('我们会在当天回复您的漏洞报告，并尽快修复问题。').response_sla_days).toBe(1);
    // A number still wins where one is written.
    expect(read('Мы ответим в течение 3 дней после получения сообщения об уязвимости.').response_sla_days).toBe(3);
  });

  it('does not read a patch release in Chinese (object before the verb) as a disclosure window', () => {
    const text = [
      '# 安全策略',
      '',
      '我们会在 3 个工作日内确认收到您的报告。',
      '',
      '严重漏洞的补丁发布在 14 天内完成。',
    ].join('\n');
    expect(read(text).response_sla_days).toBe(3);
    expect(read(text).disclosure_days).toBeNull();
  });

  it('reads "coordinated disclosure within 90 days" as a disclosure window', () => {
    expect(read('We aim to complete remediation and coordinated disclosure within 90 days of the first report.').disclosure_days).toBe(90);
  });

  it('reads acknowledgement and triage words of tr and pl', () => {
    expect(read('Güvenlik açığı raporunuzun ilk teyidi 48 saat içinde yapılır ve size bilgi verilir.').response_sla_days).toBe(2);
    expect(read('Zespół przeanalizuje zgłoszenie podatności w ciągu 48 godzin od jego otrzymania.').response_sla_days).toBe(2);
  });
});

describe('bounty: no programme, in cs, it and zh', () => {
  it.each([
    ['V současné době nemáme program odměn za nalezené chyby, ale vaší pomoci si vážíme.'],
    ['Nessun bug bounty: non sono previsti premi in denaro per le segnalazioni.'],
    ['我们目前不提供漏洞赏金计划，但会在公告中致谢。'],
  ])('%s', (text) => {
    expect(read(text).bounty).toBe(false);
  });
});

describe('contacts: lists of ways to report, GitHub private reporting named in prose', () => {
  it('takes a labelled link of a list under a reporting heading, but not the feeds of a contact list', () => {
    expect(read([
      '# セキュリティポリシー',
      '',
      '脆弱性を発見された場合は、以下の連絡先までご報告ください。',
      '',
      '## 報告方法',
      '',
      '- **ウェブサイト：** [kettle.example](https://kettle.example)',
    ].join('\n')).contacts.map((c) => c.value)).toEqual(['https://kettle.example']);
    expect(read([
      '# Security',
      '',
      'Report vulnerabilities to security@kettle.example.',
      '',
      '## Contact',
      '',
      '- **YouTube**: [Watch our channel](https://www.youtube.com/@kettle)',
      '- **Website**: [kettle.example](https://kettle.example)',
    ].join('\n')).contacts.map((c) => c.value)).toEqual(['mailto:security@kettle.example']);
  });

  it('takes private reporting the text tells the reader to use, under a reporting heading (tr, de)', () => {
    const repo = 'https://github.com/fener/fener/blob/main/SECURITY.tr.md';
    expect(read([
      '# Güvenlik politikası',
      '',
      '## Özel olarak bildirin',
      '',
      'Bu deponun güvenlik sekmesindeki GitHub özel güvenlik açığı bildirimini kullanın.',
    ].join('\n'), repo).contacts.map((c) => c.value)).toEqual(['https://github.com/fener/fener/security/advisories/new']);
    expect(read('Du kannst auch einen privaten Schwachstellen-Report in diesem Repository erstellen, wenn du eine Sicherheitslücke findest.',
      'https://github.com/laterne/laterne/blob/main/SECURITY.md').contacts.map((c) => c.value))
      .toEqual(['https://github.com/laterne/laterne/security/advisories/new']);
  });

  it('does not add GitHub private reporting without a repository when the text links an advisories page', () => {
    expect(read([
      '# Polityka bezpieczeństwa',
      '',
      'Zgłoś podatność prywatnie przez formularz GitHub:',
      '**[Report a vulnerability](https://github.com/latarnia/latarnia/security/advisories/new)**',
      '(zakładka „Security” w repozytorium).',
    ].join('\n')).contacts.map((c) => c.value)).toEqual(['https://github.com/latarnia/latarnia/security/advisories/new']);
  });
});
