import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

// Every sentence here was written for these tests (helper corpus-b, 2026-12-08): common ways Spanish, Chinese,
// Korean and Japanese policies word a rule, a report request or a promise. None is copied from a policy.
const NOW = new Date('2026-11-21T00:00:00Z');
const BASE = 'https://github.com/example/widget/blob/main/SECURITY.md';

// An opening paragraph long enough for the document's language to be told from its own prose.
const OPENING: Record<string, string> = {
  es: '# Política de seguridad\n\nNos tomamos muy en serio la seguridad de nuestros productos y agradecemos la ayuda de la comunidad.\n\n',
  zh: '# 安全策略\n\n我们非常重视产品和服务的安全，感谢安全研究人员帮助我们发现并修复问题。\n\n',
  ko: '# 보안 정책\n\n저희는 제품과 서비스의 보안을 매우 중요하게 생각하며 보안 연구자 여러분의 도움에 감사드립니다.\n\n',
  ja: '# セキュリティポリシー\n\n私たちは製品とサービスのセキュリティを重視しており、研究者の皆様のご協力に感謝します。\n\n',
};
const RULES: Record<string, string> = { es: '## Reglas\n\n', zh: '## 测试规则\n\n', ko: '## 테스트 규칙\n\n', ja: '## テストのルール\n\n' };
const REPORT: Record<string, string> = { es: '## Cómo reportar\n\n', zh: '## 报告漏洞\n\n', ko: '## 취약점 신고\n\n', ja: '## 脆弱性の報告\n\n' };

const read = (lang: string, body: string) =>
  extractPolicy({ body: OPENING[lang]! + body, url: 'SECURITY.md' }, { baseUrl: BASE, now: NOW });
const forbidden = (lang: string, sentence: string) => read(lang, RULES[lang]! + sentence + '\n').forbidden_activities.map((f) => f.id);
const fields = (lang: string, sentence: string) => read(lang, REPORT[lang]! + sentence + '\n').report_fields.map((f) => f.id);

describe('forbidden activities the packs read (es, zh, ko, ja)', () => {
  it.each([
    // Spanish subjunctive and polite imperative of -car verbs turn c into qu ("modifique", "publiques").
    ['es', 'No modifique los registros de la base de datos de producción.', 'data_destruction_modification'],
    ['es', 'Por favor, no modifiquen la configuración de otras instancias.', 'data_destruction_modification'],
    ['es', 'No publiques el hallazgo hasta que hayamos lanzado el parche.', 'public_disclosure_before_fix'],
    ['es', 'Le pedimos que no publique detalles técnicos antes de la corrección.', 'public_disclosure_before_fix'],
    // Systems that are not the reader's own; a large volume of requests.
    ['es', 'No ataques servidores que no sean de tu propiedad.', 'third_party_testing'],
    ['es', 'No pruebes contra sistemas ajenos.', 'third_party_testing'],
    ['es', 'No lances un gran volumen de peticiones contra la API.', 'dos'],
    ['zh', '请勿测试不属于你的服务器。', 'third_party_testing'],
    ['zh', '不要对无授权的网站进行扫描以外的测试。', 'third_party_testing'],
    ['ko', '본인 소유가 아닌 서버를 테스트하지 마세요.', 'third_party_testing'],
    ['ko', '허가받지 않은 네트워크를 공격하지 마십시오.', 'third_party_testing'],
    ['ja', '自身が管理していないサーバーを攻撃しないでください。', 'third_party_testing'],
    ['ja', '許可を得ていないサイトを診断しないでください。', 'third_party_testing'],
    // Sharing with third parties with words in between.
    ['ja', '修正が終わるまで第三者へ脆弱性の詳細を共有しないでください。', 'public_disclosure_before_fix'],
  ])('%s: %s → %s', (lang, sentence, id) => {
    expect(forbidden(lang, sentence)).toContain(id);
  });

  it.each([
    // Other users' data is data access, not testing against a third party.
    ['es', 'No descargues datos de otros usuarios.', 'third_party_testing', 'data_access_exfiltration'],
    ['es', 'No consultes la información personal de otros clientes.', 'third_party_testing', 'data_access_exfiltration'],
    ['zh', '请勿下载其他用户的数据。', 'third_party_testing', 'data_access_exfiltration'],
    ['ko', '다른 사용자의 개인정보를 열람하지 마세요.', 'third_party_testing', 'data_access_exfiltration'],
    ['ja', '他のユーザーのデータを閲覧しないでください。', 'third_party_testing', 'data_access_exfiltration'],
    // A data centre is a place, not data.
    ['ko', '데이터 센터에 물리적으로 접근하지 마십시오.', 'data_access_exfiltration', 'physical'],
    // Korean 수정 is also "fixed": waiting for the fix is no modification of data.
    ['ko', '취약점이 수정되기 전에는 세부 내용을 공개하지 마세요.', 'data_destruction_modification', 'public_disclosure_before_fix'],
    ['ko', '문제가 수정된 후에 공개해 주시고, 그 전에는 외부에 공유하지 마세요.', 'data_destruction_modification', 'public_disclosure_before_fix'],
  ])('%s: %s is not %s but %s', (lang, sentence, not, id) => {
    const ids = forbidden(lang, sentence);
    expect(ids).not.toContain(not);
    expect(ids).toContain(id);
  });

  it('ko: 수정/변경 is data modification as a verb or on data, not as "fixed" or a compound noun', () => {
    expect(forbidden('ko', '보안 패치가 수정 배포되기 전까지 서명 키를 변경 이력에 남기지 마세요.')).not.toContain('data_destruction_modification');
    expect(forbidden('ko', '고객 데이터를 변경하거나 삭제하지 마세요.')).toContain('data_destruction_modification');
    expect(forbidden('ko', '다른 회원의 게시물을 수정하지 마세요.')).toContain('data_destruction_modification');
    expect(forbidden('ko', '운영 중인 서비스의 설정을 변경하지 마십시오.')).toContain('data_destruction_modification');
  });
});

describe('more ways to word a rule (es, zh)', () => {
  it('es: "es importante que no …" forbids', () => {
    expect(forbidden('es', 'Es importante que no descargues información de otros clientes.')).toContain('data_access_exfiltration');
    expect(forbidden('es', 'Es fundamental que no lances pruebas de carga.')).toContain('dos');
  });

  it('zh: effects caused to the service are denial of service', () => {
    expect(forbidden('zh', '测试时不得对线上服务造成影响。')).toContain('dos');
    expect(forbidden('zh', '请勿给业务系统带来干扰。')).toContain('dos');
  });
});

describe('Korean clause reading', () => {
  it('"저희가/당사가 운영하는 …" is a relative clause, not the subject of the prohibition', () => {
    expect(forbidden('ko', '당사가 운영하는 결제 서비스에 서비스 거부 공격을 하지 마십시오.')).toContain('dos');
    expect(forbidden('ko', '저희가 사용하는 타사 서비스를 공격하지 마세요.')).toContain('third_party_testing');
  });

  it('"…지 않도록" is a rule when it asks for care, not when it gives a purpose', () => {
    expect(forbidden('ko', '- 담당자가 놓치지 않도록 메일 제목에 [보안]을 적어 주세요.')).toEqual([]);
    expect(forbidden('ko', '- 운영 서버에 부하를 주지 않도록 주의해 주세요.')).toContain('dos');
  });
});

describe('out-of-scope items that name only an activity (zh, ko, ja)', () => {
  it.each([
    ['zh', '## 不在范围内\n\n- 社会工程学与钓鱼\n- 撞库\n- 缺少安全响应头的报告\n'],
    ['ko', '## 범위 외\n\n- 사회공학 및 피싱\n- 무차별 대입\n- 보안 헤더 누락\n'],
    ['ja', '## 対象外\n\n- ソーシャルエンジニアリングやフィッシング\n- 総当たり\n- セキュリティヘッダーの欠如\n'],
  ])('%s: social engineering, phishing and brute force are forbidden; a missing header is not', (lang, body) => {
    const r = read(lang, body);
    expect(r.forbidden_activities.map((f) => f.id)).toEqual(expect.arrayContaining(['social_engineering', 'phishing', 'brute_force']));
    expect(r.forbidden_activities.every((f) => !/头|헤더|ヘッダ/.test(f.quote))).toBe(true);
  });
});

describe('report fields the packs read (es, zh, ko, ja)', () => {
  it('ko: "… 이(가) 도움이 됩니다" asks for what it names', () => {
    expect(fields('ko', '앱 버전, 재현 절차, 예상되는 영향을 알려 주시면 도움이 됩니다.')).toEqual(expect.arrayContaining(['environment', 'reproduction_steps', 'impact']));
    expect(fields('ko', '사용 중인 버전과 재현 방법이 도움이 됩니다.')).toEqual(expect.arrayContaining(['environment', 'reproduction_steps']));
  });

  it('ko: what to leave out of a report is not asked for', () => {
    expect(fields('ko', '보고서에서 실명과 개인 경로는 빼 주세요.')).toEqual([]);
  });

  it('es: the informal imperative (adjunta, indica, añade) asks for what it names', () => {
    expect(fields('es', 'Si puedes, adjunta capturas de pantalla o una prueba de concepto.')).toContain('proof_of_concept');
    expect(fields('es', 'Indica también la versión del navegador que usaste.')).toContain('environment');
    expect(fields('es', 'Añade los pasos exactos para reproducir el fallo.')).toContain('reproduction_steps');
  });

  it('zh: "请在报告中提供…" with words between 请 and the verb asks for what follows', () => {
    expect(fields('zh', '请在报告中提供：漏洞描述、受影响的网址、复现步骤和你的联系方式。')).toEqual(expect.arrayContaining(['description', 'location_url', 'reproduction_steps', 'contact_info']));
    expect(fields('zh', '请尽量在邮件里附上截图。')).toContain('proof_of_concept');
  });

  it('a commit is where the problem was seen (environment)', () => {
    expect(read('es', REPORT.es + 'Incluye:\n\n- El commit en el que lo observaste.\n- Los pasos para reproducirlo.\n').report_fields.map((f) => f.id)).toContain('environment');
    expect(read('ko', REPORT.ko + '다음을 포함해 주세요:\n\n- 문제를 확인한 커밋\n- 재현 절차\n').report_fields.map((f) => f.id)).toContain('environment');
    expect(read('zh', REPORT.zh + '请提供：\n\n- 出现问题的提交哈希\n- 复现步骤\n').report_fields.map((f) => f.id)).toContain('environment');
  });

  it('zh: verification code is a proof of concept', () => {
    expect(read('zh', REPORT.zh + '请提供：\n\n- 复现步骤\n- 验证脚本或验证代码\n').report_fields.map((f) => f.id)).toContain('proof_of_concept');
  });

  it('ja: 該当コンポーネント is where the problem is', () => {
    expect(read('ja', REPORT.ja + '報告には次を含めてください。\n\n- 該当コンポーネント\n- 再現手順\n').report_fields.map((f) => f.id)).toContain('location_url');
  });

  it('zh, ko: a "report scope" heading introduces scope, not report content', () => {
    const zh = read('zh', '## 报告范围\n\n以下组件的问题属于报告范围：\n\n- 源视频处理模块\n- 日志与截图导出\n- 插件参数解析\n').report_fields.map((f) => f.id);
    expect(zh).not.toContain('proof_of_concept');
    expect(zh).not.toContain('location_url');
    const ko = read('ko', '## 신고 범위\n\n다음 구성 요소의 문제가 신고 범위에 포함됩니다:\n\n- 영상 처리 모듈\n- 로그와 스크린샷 내보내기\n- 플러그인 설정 경로 처리\n').report_fields.map((f) => f.id);
    expect(ko).not.toContain('proof_of_concept');
    expect(ko).not.toContain('location_url');
  });
});

describe('bounty and safe-harbour wording (es, ko)', () => {
  it('es: "no tenemos programa de recompensas" is no bounty', () => {
    expect(read('es', '## Recompensas\n\nPor ahora no tenemos un programa de recompensas económicas.\n').bounty).toBe(false);
    expect(read('es', '## Recompensas\n\nNo contamos con programa de recompensas; agradecemos públicamente cada reporte.\n').bounty).toBe(false);
  });

  it('ko: a reward or legal protection not promised is neither a bounty nor a safe harbour', () => {
    const r = read('ko', '## 보상\n\n개인 프로젝트이므로 포상금이나 법적 면책을 약속하지 않습니다.\n');
    expect(r.bounty).toBe(false);
    expect(r.safe_harbor).toBe(false);
  });
});

describe('contacts (ja, zh)', () => {
  it('a reporter and the report content are no reporting verb', () => {
    const ja = read('ja', REPORT.ja + '脆弱性は security@example.org までメールでお送りください。報告内容は報告者とメンテナだけが閲覧できます。\n').contacts.map((c) => c.value);
    expect(ja).toEqual(['mailto:security@example.org']);
    const zh = read('zh', REPORT.zh + '请发送邮件至 security@example.org。报告人的姓名只有维护者可以看到。\n').contacts.map((c) => c.value);
    expect(zh).toEqual(['mailto:security@example.org']);
  });
});
