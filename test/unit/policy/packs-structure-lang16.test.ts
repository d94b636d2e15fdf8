import { describe, expect, it } from 'vitest';
import { readerFor } from '../../../src/core/policy/compile-reader.ts';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { findDurations } from '../../../src/core/policy/find-durations.ts';
import { normalizeForMatch } from '../../../src/core/policy/normalize-for-match.ts';

// Session 8 (issue 16): invented policy paragraphs per language, written for these tests (no corpus text), each
// read as a whole document: a prohibited list under a lead-in, imperative and nominal negations, the conditions of a
// safe-harbour promise, an ineligible list that stays ineligible, and time units with their suffixes or cases.
const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
const forbidden = (text: string) => read(text).forbidden_activities.map((f) => f.id);
/** A safe-harbour promise whose conditions forbid `ids`. */
const expectPromiseForbids = (text: string, ids: string[]) => {
  const r = read(text);
  expect(r.forbidden_activities.map((f) => f.id)).toEqual(ids);
  expect(r.safe_harbor).toBe(true);
};
/** A list whose heading or lead-in says its findings are not accepted: every item ineligible, none forbidden. */
const expectIneligibleOnly = (text: string, items: number) => {
  const r = read(text);
  expect(r.forbidden_activities).toEqual([]);
  expect(r.ineligible).toHaveLength(items);
};

describe('Turkish (tr)', () => {
  it('reads the conditions of a legal promise before or after it, as verbal nouns or -dığınız sürece', () => {
    expect(forbidden('## Yasal güvence\n\nAşağıdaki koşullara uymanız şartıyla size karşı yasal işlem başlatmayacağız: hizmet reddi saldırısı yapmamanız, kullanıcı verilerine erişmemeniz ve bulguyu düzeltilmeden önce ifşa etmemeniz.\n'))
      .toEqual(expect.arrayContaining(['dos', 'data_access_exfiltration', 'public_disclosure_before_fix']));
    expect(forbidden('Hizmet reddi saldırısı yapmadığınız ve müşteri verilerine erişmediğiniz sürece size karşı hukuki süreç başlatmayacağız.\n'))
      .toEqual(['dos', 'data_access_exfiltration']);
  });

  it('reads "-mamanız" nominal negations, "başka kullanıcı", "hizmet dışı" and sharing "with third persons"', () => {
    expect(forbidden('## Kurallar\n\nSizden beklediğimiz: başka kullanıcıların hesaplarına erişmemeniz, ağ içinde diğer sistemlere geçmemeniz ve bulunan açığı süre dolmadan duyurmamanızdır.\n'))
      .toEqual(expect.arrayContaining(['data_access_exfiltration', 'pivoting_persistence', 'third_party_testing', 'public_disclosure_before_fix']));
    expect(forbidden('## Lütfen yapmayın\n\nAşağıdaki yöntemlerin kullanılmasına izin verilmez:\n\n- Hizmet dışı bırakma saldırıları\n- Spam gönderimi\n'))
      .toEqual(['dos', 'spam']);
    expect(forbidden('## Test kuralları\n\nElde ettiğiniz bilgileri üçüncü kişilerle paylaşmayın.\n')).toContain('public_disclosure_before_fix');
    expect(forbidden('## Kurallar\n\nDeneme yanılma yoluyla şifre kırmaya çalışmayın. Sahte e-posta göndererek çalışanlarımızı kandırmaya çalışmayın.\n'))
      .toEqual(['social_engineering', 'phishing', 'brute_force']);
  });

  it('keeps a "kabul edilmemektedir" list ineligible and a nominal "-mamanız durumunda" no rule', () => {
    expectIneligibleOnly('## Değerlendirme\n\nAşağıdaki zafiyet türleri kabul edilmemektedir:\n\n- Hizmet reddi zafiyetleri\n- Eksik güvenlik başlıkları\n', 2);
    expect(forbidden('## İletişim\n\n- 48 saat içinde yanıt almamanız durumunda bize tekrar yazın.\n')).toEqual([]);
  });

  it('reads the informal negative imperative at a sentence end ("paylaşma", "issue açma") and not a nominal "-ma" item', () => {
    expect(forbidden('## Bildirim\n\nBir açık bulursan ayrıntıları herkese açık bir forumda paylaşma.\n')).toEqual(['public_disclosure_before_fix']);
    expect(forbidden('## Kurallar\n\n- Uzaktan kod çalıştırma\n')).toEqual([]);
  });

  it('reads the passive "-ılamaz / -ilemez" (cannot be done) as a rule, not "istismar edilemez" (cannot be exploited)', () => {
    expect(forbidden('## Kurallar\n\nOtomatik tarama araçları kullanılamaz. Müşteri verilerine erişilemez.\n')).toEqual(['automated_scanning', 'data_access_exfiltration']);
    expect(forbidden('## Kurallar\n\n- Bu zafiyet uzaktan istismar edilemez.\n')).toEqual([]);
  });

  it('reads time units with suffixes ("90 günlük", "2 haftalık")', () => {
    const r = read('## Bildirim\n\nRaporunuza 48 saat içinde yanıt veririz. Bulguyu 90 günlük süre dolmadan yayımlamamanızı rica ediyoruz.\n');
    expect([r.response_sla_days, r.disclosure_days]).toEqual([2, 90]);
  });
});

describe('Ukrainian (uk)', () => {
  it('reads the conditions of a legal promise ("за умови, що ви не …", "якщо ви не … , ми не будемо подавати позов")', () => {
    expect(forbidden('## Безпечна гавань\n\nМи не ініціюватимемо юридичних дій проти вас за умови, що ви не порушуєте роботу сервісів, не отримуєте доступ до персональних даних і не розголошуєте інформацію про вразливість до її виправлення.\n'))
      .toEqual(['dos', 'data_access_exfiltration', 'public_disclosure_before_fix']);
    expect(forbidden('## Правила\n\nЯкщо ви не порушуєте роботу наших сервісів і не завантажуєте дані користувачів, ми не будемо подавати позов проти вас.\n'))
      .toEqual(['dos', 'data_access_exfiltration']);
  });

  it('reads "не маєте права", "перебирати", telling third persons, and keeps "Ми не приймаємо звіти про:" ineligible', () => {
    expect(forbidden('## Правила\n\nВи не маєте права публікувати деталі вразливості без нашої згоди. Не дозволяється перебирати паролі.\n'))
      .toEqual(['brute_force', 'public_disclosure_before_fix']);
    expect(forbidden('## Правила\n\nУчасники програми не повинні:\n\n1. Повідомляти про вразливість третім особам до її виправлення.\n'))
      .toEqual(['public_disclosure_before_fix']);
    expectIneligibleOnly('## Що не приймається\n\nМи не приймаємо звіти про:\n\n- атаки відмови в обслуговуванні;\n- відсутність заголовків безпеки.\n', 2);
  });

  it('reads number words written with the Ukrainian apostrophe ʼ', () => {
    const r = read('## Звітування\n\nМи відповімо протягом пʼяти робочих днів. Просимо не розкривати інформацію протягом девʼяноста днів.\n');
    expect([r.response_sla_days, r.disclosure_days]).toEqual([5, 90]);
  });
});

describe('Norwegian Bokmål (nb)', () => {
  it('reads the conditions of a promise not to report to the police, with "dersom / så lenge du ikke" first', () => {
    expect(forbidden('Dersom du ikke forstyrrer driften og ikke laster ned kundedata, vil vi ikke politianmelde deg.\n'))
      .toEqual(['dos', 'data_access_exfiltration']);
  });

  it('reads "utilgjengelige", "ikke lov", "andre kunders", "gjetting av passord" and "Vi godtar ikke rapporter om" (ineligible)', () => {
    expect(forbidden('## Regler for testing\n\nIkke utfør angrep som kan gjøre tjenestene utilgjengelige. Det er ikke lov å teste mot andre kunders kontoer.\n'))
      .toEqual(['dos', 'third_party_testing']);
    expect(forbidden('## Forbudte aktiviteter\n\n- Gjetting av passord\n- Tjenestenekt\n')).toEqual(['dos', 'brute_force']);
    expectIneligibleOnly('## Vi godtar ikke rapporter om\n\n- tjenestenektangrep\n- fysisk tilgang\n', 2);
  });

  it('reads genitive units ("90 dagers")', () => {
    const r = read('## Rapportering\n\nVi svarer innen 5 virkedager. Vi har en frist på 90 dagers taushet før offentliggjøring.\n');
    expect([r.response_sla_days, r.disclosure_days]).toEqual([5, 90]);
  });
});

describe('Russian (ru)', () => {
  it('reads the conditions of a legal promise ("при условии, что вы не …"; "если вы не …, мы не будем обращаться в правоохранительные органы")', () => {
    expect(forbidden('## Юридическая защита\n\nМы не будем предпринимать юридических действий против вас при условии, что вы не нарушаете работу сервисов, не получаете доступ к персональным данным и не разглашаете информацию об уязвимости до её исправления.\n'))
      .toEqual(['dos', 'data_access_exfiltration', 'public_disclosure_before_fix']);
    expectPromiseForbids('Если вы не нарушаете работу наших сервисов и не скачиваете данные клиентов, мы не будем обращаться в правоохранительные органы.\n', ['dos', 'data_access_exfiltration']);
  });

  it('reads infinitive items under "не должны:", "не имеете права", "из строя", обман, pivoting "вглубь сети", extortion as no malware', () => {
    expect(forbidden('## Правила\n\nУчастники программы не должны:\n\n1. Передавать сведения об уязвимости третьим лицам.\n2. Продвигаться вглубь сети и атаковать соседние системы.\n3. Перебирать пароли.\n'))
      .toEqual(expect.arrayContaining(['brute_force', 'pivoting_persistence', 'public_disclosure_before_fix']));
    expect(forbidden('## Правила тестирования\n\nВы не имеете права публиковать детали уязвимости без нашего согласия. Не допускается нагрузка, способная вывести сервис из строя. Не стоит пытаться обмануть сотрудников поддержки.\n'))
      .toEqual(['dos', 'social_engineering', 'public_disclosure_before_fix']);
    expect(forbidden('## Чего делать нельзя\n\n- Вымогательство вознаграждения\n')).toEqual(['other']);
  });
});

describe('Ukrainian (uk), the same structures as Russian', () => {
  it('reads "з ладу", ошукати, "вглиб мережі" and a promise not to go to the police', () => {
    expect(forbidden('## Правила\n\nНе допускається навантаження, що може вивести сервіс з ладу. Не намагайтеся ошукати працівників підтримки. Не просувайтеся вглиб мережі.\n'))
      .toEqual(['dos', 'social_engineering', 'pivoting_persistence']);
    expectPromiseForbids('Якщо ви не порушуєте роботу сервісів і не завантажуєте дані клієнтів, ми не звертатимемося до правоохоронних органів.\n', ['dos', 'data_access_exfiltration']);
  });
});

describe('Spanish (es)', () => {
  it('reads "Le pedimos que no …", "Se prohíbe", "Tampoco está permitido", lateral movement, sharing with third parties', () => {
    expect(forbidden('## Normas\n\nLe pedimos que no realice pruebas que degraden el servicio. Se prohíbe el uso de la vulnerabilidad para moverse lateralmente a otros sistemas. Queda terminantemente prohibido compartir información sobre el fallo con terceros.\n'))
      .toEqual(expect.arrayContaining(['dos', 'pivoting_persistence', 'public_disclosure_before_fix']));
    expect(forbidden('Tampoco está permitido el envío masivo de mensajes. Se prohíben las pruebas contra proveedores externos.\n'))
      .toEqual(['third_party_testing', 'spam']);
  });

  it('reads a "Lo que no debe hacer" list, and "de forma masiva" is no spam', () => {
    expect(forbidden('## Lo que no debe hacer\n\n- Denegación de servicio\n- Adivinación de contraseñas\n')).toEqual(['dos', 'brute_force']);
    expect(forbidden('## Normas\n\n- No ejecute escáneres automáticos de forma masiva.\n')).toEqual(['automated_scanning']);
  });

  it('reads "siempre y cuando no …" before a promise not to file a complaint', () => {
    expectPromiseForbids('Siempre y cuando usted no interrumpa nuestros servicios ni descargue información de clientes, no presentaremos denuncia alguna.\n', ['dos', 'data_access_exfiltration']);
  });
});

describe('Italian (it)', () => {
  it('reads "è fatto divieto", "si prega di non", "i ricercatori non devono", lateral movement, sharing with third parties', () => {
    expect(forbidden('## Regole\n\nSi prega di non utilizzare strumenti automatici. È fatto divieto di sfruttare la vulnerabilità per spostarsi lateralmente. È severamente vietato condividere informazioni sulla falla con terzi.\n'))
      .toEqual(expect.arrayContaining(['automated_scanning', 'pivoting_persistence', 'public_disclosure_before_fix']));
    expect(forbidden('I ricercatori non devono effettuare attacchi di forza bruta. Sono vietati i test contro fornitori esterni. Non cercate mai di ingannare i nostri dipendenti.\n'))
      .toEqual(['social_engineering', 'brute_force', 'third_party_testing']);
    expect(forbidden('## Regole\n\n- Non utilizzare scanner in modo massivo.\n')).toEqual(['automated_scanning']);
  });

  it('reads "purché / a condizione che non …" before or after a promise not to sue', () => {
    expectPromiseForbids('Purché non interrompa i nostri servizi e non esfiltri dati dei clienti, non sporgeremo denuncia nei suoi confronti.\n', ['dos', 'data_access_exfiltration']);
  });

  it('keeps "non verranno prese in considerazione" ineligible', () => {
    const r = read('## Fuori ambito\n\nLe seguenti segnalazioni non verranno prese in considerazione:\n\n- Attacchi di negazione del servizio.\n- Risultati di scanner automatici.\n');
    expect(r.forbidden_activities).toEqual([]);
    expect(r.ineligible?.map((i) => i.ids)).toEqual(expect.arrayContaining([['dos'], ['automated_scanning']]));
  });
});

describe('Indonesian (id)', () => {
  it('reads "asalkan / sepanjang Anda tidak …" before a promise not to report to the authorities', () => {
    expectPromiseForbids('Asalkan Anda tidak membebani server kami dan tidak menyalin data pelanggan, kami tidak akan melaporkan Anda ke pihak berwajib.\n', ['dos', 'data_access_exfiltration']);
  });

  it('reads "Kami meminta Anda untuk tidak", menipu, membanjiri, sharing with a third party, guessing passwords with affixes', () => {
    expect(forbidden('## Aturan\n\nKami meminta Anda untuk tidak membanjiri server kami. Jangan pernah menipu karyawan kami. Dilarang membagikan informasi kerentanan kepada pihak ketiga.\n'))
      .toEqual(expect.arrayContaining(['dos', 'social_engineering', 'public_disclosure_before_fix']));
    expect(forbidden('## Hal yang tidak boleh dilakukan\n\n- Menebak kata sandi secara berulang\n')).toEqual(['brute_force']);
  });

  it('keeps "tidak akan dipertimbangkan" ineligible', () => {
    expectIneligibleOnly('Laporan berikut tidak akan dipertimbangkan:\n\n- Serangan penolakan layanan.\n- Hasil pemindai otomatis.\n', 2);
  });
});

describe('headings that call a nominal list unacceptable conduct', () => {
  it.each([
    ['tr', '## Kabul edilmeyen davranışlar\n\n- Hizmeti aksatacak testler\n'],
    ['ru', '## Неприемлемые действия\n\n- DoS-атаки на наши сервисы\n'],
    ['uk', '## Неприйнятні дії\n\n- DoS-атаки на наші сервіси\n'],
    ['nb', '## Uakseptabel atferd\n\n- Tjenestenekt mot våre tjenester\n'],
    ['es', '## Comportamientos inaceptables\n\n- Denegación de servicio contra nuestros sistemas\n'],
    ['it', '## Comportamenti non ammessi\n\n- Negazione del servizio contro i nostri sistemi\n'],
    ['id', '## Tindakan yang tidak dapat diterima\n\n- Penolakan layanan terhadap sistem kami\n'],
  ])('%s', (_lang, text) => {
    expect(forbidden(text)).toEqual(['dos']);
  });

  it('tr: "açıklamadan önce … iletişime geçin" is a wait before going public', () => {
    expect(forbidden('## Kurallar\n\nBulguları kamuya açıklamadan önce bizimle iletişime geçin.\n')).toEqual(['public_disclosure_before_fix']);
  });
});

describe('durations in these languages', () => {
  it.each([
    ['tr', 'on beş gün içinde', 15], ['tr', 'altı ay', 180],
    ['uk', 'протягом 3-х днів', 3], ['uk', "сорок п'ять днів", 45], ['uk', 'шість місяців', 180],
    ['ru', 'в течение 3-х рабочих дней', 3], ['ru', 'в течение 24-х часов', 1], ['ru', 'в течение 5-ти дней', 5],
    ['nb', 'innen et døgn', 1], ['nb', '2 døgn', 2], ['nb', 'seks måneder', 180],
    ['es', 'cuarenta y cinco días', 45], ['it', 'quarantacinque giorni', 45],
    ['id', 'dalam waktu 2x24 jam', 2], ['id', 'dalam 3 x 24 jam', 3], ['id', 'enam bulan', 180],
  ] as const)('%s: %s → %d days', (lang, text, days) => {
    expect(findDurations(normalizeForMatch(text), readerFor([lang])).map((d) => d.days)).toEqual([days]);
  });
});

describe('report fields in these languages', () => {
  const fields = (text: string) => read(text).report_fields.map((f) => f.id);
  it.each([
    ['uk', '## Що має містити звіт\n\n- Адреса сторінки або API, де виявлено вразливість\n- Ваші контактні дані\n', ['location_url', 'contact_info']],
    ['ru', '## Что должно быть в отчёте\n\n- Адрес страницы, где обнаружена уязвимость\n- Ваши контакты для связи\n', ['location_url', 'contact_info']],
    ['nb', '## Hva rapporten bør inneholde\n\n- Hva en angriper kan oppnå\n- Kontaktinformasjonen din\n', ['impact', 'contact_info']],
    ['it', '## Cosa includere nella segnalazione\n\n- I passaggi per riprodurre il problema\n- I vostri recapiti\n', ['reproduction_steps', 'contact_info']],
    ['uk', '## Звіт\n\nУ звіті зазначте опис вразливості, адресу сторінки, кроки для відтворення та можливий вплив.\n', ['description', 'location_url', 'impact', 'reproduction_steps']],
  ] as const)('%s: %j', (_lang, text, ids) => {
    expect(fields(text)).toEqual(ids);
  });
});

describe('nominal forms of the activities (items of a list under a prohibiting lead-in)', () => {
  it.each([
    ['ru', 'Запрещается:\n\n- изменение или удаление данных пользователей\n- выгрузка данных клиентов\n', ['data_access_exfiltration', 'data_destruction_modification']],
    ['uk', 'Забороняється:\n\n- зміна або видалення даних користувачів\n- вивантаження даних клієнтів\n', ['data_access_exfiltration', 'data_destruction_modification']],
    ['nb', 'Følgende er forbudt:\n\n- endring eller sletting av data\n- nedlasting av kundedata\n- deling av funn med tredjeparter\n', ['data_access_exfiltration', 'data_destruction_modification', 'public_disclosure_before_fix']],
    ['id', 'Dilarang:\n\n- penghapusan data pengguna\n- pengunduhan data pelanggan\n', ['data_access_exfiltration', 'data_destruction_modification']],
  ] as const)('%s', (_lang, text, ids) => {
    expect(forbidden(text)).toEqual(expect.arrayContaining([...ids]));
  });

  it('ru "удалённое выполнение кода" (remote code execution) is no deletion', () => {
    expect(forbidden('Запрещено:\n\n- удалённое выполнение кода на серверах клиентов\n')).not.toContain('data_destruction_modification');
  });
});

describe('every taxonomy id as a nominal item under a prohibiting heading', () => {
  const ALL = ['dos', 'social_engineering', 'phishing', 'physical', 'automated_scanning', 'brute_force', 'data_access_exfiltration',
    'data_destruction_modification', 'malware', 'pivoting_persistence', 'third_party_testing', 'spam', 'public_disclosure_before_fix'];
  it.each([
    ['tr', "Yasaklı faaliyetler", ["Servis dışı bırakma saldırıları", "Çalışanların kandırılması", "Oltalama e-postaları gönderilmesi", "Binalara fiziksel giriş", "Otomatik zafiyet taraması", "Parola deneme saldırıları", "Müşteri verilerinin indirilmesi", "Verilerin değiştirilmesi", "Zararlı yazılım yüklenmesi", "Ağda yatay hareket", "Üçüncü taraf hizmetlerinin test edilmesi", "Toplu mesaj gönderimi", "Zafiyetin düzeltilmeden yayınlanması"]],
    ['ru', "Запрещено", ["DoS-атаки и стресс-тестирование", "обман сотрудников", "рассылка фишинговых писем", "проникновение в офисы", "автоматическое сканирование", "подбор паролей", "доступ к чужим данным", "порча данных", "загрузка вредоносных программ", "горизонтальное перемещение по сети", "тестирование сторонних сервисов", "массовая рассылка сообщений", "публикация информации до исправления"]],
    ['uk', "Заборонено", ["DoS-атаки та стрес-тестування", "обман працівників", "розсилання фішингових листів", "проникнення до офісів", "автоматичне сканування", "підбір паролів", "доступ до чужих даних", "псування даних", "завантаження шкідливих програм", "горизонтальне переміщення мережею", "тестування сторонніх сервісів", "масове розсилання повідомлень", "публікація інформації до виправлення"]],
    ['nb', "Forbudt", ["Overbelastningsangrep", "Manipulering av ansatte", "Utsending av phishing-e-post", "Fysisk inntrenging i lokaler", "Automatisert sårbarhetsskanning", "Passordgjetting", "Tilgang til andres data", "Ødeleggelse av data", "Opplasting av skadevare", "Lateral bevegelse i nettverket", "Testing av tredjepartstjenester", "Masseutsendelse av meldinger", "Offentliggjøring før retting"]],
    ['es', "Prohibido", ["Ataques de saturación de servicios", "Engaño a empleados", "Envío de correos de phishing", "Intrusión física en oficinas", "Escaneo automático", "Ataques de diccionario contra contraseñas", "Acceso a datos ajenos", "Destrucción de datos", "Carga de software malicioso", "Movimiento lateral en la red", "Pruebas contra servicios de terceros", "Envío masivo de mensajes", "Publicación antes de la corrección"]],
    ['it', "Vietato", ["Attacchi di saturazione dei servizi", "Inganno dei dipendenti", "Invio di email di phishing", "Intrusione fisica negli uffici", "Scansione automatica", "Attacchi a dizionario sulle password", "Accesso a dati altrui", "Distruzione di dati", "Caricamento di malware", "Movimento laterale nella rete", "Test di servizi di terze parti", "Invio massivo di messaggi", "Pubblicazione prima della correzione"]],
    ['id', "Dilarang", ["Serangan DDoS", "Penipuan terhadap karyawan", "Pengiriman email phishing", "Masuk secara fisik ke kantor", "Pemindaian otomatis", "Serangan kamus terhadap kata sandi", "Akses ke data orang lain", "Perusakan data", "Pengunggahan malware", "Pergerakan lateral di jaringan", "Pengujian layanan pihak ketiga", "Pengiriman pesan massal", "Publikasi sebelum perbaikan"]],
  ] as const)('%s: %s', (_lang, heading, items) => {
    expect(forbidden(`## ${heading}\n\n${items.map((i) => `- ${i}\n`).join('')}`)).toEqual(ALL);
  });
});

describe('every taxonomy id as an imperative in a rules paragraph', () => {
  it.each([
    ['tr', "Sunucularımızı aşırı isteklerle meşgul etmeyin. Personelimizi kandırmaya çalışmayın. Sahte giriş sayfaları hazırlamayın. Tesislerimize girmeye çalışmayın. Otomatik araçlarla tarama yapmayın. Şifreleri tahmin etmeye çalışmayın. Başkalarının verilerini görüntülemeyin. Hiçbir kaydı silmeyin. Sisteme virüs bulaştırmayın. Sistemde kalıcı erişim sağlamayın. Başka şirketlerin sistemlerini test etmeyin. Toplu e-posta göndermeyin. Açığı düzeltilmeden önce kimseye anlatmayın."],
    ['ru', "Не перегружайте наши серверы запросами. Не пытайтесь обмануть персонал. Не создавайте поддельные страницы входа. Не проникайте в наши помещения. Не запускайте автоматические сканеры. Не подбирайте пароли. Не просматривайте чужие данные. Не удаляйте записи. Не заражайте системы вирусами. Не закрепляйтесь в системе. Не тестируйте чужие сервисы. Не рассылайте массовые письма. Не рассказывайте об уязвимости до её исправления."],
    ['uk', "Не перевантажуйте наші сервери запитами. Не намагайтеся обдурити персонал. Не створюйте підроблені сторінки входу. Не проникайте в наші приміщення. Не запускайте автоматичні сканери. Не підбирайте паролі. Не переглядайте чужі дані. Не видаляйте записи. Не заражайте системи вірусами. Не закріплюйтеся в системі. Не тестуйте чужі сервіси. Не надсилайте масові листи. Не розповідайте про вразливість до її виправлення."],
    ['nb', "Ikke overbelast serverne våre med forespørsler. Ikke lur de ansatte. Ikke lag falske innloggingssider. Ikke ta deg inn i lokalene våre. Ikke kjør automatiske skannere. Ikke gjett passord. Ikke se på andres data. Ikke slett oppføringer. Ikke infiser systemene med virus. Ikke etabler vedvarende tilgang. Ikke test andre selskapers systemer. Ikke send masse-e-post. Ikke fortell andre om sårbarheten før den er rettet."],
    ['es', "No sature nuestros servidores con peticiones. No intente engañar al personal. No cree páginas de inicio de sesión falsas. No entre en nuestras instalaciones. No ejecute escáneres automáticos. No intente adivinar contraseñas. No consulte datos de otras personas. No borre registros. No infecte los sistemas con virus. No mantenga acceso persistente a los sistemas. No pruebe sistemas de otras empresas. No envíe correos masivos. No cuente a nadie la vulnerabilidad antes de que se corrija."],
    ['it', "Non sovraccaricate i nostri server con richieste. Non cercate di ingannare il personale. Non create pagine di accesso false. Non entrate nei nostri locali. Non eseguite scanner automatici. Non tentate di indovinare le password. Non consultate dati di altre persone. Non cancellate record. Non infettate i sistemi con virus. Non mantenete un accesso persistente ai sistemi. Non testate sistemi di altre aziende. Non inviate email in massa. Non raccontate a nessuno la vulnerabilità prima della correzione."],
    ['id', "Jangan membanjiri server kami dengan permintaan. Jangan menipu staf kami. Jangan membuat halaman login palsu. Jangan memasuki gedung kami. Jangan menjalankan pemindai otomatis. Jangan menebak kata sandi. Jangan melihat data orang lain. Jangan menghapus catatan apa pun. Jangan menginfeksi sistem dengan virus. Jangan mempertahankan akses ke sistem. Jangan menguji sistem milik perusahaan lain. Jangan mengirim email massal. Jangan menceritakan kerentanan kepada siapa pun sebelum diperbaiki."],
  ] as const)('%s: %s', (_lang, paragraph) => {
    expect(forbidden(`## Rules\n\n${paragraph}\n`)).toEqual(['dos', 'social_engineering', 'phishing', 'physical', 'automated_scanning', 'brute_force',
      'data_access_exfiltration', 'data_destruction_modification', 'malware', 'pivoting_persistence', 'third_party_testing', 'spam', 'public_disclosure_before_fix']);
  });
});

describe('our own promises and permissions name activities without forbidding them', () => {
  it.each([
    ['tr', "## Gizlilik\n\nKişisel verilerinizi üçüncü kişilerle paylaşmayacağız. Raporunuzu aldıktan sonra ekibimiz açığı düzeltecek ve sizi bilgilendirecektir. Otomatik tarama araçlarını düşük hızda kullanabilirsiniz.\n"],
    ['ru', "## Конфиденциальность\n\nМы не будем передавать ваши данные третьим лицам. Мы не раскрываем информацию об уязвимости до выхода исправления. Вы можете использовать автоматические сканеры с низкой скоростью.\n"],
    ['uk', "## Конфіденційність\n\nМи не передаватимемо ваші дані третім особам. Ми не розкриваємо інформацію про вразливість до виходу виправлення. Ви можете використовувати автоматичні сканери з низькою швидкістю.\n"],
    ['nb', "## Personvern\n\nVi deler ikke personopplysningene dine med tredjeparter. Vi publiserer ikke detaljer før feilen er rettet. Du kan bruke automatiske skannere med lav hastighet.\n"],
    ['es', "## Privacidad\n\nNo compartiremos sus datos con terceros. No publicamos detalles antes de corregir el fallo. Puede usar escáneres automáticos a baja velocidad.\n"],
    ['it', "## Privacy\n\nNon condivideremo i vostri dati con terzi. Non pubblichiamo dettagli prima della correzione. Potete usare scanner automatici a bassa velocità.\n"],
    ['id', "## Privasi\n\nKami tidak akan membagikan data Anda kepada pihak ketiga. Kami tidak mempublikasikan detail sebelum perbaikan. Anda boleh menggunakan pemindai otomatis dengan kecepatan rendah.\n"],
    ['tr', "## Kapsam\n\nAşağıdaki sistemler kapsam dahilindedir ve test edilebilir: api.example.com. Bu sistemlerde kaba kuvvet korumasını test edebilirsiniz.\n"],
  ] as const)('%s: %j', (_lang, text) => {
    expect(forbidden(text)).toEqual([]);
  });
});

describe('not-rewarded lead-ins keep their items ineligible', () => {
  it.each([
    "Aşağıdaki bulgular ödüllendirilmez:\n\n- Hizmet reddi saldırıları\n",
    "Aşağıdaki raporlar kabul edilmemektedir:\n\n- Sosyal mühendislik gerektiren saldırılar\n",
    "Не вознаграждаются:\n\n- DoS-атаки\n",
    "Следующие уязвимости не принимаются:\n\n- атаки социальной инженерии\n",
    "Не вважаються вразливостями:\n\n- DoS-атаки\n",
    "Ми не винагороджуємо за:\n\n- атаки соціальної інженерії\n",
    "Følgende kvalifiserer ikke til belønning:\n\n- Tjenestenektangrep\n",
    "Vi premierer ikke funn av typen:\n\n- Sosial manipulering\n",
    "Los siguientes hallazgos no son elegibles:\n\n- Ataques de denegación de servicio\n",
    "No aceptamos reportes de:\n\n- Ingeniería social\n",
    "Le seguenti vulnerabilità non sono idonee:\n\n- Attacchi di negazione del servizio\n",
    "Non accettiamo segnalazioni relative a:\n\n- Ingegneria sociale\n",
    "Temuan berikut tidak memenuhi syarat:\n\n- Serangan penolakan layanan\n",
    "Kami tidak menerima laporan tentang:\n\n- Rekayasa sosial\n",
    "Kami tidak menerima laporan tentang:\n\n- Rekayasa sosial\n",
    "Aşağıdaki bulgular için rapor kabul etmiyoruz:\n\n- Sosyal mühendislik\n",
    "Vi premierer ikke funn av typen:\n\n- Sosial manipulering\n",
  ])('%j', (text) => {
    expectIneligibleOnly(text, 1);
  });
});

describe('unavailability is DoS only when the reader would cause it', () => {
  it.each([
    ['ru', 'Не делайте сервис недоступным.', ['dos']],
    ['ru', 'Не тестируйте системы, недоступные из интернета.', []],
    ['uk', 'Не робіть сервіс недоступним для користувачів.', ['dos']],
    ['nb', 'Ikke utfør handlinger som kan gjøre tjenestene utilgjengelige.', ['dos']],
    ['es', 'No envíe informes con falsos positivos.', []],
  ] as const)('%s: %s', (_lang, sentence, ids) => {
    expect(forbidden(`## Rules\n\n${sentence}\n`).filter((id) => id !== 'other')).toEqual(ids);
  });
});

describe('a promise not to prosecute good-faith research is safe harbour', () => {
  it.each([
    ['uk', 'Ми не переслідуватимемо дослідників, які діють сумлінно.'],
    ['id', 'Kami tidak akan menuntut peneliti yang bertindak dengan itikad baik.'],
  ])('%s: %s', (_lang, sentence) => {
    expect(read(`${sentence}\n`).safe_harbor).toBe(true);
  });
});
