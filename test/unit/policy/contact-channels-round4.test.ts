// Contact rules of issue 16's fourth contact round (session 7), on invented sentences: a repository's own form kept
// when the text links it beside other repositories' forms, a maintainer's profile listed under a lead-in that says
// to contact them, "reporter" (신고자) as no reporting verb, and a chat a reporting verb leads to across its object.
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const REPO = 'https://github.com/kettle-org/kettle/blob/main/SECURITY.md';
const contacts = (text: string, baseUrl?: string) =>
  extractPolicy({ body: text, url: 'policy.md' }, { now: NOW, baseUrl }).contacts.map((c) => c.value);

describe("a repository's own form beside other repositories' forms", () => {
  it('stays when the text links it, also after prose that names private reporting', () => {
    const text = 'Report privately through the Security tab of each repository.\n\n'
      + '- core: https://github.com/kettle-org/kettle/security/advisories/new\n'
      + '- cli: https://github.com/kettle-org/kettle-cli/security/advisories/new\n';
    expect(contacts(text, REPO)).toEqual([
      'https://github.com/kettle-org/kettle/security/advisories/new',
      'https://github.com/kettle-org/kettle-cli/security/advisories/new',
    ]);
  });

  it('still gives way to the other repository when the text only names private reporting', () => {
    const text = 'We moved. Report privately through [the new form](https://github.com/kettle-org/kettle-next/security/advisories/new).\n';
    expect(contacts(text, REPO)).toEqual(['https://github.com/kettle-org/kettle-next/security/advisories/new']);
  });
});

describe("a maintainer's profile listed under a lead-in", () => {
  it('is a channel when the lead-in says to contact them', () => {
    const text = 'If the form is unavailable, contact the maintainer through their GitHub profile.\n\n- [@kettle-dev](https://github.com/kettle-dev)\n';
    expect(contacts(text)).toEqual(['https://github.com/kettle-dev']);
    const ko = '양식을 쓸 수 없으면 아래 GitHub 계정으로 연락해 주세요.\n\n- [@kettle-dev](https://github.com/kettle-dev)\n';
    expect(contacts(ko)).toEqual(['https://github.com/kettle-dev']);
  });

  it('is not a channel under a lead-in that does not say to contact anyone', () => {
    const text = 'Many thanks to the people who found issues this year.\n\n- [@kettle-dev](https://github.com/kettle-dev)\n';
    expect(contacts(text)).toEqual([]);
  });
});

describe('the reporter named in Korean', () => {
  it('is no reporting verb: "the reporter and the maintainer prepare a fix" names no channel', () => {
    expect(contacts('신고자와 메인테이너가 함께 수정 일정을 정합니다.')).toEqual([]);
    expect(contacts('신고자와 메인테이너가 함께 수정 일정을 정합니다. 이메일: kettle@kettle.example')).toEqual(['mailto:kettle@kettle.example']);
  });
});

describe('a chat or tracker a reporting verb leads to', () => {
  it('is a channel across the object of the verb ("report the problem you found through …")', () => {
    expect(contacts('Alternatively you can report the security problem you found through [our Discord](https://discord.gg/kettle).'))
      .toEqual(['https://discord.gg/kettle']);
    expect(contacts('Ви також можете повідомити нам про знайдену проблему безпеки через [Discord](https://discord.gg/kettle).'))
      .toEqual(['https://discord.gg/kettle']);
  });

  it('is not a channel in another clause than the verb', () => {
    expect(contacts('Report the problem by e-mail to us. Our community meets on [Discord](https://discord.gg/kettle).')).toEqual([]);
  });
});

describe('a page named as the place of contact details', () => {
  it('is a channel when a reporting verb leads to it through a contact word', () => {
    expect(contacts('If the form is disabled, reach the maintainer through the contact page of [kettle.dev](https://kettle.dev/).'))
      .toEqual(['https://kettle.dev/']);
    expect(contacts('Если форма отключена, свяжитесь с автором через контакты на [kettle.dev](https://kettle.dev/).'))
      .toEqual(['https://kettle.dev/']);
  });

  it('is not a channel without the contact word, or in another clause', () => {
    expect(contacts('Report bugs on [our website](https://kettle.dev/).')).toEqual([]);
    expect(contacts('Report it by e-mail to kettle@kettle.example; contact details for the press are on [kettle.dev](https://kettle.dev/).'))
      .toEqual(['mailto:kettle@kettle.example']);
  });
});

describe('a bounty programme listed under a rewards heading', () => {
  it('is a channel, on the smart-contract bounty platforms too', () => {
    const text = '# Kettle\n\n## Our bounties\n\n- HackerOne: https://hackerone.com/teapot-works\n- Gitcoin: https://gitcoin.co/profile/KettleWorks\n\n'
      + '## Rules\n\nBe kind.\n';
    expect(contacts(text)).toEqual(['https://hackerone.com/teapot-works', 'https://gitcoin.co/profile/KettleWorks']);
  });

  it('is not a channel as a platform page to read, or in prose of that section', () => {
    const text = '# Kettle\n\n## Rewards\n\nWe rate severity like [HackerOne](https://hackerone.com/teapot-works) does.\n\n'
      + '- Severity guide: https://www.hackerone.com/docs/severity\n';
    expect(contacts(text)).toEqual([]);
  });
});

describe("a key's user ID", () => {
  it('names whom a key belongs to, not where to report', () => {
    const text = 'Report vulnerabilities to kettle@kettle.example.\n\n| Field | Value |\n|---|---|\n| Key ID | `0A1B2C3D4E5F6071` |\n'
      + '| UID | `Kim K. (kettle release signing) <kim@kim-home.example>` |\n';
    expect(contacts(text)).toEqual(['mailto:kettle@kettle.example']);
    expect(contacts('UID: Kim K. <kim@kim-home.example>')).toEqual([]);
    expect(contacts('Contact: kim@kim-home.example')).toEqual(['mailto:kim@kim-home.example']);
  });
});

describe('reporting verbs in more of their forms', () => {
  it('reads Italian verbs with a clitic pronoun, and Russian and Ukrainian imperfective imperatives', () => {
    expect(contacts('Per le domande puoi contattarci tramite la [chat del progetto](https://discord.gg/kettle).')).toEqual(['https://discord.gg/kettle']);
    expect(contacts('Potete segnalarcelo nel [forum](https://github.com/kettle-org/kettle/discussions).'))
      .toEqual(['https://github.com/kettle-org/kettle/discussions']);
    expect(contacts('Обращайтесь к нам через [чат проекта](https://discord.gg/kettle).')).toEqual(['https://discord.gg/kettle']);
    expect(contacts('Повідомляйте про вразливості через [форум](https://github.com/kettle-org/kettle/discussions).'))
      .toEqual(['https://github.com/kettle-org/kettle/discussions']);
  });

  it('still does not read a noun as the verb', () => {
    expect(contacts('Le segnalazioni ricevute sono elencate nel [forum](https://github.com/kettle-org/kettle/discussions).')).toEqual([]);
  });
});

describe('timelines', () => {
  const times = (text: string) => {
    const r = extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
    return [r.response_sla_days, r.disclosure_days];
  };

  it('reads a sentence that acknowledges within a time and only then speaks of disclosure', () => {
    expect(times('We will acknowledge your report within 3 days and agree on a disclosure date after the fix.')).toEqual([3, null]);
    expect(times('Мы подтвердим получение отчёта в течение 5 дней и согласуем раскрытие после исправления.')).toEqual([5, null]);
    expect(times('We acknowledge reports within 2 days and publish an advisory within 90 days.')).toEqual([2, 90]);
  });

  it('keeps a wait before publishing a disclosure window, also after an acknowledgement in another clause', () => {
    expect(times('After we confirm the issue, please wait 90 days before publishing.')).toEqual([null, 90]);
    expect(times('Please do not publish details within 90 days of confirmation.')).toEqual([null, 90]);
  });

  it('reads the Italian noun "presa in carico" as an acknowledgement', () => {
    expect(times('- Presa in carico entro 48 ore.\n- Valutazione entro 10 giorni.')).toEqual([2, null]);
  });
});

describe('dates written in Chinese, Japanese and Korean', () => {
  const times = (text: string) => {
    const r = extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
    return [r.response_sla_days, r.disclosure_days];
  };

  it('are no durations: the month and day of a date are not months and days to wait', () => {
    expect(times('发布时间：2024年8月12日\n\n我们将在5个工作日内回复。')).toEqual([5, null]);
    expect(times('公開日：2024年8月12日\n\n3営業日以内に返信します。')).toEqual([3, null]);
    expect(times('공개일: 2024년 8월 12일\n\n3일 이내에 답변합니다.')).toEqual([3, null]);
  });

  it('leave a duration written with the same characters a duration', () => {
    expect(times('我们会在7日内回复。\n\n修复后我们在3个月后公开。')).toEqual([7, 90]);
  });
});

describe('durations in what the programme excludes', () => {
  const times = (text: string) => {
    const r = extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
    return [r.response_sla_days, r.disclosure_days];
  };

  it('state no disclosure window or response time', () => {
    const text = '## Out of scope\n\n- Zero-day flaws made public less than 14 days ago\n\n## Timeline\n\nWe reply within 2 days.\n';
    expect(times(text)).toEqual([2, null]);
    const lead = 'The following findings are not eligible for a reward:\n\n- bugs disclosed publicly in the last 30 days\n';
    expect(times(lead)).toEqual([null, null]);
  });
});

describe("GitHub's private reporting named in a sentence that links the advisories page", () => {
  it('gives the page the sentence links, not the form inferred from the words', () => {
    expect(contacts('Private disclosure works through the Security tab; consult [Security Advisories](../../security/advisories) for the details.', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/security/advisories']);
    expect(contacts('For private disclosure, use the Security tab.', REPO))
      .toEqual(['https://github.com/kettle-org/kettle/security/advisories/new']);
  });
});

describe('a report form with the reporting verb after the link', () => {
  const FORM = 'https://kettle.example/forms/security';
  it('is a channel when the verb follows in the same clause, in any word order', () => {
    expect(contacts(`Please use our [web form](${FORM}) to submit a vulnerability.`)).toEqual([FORM]);
    expect(contacts(`脆弱性は[受付フォーム](${FORM})からご報告ください。`)).toEqual([FORM]);
    expect(contacts(`发现漏洞后，请通过[安全表单](${FORM})提交漏洞报告。`)).toEqual([FORM]);
    expect(contacts(`Açığı [formumuz](${FORM}) üzerinden bildirin.`)).toEqual([FORM]);
    expect(contacts(`Sicherheitslücken können über dieses [Formular](${FORM}) gemeldet werden.`)).toEqual([FORM]);
  });

  it('is not a channel when the verb stands in another clause, or for a page that says nothing of reporting', () => {
    expect(contacts(`Our [web form](${FORM}) is new. Report issues by e-mail to kettle@kettle.example.`)).toEqual(['mailto:kettle@kettle.example']);
    expect(contacts('Read [our blog](https://kettle.example/news) to report better.')).toEqual([]);
  });
});

describe('"get in touch" phrases', () => {
  const FORM = 'https://kettle.example/forms/security';
  it('are reporting verbs in Spanish, Portuguese, Italian and Finnish', () => {
    expect(contacts(`Ponte en contacto con nosotros a través del [formulario](${FORM}).`)).toEqual([FORM]);
    expect(contacts(`Entre em contato conosco pelo [formulário](${FORM}).`)).toEqual([FORM]);
    expect(contacts(`Mettiti in contatto con noi tramite il [modulo](${FORM}).`)).toEqual([FORM]);
    expect(contacts(`Ota meihin yhteyttä [lomakkeella](${FORM}).`)).toEqual([FORM]);
  });
});

describe('publishing in the forms a prohibition takes', () => {
  const times = (text: string) => {
    const r = extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
    return [r.response_sla_days, r.disclosure_days];
  };

  it('reads Spanish and Portuguese "publique" and Czech "nezveřejňujte" as going public', () => {
    expect(times('Responderemos en dos días. No publique nada antes de 60 días.')).toEqual([2, 60]);
    expect(times('Responderemos em dois dias. Não publique nada antes de 60 dias.')).toEqual([2, 60]);
    expect(times('Odpovíme do dvou dnů. Nic nezveřejňujte dříve než za 60 dní.')).toEqual([2, 60]);
  });
});

describe('keeping a finding confidential for a stated time', () => {
  const times = (text: string) => {
    const r = extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
    return [r.response_sla_days, r.disclosure_days];
  };

  it('is a disclosure window with "for/during" as well as "until"', () => {
    expect(times('Nous répondons sous deux jours. Gardez le rapport confidentiel pendant deux mois.')).toEqual([2, 60]);
    expect(times('Respondemos en dos días. Mantén el informe en secreto durante dos meses.')).toEqual([2, 60]);
    expect(times('Rispondiamo entro due giorni. Tieni il rapporto riservato per due mesi.')).toEqual([2, 60]);
    expect(times('Respondemos em dois dias. Mantenha o relatório em sigilo por dois meses.')).toEqual([2, 60]);
    expect(times('Odpovíme do dvou dnů. Zprávu udržte v tajnosti po dobu dvou měsíců.')).toEqual([2, 60]);
    expect(times('Ответим в течение двух дней. Держите отчёт в секрете в течение двух месяцев.')).toEqual([2, 60]);
    expect(times('Відповімо протягом двох днів. Тримайте звіт у таємниці протягом двох місяців.')).toEqual([2, 60]);
  });
});

describe("GitHub's private reporting named in more word forms", () => {
  it('is read in compounds and inflections (de, nl, pl, id, nb, da)', () => {
    const form = 'https://github.com/kettle-org/kettle/security/advisories/new';
    for (const t of [
      'Bitte nutzen Sie die private Sicherheitslückenmeldung von GitHub.',
      'Gebruik de privé-kwetsbaarheidsmelding van GitHub.',
      'Skorzystaj z prywatnego zgłaszania podatności na GitHubie.',
      'Gunakan fitur pelaporan kerentanan privat di GitHub.',
      'Har du funnet en sårbarhet i prosjektet vårt, ber vi deg ikke lage en offentlig sak. Bruk GitHubs private sårbarhetsrapportering i stedet.',
      'Har du fundet en sårbarhed i vores projekt, beder vi dig ikke oprette en offentlig sag. Brug GitHubs private sårbarhedsrapportering i stedet.',
    ]) expect(contacts(`# Security\n\n${t}\n`, REPO)).toEqual([form]);
  });
});

describe('no bounty in Turkish', () => {
  it('reads "ödülü (…) programımız bulunmamaktadır" as no money', () => {
    const bounty = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW }).bounty;
    expect(bounty('Şimdilik nakit ödülü (bug bounty) programımız bulunmamaktadır; katkınız için teşekkür ederiz.')).toBe(false);
    expect(bounty('Ödül programımız bulunmuyor.')).toBe(false);
    expect(bounty('Geçerli bildirimlere para ödülü veriyoruz.')).toBe(true);
  });
});

describe('reward amounts', () => {
  it('speak of money', () => {
    const bounty = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW }).bounty;
    expect(bounty('We thank researchers; the reward amount depends on severity.')).toBe(true);
    expect(bounty('There are no reward amounts: we only list names in our hall of fame.')).not.toBe(true);
  });
});

describe('no legal action promised in more forms', () => {
  it('is safe harbor in pt ("medidas legais"), sv ("inte att vidta") and uk (synthetic future "не вживатимемо")', () => {
    const harbor = (text: string) => extractPolicy({ body: `Report flaws to us. ${text}`, url: 'policy.md' }, { now: NOW }).safe_harbor;
    expect(harbor('Não tomaremos medidas legais contra pesquisadores de boa-fé.')).toBe(true);
    expect(harbor('Vi kommer inte att vidta rättsliga åtgärder mot forskare som agerar i god tro.')).toBe(true);
    expect(harbor('Ми не вживатимемо юридичних заходів проти дослідників, що діють сумлінно.')).toBe(true);
  });
});

describe('no money offered, in more forms', () => {
  it('reads sv "inga ekonomiska belöningar", ja "金銭的な報酬は提供していません" and tr "para ödülü vermiyoruz" as no bounty', () => {
    const bounty = (text: string) => extractPolicy({ body: `${text} ${text}`, url: 'policy.md' }, { now: NOW }).bounty;
    expect(bounty('Vi ger inga monetära belöningar, men vi tackar dig gärna.')).toBe(false);
    expect(bounty('脆弱性の報告者に金銭的報酬は支払いません。')).toBe(false);
    expect(bounty('Şu an için nakit ödülü vermemekteyiz.')).toBe(false);
  });
});

describe('a confidentiality time written before the confidentiality word', () => {
  const times = (text: string) => {
    const r = extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
    return [r.response_sla_days, r.disclosure_days];
  };

  it('is a disclosure window in de, nl, tr, ja, zh and ko', () => {
    expect(times('Bitte behandeln Sie den Fund zwei Monate lang vertraulich.')).toEqual([null, 60]);
    expect(times('Houd de melding twee maanden geheim, alsjeblieft.')).toEqual([null, 60]);
    expect(times('Bulguyu iki ay boyunca lütfen gizli tutun.')).toEqual([null, 60]);
    expect(times('報告後2か月間は内容を秘密にしてください。')).toEqual([null, 60]);
    expect(times('请在2个月内对报告内容保密。')).toEqual([null, 60]);
    expect(times('2개월 동안 내용을 비밀로 해 주세요.')).toEqual([null, 60]);
  });

  it('leaves a private reply a response time, and reads German "Antwort"', () => {
    expect(times('3営業日以内に非公開でご連絡します。')).toEqual([3, null]);
    expect(times('Sie bekommen binnen zwei Tagen eine Antwort.')).toEqual([2, null]);
  });
});
