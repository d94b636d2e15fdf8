import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

// Helper battery-c (2026-12-08): a battery of INVENTED policy snippets (a heading and a sentence or two) that state a
// reporting channel the way policies do, in en, uk, tr, it, da, ja, ko, ru, de, fr, es, pt: an address after a verb
// or a label, in a table, spelled out with the language's at/dot words, a mailto link, a form link ("compila il
// modulo", "udfyld formularen", "заповніть форму"), GitHub's private reporting named in words, platform programmes,
// the maintainers reached through a contact page, a PGP key beside an address, chat as a second channel; and
// negatives that must give no channel (addresses for sales or billing, an example address when signing up, "do not
// report on Discord", a security.txt named as a standard). None is copied from a policy.
const NOW = new Date('2026-11-21T00:00:00Z');
const WEB = 'https://kettle.example.org/security';
const REPO = 'https://github.com/kettle-org/kettle/blob/main/SECURITY.md';
const FORM = 'https://github.com/kettle-org/kettle/security/advisories/new';
const M = 'mailto:security@kettle.example.org';

// An opening paragraph long enough for the document's language to be told from its own prose.
const OPENING: Record<string, string> = {
  "en": "# Security policy\n\nWe take the security of our products very seriously and thank the research community for its help.\n\n",
  "uk": "# Політика безпеки\n\nМи дуже серйозно ставимося до безпеки наших продуктів і дякуємо спільноті дослідників за допомогу.\n\n",
  "tr": "# Güvenlik politikası\n\nÜrünlerimizin güvenliğini çok ciddiye alıyoruz ve araştırmacı topluluğuna yardımları için teşekkür ederiz.\n\n",
  "it": "# Politica di sicurezza\n\nPrendiamo molto sul serio la sicurezza dei nostri prodotti e ringraziamo la comunità dei ricercatori per il loro aiuto.\n\n",
  "da": "# Sikkerhedspolitik\n\nVi tager sikkerheden i vores produkter meget alvorligt og takker forskerne for deres hjælp med at finde fejl.\n\n",
  "ja": "# セキュリティポリシー\n\n私たちは製品のセキュリティを非常に重視しており、研究者の皆様のご協力に感謝いたします。\n\n",
  "ko": "# 보안 정책\n\n저희는 제품의 보안을 매우 중요하게 생각하며 연구자 여러분의 도움에 감사드립니다.\n\n",
  "ru": "# Политика безопасности\n\nМы очень серьёзно относимся к безопасности наших продуктов и благодарим сообщество исследователей за помощь.\n\n",
  "de": "# Sicherheitsrichtlinie\n\nWir nehmen die Sicherheit unserer Produkte sehr ernst und danken der Gemeinschaft der Forschenden für ihre Hilfe.\n\n",
  "fr": "# Politique de sécurité\n\nNous prenons très au sérieux la sécurité de nos produits et remercions la communauté des chercheurs pour son aide.\n\n",
  "es": "# Política de seguridad\n\nNos tomamos muy en serio la seguridad de nuestros productos y agradecemos a la comunidad de investigadores su ayuda.\n\n",
  "pt": "# Política de segurança\n\nLevamos muito a sério a segurança dos nossos produtos e agradecemos a ajuda da comunidade de pesquisadores.\n\n"
};

type Case = [lang: string, snippet: string, want: string[], base: string];
const contacts = (lang: string, snippet: string, base: string) =>
  extractPolicy({ body: OPENING[lang]! + snippet + '\n', url: 'SECURITY.md' }, { now: NOW, baseUrl: base }).contacts.map((c) => c.value);

// Missed or wrong before this round: form words in link labels (every pack), a comma before a purpose clause after the
// link, Danish infinitive and "indberet" verbs, "commercial" enquiries, Matrix IDs with their server, sign-up addresses.
const FIXED: Case[] = [
  ['en', "## Reporting\n\nSend reports to security@kettle.example.org. You can also reach us on Matrix at @kettle-sec:matrix.org for quick questions.", [M, 'Matrix @kettle-sec:matrix.org'], WEB],
  ['uk', "## Як повідомити\n\nСкористайтеся [формою для звітів](https://kettle.example.org/report), щоб повідомити про вразливість.", ['https://kettle.example.org/report'], WEB],
  ['da', "## Rapportering\n\nFor at rapportere en sårbarhed skal du udfylde [formularen](https://kettle.example.org/indberet).", ['https://kettle.example.org/indberet'], WEB],
  ['uk', "## Як повідомити\n\nЩоб повідомити про вразливість, заповніть [форму](https://kettle.example.org/f/7).", ['https://kettle.example.org/f/7'], WEB],
  ['uk', "## Як повідомити\n\nСкористайтеся [формою](https://kettle.example.org/f/7), щоб повідомити про вразливість.", ['https://kettle.example.org/f/7'], WEB],
  ['tr', "## Bildirim\n\nGüvenlik açığını bildirmek için [formu](https://kettle.example.org/f/7) doldurun.", ['https://kettle.example.org/f/7'], WEB],
  ['it', "## Segnalazione\n\nPer segnalare una vulnerabilità compila il [modulo](https://kettle.example.org/f/7).", ['https://kettle.example.org/f/7'], WEB],
  ['da', "## Rapportering\n\nFor at rapportere en sårbarhed skal du udfylde [formularen](https://kettle.example.org/f/7).", ['https://kettle.example.org/f/7'], WEB],
  ['ja', "## 報告方法\n\n脆弱性は[こちらのフォーム](https://kettle.example.org/f/7)からご報告ください。", ['https://kettle.example.org/f/7'], WEB],
  ['ko', "## 보고 방법\n\n취약점은 [양식](https://kettle.example.org/f/7)을 통해 제보해 주세요.", ['https://kettle.example.org/f/7'], WEB],
  ['ru', "## Как сообщить\n\nВоспользуйтесь [формой](https://kettle.example.org/f/7), чтобы сообщить об уязвимости.", ['https://kettle.example.org/f/7'], WEB],
  ['de', "## Meldung\n\nNutzen Sie das [Formular](https://kettle.example.org/f/7), um eine Schwachstelle zu melden.", ['https://kettle.example.org/f/7'], WEB],
  ['fr', "## Signalement\n\nPour signaler une faille, remplissez le [formulaire](https://kettle.example.org/f/7).", ['https://kettle.example.org/f/7'], WEB],
  ['es', "## Notificación\n\nPara notificar una vulnerabilidad, rellene el [formulario](https://kettle.example.org/f/7).", ['https://kettle.example.org/f/7'], WEB],
  ['pt', "## Como reportar\n\nPara reportar uma vulnerabilidade, preencha o [formulário](https://kettle.example.org/f/7).", ['https://kettle.example.org/f/7'], WEB],
];

// Already read right before this round: regression guards.
const GUARDS: Case[] = [
  ['en', "## Reporting\n\nSend reports to security@kettle.example.org.", [M], WEB],
  ['en', "## How to reach us\n\nWrite to us at security@kettle.example.org and we will answer within two days.", [M], WEB],
  ['en', "## Contact\n\nE-mail: security@kettle.example.org", [M], WEB],
  ['en', "## Contact\n\n| Channel | Address |\n| --- | --- |\n| E-mail | security@kettle.example.org |", [M], WEB],
  ['en', "## Reporting\n\nMail your findings to security (at) kettle (dot) example (dot) org.", [M], WEB],
  ['en', "## Reporting\n\nPlease [e-mail our security team](mailto:security@kettle.example.org) with the details.", [M], WEB],
  ['en', "## Reporting\n\nPlease use our [vulnerability report form](https://kettle.example.org/report) to tell us about a flaw.", ['https://kettle.example.org/report'], WEB],
  ['en', "## Reporting\n\nOpen the Security tab of this repository and click \"Report a vulnerability\".", [FORM], REPO],
  ['en', "## Reporting\n\nReport vulnerabilities through GitHub private vulnerability reporting.", [FORM], REPO],
  ['en', "## Reporting\n\nWe run a programme on HackerOne: submit your findings at https://hackerone.com/kettle.", ['https://hackerone.com/kettle'], WEB],
  ['en', "## Reporting\n\nSubmit reports through our [Bugcrowd programme](https://bugcrowd.com/kettle).", ['https://bugcrowd.com/kettle'], WEB],
  ['en', "## Reporting\n\nPlease contact the maintainers privately via our [contact page](https://kettle.example.org/people).", ['https://kettle.example.org/people'], WEB],
  ['en', "## Reporting\n\nE-mail security@kettle.example.org. Our PGP key is at https://kettle.example.org/pgp.asc.", [M], WEB],
  ['en', "## Reporting\n\nIf you have found a vulnerability, please let us know at security@kettle.example.org.", [M], WEB],
  ['en', "## Reporting\n\nPlease submit your report via Intigriti: https://app.intigriti.com/programs/kettle/kettle/detail", ['https://app.intigriti.com/programs/kettle/kettle/detail'], WEB],
  ['uk', "## Повідомлення про вразливості\n\nНадсилайте звіти на security@kettle.example.org.", [M], WEB],
  ['uk', "## Контакти\n\nЕлектронна пошта: security@kettle.example.org", [M], WEB],
  ['uk', "## Контакти\n\nКонтакт: security@kettle.example.org", [M], WEB],
  ['uk', "## Як повідомити\n\nНапишіть нам на адресу security@kettle.example.org.", [M], WEB],
  ['uk', "## Як повідомити\n\nПовідомте про вразливість на security [равлик] kettle [крапка] example [крапка] org.", [M], WEB],
  ['uk', "## Як повідомити\n\nВідкрийте вкладку Security цього репозиторію і натисніть «Report a vulnerability».", [FORM], REPO],
  ['uk', "## Як повідомити\n\nПовідомляйте про вразливості через нашу програму на HackerOne: https://hackerone.com/kettle", ['https://hackerone.com/kettle'], WEB],
  ['uk', "## Як повідомити\n\nЗв'яжіться з супровідниками приватно через [сторінку контактів](https://kettle.example.org/contacts).", ['https://kettle.example.org/contacts'], WEB],
  ['uk', "## Як повідомити\n\nНадішліть листа на security@kettle.example.org. Наш ключ PGP: https://kettle.example.org/pgp.asc", [M], WEB],
  ['uk', "## Як повідомити\n\nНадішліть звіт на security@kettle.example.org або напишіть нам у Telegram @kettle_sec.", [M, 'Telegram @kettle_sec'], WEB],
  ['uk', "## Як повідомити\n\nЯкщо ви знайшли вразливість, будь ласка, повідомте нам електронною поштою: security@kettle.example.org.", [M], WEB],
  ['tr', "## Bildirim\n\nRaporlarınızı security@kettle.example.org adresine gönderin.", [M], WEB],
  ['tr', "## İletişim\n\nİletişim: security@kettle.example.org", [M], WEB],
  ['tr', "## İletişim\n\nE-posta: security@kettle.example.org", [M], WEB],
  ['tr', "## Bildirim\n\nBize security@kettle.example.org adresinden ulaşabilirsiniz.", [M], WEB],
  ['tr', "## Bildirim\n\nGüvenlik açıklarını security [at] kettle [nokta] example [nokta] org adresine bildirin.", [M], WEB],
  ['tr', "## Bildirim\n\nGüvenlik açığını bildirmek için [bildirim formumuzu](https://kettle.example.org/report) doldurun.", ['https://kettle.example.org/report'], WEB],
  ['tr', "## Bildirim\n\nBu deponun Security sekmesini açın ve \"Report a vulnerability\" düğmesine tıklayın.", [FORM], REPO],
  ['tr', "## Bildirim\n\nBulgularınızı HackerOne programımız üzerinden gönderin: https://hackerone.com/kettle", ['https://hackerone.com/kettle'], WEB],
  ['tr', "## Bildirim\n\nLütfen bir e-posta gönderin: security@kettle.example.org. PGP anahtarımız: https://kettle.example.org/pgp.asc", [M], WEB],
  ['tr', "## Bildirim\n\nBir güvenlik açığı bulursanız lütfen bize e-posta ile bildirin: security@kettle.example.org", [M], WEB],
  ['tr', "## Bildirim\n\nGüvenlik açıklarını bakımcılara özel olarak [iletişim sayfası](https://kettle.example.org/iletisim) üzerinden bildirin.", ['https://kettle.example.org/iletisim'], WEB],
  ['it', "## Segnalazione\n\nInvia le segnalazioni a security@kettle.example.org.", [M], WEB],
  ['it', "## Contatti\n\nEmail: security@kettle.example.org", [M], WEB],
  ['it', "## Contatti\n\nContatto: security@kettle.example.org", [M], WEB],
  ['it', "## Segnalazione\n\nScrivici all'indirizzo security@kettle.example.org.", [M], WEB],
  ['it', "## Segnalazione\n\nSegnala le vulnerabilità a security [chiocciola] kettle [punto] example [punto] org.", [M], WEB],
  ['it', "## Segnalazione\n\nPer segnalare una vulnerabilità compila il [modulo](https://kettle.example.org/segnala).", ['https://kettle.example.org/segnala'], WEB],
  ['it', "## Segnalazione\n\nApri la scheda Security di questo repository e clicca su \"Report a vulnerability\".", [FORM], REPO],
  ['it', "## Segnalazione\n\nInvia i tuoi risultati tramite il nostro programma su YesWeHack: https://yeswehack.com/programs/kettle", ['https://yeswehack.com/programs/kettle'], WEB],
  ['it', "## Segnalazione\n\nContatta i manutentori in privato tramite la [pagina dei contatti](https://kettle.example.org/contatti).", ['https://kettle.example.org/contatti'], WEB],
  ['it', "## Segnalazione\n\nScrivi a security@kettle.example.org. La nostra chiave PGP è disponibile su https://kettle.example.org/pgp.asc.", [M], WEB],
  ['it', "## Segnalazione\n\nSe hai trovato una vulnerabilità, faccelo sapere via email a security@kettle.example.org.", [M], WEB],
  ['da', "## Rapportering\n\nSend rapporter til security@kettle.example.org.", [M], WEB],
  ['da', "## Kontakt\n\nKontakt: security@kettle.example.org", [M], WEB],
  ['da', "## Kontakt\n\nE-mail: security@kettle.example.org", [M], WEB],
  ['da', "## Rapportering\n\nSkriv til os på security@kettle.example.org.", [M], WEB],
  ['da', "## Rapportering\n\nIndberet sårbarheder til security [snabel-a] kettle [punktum] example [punktum] org.", [M], WEB],
  ['da', "## Rapportering\n\nÅbn fanen Security i dette repository og klik på \"Report a vulnerability\".", [FORM], REPO],
  ['da', "## Rapportering\n\nIndsend dine fund via vores program på Intigriti: https://app.intigriti.com/programs/kettle/kettle/detail", ['https://app.intigriti.com/programs/kettle/kettle/detail'], WEB],
  ['da', "## Rapportering\n\nKontakt vedligeholderne privat via [kontaktsiden](https://kettle.example.org/kontakt).", ['https://kettle.example.org/kontakt'], WEB],
  ['da', "## Rapportering\n\nHar du fundet en sårbarhed, så giv os besked på security@kettle.example.org. Vores PGP-nøgle findes på https://kettle.example.org/pgp.asc.", [M], WEB],
  ['ja', "## 報告方法\n\n脆弱性は security@kettle.example.org までご報告ください。", [M], WEB],
  ['ja', "## 連絡先\n\n連絡先：security@kettle.example.org", [M], WEB],
  ['ja', "## 連絡先\n\nメール: security@kettle.example.org", [M], WEB],
  ['ja', "## 報告方法\n\n脆弱性を発見した場合は、security@kettle.example.org 宛てにメールでお知らせください。", [M], WEB],
  ['ja', "## 報告方法\n\n報告は security [アット] kettle [ドット] example [ドット] org へ送ってください。", [M], WEB],
  ['ja', "## 報告方法\n\n脆弱性の報告は[報告フォーム](https://kettle.example.org/report)からお願いします。", ['https://kettle.example.org/report'], WEB],
  ['ja', "## 報告方法\n\nこのリポジトリの Security タブを開き、「Report a vulnerability」をクリックしてください。", [FORM], REPO],
  ['ja', "## 報告方法\n\nGitHub のプライベート脆弱性報告を使用して報告してください。", [FORM], REPO],
  ['ja', "## 報告方法\n\nHackerOne のプログラムから報告してください: https://hackerone.com/kettle", ['https://hackerone.com/kettle'], WEB],
  ['ja', "## 報告方法\n\nsecurity@kettle.example.org までメールしてください。PGP 鍵は https://kettle.example.org/pgp.asc にあります。", [M], WEB],
  ['ko', "## 보고 방법\n\n취약점은 security@kettle.example.org 로 보내 주십시오.", [M], WEB],
  ['ko', "## 연락처\n\n연락처: security@kettle.example.org", [M], WEB],
  ['ko', "## 연락처\n\n이메일: security@kettle.example.org", [M], WEB],
  ['ko', "## 보고 방법\n\n취약점을 발견하시면 security@kettle.example.org 으로 이메일을 보내주세요.", [M], WEB],
  ['ko', "## 보고 방법\n\n보고는 security [골뱅이] kettle [점] example [점] org 로 보내 주세요.", [M], WEB],
  ['ko', "## 보고 방법\n\n취약점은 [신고 양식](https://kettle.example.org/report)을 통해 제보해 주세요.", ['https://kettle.example.org/report'], WEB],
  ['ko', "## 보고 방법\n\n이 저장소의 Security 탭에서 \"Report a vulnerability\"를 클릭하세요.", [FORM], REPO],
  ['ko', "## 보고 방법\n\nHackerOne 프로그램을 통해 제출해 주세요: https://hackerone.com/kettle", ['https://hackerone.com/kettle'], WEB],
  ['ko', "## 보고 방법\n\n메인테이너에게 [연락처 페이지](https://kettle.example.org/contact)를 통해 비공개로 연락해 주세요.", ['https://kettle.example.org/contact'], WEB],
  ['ko', "## 보고 방법\n\nsecurity@kettle.example.org 로 메일을 보내 주세요. PGP 키는 https://kettle.example.org/pgp.asc 에 있습니다.", [M], WEB],
  ['en', "## Reporting\n\nTo report a flaw, fill in our [web form](https://kettle.example.org/f/7).", ['https://kettle.example.org/f/7'], WEB],
  ['ru', "## Как сообщить\n\nОтправляйте отчёты на security@kettle.example.org.", [M], WEB],
  ['ru', "## Контакты\n\nЭлектронная почта: security@kettle.example.org", [M], WEB],
  ['ru', "## Как сообщить\n\nНапишите нам на security [собака] kettle [точка] example [точка] org.", [M], WEB],
  ['ru', "## Как сообщить\n\nОткройте вкладку Security этого репозитория и нажмите «Report a vulnerability».", [FORM], REPO],
  ['ru', "## Как сообщить\n\nСообщайте об уязвимостях через нашу программу на HackerOne: https://hackerone.com/kettle", ['https://hackerone.com/kettle'], WEB],
  ['de', "## Meldung\n\nSenden Sie Ihre Meldung an security@kettle.example.org.", [M], WEB],
  ['de', "## Kontakt\n\nE-Mail: security@kettle.example.org", [M], WEB],
  ['de', "## Meldung\n\nSchreiben Sie an security [at] kettle [punkt] example [punkt] org.", [M], WEB],
  ['de', "## Meldung\n\nÖffnen Sie den Reiter Security dieses Repositorys und klicken Sie auf „Report a vulnerability“.", [FORM], REPO],
  ['de', "## Meldung\n\nMelden Sie Schwachstellen über unser Programm bei Intigriti: https://app.intigriti.com/programs/kettle/kettle/detail", ['https://app.intigriti.com/programs/kettle/kettle/detail'], WEB],
  ['fr', "## Signalement\n\nEnvoyez vos rapports à security@kettle.example.org.", [M], WEB],
  ['fr', "## Contact\n\nCourriel : security@kettle.example.org", [M], WEB],
  ['fr', "## Signalement\n\nÉcrivez-nous à security [arobase] kettle [point] example [point] org.", [M], WEB],
  ['fr', "## Signalement\n\nSoumettez vos découvertes via notre programme YesWeHack : https://yeswehack.com/programs/kettle", ['https://yeswehack.com/programs/kettle'], WEB],
  ['es', "## Notificación\n\nEnvíe sus informes a security@kettle.example.org.", [M], WEB],
  ['es', "## Contacto\n\nCorreo electrónico: security@kettle.example.org", [M], WEB],
  ['es', "## Notificación\n\nEscríbanos a security [arroba] kettle [punto] example [punto] org.", [M], WEB],
  ['es', "## Notificación\n\nEnvíe sus hallazgos a través de nuestro programa en HackerOne: https://hackerone.com/kettle", ['https://hackerone.com/kettle'], WEB],
  ['pt', "## Como reportar\n\nEnvie seus relatórios para security@kettle.example.org.", [M], WEB],
  ['pt', "## Contato\n\nE-mail: security@kettle.example.org", [M], WEB],
  ['pt', "## Como reportar\n\nEscreva para security [arroba] kettle [ponto] example [ponto] org.", [M], WEB],
  ['pt', "## Como reportar\n\nAbra a aba Security deste repositório e clique em \"Report a vulnerability\".", [FORM], REPO],
];

// No channel at all.
const NEGATIVES: Case[] = [
  ['en', "## Support\n\nFor billing questions write to billing@kettle.example.org.", [], WEB],
  ['en', "## Accounts\n\nUse an address you own when you sign up, e.g. user@example.com.", [], WEB],
  ['en', "## Reporting\n\nDo not report vulnerabilities on our Discord server.", [], WEB],
  ['en', "## About us\n\nWe publish news on our [Twitter account](https://twitter.com/kettle).", [], WEB],
  ['en', "## Standards\n\nWe also publish a security.txt file as described in RFC 9116.", [], WEB],
  ['uk', "## Підтримка\n\nЗ питань оплати пишіть на billing@kettle.example.org, служба підтримки відповість протягом дня.", [], WEB],
  ['uk', "## Як повідомити\n\nНе повідомляйте про вразливості в Discord.", [], WEB],
  ['tr', "## Destek\n\nFatura ve satış soruları için destek@kettle.example.org adresine yazın.", [], WEB],
  ['tr', "## Bildirim\n\nGüvenlik açıklarını Discord üzerinden bildirmeyin.", [], WEB],
  ['it', "## Assistenza\n\nPer domande commerciali scrivi a vendite@kettle.example.org.", [], WEB],
  ['it', "## Segnalazione\n\nNon segnalare le vulnerabilità su Discord.", [], WEB],
  ['da', "## Kundeservice\n\nSpørgsmål om fakturaer og salg sendes til salg@kettle.example.org.", [], WEB],
  ['da', "## Rapportering\n\nRapportér ikke sårbarheder på Discord.", [], WEB],
  ['ja', "## お問い合わせ\n\n製品の購入に関するお問い合わせは sales@kettle.example.org までお願いします。", [], WEB],
  ['ja', "## 報告方法\n\n脆弱性を Discord で報告しないでください。", [], WEB],
  ['ko', "## 고객 지원\n\n구매 및 영업 문의는 sales@kettle.example.org 로 보내 주세요.", [], WEB],
  ['ko', "## 보고 방법\n\n취약점을 Discord 에 보고하지 마십시오.", [], WEB],
  ['ru', "## Поддержка\n\nПо вопросам оплаты пишите на billing@kettle.example.org, служба поддержки ответит в течение дня.", [], WEB],
  ['ru', "## Как сообщить\n\nНе сообщайте об уязвимостях в Discord.", [], WEB],
  ['de', "## Vertrieb\n\nFür Anfragen an den Vertrieb wenden Sie sich an vertrieb@kettle.example.org.", [], WEB],
  ['de', "## Meldung\n\nMelden Sie Schwachstellen nicht über Discord.", [], WEB],
  ['fr', "## Service commercial\n\nPour toute question commerciale, écrivez à ventes@kettle.example.org.", [], WEB],
  ['fr', "## Signalement\n\nNe signalez pas de failles sur Discord.", [], WEB],
  ['es', "## Ventas\n\nPara consultas comerciales escriba a ventas@kettle.example.org.", [], WEB],
  ['es', "## Notificación\n\nNo informe de vulnerabilidades por Discord.", [], WEB],
  ['pt', "## Vendas\n\nPara dúvidas comerciais escreva para vendas@kettle.example.org.", [], WEB],
  ['pt', "## Como reportar\n\nNão reporte vulnerabilidades pelo Discord.", [], WEB],
  ['en', "## Support\n\nFor sales enquiries, write to sales@kettle.example.org.", [], WEB],
  ['en', "## Out of scope\n\nReport bugs in the upstream library to its own maintainers at https://lib.example.net/bugs.", [], WEB],
  ['tr', "## Hesaplar\n\nKayıt olurken kendi adresinizi kullanın, örneğin kullanici@example.com.", [], WEB],
  ['ja', "## アカウント\n\n登録の際はご自身のメールアドレス（例: user@example.com）を使用してください。", [], WEB],
  ['it', "## Standard\n\nPubblichiamo anche un file security.txt secondo la RFC 9116.", [], WEB],
];

describe('battery-c: channels missed before', () => {
  it.each(FIXED)('[%s] %j', (lang, snippet, want, base) => expect(contacts(lang, snippet, base)).toEqual(want));
});

describe('battery-c: channels already read (regression guards)', () => {
  it.each(GUARDS)('[%s] %j', (lang, snippet, want, base) => expect(contacts(lang, snippet, base)).toEqual(want));
});

describe('battery-c: no channel', () => {
  it.each(NEGATIVES)('[%s] %j', (lang, snippet, want, base) => expect(contacts(lang, snippet, base)).toEqual(want));
});
