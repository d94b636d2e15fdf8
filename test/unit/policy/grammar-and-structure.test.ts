import { describe, expect, it } from 'vitest';
import { readerFor } from '../../../src/core/policy/compile-reader.ts';
import { detectPolarity } from '../../../src/core/policy/detect-polarity.ts';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { matchActivities } from '../../../src/core/policy/match-activities.ts';
import { matchReportFields } from '../../../src/core/policy/match-report-fields.ts';
import { normalizeForMatch } from '../../../src/core/policy/normalize-for-match.ts';

// Small sentences written for these tests: each language's own grammar of prohibition, not phrases of real policies.

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
const polarity = (lang: string, text: string) => detectPolarity(normalizeForMatch(text), readerFor([lang, 'en']));
const activities = (lang: string, text: string) => matchActivities(normalizeForMatch(text), readerFor([lang, 'en']));
const fields = (lang: string, text: string) => matchReportFields(normalizeForMatch(text), readerFor([lang, 'en']));

describe('negative imperatives of each language forbid, whatever verb carries them', () => {
  it.each([
    ['ko', '다른 사용자의 데이터를 삭제하지 마세요.'],
    ['ko', '취약점을 공개 게시판에 올리지 말고 이메일로 알려 주세요.'],
    ['ko', '서비스 거부 공격을 시도하지 말아야 합니다.'],
    ['ko', '자동화된 스캐너를 사용해서는 안 된다.'],
    ['tr', 'Diğer kullanıcıların verileri değiştirilmemelidir.'],
    ['tr', 'Hizmet kesintisine yol açan testler denenmemeli.'],
    ['tr', 'Bulgular kamuya açık şekilde paylaşılmamalıdır.'],
    ['ja', '他のユーザーのデータにアクセスしないこと。'],
    ['ja', 'サービスを妨害しないようにしてください。'],
    ['zh', '勿对生产环境进行拒绝服务测试。'],
    ['zh', '不可删除其他用户的数据。'],
    ['id', 'Mohon untuk tidak mempublikasikan temuan sebelum diperbaiki.'],
  ])('%s: %s', (lang, text) => {
    expect(polarity(lang, text).forbidden).toBe(true);
  });

  it.each([
    ['ko', '유지 마케팅 팀이 보고서를 검토합니다.'],
    ['zh', '我们将介绍如何避免模型泄露隐私信息。'],
    ['it', 'Plugin di terze parti non mantenuti dal progetto.'],
    ['it', 'Il codice non mantenuto dal progetto resta fuori ambito.'],
  ])('%s, no rule: %s', (lang, text) => {
    expect(polarity(lang, text).forbidden).toBe(false);
  });

  it('reads an Italian "non" before an infinitive or an imperative as a rule, before a participle as a description', () => {
    expect(polarity('it', 'Non eseguire attacchi di negazione del servizio.').forbidden).toBe(true);
    expect(polarity('it', 'Non utilizzate scanner automatici.').forbidden).toBe(true);
  });

  it.each([
    ['it', 'Chiediamo di fare ogni sforzo per evitare la distruzione di dati.'],
    ['es', 'Haga un esfuerzo razonable para evitar la destrucción de datos.'],
    ['pt', 'Faça todo esforço para evitar a destruição de dados.'],
    ['fr', 'Faites tous vos efforts pour éviter la destruction de données.'],
  ])('"make an effort to avoid" is a rule (%s), though "to avoid" alone states a purpose', (lang, text) => {
    expect(polarity(lang, text).forbidden).toBe(true);
    expect(activities(lang, text)).toContain('data_destruction_modification');
  });
});

describe('activity words in their inflected forms', () => {
  it.each([
    ['id', 'Jangan menghapus atau mengubah data pengguna.', 'data_destruction_modification'],
    ['id', 'Data pengguna tidak boleh dihapus.', 'data_destruction_modification'],
    ['id', 'Jangan mengakses data milik orang lain.', 'data_access_exfiltration'],
    ['id', 'Temuan tidak boleh dipublikasikan.', 'public_disclosure_before_fix'],
    ['id', 'Jangan memindai server dengan alat otomatis.', 'automated_scanning'],
    ['tr', 'Fiziki saldırılar yapmayınız.', 'physical'],
    ['pl', 'Nie publikuj szczegółów przed publikacją poprawki.', 'public_disclosure_before_fix'],
    ['nl', 'Deel de kwetsbaarheid niet met anderen.', 'public_disclosure_before_fix'],
    ['uk', 'Не створюйте публічних завдань на GitHub.', 'public_disclosure_before_fix'],
    ['ru', 'Не создавайте задачи в публичном трекере.', 'public_disclosure_before_fix'],
  ])('%s: %s', (lang, text, id) => {
    expect(polarity(lang, text).forbidden).toBe(true);
    expect(activities(lang, text)).toContain(id);
  });

  it('reads "we do not accept these" as not eligible (nb, sv, da)', () => {
    expect(polarity('nb', 'Vi tar ikke imot disse som sårbarhetsrapporter.').ineligible).toBe(true);
    expect(polarity('sv', 'Vi tar inte emot rapporter om saknade rubriker.').ineligible).toBe(true);
    expect(polarity('da', 'Vi modtager ikke rapporter om manglende headere.').ineligible).toBe(true);
  });

  it('reads "we do not respond to" reports as not eligible (ru, uk)', () => {
    expect(polarity('ru', 'На отчёты автоматических сканеров мы не отвечаем.').ineligible).toBe(true);
    expect(polarity('uk', 'На звіти автоматичних сканерів ми не відповідаємо.').ineligible).toBe(true);
  });
});

describe('report-field words', () => {
  it.each([
    ['id', 'Uraian kerentanan dan dampaknya.', ['description', 'impact']],
    ['cs', 'Napište, co jste našli a co se tím dá způsobit.', ['description', 'impact']],
    ['nl', 'Het bestand waar het zit en wat een aanvaller ermee kan.', ['location_url', 'impact']],
    ['nl', 'Een klein code-voorbeeld.', ['proof_of_concept']],
    ['en', 'Please include as much detail as possible and a code snippet.', ['description', 'proof_of_concept']],
  ])('%s: %s', (lang, text, ids) => {
    expect(fields(lang, text)).toEqual(expect.arrayContaining(ids));
  });
});

describe('structure', () => {
  it('splits Korean sentences at a full stop, so a prohibition early in a lead-in does not make its list prohibitions; 비공개 (private) is not 공개 (public)', () => {
    const r = read([
      '# 보안 정책', '', '## 취약점 신고', '',
      '공개 이슈로 올리지 마세요. 아래 정보를 포함하여 비공개 채널로 접수합니다.', '',
      '- 취약점 설명', '- 재현 절차', '- 영향', '',
    ].join('\n'));
    expect(r.forbidden_activities.map((f) => f.id)).toEqual(['public_disclosure_before_fix']);
    expect(r.report_fields.map((f) => f.id)).toEqual(['description', 'impact', 'reproduction_steps']);
  });

  it('reads a list under a rules heading whose items name report fields as report content', () => {
    const r = read([
      '# Security', '', '## What we ask of you', '', 'This helps us most:', '',
      '- The version you were running.', '- The page where it happens.', '- How to reproduce it.', '- Anything else you noticed.', '',
    ].join('\n'));
    expect(r.report_fields.map((f) => f.id)).toEqual(['location_url', 'reproduction_steps', 'environment', 'other']);
  });

  it.each([
    ['sv', '## Vad som inte räknas\n\n- Spam eller phishing mot anställda\n- DoS-attacker\n'],
    ['nb', '## Dette teller ikke\n\n- Spam eller phishing mot ansatte\n- DoS-angrep\n'],
    ['en', '## What does not count\n\n- Spam or phishing against staff\n- DoS attacks\n'],
  ])('reads a "what does not count" heading as not rewarded (%s): its items are ineligible, not prohibitions', (_lang, text) => {
    const r = read(`# Security\n\n${text}`);
    expect(r.forbidden_activities).toEqual([]);
    expect(r.ineligible?.flatMap((i) => i.ids ?? [])).toEqual(expect.arrayContaining(['spam', 'phishing', 'dos']));
  });

  it('does not read a list of rules that names one field in passing as report content', () => {
    const r = read([
      '# Security', '', '## What we ask of you', '', 'While testing:', '',
      '- Use the latest version.', '- Stay within the listed hosts.', '- Stop when you reach personal data.', '',
    ].join('\n'));
    expect(r.report_fields).toEqual([]);
  });
});
