import { describe, expect, it } from 'vitest';
import { readerFor } from '../../../src/core/policy/compile-reader.ts';
import { detectPolarity } from '../../../src/core/policy/detect-polarity.ts';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { matchActivities } from '../../../src/core/policy/match-activities.ts';
import { matchReportFields } from '../../../src/core/policy/match-report-fields.ts';
import { normalizeForMatch } from '../../../src/core/policy/normalize-for-match.ts';

// Small sentences written for these tests (session 5): which negations govern an activity, in each language's grammar.

const polarity = (lang: string, text: string) => detectPolarity(normalizeForMatch(text), readerFor([lang, 'en']));
const activities = (lang: string, text: string) => matchActivities(normalizeForMatch(text), readerFor([lang, 'en']));
const fields = (lang: string, text: string) => matchReportFields(normalizeForMatch(text), readerFor([lang, 'en']));

describe('a Slavic negation is a rule before an imperative or an infinitive, a description before a finite verb', () => {
  it.each([
    ['pl', 'Nie otwieraj publicznego zgłoszenia.'],
    ['pl', 'Nie używajcie automatycznych skanerów.'],
    ['pl', 'Prosimy nie publikować szczegółów.'],
    ['pl', 'Nie należy testować kont innych użytkowników.'],
    ['pl', 'Prosimy o nieujawnianie szczegółów przed poprawką.'],
    ['uk', 'Не публікуйте деталі вразливості.'],
    ['uk', 'Не слід публікувати деталі вразливості.'],
    ['uk', 'Будь ласка, не намагайтеся отримати доступ до чужих даних.'],
    ['ru', 'Не публикуйте детали уязвимости.'],
    ['ru', 'Просим не публиковать детали уязвимости.'],
    ['ru', 'Не следует публиковать детали уязвимости.'],
    ['cs', 'Nepoužívej automatické skenery.'],
    ['cs', 'Žádáme vás, abyste nezveřejňovali podrobnosti.'],
  ])('%s rule: %s', (lang, text) => {
    expect(polarity(lang, text).forbidden).toBe(true);
  });

  it.each([
    ['pl', 'Tabela bazy danych nie używa domyślnych prefiksów.'],
    ['pl', 'Aplikacja nie przechowuje haseł użytkowników.'],
    ['pl', 'Zgłoszenia dotyczą nie tylko aplikacji.'],
    ['uk', 'Сервіс не зберігає паролі користувачів.'],
    ['uk', 'Застосунок не використовує сторонні бібліотеки.'],
    ['ru', 'Сервис не хранит пароли пользователей.'],
    ['ru', 'Приложение не использует сторонние библиотеки.'],
  ])('%s description: %s', (lang, text) => {
    expect(polarity(lang, text).forbidden).toBe(false);
  });
});

describe('Turkish prohibitions beyond the negative imperative', () => {
  it.each([
    'Sosyal mühendislik saldırıları yapmamanız gerekmektedir.',
    'Kullanıcı verilerinin silinmemesi önemlidir.',
    'Hizmet reddi testi yapmamak.',
    'Diğer kullanıcıların verilerine erişemezsiniz.',
    'Hizmet kesintisine yol açacak testlerden kaçınılmalıdır.',
    'Verilerin silinmesinden kaçınmak için azami çaba gösterin.',
  ])('%s', (text) => {
    expect(polarity('tr', text).forbidden).toBe(true);
  });
});

describe('Czech: the forms of "avoid", and activity words in other cases', () => {
  it('reads "make an effort to avoid" and "must avoid" as rules', () => {
    expect(polarity('cs', 'Vynaložte úsilí, abyste se vyhnuli zničení dat.').forbidden).toBe(true);
    expect(polarity('cs', 'Musíte se vyhnout přerušení služeb.').forbidden).toBe(true);
  });
  it.each([
    ['Útoky sociálního inženýrství', 'social_engineering'],
    ['zničení dat', 'data_destruction_modification'],
    ['přerušení služeb', 'dos'],
  ])('%s → %s', (text, id) => {
    expect(activities('cs', text)).toContain(id);
  });
});

describe('third parties', () => {
  it('reads the katakana and Korean loanwords for a third party', () => {
    expect(activities('ja', 'サードパーティのシステムに対するテスト')).toContain('third_party_testing');
    expect(activities('ko', '서드파티 서비스에 대한 테스트')).toContain('third_party_testing');
  });
  it.each([
    ['pt', 'Não viole a privacidade de terceiros.', 'Não teste sistemas de terceiros.'],
    ['es', 'No viole la privacidad de terceros.', 'No pruebe sistemas de terceros.'],
    ['it', 'Non violare la privacy di terzi.', 'Non testare sistemi di terzi.'],
  ])('"privacy of third parties" (%s) names whose data, not whose systems', (lang, privacy, systems) => {
    expect(activities(lang, privacy)).not.toContain('third_party_testing');
    expect(activities(lang, systems)).toContain('third_party_testing');
  });
});

describe('report fields', () => {
  it.each([
    ['ru', 'Укажите затронутый репозиторий.', 'location_url'],
    ['uk', 'Локація проблеми (гілка або посилання).', 'location_url'],
    ['es', 'El repositorio afectado.', 'location_url'],
    ['fr', 'Le fichier concerné.', 'location_url'],
    ['ja', '影響を受けるリポジトリ', 'location_url'],
  ])('%s: %s → %s', (lang, text, id) => {
    expect(fields(lang, text)).toContain(id);
  });
  it.each([
    ['ja', '脆弱性を発見した場合は、以下の連絡先までご報告ください。'],
    ['ko', '취약점을 발견하면 아래 연락처로 알려 주세요.'],
    ['zh', '请通过以下联系方式报告漏洞。'],
  ])('a contact named as the destination of a report is no field (%s)', (lang, text) => {
    expect(fields(lang, text)).not.toContain('contact_info');
  });
  it('a contact asked for is still a field', () => {
    expect(fields('ja', 'ご連絡先（メールアドレス）')).toContain('contact_info');
    expect(fields('ko', '연락처 (이메일)')).toContain('contact_info');
  });
});

describe('breaking the law is a restriction of its own', () => {
  it.each([
    ['en', 'Do not violate any applicable laws.'],
    ['pt', 'Não realize testes que violem leis.'],
    ['de', 'Verstoßen Sie nicht gegen geltende Gesetze.'],
  ])('%s: %s', (lang, text) => {
    const reader = readerFor([lang, 'en']);
    const norm = normalizeForMatch(text);
    expect(detectPolarity(norm, reader).forbidden).toBe(true);
    expect(reader.packs.some((p) => p.otherActivity.test(norm))).toBe(true);
  });
});

describe('V2 languages: a bare negation forbids after a clause-opening imperative or a person, describes after another subject', () => {
  it.each([
    ['nb', 'Publiser ikke funnet offentlig.'],
    ['nb', 'Ikke publiser funnet offentlig.'],
    ['nb', 'Vennligst ikke publiser funnet.'],
    ['nb', 'Du skal ikke publisere funnet.'],
    ['nb', 'Vi ber deg om å ikke publisere funnet.'],
    ['sv', 'Dela inte personuppgifter.'],
    ['da', 'Offentliggør ikke sårbarheden.'],
    ['da', 'Følgende er ikke autoriseret til test:'],
    ['fi', 'Älä avaa julkista issueta.'],
    ['fi', 'Tietoja ei saa julkaista.'],
  ])('%s rule: %s', (lang, text) => {
    expect(polarity(lang, text).forbidden).toBe(true);
  });
  it.each([
    ['nb', 'Repoet skal ikke inneholde personopplysninger.'],
    ['nb', 'Vi publiserer ikke funnet.'],
    ['sv', 'Tjänsten lagrar inte lösenord.'],
    ['da', 'Tjenesten gemmer ikke adgangskoder.'],
    ['fi', 'Pääsy dataan on rajattu säännöillä, ei avaimilla.'],
  ])('%s description: %s', (lang, text) => {
    expect(polarity(lang, text).forbidden).toBe(false);
  });
});

describe('head-final clauses: a condition before the main clause does not block its prohibition', () => {
  it.each([
    ['ko', '보안 문제가 의심되는 경우 공개 이슈를 열지 마세요.'],
    ['tr', 'Bu bilgileri kimseyle paylaşmayın.'],
    ['tr', 'Eğer bir açık bulursanız kamuya açıklamayın.'],
    ['tr', 'Bize ait sistemlere hizmet reddi saldırısı yapmayın.'],
  ])('%s: %s', (lang, text) => {
    expect(polarity(lang, text).forbidden).toBe(true);
  });
});

describe('Chinese "un-X-able" adjectives are descriptions', () => {
  it.each([
    '系统计算 SHA-256 不可篡改签名。',
    '第三方依赖中完全不可达的代码漏洞；',
    '无法对其他用户产生危害的 Self-XSS；',
  ])('%s', (text) => {
    expect(polarity('zh', text).forbidden).toBe(false);
  });
  it('"不可" before a verb phrase and "无法" ending a clause are still rules', () => {
    expect(polarity('zh', '不可删除其他用户的数据。').forbidden).toBe(true);
  });
});

describe('English: what will disqualify a report, and "we ask you not to"', () => {
  it.each([
    'Accessing private information of other users will disqualify the report.',
    'Disruptive activity will result in account bans and disqualification of the report.',
    'When testing we ask you not to perform disruptive actions.',
  ])('%s', (text) => {
    expect(polarity('en', text).forbidden).toBe(true);
  });
});

describe('"affected" names where, not the impact', () => {
  it.each([
    ['ko', '영향을 받는 패키지'],
    ['ja', '影響を受けるパッケージ'],
    ['zh', '受影响组件'],
    ['tr', 'Etkilenen sistem'],
  ])('%s: %s', (lang, text) => {
    expect(fields(lang, text)).not.toContain('impact');
  });
  it('the impact itself still is', () => {
    expect(fields('ko', '예상되는 영향')).toContain('impact');
    expect(fields('tr', 'Olası etkisi')).toContain('impact');
  });
});

describe('report content in plain words', () => {
  it.each([
    ['fi', 'Kerro mitä löysit, miten sen voi toistaa ja mitä sillä voi tehdä.', ['description', 'reproduction_steps', 'impact']],
    ['pl', 'Podaj, co i gdzie zauważyłeś, jak to odtworzyć i jaki jest możliwy skutek.', ['description', 'location_url', 'reproduction_steps', 'impact']],
    ['es', 'Qué encontraste y qué podría hacer alguien con ello.', ['description', 'impact']],
    ['es', 'El código de prueba que usaste.', ['proof_of_concept']],
    ['pt', 'O que você encontrou e o que um atacante poderia fazer.', ['description', 'impact']],
    ['en', 'What you found and what an attacker could do with it.', ['description', 'impact']],
    ['nl', 'Type kwetsbaarheid', ['description']],
    ['nb', 'Hva som er sårbart', ['description']],
  ])('%s: %s', (lang, text, ids) => {
    expect(fields(lang, text)).toEqual(expect.arrayContaining(ids));
  });
});

describe('an "include:" heading or lead-in introduces report content; "must not contain:" does not', () => {
  const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: new Date('2026-11-21T00:00:00Z') });
  it('reads the items under "Inkludera gärna" (sv) as report fields', () => {
    const r = read('# Säkerhet\n\n## Inkludera gärna\n\n1. En kort beskrivning av problemet.\n2. Steg för att återskapa felet.\n3. Vilken miljö som berörs.\n');
    expect(r.report_fields.map((f) => f.id)).toEqual(['description', 'reproduction_steps', 'environment']);
  });
  it('reads a Czech 2sg request ("Uveď …") as a request', () => {
    const r = read('# Bezpečnost\n\n## Nahlášení\n\nUveď dotčenou verzi, reprodukční kroky a očekávaný dopad.\n');
    expect(r.report_fields.map((f) => f.id)).toEqual(['impact', 'reproduction_steps', 'environment']);
  });
  it('does not read "Repoet skal ikke inneholde:" (nb) as a list of report fields or of prohibitions', () => {
    const r = read('# Sikkerhet\n\n## Krav\n\nRepoet skal ikke inneholde:\n\n- Personopplysninger\n- Passord eller nøkler\n- Sensitiv konfigurasjon\n');
    expect(r.report_fields).toEqual([]);
    expect(r.forbidden_activities).toEqual([]);
  });
});

describe('rules inside an eligibility chapter', () => {
  const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: new Date('2026-11-21T00:00:00Z') });
  it('reads prohibitions under a nearer "rules" heading as prohibitions', () => {
    const r = read('# Bug bounty\n\n## Eligibility\n\n### General rules\n\n1. Social engineering is strictly prohibited.\n2. Brute-force attacks are not allowed.\n');
    expect(r.forbidden_activities.map((f) => f.id)).toEqual(['social_engineering', 'brute_force']);
  });
  it('still reads who may take part as no rule about activities', () => {
    const r = read('# Bug bounty\n\n## Eligibility\n\nYou must not be an employee and must not use social engineering to qualify.\n');
    expect(r.forbidden_activities).toEqual([]);
  });
});

describe('labels, channels and our own process', () => {
  const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: new Date('2026-11-21T00:00:00Z') });
  it('a label that opens a sentence ("Fuera del alcance: …") is not itself a restriction (other)', () => {
    const r = read('# Seguridad\n\n## Alcance\n\nFuera del alcance: ataques de denegación de servicio e ingeniería social.\n');
    expect(r.forbidden_activities.map((f) => f.id)).toEqual(['dos', 'social_engineering']);
  });
  it('reads "do not report in the public Issues" (fr) as going public', () => {
    expect(activities('fr', 'Veuillez ne pas signaler les problèmes dans la section publique des « Issues » de GitHub.')).toContain('public_disclosure_before_fix');
  });
  it('a list under "our process includes:" holds our steps, not report fields (it)', () => {
    const r = read('# Sicurezza\n\n## Segnalare\n\nUna volta ricevuta una segnalazione, il nostro processo include:\n\n1. Rilasceremo una nuova versione con una spiegazione nel changelog.\n2. Conferma della ricezione.\n');
    expect(r.report_fields).toEqual([]);
  });
});

describe('a section both out of scope and not accepted', () => {
  it('reads its items as out of scope does: activities forbidden, finding classes not rewarded', () => {
    const r = extractPolicy({ body: '# 安全策略\n\n## 不受理范畴 (Out of Scope)\n\n- 针对维护人员的社会工程学攻击或钓鱼攻击。\n- 缺乏 PoC 的安全响应头缺失。\n', url: 'policy.md' }, { now: new Date('2026-11-21T00:00:00Z') });
    expect(r.forbidden_activities.map((f) => f.id)).toEqual(['social_engineering', 'phishing']);
    expect(r.ineligible?.length).toBe(1);
  });
});
