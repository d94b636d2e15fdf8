import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

// Documents invented for these tests: how policies in each language ask for report contents (lead-ins, list items,
// field words), and lists that name the same words without asking for them (what we send back, what to leave out).

const NOW = new Date('2026-11-21T00:00:00Z');
const fields = (body: string) => extractPolicy({ body, url: 'policy.md' }, { now: NOW }).report_fields.map((f) => f.id);

describe('report-content lead-ins and field words (fr, de, nl, ru)', () => {
  it.each([
    ["fr", "# Politique de sécurité\n\n## Signaler une vulnérabilité\n\nVotre rapport doit contenir :\n\n- un résumé clair du problème\n- les étapes pour reproduire\n- l'impact potentiel\n- la version concernée\n- vos coordonnées\n", ["description", "impact", "reproduction_steps", "contact_info", "environment"]],
    ["fr", "# Sécurité\n\nSi vous trouvez une faille, écrivez-nous. Merci d'indiquer :\n\n- l'URL concernée\n- le navigateur utilisé\n- une preuve de concept\n- la date de la découverte\n", ["location_url", "proof_of_concept", "environment", "other"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nIndiquez-nous la version du logiciel, le système d'exploitation et le nom de domaine touché.\n", ["location_url", "environment"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nPour nous aider, un bon signalement comprend :\n\n1. Le scénario d'attaque envisagé\n2. Une vidéo ou des captures d'écran\n3. Votre pseudonyme pour les remerciements\n4. Le score CVSS estimé\n", ["impact", "proof_of_concept", "reporter_name", "other"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nVeuillez nous communiquer votre adresse électronique afin que nous puissions vous recontacter.\n", ["contact_info"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nN'oubliez pas de préciser la criticité estimée et le paramètre vulnérable.\n", ["impact"]],
    ["fr", "# Sécurité\n\n## Comment signaler\n\nDans la mesure du possible, précisez :\n\n- la nature de la vulnérabilité\n- l'adresse de la page touchée\n- les conséquences pour les utilisateurs\n- les outils utilisés\n", ["description", "location_url", "impact", "other"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nExpliquez comment exploiter la faille et fournissez un code d'exploitation si vous en avez un.\n", ["proof_of_concept"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nNous avons besoin des informations suivantes :\n\n- type de faille\n- sous-domaine concerné\n- gravité estimée\n- votre nom complet\n", ["description", "location_url", "impact", "reporter_name"]],
    ["fr", "# Sécurité\n\n## Ce que nous attendons de vous\n\n- Ne pas accéder aux données des autres utilisateurs.\n- Nous laisser un délai raisonnable pour corriger.\n- Nous envoyer un rapport détaillé avec les étapes de reproduction.\n", ["reproduction_steps"]],
    ["de", "# Sicherheitsrichtlinie\n\n## Schwachstelle melden\n\nIhre Meldung sollte enthalten:\n\n- die Art der Sicherheitslücke\n- die betroffene Version\n- eine Schritt-für-Schritt-Anleitung zum Nachstellen\n- die möglichen Auswirkungen\n- Ihre Kontaktdaten für Rückfragen\n", ["description", "impact", "reproduction_steps", "contact_info", "environment"]],
    ["de", "# Sicherheit\n\nWenn Sie eine Lücke finden, schreiben Sie uns. Bitte geben Sie an:\n\n- den betroffenen Host oder die Domain\n- den verwendeten Browser und das Betriebssystem\n- ein Proof of Concept\n- den Zeitpunkt der Entdeckung\n", ["location_url", "proof_of_concept", "environment", "other"]],
    ["de", "# Sicherheit\n\n## Meldung\n\nBitte teilen Sie uns mit, unter welchem Pfad die Lücke auftritt und welche Konfiguration Sie verwendet haben.\n", ["location_url", "environment"]],
    ["de", "# Sicherheit\n\n## Meldung\n\nDamit wir Ihre Meldung schnell bearbeiten können, benötigen wir:\n\n1. Eine kurze Zusammenfassung\n2. Ein Angriffsszenario\n3. Screenshots oder ein Video\n4. Die eingesetzten Werkzeuge\n", ["description", "impact", "proof_of_concept", "other"]],
    ["de", "# Sicherheit\n\n## Meldung\n\nBeschreiben Sie die Schwachstelle so genau wie möglich und fügen Sie einen Exploit-Code oder ein Codebeispiel bei.\n", ["description", "proof_of_concept"]],
    ["de", "# Sicherheit\n\n## Meldung\n\nHilfreich sind folgende Angaben:\n\n- Kritikalität nach Ihrer Einschätzung\n- die betroffene Adresse (URL oder IP)\n- Ihr Name oder Pseudonym für die Danksagung\n", ["location_url", "impact", "reporter_name"]],
    ["de", "# Sicherheit\n\n## Was wir von Ihnen erwarten\n\n- Greifen Sie nicht auf fremde Daten zu.\n- Geben Sie uns angemessen Zeit zur Behebung.\n- Senden Sie uns einen ausführlichen Bericht mit den Schritten zur Reproduktion.\n", ["reproduction_steps"]],
    ["de", "# Sicherheit\n\n## Meldung\n\nBitte schicken Sie uns eine Beschreibung des Problems, die Auswirkungen und wie es sich reproduzieren lässt.\n", ["description", "impact", "reproduction_steps"]],
    ["nl", "# Beveiliging\n\nHeb je een kwetsbaarheid gevonden? Laat het ons weten. Graag ontvangen we:\n\n- de URL of het IP-adres\n- het gebruikte besturingssysteem en de browser\n- een proof of concept\n- de datum waarop je het lek vond\n", ["location_url", "proof_of_concept", "environment", "other"]],
    ["nl", "# Beveiliging\n\n## Melden\n\nBeschrijf hoe we het probleem kunnen nabootsen en welke schade een aanvaller kan aanrichten.\n", ["description", "impact", "reproduction_steps"]],
    ["nl", "# Beveiliging\n\n## Melden\n\nZorg dat je melding in elk geval het volgende bevat:\n\n1. Een korte samenvatting\n2. Een aanvalsscenario\n3. Schermafbeeldingen of een video\n4. De gebruikte tools\n", ["description", "impact", "proof_of_concept", "other"]],
    ["nl", "# Beveiliging\n\n## Melden\n\nLaat je e-mailadres of telefoonnummer achter, zodat we contact met je kunnen opnemen.\n", ["contact_info"]],
    ["nl", "# Beveiliging\n\n## Melden\n\nWat we nodig hebben:\n\n- het type kwetsbaarheid\n- het betrokken domein of subdomein\n- de ernst volgens jou\n- je naam, als je vermeld wilt worden\n", ["description", "location_url", "impact", "reporter_name"]],
    ["nl", "# Beveiliging\n\n## Melden\n\nStuur ons een beschrijving van het probleem, de exploitcode en de configuratie waarmee je het vond.\n", ["description", "proof_of_concept", "environment"]],
    ["ru", "# Безопасность\n\n## Отчёт\n\nОпишите:\n\n- в чём заключается уязвимость\n- где именно она находится\n- как её воспроизвести\n- чем она грозит пользователям\n", ["description", "location_url", "impact", "reproduction_steps"]],
    ["ru", "# Безопасность\n\n## Отчёт\n\nПросим также указать ссылку на уязвимую страницу, имя домена и версию операционной системы.\n", ["location_url", "environment"]],
    ["ru", "# Безопасность\n\n## Отчёт\n\nОставьте ваш email или телефон, чтобы мы могли с вами связаться.\n", ["contact_info"]],
    ["ru", "# Безопасность\n\n## Отчёт\n\nСообщение должно включать ФИО или псевдоним, способ связи и оценку критичности.\n", ["impact", "reporter_name", "contact_info"]],
    ["ru", "# Безопасность\n\n## Отчёт\n\nК отчёту приложите эксплойт или пример кода и укажите адрес затронутого ресурса.\n", ["location_url", "proof_of_concept"]],
  ] as const)('%s: %j', (_lang, body, ids) => {
    expect(fields(body)).toEqual(ids);
  });
});

describe('lists that name report fields without asking for them: what we send back, what to leave out', () => {
  it.each([
    ["fr", "# Sécurité\n\n## Signalement\n\nAprès réception, nous vous communiquerons :\n\n- l'impact que nous avons retenu\n- les étapes de la correction\n- la version corrigée\n"],
    ["fr", "# Sécurité\n\n## Signalement\n\nEn retour, vous recevrez de notre part :\n\n- une description de la correction\n- la version corrigée\n- la gravité retenue\n"],
    ["de", "# Sicherheit\n\n## Meldung\n\nNach Eingang Ihrer Meldung teilen wir Ihnen mit:\n\n- die von uns bewertete Auswirkung\n- die Schritte zur Behebung\n- die korrigierte Version\n"],
    ["en", "# Security\n\n## Reporting\n\nPlease do not include the following information:\n\n- screenshots of other customers' data\n- contact details of other users\n"],
    ["nl", "# Beveiliging\n\n## Melden\n\nNa ontvangst laten we je weten:\n\n- welke impact wij zien\n- welke stappen we nemen\n- in welke versie het is opgelost\n"],
    ["nl", "# Beveiliging\n\n## Melden\n\nWij sturen je binnen vijf werkdagen:\n\n- een beschrijving van onze analyse\n- de ernst die wij toekennen\n- de versie met de oplossing\n"],
    ["ru", "# Безопасность\n\n## Отчёт\n\nПосле проверки мы пришлём вам:\n\n- описание исправления\n- оценку критичности\n- номер версии с исправлением\n"],
    ["ru", "# Безопасность\n\n## Отчёт\n\nВ ответ вы получите:\n\n- описание исправления\n- оценку критичности\n- номер версии с исправлением\n"],
    ["es", "# Seguridad\n\n## Informe\n\nTras recibir su informe, le comunicaremos:\n\n- el impacto que hemos evaluado\n- los pasos de la corrección\n- la versión corregida\n"],
    ["it", "# Sicurezza\n\n## Segnalazione\n\nDopo la verifica vi comunicheremo:\n\n- l'impatto valutato\n- i passaggi della correzione\n- la versione corretta\n"],
    ["pt", "# Segurança\n\n## Relatório\n\nApós a análise, informaremos:\n\n- o impacto avaliado\n- os passos da correção\n- a versão corrigida\n"],
    ["pl", "# Bezpieczeństwo\n\n## Zgłoszenie\n\nPo analizie przekażemy Ci:\n\n- ocenę wpływu\n- kroki naprawcze\n- wersję z poprawką\n"],
    ["en", "# Security\n\n## Reporting\n\nAfter triage you will receive from us:\n\n- the impact we assessed\n- the steps we are taking\n- the version that fixes it\n"],
    ["en", "# Security\n\n## Reporting\n\nOnce triaged, we'll let you know:\n\n- the impact we assessed\n- the steps we are taking\n- the version that fixes it\n"],
    // What we send back, in the other languages (Scandinavian with the verb before "vi").
    ["cs", "# Bezpečnost\n\n## Hlášení\n\nPo ověření vám zašleme:\n\n- popis opravy\n- závažnost podle našeho hodnocení\n- verzi s opravou\n"],
    ["sv", "# Säkerhet\n\n## Rapportera\n\nEfter granskningen skickar vi dig:\n\n- en beskrivning av åtgärden\n- allvarlighetsgraden vi bedömt\n- versionen med rättningen\n"],
    ["nb", "# Sikkerhet\n\n## Rapportering\n\nEtter vurderingen vil vi sende deg:\n\n- en beskrivelse av rettelsen\n- alvorlighetsgraden vi har vurdert\n- versjonen med rettelsen\n"],
    ["da", "# Sikkerhed\n\n## Rapportering\n\nEfter vurderingen vil vi sende dig:\n\n- en beskrivelse af rettelsen\n- alvorligheden vi har vurderet\n- versionen med rettelsen\n"],
    ["fi", "# Tietoturva\n\n## Ilmoittaminen\n\nTarkistuksen jälkeen lähetämme sinulle:\n\n- kuvauksen korjauksesta\n- arvioimamme vakavuuden\n- korjatun version\n"],
    ["id", "# Keamanan\n\n## Laporan\n\nSetelah verifikasi, kami akan mengirimkan kepada Anda:\n\n- deskripsi perbaikan\n- tingkat keparahan menurut kami\n- versi yang berisi perbaikan\n"],
    ["tr", "# Güvenlik\n\n## Bildirim\n\nİnceleme sonrasında size şunları ileteceğiz:\n\n- düzeltmenin açıklaması\n- belirlediğimiz önem derecesi\n- düzeltmeyi içeren sürüm\n"],
    ["ja", "# セキュリティポリシー\n\n## 報告\n\n確認後、以下をお知らせします。\n\n- 修正内容の説明\n- 当社が評価した深刻度\n- 修正を含むバージョン\n"],
    ["zh", "# 安全政策\n\n## 报告\n\n核实后，我们将通知您：\n\n- 修复说明\n- 我们评估的严重程度\n- 包含修复的版本\n"],
    ["ko", "# 보안 정책\n\n## 신고\n\n확인 후 다음 내용을 알려 드립니다.\n\n- 수정 내용 설명\n- 평가한 심각도\n- 수정이 포함된 버전\n"],
    // A negated report-content lead-in ("should not include:") names what to leave out.
    ["en", "# Security\n\n## Reporting\n\nYour report should not include:\n\n- personal data of users\n- passwords\n"],
    ["ru", "# Безопасность\n\n## Отчёт\n\nОтчёт не должен содержать:\n\n- персональные данные пользователей\n- пароли\n"],
    ["uk", "# Безпека\n\n## Звіт\n\nЗвіт не повинен містити:\n\n- персональні дані користувачів\n- паролі\n"],
    ["en", "# Security\n\n## Reporting\n\nYour report should not include:\n\n- screenshots of other customers' data\n- videos showing personal data\n"],
    ["ru", "# Безопасность\n\n## Отчёт\n\nОтчёт не должен содержать:\n\n- скриншоты с данными клиентов\n- видео с персональными данными\n"],
  ] as const)('%s: %j', (_lang, body) => {
    expect(fields(body)).toEqual([]);
  });
});

describe('du-form and modal requests, contact nouns, and a description of another field (de, fr, ru, uk, ja, en)', () => {
  it.each([
    ["de", "# Sicherheit\n\n## Meldung\n\nSchicke uns eine Nachricht mit Details zum Problem und deinen Kontaktinformationen.\n", ["description", "contact_info"]],
    ["de", "# Sicherheit\n\nDu hast eine Lücke gefunden? Bitte gib an:\n\n- Typ der Schwachstelle\n- die betroffene Seite\n- wie du sie entdeckt hast\n", ["description", "location_url", "other"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nLes chercheurs doivent fournir les étapes de reproduction et l'impact estimé.\n", ["impact", "reproduction_steps"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nVotre rapport doit contenir :\n\n- la page concernée\n- votre moyen de contact préféré\n", ["location_url", "contact_info"]],
    ["ru", "# Безопасность\n\n## Отчёт\n\nЖелательно приложить:\n\n- описание последствий для пользователей\n- затронутый модуль\n- удалось ли повторить ошибку на другом аккаунте\n", ["location_url", "impact", "other"]],
    ["uk", "# Безпека\n\n## Звіт\n\nУ звіті вкажіть опис наслідків атаки та кроки відтворення.\n", ["impact", "reproduction_steps"]],
    ["ja", "# セキュリティポリシー\n\n## 報告方法\n\n報告には以下を含めてください。\n\n- 影響を受けるバージョン\n- 再現手順\n", ["reproduction_steps", "environment"]],
    ["en", "# Security\n\n## Reporting\n\nWhen reporting, let us know the affected version and how we can reach you.\n", ["contact_info", "environment"]],
  ] as const)('%s: %j', (_lang, body, ids) => {
    expect(fields(body)).toEqual(ids);
  });

  it('reads an affected version as the environment only (zh), an affected component beside it as the location', () => {
    expect(fields('# 安全政策\n\n## 如何报告\n\n报告中请包含：\n\n- 受影响的版本\n- 复现步骤\n')).toEqual(['reproduction_steps', 'environment']);
    expect(fields('# 安全政策\n\n## 如何报告\n\n报告中请包含：\n\n- 受影响的版本／组件\n- 复现步骤\n')).toEqual(['location_url', 'reproduction_steps', 'environment']);
  });
});

describe('requests in running text and list items in other words (fr, de, nl, ru, uk)', () => {
  it.each([
    ["fr", "# Sécurité\n\n## Signalement\n\nMerci d'indiquer dans votre message le produit concerné, sa version et la marche à suivre pour reproduire le problème.\n", ["location_url", "reproduction_steps", "environment"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nLe rapport devrait idéalement comporter :\n\n- Un titre explicite\n- Le lien vers la page vulnérable\n- La requête HTTP utilisée\n- Vos nom et prénom\n", ["location_url", "reporter_name", "other"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nEnvoyez votre rapport à securite@example.fr ou appelez le 01 02 03 04 05 ; précisez les conditions de reproduction.\n", ["reproduction_steps"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nPour chaque vulnérabilité, décrivez le contexte (navigateur, système, compte de test) et l'exploitation possible.\n", ["description", "environment"]],
    ["de", "# Sicherheit\n\n## Meldung\n\nBitte beschreiben Sie in Ihrer Meldung, unter welcher URL und in welcher Softwareversion das Problem auftritt.\n", ["description", "location_url", "environment"]],
    ["de", "# Sicherheit\n\n## Meldung\n\nFolgende Informationen helfen uns:\n\n- betroffene Anwendung\n- HTTP-Anfrage und Antwort\n- Ihr vollständiger Name\n- Zeitpunkt des Tests\n", ["location_url", "reporter_name", "other"]],
    ["nl", "# Beveiliging\n\n## Melden\n\nJe melding bevat bij voorkeur:\n\n- een heldere omschrijving\n- de link naar de kwetsbare pagina\n- eventuele schermopnames\n- je telefoonnummer\n", ["description", "location_url", "proof_of_concept", "contact_info"]],
    ["nl", "# Beveiliging\n\n## Melden\n\nGeef een stapsgewijze uitleg van hoe je het lek vond en wat de mogelijke gevolgen zijn.\n", ["impact", "reproduction_steps"]],
    ["ru", "# Безопасность\n\n## Отчёт\n\nВ сообщении укажите название и версию приложения, пошаговую инструкцию и возможные последствия.\n", ["impact", "reproduction_steps", "environment"]],
    ["ru", "# Безопасность\n\n## Отчёт\n\nОтчёт должен содержать:\n\n- заголовок\n- URL уязвимого запроса\n- HTTP-запрос и ответ\n- ваш никнейм для публикации в зале славы\n", ["location_url", "reporter_name", "other"]],
    ["ru", "# Безопасность\n\n## Отчёт\n\nПожалуйста, приложите запись экрана и логи, а также опишите условия эксплуатации.\n", ["description", "proof_of_concept"]],
    // Polite requests: "we would appreciate", "we'd be grateful if you stated".
    ["nl", "# Beveiliging\n\n## Melden\n\nGraag ontvangen we een beschrijving van het probleem en de stappen om het te reproduceren.\n", ["description", "reproduction_steps"]],
    ["de", "# Sicherheit\n\n## Meldung\n\nWir freuen uns über eine Beschreibung des Problems und die Schritte zur Reproduktion.\n", ["description", "reproduction_steps"]],
    ["ru", "# Безопасность\n\n## Отчёт\n\nБудем благодарны, если вы укажете версию приложения и шаги воспроизведения.\n", ["reproduction_steps", "environment"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nNous apprécierions que vous indiquiez la version utilisée et les étapes de reproduction.\n", ["reproduction_steps", "environment"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nIl est utile de joindre une preuve de concept et de préciser l'impact.\n", ["impact", "proof_of_concept"]],
    // Ukrainian, as Russian above.
    ["uk", "# Безпека\n\n## Звіт\n\nОпишіть:\n\n- у чому полягає вразливість\n- де саме вона знаходиться\n- як її відтворити\n- чим вона загрожує користувачам\n", ["description", "location_url", "impact", "reproduction_steps"]],
    ["uk", "# Безпека\n\n## Звіт\n\nБудемо вдячні, якщо ви вкажете версію застосунку, покрокову інструкцію та додасте запис екрана.\n", ["reproduction_steps", "proof_of_concept", "environment"]],
    ["uk", "# Безпека\n\n## Звіт\n\nНам знадобиться:\n\n1. Тип вразливості\n2. Сценарій атаки\n3. ПІБ або нікнейм\n4. Оцінка за CVSS\n", ["description", "impact", "reporter_name", "other"]],
    // A lead-in that speaks of our answer still asks when it ends in a request.
    ["fr", "# Sécurité\n\n## Signalement\n\nPour une réponse rapide de notre part, merci d'indiquer :\n\n- l'URL concernée\n- les étapes pour reproduire\n- votre nom\n", ["location_url", "reproduction_steps", "reporter_name"]],
    ["fr", "# Sécurité\n\n## Signalement\n\nVous recevrez une réponse plus rapide si vous précisez :\n\n- l'URL concernée\n- les étapes pour reproduire\n- votre nom\n", ["location_url", "reproduction_steps", "reporter_name"]],
  ] as const)('%s: %j', (_lang, body, ids) => {
    expect(fields(body)).toEqual(ids);
  });
});
