import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scorePolicyLikeness } from '../../../src/core/policy/score-policy-likeness.ts';

// Discovery keeps a fetched candidate when it scores at least 4 (discover-policy.ts MIN_LIKENESS).
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/e2e-policies/${name}`, import.meta.url), 'utf8');

describe('scorePolicyLikeness reads every pack\'s words', () => {
  it.each(['politica-pt.html', 'politica-ja.md', 'oro-style.md'])('%s reads like a policy', (name) => {
    expect(scorePolicyLikeness(fixture(name))).toBeGreaterThanOrEqual(4);
  });

  it('a Polish and a Turkish policy read like policies (before the packs, words of four languages only: 1 of 10)', () => {
    expect(scorePolicyLikeness('# Polityka bezpieczeństwa\n\nJeśli jesteś badaczem bezpieczeństwa i znalazłeś podatność, zgłoś ją na security@example.pl. Nie przeprowadzaj ataków typu odmowa usługi. Nie ujawniaj publicznie szczegółów przed naprawą.')).toBeGreaterThanOrEqual(4);
    expect(scorePolicyLikeness('# Güvenlik politikası\n\nBir güvenlik açığı bulduysanız lütfen security@example.com.tr adresine bildirin. Hizmet reddi saldırıları yapmayın. Araştırmacılara karşı yasal işlem başlatmayacağız.')).toBeGreaterThanOrEqual(4);
  });

  it('an error page in another language does not, nor does an ordinary page', () => {
    expect(scorePolicyLikeness('<h1>Página não encontrada</h1><p>A página de segurança que você procura não existe.</p>')).toBeLessThan(4);
    expect(scorePolicyLikeness('<h1>ページが見つかりません</h1><p>お探しのページは存在しません。</p>')).toBeLessThan(4);
    expect(scorePolicyLikeness('Willkommen in unserem Webshop. Hier finden Sie Schuhe, Taschen und Accessoires.')).toBeLessThan(4);
  });
});
