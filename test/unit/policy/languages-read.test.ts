import { describe, expect, it } from 'vitest';
import { formatPolicy } from '../../../src/cli/commands/policy.ts';
import { readerFor } from '../../../src/core/policy/compile-reader.ts';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { findDurations } from '../../../src/core/policy/find-durations.ts';
import { PolicyResultSchema } from '../../../src/core/schemas/policy-result.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string, baseUrl?: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW, ...(baseUrl ? { baseUrl } : {}) });
const forbidden = (text: string) => read(text).forbidden_activities.map((f) => f.id);

// Sentences written for these tests, one short policy per language.
describe('a lead-in or heading sets the polarity of the items under it', () => {
  it.each([
    ['en', 'While testing you must not:\n\n- run denial of service attacks\n- use automated scanners\n'],
    ['en', 'When testing, you must not:\n\n- run denial of service attacks\n- use automated scanners\n'],
    ['en', 'Please refrain from:\n\n- denial of service attacks\n- automated scanning of our systems\n'],
    ['en', '## What NOT to do\n\n- Denial of service attacks\n- Automated scanning\n'],
    ['pt', '## Condutas Não Permitidas\n\n- Ataques de negação de serviço contra os nossos servidores\n- Varredura automatizada dos nossos sistemas\n'],
    ['es', 'No está permitido:\n\n- Ataques de denegación de servicio contra nuestros servidores\n- Escaneo automatizado de nuestros sistemas\n'],
    ['it', 'Non è consentito:\n\n- Attacchi di negazione del servizio contro i nostri server\n- Scansione automatizzata dei nostri sistemi\n'],
    ['ja', '## 禁止事項\n\n- サービス拒否攻撃\n- 自動スキャンツールの使用\n'],
    ['pl', 'Zabronione są następujące działania:\n\n- ataki typu odmowa usługi na nasze serwery\n- automatyczne skanowanie naszych systemów\n'],
    ['de', 'Folgendes ist nicht gestattet:\n\n- Denial-of-Service-Angriffe auf unsere Server\n- Automatisierte Scans unserer Systeme\n'],
  ])('%s: %j', (_lang, text) => {
    expect(forbidden(text)).toEqual(expect.arrayContaining(['dos', 'automated_scanning']));
  });

  it('a lead-in naming a consequence or a missing permission makes its items prohibitions; a Turkish İ is an i', () => {
    expect(forbidden('- Hazardous testing without explicit authorization will lead to disqualification. This includes:\n  - Denial of service attacks\n  - Attacks against physical facilities\n'))
      .toEqual(expect.arrayContaining(['dos', 'physical']));
    expect(forbidden('Aşağıdaki aksiyonlar:\n\n- İzin verilenler\n  - Zararsız komutlar\n- İzin verilmeyenler\n  - Dosya silinmesi, düzenlenmesi\n'))
      .toContain('data_destruction_modification');
  });

  it('the conditions of a safe-harbor promise are prohibitions', () => {
    const r = read('We will not take legal action against you if you do not access customer data or run denial of service attacks.');
    expect(r.forbidden_activities.map((f) => f.id)).toEqual(expect.arrayContaining(['dos', 'data_access_exfiltration']));
    expect(r.forbidden_activities.map((f) => f.id)).not.toContain('other');
  });

  it('"do not report" and "not eligible" lists stay ineligible, not forbidden', () => {
    const r = read('The following findings are not eligible:\n\n- Denial of service vulnerabilities\n- Reports from automated scanners\n');
    expect(r.forbidden_activities).toEqual([]);
    expect((r.ineligible ?? []).length).toBe(2);
  });
});

describe('prohibitions in each pack', () => {
  it.each([
    ['es', 'No realice ataques de denegación de servicio contra nuestros sistemas.', 'dos'],
    ['it', 'Non effettuare attacchi di phishing contro i nostri dipendenti.', 'phishing'],
    ['pt', 'É proibido utilizar ferramentas de varredura automatizada.', 'automated_scanning'],
    ['pl', 'Nie wolno przeprowadzać ataków socjotechnicznych ani stosować inżynierii społecznej wobec pracowników.', 'social_engineering'],
    ['cs', 'Je zakázáno provádět útoky typu odepření služby.', 'dos'],
    ['sv', 'Det är förbjudet att använda automatiserade skanningsverktyg.', 'automated_scanning'],
    ['nb', 'Det er forbudt å utføre tjenestenektangrep mot våre systemer.', 'dos'],
    ['da', 'Det er forbudt at udføre overbelastningsangreb mod vores systemer.', 'dos'],
    ['fi', 'Palvelunestohyökkäykset ovat kiellettyjä kaikissa järjestelmissämme.', 'dos'],
    ['zh', '禁止进行拒绝服务攻击，也不得访问其他用户的数据。', 'dos'],
    ['ko', '서비스 거부 공격을 수행하는 것은 금지되어 있습니다.', 'dos'],
    ['id', 'Dilarang melakukan serangan penolakan layanan terhadap sistem kami.', 'dos'],
    ['ru', 'Запрещается проводить атаки типа отказ в обслуживании на наши системы.', 'dos'],
    ['uk', 'Заборонено проводити атаки на відмову в обслуговуванні наших систем.', 'dos'],
    ['tr', 'Sistemlerimize karşı hizmet reddi saldırıları yapmak kesinlikle yasaktır.', 'dos'],
  ])('%s: %s', (_lang, text, id) => {
    expect(forbidden(`${text}\n\n${text}`)).toContain(id);
  });
});

describe('time expressions in every pack', () => {
  it.each([
    ['en', 'within 48 hours', 2], ['en', 'within 3 business days', 3], ['en', 'within two weeks', 14],
    ['de', 'innerhalb von drei werktagen', 3], ['nl', 'binnen twee weken', 14], ['fr', 'sous 72 heures', 3],
    ['es', 'en un plazo de 5 días hábiles', 5], ['it', 'entro tre giorni lavorativi', 3], ['pt', 'em até 3 dias úteis', 3],
    ['pl', 'w ciągu trzech dni roboczych', 3], ['cs', 'do tří pracovních dnů', 3], ['sv', 'inom två veckor', 14],
    ['nb', 'innen tre virkedager', 3], ['da', 'inden for to uger', 14], ['fi', 'kolmen arkipäivän kuluessa', 3],
    ['ja', '3営業日以内に返信します', 3], ['zh', '我们将在三个工作日内确认', 3], ['ko', '영업일 기준 3일 이내', 3],
    ['id', 'dalam waktu tiga hari kerja', 3], ['ru', 'в течение трёх рабочих дней', 3], ['uk', 'протягом двох тижнів', 14],
    ['tr', 'üç iş günü içinde', 3],
  ])('%s: %s → %d days', (lang, text, days) => {
    expect(findDurations(text, readerFor([lang]))[0]?.days).toBe(days);
  });

  it('keeps acknowledgement and disclosure apart; a fix-target table is not a disclosure window', () => {
    const r = read([
      '## Response times', '', 'We will acknowledge your report within 48 hours.', '',
      '## Fix targets', '', '| Severity | Fix within |', '|---|---|', '| Critical | 7 days |', '| High | 30 days |', '',
      '## Disclosure', '', 'Please do not publish details until 90 days have passed.',
    ].join('\n'));
    expect([r.response_sla_days, r.disclosure_days]).toEqual([2, 90]);
  });

  it('reads a Japanese policy\'s timelines', () => {
    const r = read('## 報告について\n\n報告を受け取ってから3営業日以内に返信いたします。\n\n修正が完了するまで、脆弱性の詳細を公開しないでください。90日後に公開する場合があります。\n');
    expect(r.language).toBe('ja');
    expect(r.response_sla_days).toBe(3);
  });
});

describe('key validity stated in prose', () => {
  it.each([
    ['This is our PGP key 0x1234ABCD which is valid until March 08, 2017.', '2017-03-08'],
    ['Unser PGP-Schlüssel (0x1234ABCD) ist gültig bis 08.03.2017.', '2017-03-08'],
    ['Nasz klucz PGP 0x1234ABCD jest ważny do 8 marca 2017.', '2017-03-08'],
    ['PGP 公開鍵 0x1234ABCD 有効期限：2017年3月8日', '2017-03-08'],
  ])('%s', (text, date) => {
    const key = read(`${text}\n`).pgp[0];
    expect(key?.valid_until).toBe(date);
    expect(key?.expired).toBe(true);
  });
});

describe('honest gaps', () => {
  const hungarian = [
    '# Biztonsági irányelvek', '',
    'Kérjük, ne hajtson végre szolgáltatásmegtagadásos támadásokat, és ne férjen hozzá más felhasználók adataihoz. ',
    'A jelentésnek tartalmaznia kell a sérülékenység leírását és a reprodukálás lépéseit. Három munkanapon belül válaszolunk.',
  ].join('\n');

  it('a document in a language with no pack: language named, language_supported false, rules not read', () => {
    const r = read(hungarian);
    expect(PolicyResultSchema.safeParse(r).success).toBe(true);
    expect(r.language).toBe('hu');
    expect(r.language_supported).toBe(false);
    expect(r.unread_sections).toEqual([{ language: 'hu', heading: 'Biztonsági irányelvek' }]);
    const text = formatPolicy({ ...r, source: { url: 'https://example.test/security', found_by: 'file', status: null, format: 'markdown' } });
    expect(text).toContain('Rules not read  Hungarian is not supported yet (read it yourself: https://example.test/security)');
    expect(text).not.toMatch(/names no forbidden/);
  });

  it('a mixed document: the English part is read, the Hungarian section is listed as not read', () => {
    const en = '# Rules\n\nDo not run denial of service attacks against our systems. Do not access data that belongs to other users of the service. Please report what you find to us first and give us time to fix it before you tell anyone else.\n\n';
    const r = read(`${en}${hungarian}`);
    expect(r.language).toBe('en');
    expect(r.language_supported).toBe(true);
    expect(r.forbidden_activities.map((f) => f.id)).toContain('dos');
    expect(r.unread_sections?.map((s) => s.language)).toEqual(['hu']);
  });

  it('stays bounded on mixed scripts, right-to-left text and a mebibyte of one language', () => {
    const mixed = 'Do not DoS us. 禁止进行拒绝服务攻击。 Запрещено сканирование. لا تقم بهجمات حجب الخدمة. אין לבצע סריקות אוטומטיות. \u202eevil\u202c';
    expect(PolicyResultSchema.safeParse(read(mixed.repeat(200))).success).toBe(true);
    const rtl = read('# سياسة الأمان\n\nلا تقم بهجمات حجب الخدمة ضد أنظمتنا. يرجى إرسال التقارير إلى security@example.com\n');
    expect(rtl.language).toBe('ar');
    expect(rtl.language_supported).toBe(false);
    expect(rtl.contacts.map((c) => c.value)).toContain('mailto:security@example.com');
    const big = 'Nie wolno przeprowadzać ataków typu odmowa usługi na nasze serwery. '.repeat(15_500);
    expect(big.length).toBeGreaterThan(1_000_000);
    const r = read(big);
    expect(r.language).toBe('pl');
    expect(r.forbidden_activities.map((f) => f.id)).toContain('dos');
  });
});

describe('bad input stays bounded', () => {
  const time = (body: string) => {
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const start = performance.now();
      extractPolicy({ body, contentType: 'text/plain' }, { now: NOW });
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

  // Quadratic behaviour would make 4× the input cost ~16× the time; linear costs ~4×.
  it.each([
    ['Portuguese list items', '- Não é permitido realizar ataques de negação de serviço contra os nossos servidores.\n'],
    ['Japanese without spaces', 'サービス妨害攻撃は禁止です。報告には3営業日以内に返信します。\n'],
    ['mixed scripts with right-to-left text', 'Do not DoS us. 禁止进行拒绝服务攻击。 Запрещено сканирование. لا تقم بهجمات حجب الخدمة. אין לבצע סריקות. \u202eevil\u202c\n'],
  ])('%s: a mebibyte costs about four times a quarter of it', (_name, unit) => {
    time(fill(unit, 64_000));
    const quarter = time(fill(unit, 262_144));
    const whole = time(fill(unit, 1_048_576));
    expect(whole / Math.max(quarter, 1)).toBeLessThan(10);
  });

  it('a mixed-script document: the English sentences are read, the unread scripts are not claimed as read', () => {
    const r = read('# Rules\n\nDo not run denial of service attacks against our systems.\n\n# قواعد\n\nلا تقم بهجمات حجب الخدمة ضد أنظمتنا ولا تحاول الوصول إلى بيانات المستخدمين الآخرين.\n\n# כללים\n\nאין לבצע סריקות אוטומטיות של המערכות שלנו ואין לנסות לגשת למידע של משתמשים אחרים.\n');
    expect(PolicyResultSchema.safeParse(r).success).toBe(true);
    expect(r.forbidden_activities.map((f) => f.id)).toContain('dos');
    // Each section without a pack is listed (eld's small table may name Hebrew's short section after its neighbour).
    expect(r.unread_sections?.map((s) => s.heading)).toEqual(expect.arrayContaining(['قواعد', 'כללים']));
    expect(r.unread_sections?.every((s) => s.language !== 'en')).toBe(true);
  });

  it('a right-to-left document with no pack: the readable output says the rules were not read, never "no forbidden activities"', () => {
    const r = read('# سياسة الأمان\n\nلا تقم بهجمات حجب الخدمة ضد أنظمتنا. لا تحاول الوصول إلى بيانات المستخدمين الآخرين.\n');
    expect(r.language_supported).toBe(false);
    const text = formatPolicy({ ...r, source: { url: 'https://example.test/security', found_by: 'file', status: null, format: 'markdown' } });
    expect(text).toMatch(/Rules not read/);
    expect(text).not.toMatch(/names no forbidden/);
  });
});

describe('contacts as people write them', () => {
  const values = (text: string, baseUrl?: string) => read(text, baseUrl).contacts.map((c) => [c.value, c.kind]);

  it('GitHub private vulnerability reporting: the form link, and the words alone in a repository\'s SECURITY.md', () => {
    expect(values('Please use [Report a vulnerability](https://github.com/acme/widget/security/advisories/new).')).toContainEqual(['https://github.com/acme/widget/security/advisories/new', 'platform']);
    expect(values('Report it through private vulnerability reporting on the Security tab.', 'https://github.com/acme/widget/blob/main/SECURITY.md'))
      .toContainEqual(['https://github.com/acme/widget/security/advisories/new', 'platform']);
  });

  it('web forms and platform programmes under a reporting heading, in any pack\'s words', () => {
    expect(values('## Cómo reportar\n\nUtilice [este formulario](https://forms.gle/AbCdEf123).')).toContainEqual(['https://forms.gle/AbCdEf123', 'platform']);
    expect(values('## Segnalazione\n\nIl nostro programma: https://hackerone.com/acme')).toContainEqual(['https://hackerone.com/acme', 'platform']);
    expect(values('Form: https://acme.typeform.com/to/xyz')).toContainEqual(['https://acme.typeform.com/to/xyz', 'platform']);
  });

  it('mailto autolinks and obfuscated addresses with each pack\'s words for at and dot', () => {
    expect(values('Send reports to <mailto:security@example.com>.')).toContainEqual(['mailto:security@example.com', 'email']);
    expect(values('Kontakt: security [at] example [dot] com')).toContainEqual(['mailto:security@example.com', 'email']);
    expect(values('Hlášení posílejte na contact <zavináč> example <tečka> cz.')).toContainEqual(['mailto:contact@example.cz', 'email']);
    expect(values('Escriba a seguridad (arroba) ejemplo (punto) es')).toContainEqual(['mailto:seguridad@ejemplo.es', 'email']);
  });

  it('contact cues are pack words: private reporting, negated instructions, other purposes and phones in other languages', () => {
    const repo = 'https://github.com/acme/widget/blob/main/SECURITY.md';
    const form = ['https://github.com/acme/widget/security/advisories/new', 'platform'];
    expect(values('Dirígete a la pestaña Security de este repositorio y envía un reporte privado.', repo)).toContainEqual(form);
    expect(values('저장소의 보안 탭에서 비공개 취약점 보고로 신고해 주세요.', repo)).toContainEqual(form);
    expect(values('Använd fliken Security och rapportera privat.', repo)).toContainEqual(form);
    // "Do not send reports to X" is no channel; a comma ends the negation's reach.
    expect(values('Nie wysyłaj zgłoszeń na adres abuse@example.pl.')).toEqual([]);
    expect(values('Jeśli wolisz nie ujawniać podatności publicznie, możesz wysłać e-mail na adres security@example.pl.')).toContainEqual(['mailto:security@example.pl', 'email']);
    // An address for the press is no channel; a phone number after a pack's phone word is.
    expect(values('Für Presseanfragen: presse@example.de')).toEqual([]);
    expect(values('Sie erreichen unser Sicherheitsteam unter Telefon +49 30 1234567.')).toContainEqual(['tel:+49301234567', 'phone']);
  });

  it('relative links resolved against the base URL; chat invites as secondary channels', () => {
    expect(values('Please use our [report form](/security/report).', 'https://example.com/policy')).toContainEqual(['https://example.com/security/report', 'web']);
    const ru = '## Контакты\n\nО найденных уязвимостях сообщайте нам напрямую, мы ответим в течение трёх рабочих дней.\n\n- Telegram: https://t.me/acme_security\n';
    expect(values(ru)).toContainEqual(['https://t.me/acme_security', 'chat']);
  });
});
