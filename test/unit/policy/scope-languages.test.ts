// Scope sentences and tables outside English: the words come from the language packs (key `scope`), the
// structures (an exception flips the effect, a coverage column decides) from the engine. Texts written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const patterns = (text: string, baseUrl?: string) => {
  const r = extractPolicy({ body: text, url: 'policy.md' }, { now: NOW, baseUrl });
  return { in: r.in_scope.map((e) => e.pattern), out: r.out_of_scope.map((e) => e.pattern), lang: r.language };
};

describe('scope sentences in other languages', () => {
  it('reads an exclusion stated in a Spanish sentence outside any scope heading', () => {
    const r = patterns('# Política de divulgación responsable\n\nAgradecemos los informes de vulnerabilidades de seguridad en nuestros sistemas.\n\nEl blog blog.ejemplo.es está excluido del alcance de este programa.\n\nTodos los subdominios de ejemplo.es están dentro del alcance.\n');
    expect(r.out).toContain('blog.ejemplo.es');
    expect(r.in).not.toContain('blog.ejemplo.es');
  });

  it('turns a host after "außer" / "con l\'eccezione di" the other way, but not after a label such as "Ausgenommen:"', () => {
    const de = patterns('# Sicherheitsrichtlinie\n\n## Geltungsbereich\n\nDiese Richtlinie gilt für alle Systeme unter beispiel.de außer intern.beispiel.de.\n\nFolgende Systeme sind ausgenommen: alt.beispiel.de\n');
    expect(de.in).toContain('beispiel.de');
    expect(de.out).toEqual(expect.arrayContaining(['intern.beispiel.de', 'alt.beispiel.de']));
    expect(de.in).not.toContain('alt.beispiel.de');
    const it_ = patterns('# Politica di sicurezza\n\n## Ambito\n\nIl programma si applica a www.esempio.it e shop.esempio.it, ad eccezione di beta.esempio.it.\n');
    expect(it_.out).toContain('beta.esempio.it');
    expect(it_.in).toEqual(expect.arrayContaining(['www.esempio.it', 'shop.esempio.it']));
  });

  it('reads a marker that follows the excepted host (Japanese を除く, Turkish hariç, Korean 제외한)', () => {
    const ja = patterns('# 脆弱性開示ポリシー\n\n## 対象範囲\n\n- www.example.jp\n- staging.example.jpを除くすべてのサブドメイン\n');
    expect(ja.out).toContain('staging.example.jp');
    expect(ja.in).not.toContain('staging.example.jp');
    const tr = patterns('# Güvenlik politikası\n\n## Kapsam\n\n- www.ornek.com.tr\n- admin.ornek.com.tr hariç tüm sistemler kapsam dahilindedir.\n');
    expect(tr.out).toContain('admin.ornek.com.tr');
    expect(tr.in).not.toContain('admin.ornek.com.tr');
    const ko = patterns('# 보안 정책\n\n## 대상 범위\n\n- www.example.kr\n- dev.example.kr을 제외한 모든 하위 도메인\n');
    expect(ko.out).toContain('dev.example.kr');
  });

  it('does not read "al menos" (at least) as an exception', () => {
    const r = patterns('# Política de seguridad\n\n## Alcance\n\nAl menos los siguientes sistemas están dentro del alcance: app.ejemplo.es y api.ejemplo.es.\n');
    expect(r.in).toEqual(expect.arrayContaining(['app.ejemplo.es', 'api.ejemplo.es']));
    expect(r.out).toEqual([]);
  });

  it('reads "all subdomains of" and "and its subdomains" as wildcards in Italian and Portuguese', () => {
    expect(patterns('# Politica di sicurezza\n\n## Ambito\n\nTutti i sottodomini di esempio.it sono inclusi.\n').in).toContain('*.esempio.it');
    expect(patterns('# Política de segurança\n\n## Escopo\n\n- exemplo.com.br e seus subdomínios\n').in).toEqual(expect.arrayContaining(['exemplo.com.br', '*.exemplo.com.br']));
  });
});

describe('scope tables in other languages', () => {
  it('takes coverage from a Polish "W zakresie" column with Tak / Nie cells', () => {
    const r = patterns('# Polityka bezpieczeństwa\n\n## Zakres\n\n| Zasób | W zakresie |\n|---|---|\n| app.przyklad.pl | Tak |\n| stary.przyklad.pl | Nie |\n');
    expect(r.in).toEqual(['app.przyklad.pl']);
    expect(r.out).toEqual(['stary.przyklad.pl']);
  });

  it('finds the host in another cell when the chosen asset column names only a kind ("Hedef Uygulama | Domain/Adres")', () => {
    const r = patterns('# Güvenlik programı\n\n## Kapsam\n\n| Hedef Uygulama | Domain/Adres |\n|---|---|\n| Domain | www.ornek.com.tr/* |\n| Domain | api.ornek.com.tr |\n');
    expect(r.in).toEqual(expect.arrayContaining(['api.ornek.com.tr']));
    expect(r.in).not.toContain('Domain');
  });

  it('reads a Russian exclusion column ("Вне области")', () => {
    const r = patterns('# Политика безопасности\n\n## Область действия\n\n| Ресурс | Статус |\n|---|---|\n| lk.primer.ru | Входит |\n| old.primer.ru | Не входит |\n');
    expect(r.in).toEqual(['lk.primer.ru']);
    expect(r.out).toEqual(['old.primer.ru']);
  });
});
