import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
const forbidden = (text: string) => read(text).forbidden_activities.map((f) => f.id);

describe('prohibition lists read from their lead-in', () => {
  it('reads "What we do not want:" as a prohibition lead-in, and an item naming no known activity as other', () => {
    expect(forbidden([
      '# Security', '', 'Send reports to the maintainers by e-mail; we answer every message within a week.', '',
      '**What we do NOT want:**', '- Attacks on real customers', '- Phishing our volunteers', '- Brute-forcing the login page',
    ].join('\n'))).toEqual(['phishing', 'brute_force', 'other']);
  });

  it('reads the Swedish "Vad vi inte vill:" the same way', () => {
    expect(forbidden([
      '# Säkerhet', '', 'Skicka rapporter till oss via e-post, så svarar vi så snart vi kan under vanliga arbetsdagar.', '',
      'Vad vi inte vill:', '- Nätfiske mot våra anställda', '- Angrepp mot riktiga kunder',
    ].join('\n'))).toEqual(['phishing', 'other']);
  });

  it('does not make the sub-items of one prohibition rules of their own', () => {
    expect(forbidden([
      '# Tips', '', 'Here is what to do with a strange message that you receive from someone you do not know at all.', '',
      'You must not:', '- Open the attachments of a phishing mail', '  - Even a preview can start a harmful script',
    ].join('\n'))).toEqual(['phishing']);
  });
});

describe('negation words that are only a prefix', () => {
  it('does not read the German or Dutch "nicht-"/"niet-" prefix as a prohibition', () => {
    expect(forbidden('Auch nicht-kritische Denial-of-Service-Schwachstellen sind willkommen.')).toEqual([]);
    expect(forbidden('Ook niet-kritieke denial-of-service kwetsbaarheden zijn welkom.')).toEqual([]);
    expect(forbidden('Führen Sie nicht-autorisierte Denial-of-Service-Tests nicht durch.')).toEqual(['dos']);
  });
});

describe('what a report should hold is no rule', () => {
  it('does not read "only" in an item of a "please include:" list as another forbidden activity', () => {
    const result = read([
      '# Політика безпеки', '', '## Повідомлення про вразливості', '',
      'Якщо ви знайшли вразливість, надішліть нам листа на адресу security@example.org із зазначенням:', '',
      '- опису проблеми;', '- кроків для відтворення лише на тестових даних;', '- версії застосунку.',
    ].join('\n'));
    expect(result.forbidden_activities).toEqual([]);
    expect(result.report_fields.map((f) => f.id)).toContain('reproduction_steps');
  });
});

describe('personal data named without an act of access', () => {
  it.each([
    'Dela inte personuppgifter i klartext när du skickar rapporten.',
    'Nie przesyłaj danych osobowych w treści zgłoszenia.',
    'Не додавайте конфіденційні відомості до публічного звіту.',
    '보고서에 개인정보를 포함하지 마십시오.',
  ])('%s', (sentence) => {
    expect(forbidden(sentence)).not.toContain('data_access_exfiltration');
  });

  it('still reads taking personal data as data access', () => {
    expect(forbidden('Nie pobieraj danych osobowych innych użytkowników.')).toContain('data_access_exfiltration');
    expect(forbidden('Ladda inte ner personuppgifter om andra användare.')).toContain('data_access_exfiltration');
    expect(forbidden('Du skal ikke laste ned kundeopplysninger fra systemene våre.')).toContain('data_access_exfiltration');
  });
});

describe('Chinese, Japanese and Korean rules', () => {
  it('reads "仅测试" (test only …) as a restriction, like "only test"', () => {
    expect(forbidden('# 安全策略\n\n## 测试规则\n\n- 仅测试最新发布的版本\n- 请通过邮件提交报告\n')).toEqual(['other']);
  });

  it('does not read privacy named as a kind of finding as data access', () => {
    expect(forbidden('请不要在公开渠道披露隐私泄露类漏洞的任何细节。')).toEqual(['public_disclosure_before_fix']);
    expect(forbidden('プライバシーに関する脆弱性の詳細を公開しないでください。')).toEqual(['public_disclosure_before_fix']);
    expect(forbidden('请勿侵犯任何人的隐私，也不要以任何方式干扰服务的正常使用。')).toContain('data_access_exfiltration');
  });
});

describe('Dutch data access and promises in a rules list', () => {
  it('reads "gegevens verkrijgen" and "toegang tot gegevens" as data access', () => {
    expect(forbidden('Misbruik een kwetsbaarheid niet om gegevens van klanten te verkrijgen.')).toContain('data_access_exfiltration');
    expect(forbidden('Verschaf jezelf geen toegang tot gegevens van andere gebruikers.')).toContain('data_access_exfiltration');
  });

  it('does not read a promise of no legal action in a rules list as another forbidden activity', () => {
    expect(forbidden([
      '# Beveiligingsbeleid', '', '## Regels', '',
      '- Geen juridische stappen: wij ondernemen geen juridische stappen tegen onderzoekers die zich aan deze regels houden.',
      '- Voer geen denial-of-service aanvallen uit.',
    ].join('\n'))).toEqual(['dos']);
  });
});

describe('a scope table with an out-of-scope column', () => {
  it('reads an activity in the out-of-scope cell as forbidden, a finding class there as not', () => {
    expect(forbidden([
      '# Security', '', '## Scope', '',
      '| In scope | Out of scope |', '| --- | --- |',
      '| The web shop (shop.example) | Denial-of-service attacks |', '| The public API | Missing security headers on static pages |',
    ].join('\n'))).toEqual(['dos']);
  });

  it('reads French attack names in that column', () => {
    expect(forbidden([
      '# Politique de sécurité', '', '## Périmètre', '',
      '| Dans le périmètre | Hors périmètre |', '| --- | --- |',
      '| La boutique en ligne | Attaques par déni de service |', '| Le site vitrine | Ingénierie sociale |',
    ].join('\n'))).toEqual(['dos', 'social_engineering']);
  });
});

describe('prohibitions after a dash, and German compounds', () => {
  it('reads "– no …" after a dash as a prohibition', () => {
    expect(forbidden('## Rules\n\n- Be kind – no social engineering or physical attacks.\n')).toEqual(['social_engineering', 'physical']);
  });

  it('reads "Datenvernichtung" and "Datenschutzverletzungen" as activities', () => {
    expect(forbidden('Bitte vermeiden Sie jede Datenvernichtung.')).toEqual(['data_destruction_modification']);
    expect(forbidden('Bitte vermeiden Sie Datenschutzverletzungen bei Ihren Tests.')).toEqual(['data_access_exfiltration']);
  });
});

describe('Japanese report lists', () => {
  const fields = (text: string) => read(text).report_fields.map((f) => f.id);
  it('reads "次を書き添えてください" as a report-content lead-in, and "分かる範囲で" as no scope', () => {
    expect(fields([
      '# セキュリティポリシー', '', '## 脆弱性の報告', '',
      '見つけた問題は非公開で報告してください。分かっている範囲で、次を書き添えてください。', '',
      '- 利用しているアプリのバージョン', '- 再現手順', '- 想定される影響',
    ].join('\n'))).toEqual(['impact', 'reproduction_steps', 'environment']);
  });

  it('reads an affected commit as the environment', () => {
    expect(fields('報告の際は、問題のあるコミットと再現手順を含めてください。')).toEqual(['reproduction_steps', 'environment']);
  });
});

describe('Portuguese report requests', () => {
  const fields = (text: string) => read(text).report_fields.map((f) => f.id);
  it('reads "Informe …" and "Oferecer …" as requests, and "onde ela ocorre" as the location', () => {
    expect(fields('Informe o sistema afetado e os passos para reproduzir o problema.')).toEqual(['location_url', 'reproduction_steps']);
    expect(fields('Oferecer uma lista das etapas necessárias para reproduzir a falha.')).toEqual(['reproduction_steps']);
    expect(fields('Descreva a falha e onde ela ocorre no aplicativo.')).toEqual(['description', 'location_url']);
  });
});

describe('Chinese report lists', () => {
  it('reads "请尽量包含：" as a report-content lead-in, an item naming no field there as other', () => {
    expect(read([
      '# 安全政策', '', '## 如何报告', '', '为了更快处理，请尽量包含：', '',
      '- 问题的危害', '- 复现步骤', '- 修复建议（如有）', '- 你期望的公开日期（如有）',
    ].join('\n')).report_fields.map((f) => f.id)).toEqual(['impact', 'reproduction_steps', 'other']);
  });
});

describe('Scandinavian "not considered vulnerabilities" lead-ins', () => {
  it.each([
    ['nb', 'Følgende anses ikke som sikkerhetssårbarheter:', '- Nettfisking av ansatte', '- Fysisk tilgang til kontorene våre'],
    ['sv', 'Följande anses inte som säkerhetsbrister:', '- Nätfiske mot anställda', '- Fysisk åtkomst till våra kontor'],
  ])('%s: the items are ineligible findings, not forbidden activities', (_lang, lead, ...items) => {
    const result = read(['# Sikkerhet / Säkerhet', '', '## Utenfor omfang / Utanför omfattningen', '', lead, '', ...items].join('\n'));
    expect(result.forbidden_activities).toEqual([]);
    expect(result.ineligible?.flatMap((i) => i.ids ?? [])).toEqual(['phishing', 'physical']);
  });
});

describe('the name of a disclosure policy', () => {
  it('is no public disclosure; testing outside the scope is another forbidden activity', () => {
    expect(forbidden('- Do not test anything outside the scope of our disclosure program.')).toEqual(['other']);
  });
});

describe('Indonesian denial of service', () => {
  it('reads "penyangkalan layanan" as well as "penolakan layanan"', () => {
    expect(forbidden('Jangan melakukan serangan penyangkalan layanan terhadap server kami.')).toEqual(['dos']);
  });
});
