// Timelines, bounty and safe harbor of issue 16's third contact round, on invented sentences: a unit glued to its
// digits, a fix target counted from the report, keeping details confidential "pendant", and more packs' words for
// "no bounty" and "no legal action".
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });

describe('timelines', () => {
  it('reads a unit glued to its digits ("24h", "48hrs"), in English and inside a Chinese text', () => {
    expect(read('We acknowledge every report within 48hrs.').response_sla_days).toBe(2);
    expect(read('## 响应时间\n\n我们会认真对待每一份安全报告。\n\n- **首次确认**：24h 内自动回复\n- **修复发布**：视严重程度 30 天内\n').response_sla_days).toBe(1);
  });

  it('does not read digits inside a word, or glued to a letter that is no unit, as a duration', () => {
    expect(read('We acknowledge reports about 3d printers, 2fa codes and sha1h hashes.').response_sla_days).toBeNull();
  });

  it('reads the French noun "accusé de réception" as acknowledgement', () => {
    expect(read('- **Accusé de réception** : sous 48 heures\n- **Correction** : sous 30 jours\n').response_sla_days).toBe(2);
  });

  it('does not read a fix target counted from the report ("30 days of disclosure") as a disclosure window', () => {
    expect(read('Give us time to resolve the issue before disclosing it. We aim to resolve critical issues within 30 days of disclosure.').disclosure_days).toBeNull();
    expect(read('Laissez-nous le temps de corriger avant de publier. Nous corrigeons les failles critiques sous 30 jours après la divulgation.').disclosure_days).toBeNull();
    expect(read('We will fix it within 90 days, after which you may disclose it.').disclosure_days).toBe(90);
    expect(read('Give us time to fix it before you publish. We fix bugs within 60 days before publication.').disclosure_days).toBe(60);
  });

  it('reads "garder confidentiel … pendant 90 jours" as a disclosure window', () => {
    expect(read('Vous devez garder confidentielles les informations sur la faille pendant 90 jours après votre signalement.').disclosure_days).toBe(90);
  });
});

describe('bounty', () => {
  it('reads "no formal bug bounty programme" in more packs, and compensation that "is not applicable"', () => {
    expect(read('Obecnie nie mamy programu bug bounty, ale dziękujemy za zgłoszenia.').bounty).toBe(false);
    expect(read('현재 버그 바운티 프로그램은 없지만 기여자는 감사 목록에 올립니다.').bounty).toBe(false);
    expect(read('As a volunteer club, compensation for reported issues is not applicable.').bounty).toBe(false);
  });

  it('does not read a bounty "en dehors d\'un programme de bug bounty" as an offer', () => {
    expect(read('Vous ne pouvez exiger une compensation pour des failles signalées en dehors d\'un programme de bug bounty.').bounty).toBeNull();
  });
});

describe('safe harbor', () => {
  it('reads more packs\' promises not to take legal action', () => {
    expect(read('Nous ne poursuivrons pas les personnes qui agissent de bonne foi.').safe_harbor).toBe(true);
    expect(read('Til gengæld går vi ikke rettens vej mod folk, der melder fejl i god tro.').safe_harbor).toBe(true);
    expect(read('Kami tidak akan memberikan sanksi atau tindakan hukum kepada peneliti yang mematuhi aturan.').safe_harbor).toBe(true);
  });
});
