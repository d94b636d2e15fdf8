import { describe, expect, it } from 'vitest';
import { readerFor } from '../../../src/core/policy/compile-reader.ts';
import { detectPolarity } from '../../../src/core/policy/detect-polarity.ts';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { matchActivities } from '../../../src/core/policy/match-activities.ts';
import { matchReportFields } from '../../../src/core/policy/match-report-fields.ts';
import { normalizeForMatch } from '../../../src/core/policy/normalize-for-match.ts';

// Session 7 (issue 16): general rules for forbidden activities, each shown on a short sentence written for the test.

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
const ids = (text: string) => read(text).forbidden_activities.map((f) => f.id);
const forbids = (lang: string, text: string) => detectPolarity(normalizeForMatch(text), readerFor([lang, 'en'])).forbidden;
/** The document is read in `lang` and forbids one thing the taxonomy has no id for. */
function expectOnlyOther(lang: string, text: string): void {
  const result = read(text);
  expect(result.language).toBe(lang);
  expect(result.forbidden_activities.map((f) => f.id)).toEqual(['other']);
}
const fields = (lang: string, text: string) => matchReportFields(normalizeForMatch(text), readerFor([lang, 'en']));
const activities = (lang: string, text: string) => matchActivities(normalizeForMatch(text), readerFor([lang, 'en']));

describe('sentence structure', () => {
  it('starts a new sentence at a pictograph after a full stop, so "⚠️ Do not …" is read as a prohibition of its own', () => {
    const result = read('# Reporting\n\nUse the private form to reach us. ⚠️ Do not open public issues for security problems.\n');
    expect(result.forbidden_activities.map((f) => f.id)).toEqual(['public_disclosure_before_fix']);
    expect(result.forbidden_activities[0]!.quote).toBe('⚠️ Do not open public issues for security problems.');
    expect(ids('# Reporting\n\nThanks for reading. 🙂 We answer within a week.\n')).toEqual([]);
  });

  it('reads a bold line that ends in a full-width full stop as a sentence, not a heading', () => {
    expect(ids('## 漏洞报告\n\n**请不要在公开的 issue 中报告安全漏洞。**\n\n请发送邮件。\n')).toEqual(['public_disclosure_before_fix']);
    // A short bold line without sentence punctuation still names its section.
    expect(ids('**Out of scope**\n\n- Denial of service attacks\n')).toEqual(['dos']);
  });
});

describe('negation forms', () => {
  it.each([
    ['nb', 'Ingen fysisk inntrenging i bygningene våre.', true],
    ['da', 'Ingen fysiske angreb mod vores kontorer.', true],
    ['sv', 'Inga fysiska intrång i våra lokaler.', true],
    ['sv', 'Ingen automatiserad skanning av tjänsten.', true],
    ['nb', 'Ingen belønning er mulig for dette programmet.', false],
    ['da', 'Ingen dusør kan udbetales.', false],
    ['sv', 'Inga belöningar kommer att betalas ut.', false],
    ['nb', 'Vi har ingen bug bounty.', false],
  ])('a rule that opens with "no" forbids, a statement with "no" does not (%s: %s)', (lang, text, expected) => {
    expect(forbids(lang, text)).toBe(expected);
  });

  it('reads a Norwegian rule list whose item opens with "Ingen"', () => {
    expect(ids('## Regler\n\n- Ingen fysisk eller sosial manipulering av de ansatte.\n')).toEqual(['social_engineering', 'physical']);
  });
});

describe('activity words in their inflected forms', () => {
  it.each([
    ['nb', 'Ikke last ned filer som tilhører andre.'],
    ['nb', 'Ikke aksesser kundedata.'],
    ['nb', 'Ikke tilgjengeliggjør personopplysninger.'],
  ])('%s data access: %s', (lang, text) => {
    expect(activities(lang, text)).toContain('data_access_exfiltration');
  });

  it.each([
    ['uk', 'Тестуйте обережно, не порушуючи роботу сервісу.'],
    ['uk', 'Не погіршуйте роботу служби для інших.'],
    ['ru', 'Не нарушайте работу сервиса во время проверки.'],
    ['ru', 'Не ухудшайте работу сервиса.'],
  ])('%s disrupting or degrading a service is dos: %s', (lang, text) => {
    expect(activities(lang, text)).toContain('dos');
  });

  it('does not read a broken law or rule as dos (uk, ru)', () => {
    expect(activities('uk', 'Не порушуйте закон під час тестування.')).not.toContain('dos');
    expect(activities('ru', 'Не нарушайте правила программы.')).not.toContain('dos');
  });

  it.each([
    ['tr', 'Bulguyu herkese açık bir yerde paylaşmayın.'],
    ['tr', 'Güvenlik açıkları için konu açmayın.'],
  ])('%s public disclosure: %s', (lang, text) => {
    expect(activities(lang, text)).toContain('public_disclosure_before_fix');
  });
});

describe('secrets and personal data put into a report are forbidden as other', () => {
  it.each([
    ['en', '# Reporting\n\nSend us the details by e-mail. Do not include passwords or API keys of real users in your report.\n'],
    ['ko', '# 보고\n\n이메일로 알려 주세요. 보고서에 실제 비밀번호나 토큰을 포함하지 마세요.\n'],
    ['uk', '# Звіт\n\nНадішліть звіт електронною поштою. Не додавайте до звіту паролі чи токени користувачів.\n'],
    ['ru', '# Отчёт\n\nОтправьте отчёт по электронной почте. Не добавляйте в отчёт пароли или токены пользователей.\n'],
    ['tr', '# Bildirim\n\nBildirimi e-posta ile gönderin. Bildirime gerçek kullanıcıların parolalarını eklemeyin.\n'],
    ['sv', '# Rapport\n\nSkicka rapporten via e-post. Bifoga inte lösenord eller personuppgifter i rapporten.\n'],
    ['ja', '# 報告\n\nメールで報告してください。報告には実在の利用者の個人情報を絶対に含めず、架空のデータを使ってください。\n'],
    ['zh', '# 报告\n\n请通过电子邮件报告。报告中不要附上用户的密码。\n'],
    ['de', '# Meldung\n\nSchicken Sie uns die Meldung per E-Mail. Fügen Sie der Meldung keine Passwörter oder Zugangsdaten echter Nutzer bei.\n'],
    ['es', '# Reporte\n\nEnvíanos el reporte por correo. No incluyas contraseñas ni datos personales de usuarios reales en el reporte.\n'],
  ])('%s', (lang, text) => {
    expectOnlyOther(lang, text);
  });

  it('a statement about what the maintainers include is no rule', () => {
    expect(ids('# Reporting\n\nWe never include your personal data in our public advisories.\n')).toEqual([]);
  });
});

describe('going further than a demonstration needs is forbidden as other', () => {
  it.each([
    ['en', '# Testing\n\nShow us the flaw, but please do not exploit it beyond what is necessary to prove it.\n'],
    ['ja', '# テスト\n\n脆弱性の確認は慎重に行ってください。検証は必要以上に行わないでください。\n'],
    ['de', '# Tests\n\nBitte gehen Sie sorgfältig vor. Nutzen Sie die Lücke nicht mehr als nötig aus.\n'],
    ['es', '# Pruebas\n\nTrabaja con cuidado. No explotes la vulnerabilidad más allá de lo necesario para demostrarla.\n'],
    ['ru', '# Тестирование\n\nДействуйте осторожно. Не используйте уязвимость больше, чем необходимо для проверки.\n'],
    ['ko', '# 테스트\n\n주의해서 테스트해 주세요. 취약점을 필요 이상으로 악용하지 마세요.\n'],
    ['tr', '# Test\n\nDikkatli çalışın. Açığı gerekenden fazla istismar etmeyin.\n'],
    ['zh', '# 测试\n\n请谨慎测试。不要超出必要的范围利用漏洞。\n'],
  ])('%s', (lang, text) => {
    expectOnlyOther(lang, text);
  });
});

describe('report fields', () => {
  it.each([
    ['en', '## Reporting\n\nPlease contact us at security@example.org with:\n\n- A description of the flaw\n- Steps to reproduce it\n- The impact you expect\n'],
    ['nb', '## Rapportering\n\nKontakt oss på sikkerhet@example.no med:\n\n- En beskrivelse av feilen\n- Steg for å reprodusere den\n- Hvilken konsekvens den kan ha\n'],
  ])('reads a list under a contact lead-in (contact us at … with:) as what to send there (%s)', (_lang, text) => {
    expect(read(text).report_fields.map((f) => f.id)).toEqual(['description', 'impact', 'reproduction_steps']);
  });

  it('does not read a list of channels under such a lead-in as report content', () => {
    expect(read('## Reporting\n\nContact us by one of:\n\n- security@example.org\n- https://example.org/form\n').report_fields).toEqual([]);
  });
});

describe('report-field words in their inflected and compound forms', () => {
  it.each([
    ['sv', 'Reproduktionssteg för felet', 'reproduction_steps'],
    ['sv', 'Berörd fil eller sida', 'location_url'],
    ['da', 'Reproduktionstrin for fejlen', 'reproduction_steps'],
    ['da', 'Hvad du fandt', 'description'],
    ['nb', 'Reproduksjonssteg for feilen', 'reproduction_steps'],
    ['ko', '영향 받는 컴포넌트', 'location_url'],
    ['ko', '영향을 받는 interface', 'location_url'],
    ['ko', '취약점의 종류', 'description'],
    ['ru', 'Ожидаемое воздействие', 'impact'],
    ['ru', 'Что может получить злоумышленник', 'impact'],
    ['uk', 'Що може піти не так', 'impact'],
    ['uk', 'Сценарій атаки', 'impact'],
    ['uk', 'Що може отримати зловмисник', 'impact'],
    ['ja', '攻撃者が何を得るのか', 'impact'],
    ['zh', '描述攻击场景', 'impact'],
    ['ko', '공격 시나리오', 'impact'],
    ['tr', 'Saldırı senaryosu', 'impact'],
    ['en', 'What could go wrong', 'impact'],
  ])('%s: %s', (lang, text, id) => {
    expect(fields(lang, text)).toContain(id);
  });

  it('reads a Danish "Skriv …" (write) sentence under a reporting heading as a request', () => {
    expect(read('## Rapportering\n\nSkriv hvad du fandt, og hvad konsekvensen er.\n').report_fields.map((f) => f.id)).toEqual(['description', 'impact']);
  });

  it('reads a Korean "포함하세요" (please include) lead-in as report content, and an affected version as environment only', () => {
    const result = read('## 보고\n\n평가에 필요한 정보만 포함하세요.\n\n- 영향받는 버전\n- 기대한 동작과 실제 동작\n- 알고 있다면 제안하는 완화 방법\n');
    expect(result.report_fields.map((f) => f.id)).toEqual(['environment', 'other']);
  });

  it('reads the items under a "What to include" heading as report content, those that name no field as other', () => {
    const result = read('## Reporting a vulnerability\n\n### What to include\n\n- Logs you collected\n- A suggested fix, if any\n- Steps to reproduce\n');
    expect(result.report_fields.map((f) => f.id)).toEqual(['reproduction_steps', 'other']);
  });
});

describe('testing with accounts of others, or for personal gain, is forbidden as other', () => {
  it.each([
    ['id', '# Aturan\n\nLakukan pengujian dengan hati-hati. Pengujian hanya menggunakan akun sendiri.\n'],
    ['id', '# Aturan\n\nLakukan pengujian dengan hati-hati. Anda tidak boleh memakai celah untuk kepentingan pribadi.\n'],
    ['es', '# Reglas\n\nTrabaja con cuidado. No uses cuentas ajenas durante las pruebas.\n'],
    ['ru', '# Правила\n\nДействуйте осторожно. Тестируйте только на собственных учётных записях.\n'],
    ['tr', '# Kurallar\n\nDikkatli çalışın. Testleri yalnızca kendi hesaplarınızla yapın.\n'],
    ['ja', '# ルール\n\n慎重にテストしてください。ご自身のアカウント以外でテストしないでください。\n'],
    ['zh', '# 规则\n\n请谨慎测试。不要利用漏洞谋取私利。\n'],
    ['de', '# Regeln\n\nBitte testen Sie sorgfältig. Testen Sie nicht mit anderen als eigenen Konten.\n'],
  ])('%s', (lang, text) => {
    expectOnlyOther(lang, text);
  });
});

describe('out-of-scope items that name an attempt', () => {
  it('reads a Turkish out-of-scope item "… yönelik girişimler" (attempts against …) as an activity', () => {
    expect(ids('## Kapsam dışı\n\n- Fiziksel güvenlik: binalarımıza yönelik fiziksel girişimler.\n- Eski tarayıcılardan kaynaklanan sorunlar.\n')).toEqual(['physical']);
  });
});
