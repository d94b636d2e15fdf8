import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

// Session 9 (issue 16): how policies written in Turkish, Russian, Ukrainian, Norwegian Bokmål, Spanish and Chinese
// word what a researcher must not do: verb forms, headings and lead-ins, the conditions of a legal promise, and the
// names of the activities. Every sentence was written for these tests (no corpus text); each one failed before the
// vocabulary or rule it tests was added. Rules stand under a neutral rules heading, as in a policy.
const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
const forbidden = (text: string) => read(text).forbidden_activities.map((f) => f.id);
const HEADING: Record<string, string> = {
  tr: 'Test kuralları', ru: 'Правила тестирования', uk: 'Правила тестування', nb: 'Regler for testing', es: 'Normas de las pruebas', zh: '测试规则',
};
const rule = (lang: string, sentence: string) => `## ${HEADING[lang]}\n\n${sentence}\n`;

type Ids = readonly string[];

/** Per language: rules under a rules heading, then whole documents (a heading, a lead-in, a legal promise). */
const LANGUAGES: ReadonlyArray<readonly [string, string, ReadonlyArray<readonly [string, Ids]>, ReadonlyArray<readonly [string, Ids]>]> = [
  ["Turkish (tr)", "tr", [
    ["Sunuculara web shell yüklemeyin.", ["malware"]],
    ["Kimlik avı e-postaları göndermeyiniz.", ["phishing"]],
    ["Stres testi yapmayın.", ["dos"]],
    ["Bulgularınızı sosyal medyada paylaşmayın.", ["public_disclosure_before_fix"]],
    ["Zafiyeti kullanarak iç ağa sızmaya çalışmayın.", ["pivoting_persistence"]],
    ["Elde ettiğiniz verileri dışarı aktarmayın.", ["data_access_exfiltration"]],
    ["Hizmet kalitesini düşürecek yoğun istekler göndermeyin.", ["dos"]],
    ["Hizmet kesintisine yol açmamaya özen gösterin.", ["dos"]],
    ["Test sırasında hiçbir veriyi silmemeye dikkat edin.", ["data_destruction_modification"]],
    ["Servis engelleme saldırıları kesinlikle yasaktır.", ["dos"]],
    ["Müşteri verilerini çalmayın.", ["data_access_exfiltration"]],
  ], [
    ["## Test kısıtlamaları\n\n- Hizmet reddi saldırıları\n- Oltalama\n", ["dos", "phishing"]],
  ]],
  ["Russian (ru)", "ru", [
    ["Не замедляйте работу сервиса.", ["dos"]],
    ["Не используйте полученный доступ для дальнейшего продвижения в сети.", ["pivoting_persistence"]],
    ["Не допускается проведение стресс-тестирования.", ["dos"]],
    ["Запрещено использовать уязвимость для проникновения во внутреннюю сеть.", ["pivoting_persistence"]],
    ["Не выкладывайте эксплойт в открытый доступ.", ["public_disclosure_before_fix"]],
    ["Не подбирайте учётные данные пользователей.", ["brute_force"]],
    ["Не допускайте утечки персональных данных.", ["data_access_exfiltration"]],
    ["Не отправляйте большое количество запросов к серверу.", ["dos"]],
    ["Не делитесь информацией об уязвимости ни с кем до её устранения.", ["public_disclosure_before_fix"]],
    ["Не загружайте веб-шелл на сервер. Сообщайте нам о найденных уязвимостях.", ["malware"]],
    ["Воздержитесь от атак методом грубой силы.", ["brute_force"]],
    ["Проведение DoS-атак находится под запретом.", ["dos"]],
  ], [
    ["## Запреты\n\n- Социальная инженерия\n- Рассылка спама\n", ["social_engineering", "spam"]],
    ["## Правовая защита\n\nМы не будем преследовать вас, если вы действуете добросовестно и не нарушаете работу сервиса.\n", ["dos"]],
    ["## Правовая защита\n\nМы не станем предъявлять претензий, если вы не скачиваете данные пользователей.\n", ["data_access_exfiltration"]],
  ]],
  ["Ukrainian (uk)", "uk", [
    ["Не сповільнюйте роботу сервісу.", ["dos"]],
    ["Не використовуйте отриманий доступ для подальшого просування в мережі.", ["pivoting_persistence"]],
    ["Не слід проводити стрес-тестування.", ["dos"]],
    ["Заборонено проникати у внутрішню мережу.", ["pivoting_persistence"]],
    ["Не викладайте експлойт у відкритий доступ.", ["public_disclosure_before_fix"]],
    ["Не допускайте витоку персональних даних.", ["data_access_exfiltration"]],
    ["Утримайтеся від атак методом грубої сили.", ["brute_force"]],
    ["Не надсилайте велику кількість запитів до сервера.", ["dos"]],
    ["Не діліться інформацією про вразливість ні з ким.", ["public_disclosure_before_fix"]],
    ["Не завантажуйте веб-шелл на сервер.", ["malware"]],
    ["Не підбирайте облікові дані користувачів.", ["brute_force"]],
  ], [
    ["## Правовий захист\n\nМи не переслідуватимемо вас, якщо ви дієте сумлінно і не порушуєте роботу сервісу.\n", ["dos"]],
  ]],
  ["Norwegian Bokmål (nb)", "nb", [
    ["Ikke bruk verktøy som genererer store mengder trafikk.", ["dos"]],
    ["Ikke del informasjonen før vi har rettet feilen.", ["public_disclosure_before_fix"]],
    ["Det er ikke tillatt å sende søppelpost.", ["spam"]],
    ["Ikke utfør stresstesting av tjenestene.", ["dos"]],
    ["Ikke bruk sårbarheten til å bevege deg videre i nettverket.", ["pivoting_persistence"]],
    ["Ikke del informasjon om sårbarheten på sosiale medier.", ["public_disclosure_before_fix"]],
    ["Ikke installer ondsinnet programvare på serverne våre. Gi oss beskjed om sårbarheter du finner.", ["malware"]],
    ["Ikke forsøk å ta deg inn i bygningene våre.", ["physical"]],
    ["Ikke hent ut personopplysninger.", ["data_access_exfiltration"]],
    ["Det er ikke akseptabelt å utføre tjenestenektangrep.", ["dos"]],
  ], [
    ["## Dette skal du ikke gjøre\n\n- Sosial manipulering\n- Sende søppelpost\n", ["social_engineering", "spam"]],
    ["## Juridisk\n\nVi vil ikke politianmelde deg dersom du handler i god tro og ikke laster ned kundedata.\n", ["data_access_exfiltration"]],
  ]],
  ["Spanish (es)", "es", [
    ["No comparta información sobre el fallo hasta que se haya corregido.", ["public_disclosure_before_fix"]],
    ["No ralentice el servicio.", ["dos"]],
    ["No realice pruebas que puedan dejar el servicio inaccesible.", ["dos"]],
    ["No deje el sistema fuera de servicio.", ["dos"]],
    ["Queda prohibido el robo de credenciales o datos de usuarios.", ["data_access_exfiltration"]],
    ["No filtre información de los usuarios.", ["data_access_exfiltration"]],
    ["No comparta detalles de la vulnerabilidad en redes sociales.", ["public_disclosure_before_fix"]],
    ["No intente mantener el acceso a los sistemas comprometidos.", ["pivoting_persistence"]],
    ["Queda prohibida la difusión de la vulnerabilidad.", ["public_disclosure_before_fix"]],
    ["No realice ataques de inundación de peticiones.", ["dos"]],
    ["No colapse los servicios con peticiones.", ["dos"]],
    ["No utilice herramientas automáticas contra nuestros sistemas.", ["automated_scanning"]],
    ["No realice ataques de relleno de credenciales.", ["brute_force"]],
    ["No haga pública la vulnerabilidad antes de que la corrijamos.", ["public_disclosure_before_fix"]],
  ], [
    ["## Protección legal\n\nNo tomaremos medidas legales contra usted siempre que no acceda a datos personales ni interrumpa el servicio.\n", ["dos", "data_access_exfiltration"]],
    ["## Restricciones de las pruebas\n\n- Denegación de servicio\n- Ingeniería social\n", ["dos", "social_engineering"]],
  ]],
  ["Chinese (zh)", "zh", [
    ["禁止进行社工攻击。", ["social_engineering"]],
    ["禁止进行CC攻击。", ["dos"]],
    ["不得将漏洞信息提交给第三方平台。", ["public_disclosure_before_fix"]],
    ["请勿向服务器大量发送请求。", ["dos"]],
    ["请勿对我们的员工进行电话诈骗。", ["social_engineering"]],
    ["不宜对线上系统进行压力测试。", ["dos"]],
  ], [
    ["## 法律保护\n\n在您不下载用户数据、不破坏系统的前提下，我们不会追究您的法律责任。\n", ["data_access_exfiltration", "data_destruction_modification"]],
  ]],
];

describe.each(LANGUAGES)('%s', (_name, lang, rules, documents) => {
  it.each(rules)('a rule: %s → %j', (sentence, ids) => {
    expect(forbidden(rule(lang, sentence))).toEqual(ids);
  });

  it.each(documents)('a heading, lead-in or legal promise: %j → %j', (text, ids) => {
    expect(forbidden(text)).toEqual(ids);
  });
});

describe('a lead-in that says what not to report introduces findings that are not accepted, not prohibitions', () => {
  // Each row: a "do not report:" list (its items are not accepted) and, in the same language, reports sent through a
  // public channel or told to others, which stays a prohibition.
  it.each([
    ['tr', '## Bildirim\n\nAşağıdaki bulguları bize bildirmeyin:\n\n- Hizmet reddi zafiyetleri\n- Eksik güvenlik başlıkları\n', 'Zafiyetler hakkında bildirimleri herkese açık issue olarak göndermeyin.'],
    ['ru', '## Отчёты\n\nНе присылайте отчёты о следующих проблемах:\n\n- DoS-атаки\n- Отсутствие заголовков безопасности\n', 'Не присылайте отчёты об уязвимостях через публичные issues.'],
    ['ru', '## Отчёты\n\nНе сообщайте нам о следующих проблемах:\n\n- DoS-атаки\n- Отсутствие заголовков безопасности\n', 'Не сообщайте об уязвимости третьим лицам.'],
    ['uk', '## Звіти\n\nНе надсилайте звіти про такі проблеми:\n\n- DoS-атаки\n- Відсутність заголовків безпеки\n', 'Не надсилайте звіти про вразливості через публічні issues.'],
    ['nb', '## Rapportering\n\nIkke rapporter følgende:\n\n- Tjenestenektangrep\n- Manglende sikkerhetshoder\n', 'Ikke send rapporter om sårbarheter via offentlige issues.'],
    ['es', '## Reportes\n\nNo reporte los siguientes problemas:\n\n- Ataques de denegación de servicio\n- Falta de cabeceras de seguridad\n', 'No envíe informes sobre vulnerabilidades a través de issues públicos.'],
    ['zh', '## 报告\n\n请勿提交以下问题：\n\n- 拒绝服务攻击\n- 缺少安全头\n', '请勿在公开的issue中提交漏洞。'],
    ['en', '## Reporting\n\nPlease do not report the following:\n\n- Denial of service attacks\n- Missing security headers\n', 'Please do not submit reports about security vulnerabilities through public GitHub issues.'],
  ])('%s: %j', (_lang, list, publicly) => {
    const r = read(list);
    expect(r.forbidden_activities).toEqual([]);
    expect((r.ineligible ?? []).flatMap((i) => i.ids)).toEqual(['dos']);
    expect(forbidden(`## Reporting\n\n${publicly}\n`)).toEqual(['public_disclosure_before_fix']);
  });
});

describe('sharing with third parties is going public, testing their systems is third-party testing', () => {
  it.each([
    ['ru', 'Не делитесь находками с третьими лицами.', 'Не атакуйте системы третьих лиц.'],
    ['ru', 'Не сообщайте об уязвимости третьим лицам.', 'Не тестируйте сервисы третьих сторон.'],
    ['uk', 'Не діліться знахідками з третіми сторонами.', 'Не атакуйте системи третіх сторін.'],
    ['nb', 'Ikke del funnene med tredjeparter.', 'Ikke test tredjeparters tjenester.'],
    ['es', 'No comparta los hallazgos con terceros.', 'No ataque sistemas de terceros.'],
    ['tr', 'Bulguları üçüncü taraflarla paylaşmayın.', 'Üçüncü taraf sistemlerini test etmeyin.'],
  ] as const)('%s: %s / %s', (lang, sharing, testing) => {
    expect(forbidden(rule(lang, sharing))).toEqual(['public_disclosure_before_fix']);
    expect(forbidden(rule(lang, testing))).toEqual(['third_party_testing']);
  });
});

describe('what is no prohibition in these languages', () => {
  it.each([
    ['tr', 'Kullanıcı verilerini asla üçüncü taraflarla paylaşmayız.'],
    ['es', 'Nunca compartiremos su información con terceros.'],
  ] as const)('"never" before what we do (%s): %s', (lang, sentence) => {
    expect(forbidden(rule(lang, sentence))).toEqual([]);
  });

  it.each([
    ['tr', 'İç ağa sızmaya çalışmayın.', '## Kapsam dışı\n\n- İç ağ erişimi gerektiren saldırılar\n'],
    ['ru', 'Не перемещайтесь по внутренней сети.', '## Вне области\n\n- Уязвимости, требующие доступа к внутренней сети\n- Уязвимости во внутренней сети\n'],
    ['uk', 'Не проникайте до внутрішньої мережі.', '## Поза межами\n\n- Вразливості, що потребують доступу до внутрішньої мережі\n- Вразливості у внутрішній мережі\n'],
    ['nb', 'Ikke beveg deg videre i nettverket.', '## Utenfor omfanget\n\n- Sårbarheter som krever tilgang til internt nettverk\n'],
  ])('moving into the internal network is pivoting, a finding that needs it is not (%s)', (lang, moving, findings) => {
    expect(forbidden(rule(lang, moving))).toEqual(['pivoting_persistence']);
    const r = read(findings);
    expect(r.forbidden_activities.map((f) => f.id)).not.toContain('pivoting_persistence');
    expect((r.ineligible ?? []).flatMap((i) => i.ids)).not.toContain('pivoting_persistence');
  });
});
