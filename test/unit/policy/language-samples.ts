// Short policy-like sections in each supported language, written for these tests (not taken from any policy):
// the language detector is compared and checked on them (scripts/compare-language-detectors.ts, detect-language.test.ts).
export const LANGUAGE_SAMPLES: Record<string, string[]> = {
  en: [
    'While testing you must not run denial of service attacks or access data that belongs to other users.',
    'Please include a description of the issue and the steps to reproduce it in your report.',
    'We will acknowledge your report within three business days and keep you informed of our progress.',
  ],
  de: [
    'Bitte führen Sie keine Denial-of-Service-Angriffe durch und greifen Sie nicht auf Daten anderer Nutzer zu.',
    'Ihre Meldung sollte eine Beschreibung der Schwachstelle und die Schritte zur Reproduktion enthalten.',
    'Wir bestätigen den Eingang Ihrer Meldung innerhalb von drei Werktagen.',
  ],
  nl: [
    'Voer geen denial-of-service-aanvallen uit en bekijk of wijzig geen gegevens van andere gebruikers.',
    'Beschrijf in je melding de kwetsbaarheid en de stappen om het probleem te reproduceren.',
    'Wij reageren binnen drie werkdagen op je melding en houden je op de hoogte.',
  ],
  fr: [
    "N'effectuez pas d'attaques par déni de service et n'accédez pas aux données des autres utilisateurs.",
    'Votre signalement doit contenir une description de la vulnérabilité et les étapes pour la reproduire.',
    'Nous accuserons réception de votre signalement dans un délai de trois jours ouvrés.',
  ],
  es: [
    'No está permitido realizar ataques de denegación de servicio ni acceder a los datos de otros usuarios.',
    'Su informe debe incluir una descripción de la vulnerabilidad y los pasos para reproducirla.',
    'Confirmaremos la recepción de su informe en un plazo de tres días hábiles.',
  ],
  it: [
    'Non è consentito eseguire attacchi di tipo denial of service né accedere ai dati di altri utenti.',
    'La segnalazione deve contenere una descrizione della vulnerabilità e i passaggi per riprodurla.',
    'Confermeremo la ricezione della tua segnalazione entro tre giorni lavorativi.',
  ],
  pt: [
    'Não é permitido realizar ataques de negação de serviço nem acessar dados de outros usuários.',
    'O seu relatório deve conter uma descrição da vulnerabilidade e os passos para reproduzi-la.',
    'Responderemos ao seu relato em até três dias úteis e manteremos você informado.',
  ],
  pl: [
    'Nie wolno przeprowadzać ataków typu odmowa usługi ani uzyskiwać dostępu do danych innych użytkowników.',
    'Zgłoszenie powinno zawierać opis podatności oraz kroki pozwalające ją odtworzyć.',
    'Potwierdzimy otrzymanie zgłoszenia w ciągu trzech dni roboczych.',
  ],
  cs: [
    'Je zakázáno provádět útoky typu odepření služby nebo přistupovat k datům jiných uživatelů.',
    'Vaše hlášení by mělo obsahovat popis zranitelnosti a kroky k jejímu zopakování.',
    'Přijetí vašeho hlášení potvrdíme do tří pracovních dnů.',
  ],
  sv: [
    'Du får inte utföra överbelastningsattacker eller komma åt data som tillhör andra användare.',
    'Din rapport bör innehålla en beskrivning av sårbarheten och stegen för att återskapa den.',
    'Vi bekräftar att vi har tagit emot din rapport inom tre arbetsdagar.',
  ],
  nb: [
    'Du skal ikke utføre tjenestenektangrep eller skaffe deg tilgang til data som tilhører andre brukere.',
    'Rapporten din bør inneholde en beskrivelse av sårbarheten og stegene for å gjenskape den.',
    'Vi bekrefter at vi har mottatt rapporten din innen tre virkedager.',
  ],
  da: [
    'Du må ikke udføre overbelastningsangreb eller skaffe dig adgang til data, der tilhører andre brugere.',
    'Din rapport skal indeholde en beskrivelse af sårbarheden og trinene til at genskabe den.',
    'Vi bekræfter modtagelsen af din rapport inden for tre arbejdsdage.',
  ],
  fi: [
    'Palvelunestohyökkäykset ja muiden käyttäjien tietoihin pääseminen ovat kiellettyjä.',
    'Ilmoituksen tulee sisältää kuvaus haavoittuvuudesta ja vaiheet sen toistamiseksi.',
    'Vahvistamme ilmoituksesi vastaanottamisen kolmen arkipäivän kuluessa.',
  ],
  ja: [
    'サービス拒否攻撃や他のユーザーのデータへのアクセスは禁止されています。',
    '報告には脆弱性の説明と再現手順を含めてください。',
    '報告を受け取ってから3営業日以内に返信いたします。',
  ],
  zh: [
    '禁止进行拒绝服务攻击，也不得访问其他用户的数据。',
    '报告中应包含漏洞描述以及复现步骤。',
    '我们将在三个工作日内确认收到您的报告。',
  ],
  ko: [
    '서비스 거부 공격을 수행하거나 다른 사용자의 데이터에 접근해서는 안 됩니다.',
    '보고서에는 취약점에 대한 설명과 재현 단계를 포함해 주십시오.',
    '영업일 기준 3일 이내에 보고서 접수를 확인해 드립니다.',
  ],
  id: [
    'Anda tidak diperbolehkan melakukan serangan penolakan layanan atau mengakses data milik pengguna lain.',
    'Laporan Anda harus berisi deskripsi kerentanan dan langkah-langkah untuk mereproduksinya.',
    'Kami akan mengonfirmasi penerimaan laporan Anda dalam waktu tiga hari kerja.',
  ],
  ru: [
    'Запрещается проводить атаки типа отказ в обслуживании и получать доступ к данным других пользователей.',
    'Отчёт должен содержать описание уязвимости и шаги для её воспроизведения.',
    'Мы подтвердим получение вашего отчёта в течение трёх рабочих дней.',
  ],
  uk: [
    'Заборонено проводити атаки на відмову в обслуговуванні та отримувати доступ до даних інших користувачів.',
    'Звіт повинен містити опис вразливості та кроки для її відтворення.',
    'Ми підтвердимо отримання вашого звіту протягом трьох робочих днів.',
  ],
  tr: [
    'Hizmet reddi saldırıları yapmak veya diğer kullanıcıların verilerine erişmek yasaktır.',
    'Raporunuz zafiyetin açıklamasını ve yeniden üretme adımlarını içermelidir.',
    'Raporunuzun alındığını üç iş günü içinde onaylayacağız.',
  ],
};
