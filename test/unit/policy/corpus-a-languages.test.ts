// Turkish, Ukrainian, Russian and Norwegian (Bokmål) wordings found while reading new policies in those languages
// (collection g12, 2026-12-08), written anew for this test: out-of-scope headings and the activities their items
// name, "known limitations" sections that describe rather than forbid, a Turkish channel rule said with
// "… ile değil" / "… yerine", a Turkish "only" that qualifies a finding, report contents, "no reward programme",
// and a fix window in a list that forbids going public. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const read = (body: string) => extractPolicy({ body, url: 'SECURITY.md' }, { now: new Date(0) });
const forbidden = (body: string) => read(body).forbidden_activities.map((a) => a.id);
const fields = (body: string) => read(body).report_fields.map((f) => f.id);

describe('out-of-scope sections name activities (nb, ru)', () => {
  it('nb: "Hva som ikke er i scope" is out of scope and its bare items DoS / social engineering are activities', () => {
    const ids = forbidden('# Sikkerhetspolicy\n\nMeld sårbarheter til sikkerhet@fjordlab.example.\n\n## Hva som ikke er i scope\n\n- DoS med store mengder trafikk\n- Social engineering mot våre kunder\n');
    expect(ids).toEqual(expect.arrayContaining(['dos', 'social_engineering']));
  });

  it('ru: "Что НЕ в scope" is out of scope and phishing / spam items are activities', () => {
    const ids = forbidden('# Политика безопасности\n\nСообщайте об уязвимостях на security@taiga.example.\n\n## Что НЕ в scope\n\n- Фишинг против сотрудников\n- Спам через форму обратной связи\n');
    expect(ids).toEqual(expect.arrayContaining(['phishing', 'spam']));
  });
  it('uk, tr: bare items "Фішинг", "Спам", "Oltalama" under an out-of-scope heading are activities', () => {
    expect(forbidden('# Політика безпеки\n\nПишіть на security@karpaty.example.\n\n## Поза межами програми\n\n- Фішинг\n- Спам\n')).toEqual(['phishing', 'spam']);
    expect(forbidden('# Güvenlik Politikası\n\nAçıkları guvenlik@martilab.example adresine bildirin.\n\n## Kapsam dışı\n\n- Oltalama\n- Spam\n')).toEqual(['phishing', 'spam']);
  });
});

describe('"known limitations" describe the project, they forbid nothing', () => {
  it('nb: "Ingen automatisert …" under "Kjente begrensninger" is no ban on scanning', () => {
    expect(forbidden('# Sikkerhetspolicy\n\nMeld sårbarheter til sikkerhet@fjordlab.example.\n\n## Kjente begrensninger\n\n- Ingen automatisert fornying av sertifikatene.\n')).toEqual([]);
  });

  it('uk, ru: "Ніколи не …" / "Никогда не …" under "Відомі обмеження" / "Известные ограничения" state a gap', () => {
    expect(forbidden('# Політика безпеки\n\nПишіть на security@karpaty.example.\n\n## Відомі обмеження\n\n- Ніколи не виконується автоматичне сканування залежностей.\n')).toEqual([]);
    expect(forbidden('# Политика безопасности\n\nПишите на security@taiga.example.\n\n## Известные ограничения\n\n- Никогда не выполняется автоматическое сканирование зависимостей.\n')).toEqual([]);
  });

  it('tr: "asla … taranmaz" under "Bilinen eksikler" states a gap, not a rule', () => {
    expect(forbidden('# Güvenlik Politikası\n\nAçıkları guvenlik@martilab.example adresine bildirin.\n\n## Bilinen eksikler\n\n- Dosyalar asla otomatik olarak taranmaz.\n')).toEqual([]);
  });
});

describe('Turkish channel rules with "… ile değil" and "… yerine"', () => {
  it('reads "not through a public issue but privately" as a disclosure rule, "Bunun yerine" and "yerine getirmek" as none', () => {
    expect(forbidden('# Güvenlik Politikası\n\nLütfen bulduğunuz açığı herkese açık bir issue ile değil, e-posta ile bildirin.\n')).toContain('public_disclosure_before_fix');
    expect(forbidden('# Güvenlik Politikası\n\nAçıkları herkese açık issue açmak yerine özel kanaldan iletin.\n')).toContain('public_disclosure_before_fix');
    // "Bunun yerine" (instead) and "yerine getirmek" (fulfil) are no rules.
    expect(forbidden('# Güvenlik Politikası\n\nBunun yerine herkese açık sürüm notlarını okuyun.\n')).toEqual([]);
    expect(forbidden('# Güvenlik Politikası\n\nEkibimiz herkese açık duyuru görevini yerine getirir.\n')).toEqual([]);
  });
});

describe('Turkish "only" that qualifies a finding is no restriction', () => {
  it('"Yalnızca … görülen açıklar" in an out-of-scope list does not forbid testing third parties', () => {
    const body = '# Güvenlik Politikası\n\nAçıkları guvenlik@martilab.example adresine bildirin.\n\n## Kapsam dışı\n\nAşağıdaki bildirimler genellikle uygun sayılmaz:\n\n- Yalnızca üçüncü taraf eklentilerde görülen açıklar\n';
    expect(forbidden(body)).not.toContain('third_party_testing');
  });
});

describe('report contents', () => {
  it('nb: "what you did, what you expected, what happened" asks for steps and a description', () => {
    const ids = fields('# Sikkerhetspolicy\n\nMeld sårbarheter til sikkerhet@fjordlab.example.\n\nInkluder gjerne hva du gjorde, hva du forventet og hva som faktisk skjedde.\n');
    expect(ids).toEqual(expect.arrayContaining(['reproduction_steps', 'description']));
  });

  it('tr: "eklemeniz işe yarar" is a request; "hangi … etkilendiği" names the affected place', () => {
    const ids = fields('# Güvenlik Politikası\n\nAçıkları guvenlik@martilab.example adresine bildirin.\n\nŞunları eklemeniz işe yarar: bir saldırganın ne yapabildiği, yeniden oluşturma adımları ve hangi sayfanın etkilendiği.\n');
    expect(ids).toEqual(expect.arrayContaining(['impact', 'reproduction_steps', 'location_url']));
  });

  it('uk: "Тип проблеми" is the description', () => {
    expect(fields('# Політика безпеки\n\nПишіть на security@karpaty.example.\n\nДодайте:\n\n- Тип проблеми\n- Кроки для відтворення\n')).toContain('description');
  });
});

describe('no reward programme', () => {
  it('tr: "ödül programı da yok" and uk: "не має програми винагород" mean no bounty', () => {
    expect(read('# Güvenlik Politikası\n\nAçıkları guvenlik@martilab.example adresine bildirin. Bu gönüllü bir proje; ödül programı da yok.\n').bounty).toBe(false);
    expect(read('# Політика безпеки\n\nПишіть на security@karpaty.example. Проєкт не має програми винагород за вразливості.\n').bounty).toBe(false);
  });
});

describe('disclosure windows', () => {
  it('a fix window in a list that forbids publishing before the fix is a wait before going public (ru, en)', () => {
    expect(read('# Безопасность\n\n### Правила\n\n1. Пишите на security@taiga.example\n2. Дайте нам 60 дней на исправление\n3. Не публикуйте уязвимость до исправления\n').disclosure_days).toBe(60);
    expect(read('# Security\n\n### Rules\n\n1. Write to security@taiga.example\n2. Give us 60 days to fix the issue\n3. Do not publish the issue before it is fixed\n').disclosure_days).toBe(60);
    // A fix target in a list without such a ban is no disclosure window.
    expect(read('# Security\n\n## What to expect\n\n- We acknowledge reports within 3 days.\n- We aim to fix critical issues within 30 days.\n- We publish an advisory after the fix.\n').disclosure_days).toBe(null);
  });

  it('ru, uk: "disclosure" written in English inside the sentence governs publication', () => {
    expect(read('# Политика безопасности\n\nПишите на security@taiga.example.\n\nПо умолчанию coordinated disclosure через 45 дней после отчёта.\n').disclosure_days).toBe(45);
    expect(read('# Політика безпеки\n\nПишіть на security@karpaty.example.\n\nЗа замовчуванням coordinated disclosure через 45 днів після звіту.\n').disclosure_days).toBe(45);
  });
});
