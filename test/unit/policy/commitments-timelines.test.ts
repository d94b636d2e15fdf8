// Timelines, bounty and safe-harbor cues (issue 16, items 1 and 4) on synthetic snippets in several languages.
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { readDocument } from '../../../src/core/document/read-document.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });

describe('timelines', () => {
  it('reads "the next business day" as one day and Swedish "återkopplar inom 72 timmar" as three', () => {
    expect(read('We strive to respond to every report no later than the next business day.').response_sla_days).toBe(1);
    expect(read('Skicka ett mejl till oss med ämnesraden "Säkerhet" så återkopplar vi inom 72 timmar.').response_sla_days).toBe(3);
  });

  it('does not take a confirmed breach ("nach bestätigter Panne") for an acknowledgement', () => {
    const text = [
      'Wir informieren betroffene Personen innerhalb von 72 Stunden nach bestätigter Panne über den Vorfall.',
      '',
      'Wir bestätigen den Eingang Ihres Berichts innerhalb von 48 Stunden.',
    ].join('\n');
    expect(read(text).response_sla_days).toBe(2);
  });

  it('does not read publishing a fix ("publicar un parche", "publish a patch") as a disclosure window', () => {
    expect(read('Corrección: nuestro objetivo es publicar un parche en un plazo menor a 30 días.').disclosure_days).toBeNull();
    expect(read('We aim to publish a patch within 30 days.').disclosure_days).toBeNull();
    expect(read('Please do not publish details within 90 days of your report.').disclosure_days).toBe(90);
  });
});

describe('bounty', () => {
  it('reads statements that there is no money, in several languages', () => {
    expect(read('We do NOT have a bug/vulnerability reward program, but we thank every reporter.').bounty).toBe(false);
    expect(read('Dette er et studentprosjekt uten bug-bounty-program, men vi takker deg offentlig.').bounty).toBe(false);
    expect(read('Aktuel status: Ingen bug bounty-program i øjeblikket, men vi takker offentligt.').bounty).toBe(false);
    expect(read('Kami belum menjalankan program hadiah uang formal, tetapi kami berterima kasih.').bounty).toBe(false);
    expect(read('目前本项目**暂未设立**金钱奖励计划。我们衷心感谢每一位负责任披露漏洞的贡献者。').bounty).toBe(false);
  });

  it('reads a Spanish "programa de recompensas" as a bounty', () => {
    expect(read('La empresa ha creado el programa de recompensas de errores para recompensar a los investigadores.').bounty).toBe(true);
  });
});

describe('safe harbor', () => {
  it('reads promises not to take legal action in Turkish, Korean, Norwegian and Indonesian', () => {
    expect(read('Şirketimiz, bu sayfadaki kurallara uyularak yapılan araştırmalar için herhangi bir hukuki aksiyon almayacaktır.').safe_harbor).toBe(true);
    expect(read('선의의 보안 연구에 대해서는 관련 법령의 범위 내에서 법적 대응을 하지 않으며, 충분한 협조를 약속합니다.').safe_harbor).toBe(true);
    expect(read('Så lenge du følger disse prinsippene, vil vi behandle rapporten som forskning og ikke eskalere til juridiske tiltak.').safe_harbor).toBe(true);
    expect(read('Peneliti yang mematuhi aturan di atas tidak akan kami tuntut secara hukum dan akan kami hargai.').safe_harbor).toBe(true);
  });

  it('does not read that third parties may take legal action as a promise', () => {
    expect(read('Üçüncü partilerin bu durumda yasal işlem başlatabileceğini bildirmek isteriz.').safe_harbor).toBeNull();
  });
});

describe('strong emphasis against CJK letters', () => {
  it('drops ** markers next to Han or Hangul letters, keeps single stars inside Latin words', () => {
    const text = (md: string) => readDocument({ body: md, url: 'x.md' }).blocks.map((b) => b.text).join('|');
    expect(text('目前 **暂未设立**金钱奖励计划。')).toBe('目前 暂未设立金钱奖励计划。');
    expect(text('이 저장소의 **보안**을 확인하세요.')).toBe('이 저장소의 보안을 확인하세요.');
    expect(text('Use 2*3*4 here.')).toBe('Use 2*3*4 here.');
  });
});

describe('the new patterns stay linear on 1 MiB of adversarial text', () => {
  const MIB = 1 << 20;
  const inputs = [
    `${'publish a '.repeat(MIB / 10)}patch within 30 days`,
    `${'publicar un '.repeat(MIB / 12)}parche en 30 días`,
    `we do not have a ${'bug/'.repeat(MIB / 4)} reward program`,
    `hukuki aksiyon ${'al'.repeat(MIB / 2)}`,
    `${'**暂'.repeat(MIB / 3)}`,
    `${'a**'.repeat(MIB / 3)}`,
  ];
  it.each(inputs.map((t, i) => [i, t] as const))('input %i', (_i, text) => {
    const started = performance.now();
    read(text);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
