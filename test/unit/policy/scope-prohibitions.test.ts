// "Do not test a.example.com": a prohibition to test the hosts a clause names excludes them, in every pack, so a
// host the policy tells the reader not to touch is never judged in scope under an in-scope wildcard. The words
// are the packs' (scope key `testVerb` for "test/attack/scan", the prohibition cues for "do not"); the structure
// is the engine's (extract-scope.ts, testingForbiddenClauses). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'https://acme.example/security.md' }, { now: NOW });
const outOf = (text: string) => read(text).out_of_scope.map((e) => e.pattern);

describe('a prohibition to test a host excludes it', () => {
  it('gives out_of_scope, not in_scope, for a host the rules forbid under an in-scope wildcard', () => {
    const text = [
      '# Security policy', '', 'Report issues to security@acme.example.', '', '## Scope', '', 'All of *.acme.example is in scope.', '',
      '## Rules', '',
      '- Do not test payments.acme.example; it is operated by our payment provider.',
      '- Never run tests against legacy.acme.example.',
      "- Please don't attack status.acme.example.",
      '- Testing of partners.acme.example is not permitted.',
      '- reports.acme.example must not be tested.',
    ].join('\n');
    const policy = read(text);
    expect(policy.out_of_scope.map((e) => e.pattern)).toEqual(['payments.acme.example', 'legacy.acme.example', 'status.acme.example', 'partners.acme.example', 'reports.acme.example']);
    const scope = compileScope({ policy });
    for (const host of ['payments.acme.example', 'legacy.acme.example', 'status.acme.example', 'partners.acme.example', 'reports.acme.example']) {
      const v = judgeScope(host, scope);
      expect(v.verdict, host).toBe('out_of_scope');
      expect(v.rule).toBe(host);
    }
    expect(judgeScope('www.acme.example', scope).verdict).toBe('in_scope');
  });

  it('reads "you may not test", "is off-limits", and "testing is limited to" (an inclusion), but not "access is restricted to"', () => {
    const p = read('# Policy\n\n*.acme.example is in scope.\n\n## Rules\n\n- You may not test vpn.acme.example.\n- billing.acme.example is off-limits.\n- Access to corp.acme.example is restricted to employees.\n');
    expect(p.out_of_scope.map((e) => e.pattern)).toEqual(['vpn.acme.example', 'billing.acme.example']);
    expect(p.in_scope.map((e) => e.pattern)).toEqual(['*.acme.example']);
    expect(read('# Policy\n\nTesting is limited to staging.acme.example. Report issues to security@acme.example.\n').in_scope.map((e) => e.pattern)).toEqual(['staging.acme.example']);
  });

  it('reads English exclusions outside an exclusion heading: "not part of this program", "we don\'t accept reports for", "do not submit reports for", "reports for … will not be accepted"', () => {
    const p = read([
      '# Security policy', '', '*.acme.example is in scope.', '', '## Notes', '',
      '- shop.acme.example is not part of this program.',
      "- We don't accept reports for blog.acme.example.",
      '- Reports for help.acme.example will not be accepted.',
      '- Please do not submit reports for cdn.acme.example.',
    ].join('\n'));
    expect(p.out_of_scope.map((e) => e.pattern)).toEqual(['shop.acme.example', 'blog.acme.example', 'help.acme.example', 'cdn.acme.example']);
  });

  it.each([
    ['de', '# Sicherheitsrichtlinie\n\nBitte melden Sie Schwachstellen an sicherheit@acme.example. Alle Systeme unter *.acme.example sind im Scope.\n\n## Hinweise\n\n- shop.acme.example ist nicht Teil dieses Programms.'],
    ['nl', '# Beveiligingsbeleid\n\nMeld kwetsbaarheden bij beveiliging@acme.example. Alle systemen onder *.acme.example vallen binnen de scope.\n\n## Opmerkingen\n\n- shop.acme.example is geen onderdeel van dit programma.'],
    ['es', '# Política de seguridad\n\nEnvíe las vulnerabilidades a seguridad@acme.example. Todos los sistemas de *.acme.example están dentro del alcance.\n\n## Notas\n\n- shop.acme.example no forma parte del programa.'],
    ['pt', '# Política de segurança\n\nEnvie as vulnerabilidades para seguranca@acme.example. Todos os sistemas de *.acme.example estão no escopo.\n\n## Notas\n\n- shop.acme.example não faz parte do programa.'],
    ['it', '# Politica di sicurezza\n\nSegnalate le vulnerabilità a sicurezza@acme.example. Tutti i sistemi di *.acme.example rientrano nel perimetro.\n\n## Note\n\n- shop.acme.example non fa parte del programma.'],
    ['fr', '# Politique de sécurité\n\nSignalez les vulnérabilités à securite@acme.example. Tous les systèmes de *.acme.example sont dans le périmètre.\n\n## Remarques\n\n- shop.acme.example ne fait pas partie du programme.'],
  ])('reads "is not part of the programme" in %s', (lang, text) => {
    const p = read(text);
    expect(p.language).toBe(lang);
    expect(p.out_of_scope.map((e) => e.pattern)).toEqual(['shop.acme.example']);
  });

  it('excludes only the hosts the prohibition governs, not an in-scope entry beside it; a list after the verb goes with it', () => {
    const p = read([
      '# Policy', '', 'Report to security@acme.example.', '', '## In scope', '',
      '- *.acme.example (please do not test admin.acme.example)',
      '- api.acme.example - do not test payments.acme.example',
      '- www.acme.example, but never attack legacy.acme.example',
      '', '## Rules', '',
      '- Do not test billing.acme.example, status.acme.example or vpn.acme.example.',
    ].join('\n'));
    expect(p.in_scope.map((e) => e.pattern)).toEqual(['*.acme.example', 'api.acme.example', 'www.acme.example']);
    expect(p.out_of_scope.map((e) => e.pattern)).toEqual(['admin.acme.example', 'payments.acme.example', 'legacy.acme.example', 'billing.acme.example', 'status.acme.example', 'vpn.acme.example']);
  });

  it('reads a list before the verb in verb-final order (Japanese)', () => {
    const p = read('# 脆弱性開示ポリシー\n\n脆弱性は security@acme.example までご報告ください。3営業日以内に返信します。\n\n- billing.acme.example、status.acme.example をテストしないでください。\n');
    expect(p.out_of_scope.map((e) => e.pattern)).toEqual(['billing.acme.example', 'status.acme.example']);
  });

  it('reads more English exclusions: "does not include", "isn\'t in scope", "out of bounds", "not a target", "left alone"', () => {
    const p = read([
      '# Policy', '', 'Report to security@acme.example.', '', '## Scope', '', '*.acme.example is in scope.', '', '## Notes', '',
      '- This does not include admin.acme.example.', "- b.acme.example isn't in scope.", '- Scope does not cover d.acme.example.',
      '- e.acme.example is out of bounds.', '- f.acme.example is not a target.', '- g.acme.example should be left alone.',
    ].join('\n'));
    expect(p.out_of_scope.map((e) => e.pattern)).toEqual(['admin.acme.example', 'b.acme.example', 'd.acme.example', 'e.acme.example', 'f.acme.example', 'g.acme.example']);
    expect(p.in_scope.map((e) => e.pattern)).toEqual(['*.acme.example']);
  });

  it('reads an item under a lead-in that forbids ("While testing, you must not:")', () => {
    expect(outOf('# Policy\n\n*.acme.example is in scope.\n\nWhile testing, you must not:\n\n- test billing.acme.example\n- publish findings before a fix\n')).toEqual(['billing.acme.example']);
  });

  it('leaves a host alone where the sentence says how not to test, permits, promises, or names it in another clause', () => {
    const text = [
      '# Security policy', '', '*.acme.example is in scope.', '', '## Rules', '',
      '- Do not run automated scanners against api.acme.example.',
      '- We will not take legal action against you for testing www.acme.example in good faith.',
      '- Testing app.acme.example is allowed, but do not attack it with floods.',
      '- Do not test with real customer accounts; use sandbox.acme.example instead.',
      '- Please do not send reports to support@acme.example.',
      '- If you do not test admin.acme.example, we will not sue.',
    ].join('\n');
    expect(outOf(text)).toEqual([]);
  });

  it('turns a host after "except" in a prohibition into an inclusion, not an exclusion', () => {
    const p = read('# Policy\n\n## Rules\n\nDo not test anything except shop.acme.example.\n');
    expect(p.out_of_scope.map((e) => e.pattern)).not.toContain('shop.acme.example');
    expect(p.in_scope.map((e) => e.pattern)).toContain('shop.acme.example');
  });

  const cases: Array<[string, string, string]> = [
    ['de', 'Sicherheitsrichtlinie', 'Bitte melden Sie Schwachstellen an sicherheit@acme.example. Wir antworten innerhalb von drei Werktagen.\n\n- Bitte testen Sie zahlung.acme.example nicht.\n- Das Testen von intern.acme.example ist nicht gestattet.'],
    ['nl', 'Beveiligingsbeleid', 'Meld kwetsbaarheden bij beveiliging@acme.example. Wij reageren binnen drie werkdagen.\n\n- Test betaling.acme.example niet.\n- Het testen van intern.acme.example is niet toegestaan.'],
    ['fr', 'Politique de sécurité', 'Signalez les vulnérabilités à securite@acme.example. Nous répondons sous trois jours ouvrés.\n\n- Ne testez pas paiement.acme.example.\n- Il est interdit de tester interne.acme.example.'],
    ['es', 'Política de seguridad', 'Envíe las vulnerabilidades a seguridad@acme.example. Respondemos en un plazo de tres días hábiles.\n\n- No pruebe pagos.acme.example.\n- Está prohibido atacar interno.acme.example.'],
    ['pt', 'Política de segurança', 'Envie as vulnerabilidades para seguranca@acme.example. Respondemos em até três dias úteis.\n\n- Não teste pagamentos.acme.example.\n- É proibido atacar interno.acme.example.'],
    ['it', 'Politica di sicurezza', 'Segnalate le vulnerabilità a sicurezza@acme.example. Rispondiamo entro tre giorni lavorativi.\n\n- Non testate pagamenti.acme.example.\n- È vietato attaccare interno.acme.example.'],
    ['pl', 'Polityka bezpieczeństwa', 'Zgłoś podatności na adres bezpieczenstwo@acme.example. Odpowiadamy w ciągu trzech dni roboczych.\n\n- Nie testuj platnosci.acme.example.\n- Nie atakuj wewnetrzny.acme.example.'],
    ['cs', 'Bezpečnostní zásady', 'Zranitelnosti hlaste na bezpecnost@acme.example. Odpovíme do tří pracovních dnů.\n\n- Netestujte platby.acme.example.\n- Neútočte na interni.acme.example.'],
    ['sv', 'Säkerhetspolicy', 'Rapportera sårbarheter till sakerhet@acme.example. Vi svarar inom tre arbetsdagar.\n\n- Testa inte betalning.acme.example.\n- Attackera inte intern.acme.example.'],
    ['nb', 'Sikkerhetspolicy', 'Rapporter sårbarheter til sikkerhet@acme.example. Vi svarer innen tre virkedager.\n\n- Ikke test betaling.acme.example.\n- Ikke angrip intern.acme.example.'],
    ['da', 'Sikkerhedspolitik', 'Rapportér sårbarheder til sikkerhed@acme.example. Vi svarer inden for tre arbejdsdage.\n\n- Test ikke betaling.acme.example.\n- Angrib ikke intern.acme.example.'],
    ['fi', 'Tietoturvakäytäntö', 'Ilmoita haavoittuvuuksista osoitteeseen tietoturva@acme.example. Vastaamme kolmen arkipäivän kuluessa.\n\n- Älä testaa maksut.acme.example.\n- Älä hyökkää sisainen.acme.example.'],
    ['ja', '脆弱性開示ポリシー', '脆弱性は security@acme.example までご報告ください。3営業日以内に返信します。\n\n- payments.acme.example をテストしないでください。\n- internal.acme.example への攻撃は禁止です。'],
    ['zh', '安全政策', '请将漏洞报告发送至 security@acme.example。我们将在3个工作日内回复。\n\n- 请勿测试 payments.acme.example。\n- 禁止攻击 internal.acme.example。'],
    ['ko', '보안 정책', '취약점은 security@acme.example 으로 신고해 주십시오. 3영업일 이내에 회신합니다.\n\n- payments.acme.example 을 테스트하지 마십시오.\n- internal.acme.example 에 대한 공격은 금지됩니다.'],
    ['id', 'Kebijakan keamanan', 'Laporkan kerentanan ke keamanan@acme.example. Kami membalas dalam tiga hari kerja.\n\n- Jangan menguji pembayaran.acme.example.\n- Dilarang menyerang internal.acme.example.'],
    ['ru', 'Политика безопасности', 'Сообщайте об уязвимостях на security@acme.example. Мы ответим в течение трёх рабочих дней.\n\n- Не тестируйте payments.acme.example.\n- Запрещено атаковать internal.acme.example.'],
    ['uk', 'Політика безпеки', 'Повідомляйте про вразливості на security@acme.example. Ми відповімо протягом трьох робочих днів.\n\n- Не тестуйте payments.acme.example.\n- Заборонено атакувати internal.acme.example.'],
    ['tr', 'Güvenlik politikası', 'Güvenlik açıklarını security@acme.example adresine bildirin. Üç iş günü içinde yanıt veriyoruz.\n\n- payments.acme.example adresini test etmeyin.\n- internal.acme.example sistemine saldırmayın.'],
  ];
  it.each(cases)('in %s', (lang, title, body) => {
    const p = read(`# ${title}\n\n${body}\n`);
    expect(p.language).toBe(lang);
    const out = p.out_of_scope.map((e) => e.pattern);
    expect(out).toHaveLength(2);
    expect(out.every((h) => h.endsWith('.acme.example'))).toBe(true);
  });
});
