import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { normalizeForMatch } from '../../../src/core/policy/normalize-for-match.ts';
import { readDocument } from '../../../src/core/document/index.ts';
import { buildUnits } from '../../../src/core/policy/build-units.ts';
import { detectBlockLanguages, detectLanguage } from '../../../src/core/policy/detect-language.ts';

// Every sentence and paragraph here was written for these tests (session 8): how Japanese, Chinese and Korean
// policies commonly word prohibitions, not text from any policy.
const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
const forbidden = (text: string) => read(text).forbidden_activities.map((f) => f.id);
function buildUnitsOf(text: string) {
  const { blocks } = readDocument({ body: text, url: 'policy.md' });
  const language = detectLanguage(blocks);
  return buildUnits(blocks, detectBlockLanguages(blocks, language), language).units;
}
const HEADING: Record<string, string> = { ja: 'テスト', zh: '测试', ko: '테스트' };

describe('prohibition cues and activity stems (ja, zh, ko)', () => {
  it.each([
    // Japanese: polite and written registers of "do not", and the common nouns of each activity.
    ['ja', 'サーバーに過度な負荷をかけるテストはお控えください。', 'dos'],
    ['ja', 'サービス運用妨害を引き起こす行為は厳禁です。', 'dos'],
    ['ja', '本番環境のデータを上書きする操作はやめてください。', 'data_destruction_modification'],
    ['ja', '当社従業員を騙して情報を聞き出すことを禁ずる。', 'social_engineering'],
    ['ja', 'ソーシャル・エンジニアリングは許可しておりません。', 'social_engineering'],
    ['ja', 'クローリングやスクレイピングはご遠慮いただいております。', 'automated_scanning'],
    ['ja', '辞書攻撃や総当り攻撃は行わないこと。', 'brute_force'],
    ['ja', '侵入したサーバーを踏み台にしないでください。', 'pivoting_persistence'],
    ['ja', '他の利用者のアカウントでテストしないでください。', 'third_party_testing'],
    ['ja', '調査で得た情報を口外しないでください。', 'public_disclosure_before_fix'],
    ['ja', '脆弱性を理由に金銭を要求することはお断りします。', 'other'],
    ['ja', 'メールの一斉送信はしないようご配慮ください。', 'spam'],
    // Chinese (simplified and traditional).
    ['zh', '测试时不准对线上系统进行压测。', 'dos'],
    ['zh', '請避免使用可能導致系統宕機的測試方法。', 'dos'],
    ['zh', '漏洞修复前切莫在社交网络上公布细节。', 'public_disclosure_before_fix'],
    ['zh', '不许向任何人透露漏洞信息。', 'public_disclosure_before_fix'],
    ['zh', '我们谢绝任何形式的撞库测试。', 'brute_force'],
    ['zh', '禁止以服务器为跳板攻击内网。', 'pivoting_persistence'],
    ['zh', '严禁向我们的用户发送垃圾短信。', 'spam'],
    ['zh', '不得以漏洞相要挟索取报酬。', 'other'],
    ['zh', '請勿進行阻斷服務攻擊。', 'dos'],
    ['zh', '不被允许植入恶意脚本。', 'malware'],
    // Korean: "do not" in its polite and written forms, nominal rules.
    ['ko', '취약점 정보를 외부에 공유하지 마시고 먼저 알려 주십시오.', 'public_disclosure_before_fix'],
    ['ko', '서비스에 과도한 부하를 주는 테스트는 자제 부탁드립니다.', 'dos'],
    ['ko', '고객 데이터를 조회해서는 안 되며 즉시 보고해야 합니다.', 'data_access_exfiltration'],
    ['ko', '디도스 공격을 시도하지 않기를 바랍니다.', 'dos'],
    ['ko', '무작위 대입 공격은 엄금합니다.', 'brute_force'],
    ['ko', '내부망으로 추가 침투하는 행위는 용납되지 않습니다.', 'pivoting_persistence'],
    ['ko', '취약점을 빌미로 금전을 요구하지 마십시오.', 'other'],
    ['ko', '대량 문자 발송은 허락되지 않습니다.', 'spam'],
    ['ko', '자동 스캐닝 도구를 사용하지 마십시오.', 'automated_scanning'],
    ['ja', 'サービスの提供を妨げる行為はしないでください。', 'dos'],
    ['zh', '测试中禁止向服务器上传webshell。', 'malware'],
    ['zh', '发现漏洞后不得对漏洞进行深入利用。', 'other'],
    ['ko', '취약점을 악용하여 부당 이득을 취하지 마십시오.', 'other'],
    // Going public where a policy's readers talk: forums, boards, social media, pull requests.
    ['zh', '请勿在讨论区发帖讨论尚未修复的漏洞。', 'public_disclosure_before_fix'],
    ['ko', '취약점 내용을 커뮤니티나 SNS에 올리지 마세요.', 'public_disclosure_before_fix'],
    ['ja', '修正用のプルリクエストを先に作成しないでください。', 'public_disclosure_before_fix'],
  ])('%s: %s', (lang, text, id) => {
    // Under a "Testing" heading, as rules stand in a policy; twice, so the language is detected.
    expect(forbidden(`# ${HEADING[lang]}\n\n${text}\n\n${text}\n`)).toContain(id);
  });
});

describe('invented policy paragraphs (ja, zh, ko)', () => {
  it('ja: a lead-in list in the polite register, and its activities', () => {
    const ids = forbidden([
      '# 脆弱性開示ポリシー', '', '## ご遠慮いただきたい行為', '',
      '- サービス運用妨害（DoS）攻撃や、サーバーに過度な負荷をかける行為',
      '- ソーシャル・エンジニアリング（当社従業員へのなりすまし等）',
      '- 当社の事業所への物理的な侵入',
      '- 他のお客様のアカウントへのアクセス',
      '- クローリングによる大量のリクエストの送信',
      '- 修正前に脆弱性の情報を第三者へ共有すること', '',
    ].join('\n'));
    expect(ids).toEqual(expect.arrayContaining(['dos', 'social_engineering', 'physical', 'third_party_testing', 'automated_scanning', 'public_disclosure_before_fix']));
  });

  it('ja: the conditions of a safe-harbour promise written before it are prohibitions', () => {
    const r = read('# 法的保護\n\n本ポリシーに従い、サービスを停止させたり利用者のデータを削除したりしない限り、当社は法的措置を講じません。\n');
    expect(r.forbidden_activities.map((f) => f.id)).toEqual(expect.arrayContaining(['dos', 'data_destruction_modification']));
    expect(r.safe_harbor).toBe(true);
  });

  it('zh: a lead-in list, a paragraph of rules and a safe-harbour condition', () => {
    expect(forbidden('# 白帽子行为准则\n\n我们谢绝以下行为：\n\n1. 利用漏洞进行内网渗透\n2. 窃取用户隐私数据\n3. 发送垃圾短信\n4. 以漏洞相要挟索取报酬\n5. 在修复前公布漏洞细节\n'))
      .toEqual(expect.arrayContaining(['pivoting_persistence', 'data_access_exfiltration', 'spam', 'other', 'public_disclosure_before_fix']));
    const r = read('# 法律保护\n\n只要您遵守本政策，不访问超出必要范围的数据，不破坏系统，我们就不会对您采取法律行动。\n');
    expect(r.forbidden_activities.map((f) => f.id)).toEqual(expect.arrayContaining(['data_access_exfiltration', 'data_destruction_modification']));
  });

  it('zh: disclosure to a third party is not third-party testing', () => {
    expect(forbidden('# 规则\n\n不得将漏洞信息透露给任何第三方。\n')).toEqual(['public_disclosure_before_fix']);
  });

  it.each([
    ['ja', '# 対象外の脆弱性\n\n以下の報告は報奨金の対象となりません。\n\n- クリックジャッキング\n- サービス拒否につながる問題\n- ソーシャルエンジニアリングを必要とする攻撃\n'],
    ['zh', '# 不收录的漏洞\n\n以下问题不予收录：\n\n- 无实际危害的self-XSS\n- 需要物理接触设备的攻击\n- 缺少安全头部\n'],
    ['ko', '# 신고 안내\n\n다음 취약점은 인정하지 않습니다.\n\n- 클릭재킹\n- 서비스 거부 공격이 필요한 취약점\n- 사회공학 기법이 필요한 취약점\n'],
  ])('%s: a not-rewarded list stays ineligible, not forbidden', (_lang, text) => {
    const r = read(text);
    expect(r.forbidden_activities).toEqual([]);
    expect((r.ineligible ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('ko: rules in one paragraph, a restrictions heading and a safe-harbour condition', () => {
    expect(forbidden('# 보안 정책\n\n취약점을 발견하면 테스트를 중단하시고, 정보를 제3자에게 공유하지 마시고 저희에게 알려 주십시오. 서비스에 과도한 부하를 주는 테스트는 자제 부탁드립니다.\n'))
      .toEqual(expect.arrayContaining(['public_disclosure_before_fix', 'dos']));
    expect(forbidden('# 버그 바운티\n\n## 테스트 제한 사항\n\n- 디도스 공격\n- 스팸 메일 발송\n- 내부망으로의 추가 침투 및 권한 유지\n'))
      .toEqual(expect.arrayContaining(['dos', 'spam', 'pivoting_persistence']));
    const r = read('# 법적 보호\n\n귀하가 사용자 데이터를 유출하거나 서비스를 중단시키지 않는 한, 당사는 귀하에 대해 법적 조치를 취하지 않습니다.\n');
    expect(r.forbidden_activities.map((f) => f.id)).toEqual(expect.arrayContaining(['data_access_exfiltration', 'dos']));
  });
});

describe('rules written as plain negatives, "only" rules, violations and unauthorised acts (ja, zh, ko)', () => {
  it.each([
    ['ja', '# 調査ルール\n\n以下を守ってください。\n\n- 他のユーザーのデータにアクセスしない\n- 大量のリクエストを送らない\n- 見つけた脆弱性を公開しない\n', ['data_access_exfiltration', 'dos', 'public_disclosure_before_fix']],
    ['ja', '# 調査ルール\n\nテストはご自身のアカウントのみを使用してください。勝手に設定を変えることは規約違反とみなします。\n', ['other']],
    ['zh', '# 安全测试规范\n\n下列行为属于违规行为：\n\n- 对生产环境进行压力测试\n- 擅自修改线上配置\n', ['dos', 'data_destruction_modification', 'other']],
    ['zh', '# 法律保护\n\n我们不会追究您的法律责任，前提是您未泄露任何用户数据。\n', ['public_disclosure_before_fix']],
    ['zh', '# 测试规则\n\n请仅使用您自己注册的测试账号进行验证。\n', ['other']],
    ['ko', '# 테스트 규칙\n\n다음은 위반 행위로 간주됩니다.\n\n- 서비스 거부 공격\n- 대량 메일 발송\n', ['dos', 'spam']],
    ['ko', '# 테스트 규칙\n\n테스트는 본인 계정만 사용하십시오.\n', ['other']],
    // A participant as the subject of "cannot" (참여자는 … 수 없습니다, 参加者は…ことはできません); harm to operations as DoS.
    ['ko', '# 참여 안내\n\n- 참여자는 발견한 취약점 정보를 외부에 공개할 수 없습니다.\n- 서비스 운영에 지장을 주는 행위는 금지됩니다.\n', ['public_disclosure_before_fix', 'dos']],
    ['ja', '# 参加について\n\n- 参加者は発見した脆弱性を第三者に開示することはできません。\n- サービスの運用に支障をきたす調査は行わないでください。\n', ['public_disclosure_before_fix', 'dos']],
    ['zh', '# 参与须知\n\n- 测试不得影响业务的正常运行。\n- 参与者不能将漏洞细节告知他人。\n', ['dos', 'public_disclosure_before_fix']],
  ])('%s: %j', (_lang, text, ids) => {
    expect(forbidden(text)).toEqual(expect.arrayContaining(ids));
  });
});

describe('report fields asked for in one sentence (ja, zh, ko)', () => {
  const ALL = ['description', 'location_url', 'impact', 'reproduction_steps', 'proof_of_concept', 'contact_info', 'environment'];
  it.each([
    ['ja', '# 脆弱性の報告\n\n報告の際は、脆弱性が存在する箇所、問題の詳細な説明、再現するための手順、想定される被害、画面キャプチャなどの証拠、ご使用の端末とOSのバージョン、ご連絡先をお知らせください。\n'],
    ['zh', '# 报告格式\n\n提交报告时请注明：漏洞所在的域名或页面链接、漏洞详情描述、复现方法、危害、截屏或录屏、测试所用的设备和系统版本，以及您的称呼和联系邮箱。\n'],
    ['ko', '# 신고 양식\n\n신고 시 취약점이 발생하는 도메인 또는 페이지, 취약점에 대한 상세 설명, 재현 방법, 예상 피해, 캡처 화면 등 증빙 자료, 사용한 기기와 OS 버전, 회신받을 연락 수단을 기재해 주십시오.\n'],
  ])('%s', (_lang, text) => {
    expect(read(text).report_fields.map((f) => f.id)).toEqual(expect.arrayContaining(ALL));
  });
});

describe('timelines as CJK policies write them', () => {
  it.each([
    ['ja', '# 対応\n\n通常、３営業日以内に受領のご連絡をいたします。\n', 3],
    ['ja', '# 対応\n\nご報告いただいた内容は、翌営業日までに確認のご連絡をいたします。\n', 1],
    ['zh', '# 回覆\n\n我們將於三個工作天內回覆您的報告。\n', 3],
    ['zh', '# 回复\n\n我们会在收到报告的次日内回复您。\n', 1],
    ['ko', '# 답변\n\n보고서를 받은 후 일주일 이내에 답변 드립니다.\n', 7],
    ['ko', '# 답변\n\n신고해 주시면 익일까지 접수 여부를 알려 드립니다.\n', 1],
  ])('%s: %j', (_lang, text, days) => {
    expect(read(text).response_sla_days).toBe(days);
  });

  it.each([
    ['ja', '# 対応\n\n報告を受け取ってから３営業日以内に返信し、修正後90日以内に詳細を公開します。\n', 3, 90],
    ['zh', '# 流程\n\n我们会在3个工作日内回复，并在修复后30天内公开披露。\n', 3, 30],
    ['ko', '# 절차\n\n일주일 이내에 답변 드리며, 패치 후 30일이 지나면 내용을 공개합니다.\n', 7, 30],
  ])('%s: the verb after its time ("within 3 days reply, …, publish after 90") gives the response time, then the window', (_lang, text, sla, disclosure) => {
    const r = read(text);
    expect([r.response_sla_days, r.disclosure_days]).toEqual([sla, disclosure]);
  });

  it('full-width digits and letters read as their ASCII forms, at the same offsets', () => {
    const norm = normalizeForMatch('ＤｏＳ攻撃は５営業日');
    expect(norm).toBe('dos攻撃は5営業日');
    expect(norm.length).toBe('ＤｏＳ攻撃は５営業日'.length);
  });
});

describe('addresses written to escape harvesters in CJK text', () => {
  it.each([
    ['ja', '# 脆弱性の報告\n\n脆弱性を発見された場合は、security＠example.jp までご連絡ください。\n', 'security@example.jp'],
    ['ja', '# 連絡先\n\n脆弱性のご報告は security（アットマーク）example.jp までメールでお送りください。\n', 'security@example.jp'],
    ['zh', '# 联系方式\n\n请将漏洞报告发送至 security【at】example.cn。\n', 'security@example.cn'],
  ])('%s: %j', (_lang, text, address) => {
    expect(JSON.stringify(read(text).contacts)).toContain(`mailto:${address}`);
  });
});

describe('what is no prohibition stays none (ja, zh, ko)', () => {
  it.each([
    ['zh', '# 安全策略\n\n如果您没有收到回复，请不要犹豫，再次联系我们。本项目不能保证所有漏洞都会被修复。不准确的报告可能会延迟处理。\n'],
    ['ko', '# 보안 정책\n\n당사는 귀하에 대해 법적 조치를 취하지 않을 것입니다. 자동 응답이 오지 않는 경우 다시 연락해 주세요.\n'],
  ])('%s: %j', (_lang, text) => {
    const units = buildUnitsOf(text);
    expect(units.filter((u) => u.own.forbidden).map((u) => u.text)).toEqual([]);
  });
});
