import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/scope/parse-csv.ts';
import { parseUserScope } from '../../../src/core/scope/parse-user-scope.ts';
import { parseHackerOneScopeCsv } from '../../../src/core/scope/parse-hackerone-scope-csv.ts';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';
import { enFinding } from '../../support/english.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/platform-scopes/${name}`, import.meta.url), 'utf8');
const judge = (text: string, hosts: string[]) => {
  const scope = compileScope({ policy: null, userScope: parseUserScope(text).value });
  return Object.fromEntries(hosts.map((h) => [h, judgeScope(h, scope).verdict]));
};
const H1_HEADER = 'identifier,asset_type,instruction,eligible_for_bounty,eligible_for_submission,availability_requirement,confidentiality_requirement,integrity_requirement,max_severity,system_tags,created_at,updated_at';
const h1Row = (identifier: string, type: string, submission: string, instruction = '') =>
  `${identifier},${type},${instruction},true,${submission},,,,critical,,2024-03-01 10:00:00 UTC,2024-03-01 10:00:00 UTC`;

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and numbers records by their first line', () => {
    const { value, findings } = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\n\nlast,,\n');
    expect(value).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\r\nlines'] },
      { line: 5, fields: ['last', '', ''] },
    ]);
    expect(findings).toEqual([]);
  });

  it('keeps a stray quote inside an unquoted field, and reports an unterminated quote with its line', () => {
    expect(parseCsv('ab"c,d').value[0]!.fields).toEqual(['ab"c', 'd']);
    const { value, findings } = parseCsv('a,b\n"open,c\nd');
    expect(value[1]).toEqual({ line: 2, fields: ['open,c\nd'] });
    expect(findings).toEqual([expect.objectContaining({ id: 'csv_unterminated_quote', line: 2 })]);
  });

  it('bounds fields and records', () => {
    const long = parseCsv(`${'x'.repeat(100_000)},y`, { maxFieldLength: 10 });
    expect(long.value[0]!.fields).toEqual(['x'.repeat(10), 'y']);
    expect(long.findings[0]).toMatchObject({ id: 'csv_field_too_long', line: 1 });
    const many = parseCsv('a\n'.repeat(1000), { maxRecords: 10 });
    expect(many.value).toHaveLength(10);
    expect(many.findings[0]).toMatchObject({ id: 'csv_too_many_records' });
  });
});

describe('HackerOne scope CSV', () => {
  it('reads a real-shaped export: eligible rows in scope, eligible_for_submission=false rows excluded, other assets named', () => {
    const { value, findings, format } = parseUserScope(fixture('hackerone-scope.csv'));
    expect(format).toBe('hackerone');
    expect(value.map((e) => `${e.effect === 'include' ? '+' : '-'}${e.pattern} @${e.line}`)).toEqual([
      '+*.shop.example @2', '+api.shop.example @3', '+https://partners.shop.example/portal @4', '+status.shop.example, docs.shop.example @6',
      '+192.0.2.0/24 @7', '-legacy.shop.example @8', '-*.corp.shop.example @9', '+Shop payment APIs @13',
    ]);
    expect(value[0]!.source).toBe('hackerone');
    expect(value[5]!.quote).toBe('HackerOne line 8: legacy.shop.example (URL, not eligible for submission) Retired, "do not test"');
    const byId = findings.map((f) => `${f.severity} ${f.id} @${f.line}`);
    expect(byId).toEqual([
      'warning hackerone_csv_instruction @4', // "Use the test tenant only."
      'info hackerone_csv_not_a_host @10', 'info hackerone_csv_not_a_host @11', 'warning hackerone_csv_not_a_host @12',
      'warning scope_line_unreadable @13',
    ]);
    expect(enFinding(findings.at(-1)!)).toBe('Line 13: "Shop payment APIs" is not a host, URL or network scopecheck can read; it puts nothing in scope.');
    expect(judge(fixture('hackerone-scope.csv'), ['a.shop.example', 'legacy.shop.example', 'x.corp.shop.example', 'docs.shop.example', '192.0.2.9', 'github.com', 'marketplace.example']))
      .toEqual({
        'a.shop.example': 'in_scope', 'legacy.shop.example': 'out_of_scope', 'x.corp.shop.example': 'out_of_scope', 'docs.shop.example': 'in_scope',
        '192.0.2.9': 'in_scope', 'github.com': 'unknown', 'marketplace.example': 'unknown',
      });
  });

  it('takes a row whose eligibility it cannot read as out of scope, and says so', () => {
    const text = [H1_HEADER, h1Row('*.a.example', 'WILDCARD', 'true'), h1Row('admin.a.example', 'URL', 'maybe')].join('\n');
    const { value, findings } = parseHackerOneScopeCsv(text);
    expect(value.map((e) => e.effect)).toEqual(['include', 'exclude']);
    expect(findings).toEqual([expect.objectContaining({ id: 'hackerone_csv_eligibility', line: 3 })]);
    expect(judge(text, ['admin.a.example'])).toEqual({ 'admin.a.example': 'out_of_scope' });
  });

  it('imports nothing without an eligible_for_submission column, rather than guessing', () => {
    const { value, findings } = parseUserScope('identifier,asset_type,max_severity\n*.a.example,WILDCARD,critical\nadmin.a.example,URL,none\n');
    expect(value).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ id: 'hackerone_csv_shape', severity: 'error', line: 1 })]);
  });

  it('warns when an instruction may narrow an in-scope asset', () => {
    const { findings } = parseHackerOneScopeCsv([H1_HEADER, h1Row('*.a.example', 'WILDCARD', 'true', '"All subdomains, except payments.a.example"')].join('\n'));
    expect(findings).toEqual([expect.objectContaining({ id: 'hackerone_csv_instruction', line: 2 })]);
  });

  it('never reads a spreadsheet formula as a host (CSV injection), and prints it inert', () => {
    const text = [H1_HEADER, h1Row('"=cmd|\' /C calc\'!A0"', 'URL', 'true'), h1Row('@SUM(1+1)*cmd', 'URL', 'false'), h1Row('"+a.example"', 'URL', 'true'), h1Row('ok.example', 'URL', 'true')].join('\n');
    const { value, findings } = parseUserScope(text);
    expect(value.map((e) => e.pattern)).toEqual(['ok.example']);
    expect(findings.map((f) => [f.id, f.line])).toEqual([['hackerone_csv_formula', 2], ['hackerone_csv_formula', 3], ['hackerone_csv_formula', 4]]);
  });

  it('reads a CSV in invalid UTF-8 (decoded with U+FFFD) without taking the broken name, and names its line', () => {
    const bytes = new TextEncoder().encode([H1_HEADER, h1Row('caf\u00e9.a.example', 'URL', 'true'), h1Row('ok.a.example', 'URL', 'true')].join('\n'));
    const broken = Uint8Array.from(bytes);
    const at = broken.indexOf(0xc3);
    broken[at] = 0xff; // an invalid lead byte
    const text = new TextDecoder('utf-8').decode(broken);
    const { value, findings } = parseUserScope(text);
    expect(value.map((e) => e.pattern)).toContain('ok.a.example');
    expect(findings).toContainEqual(expect.objectContaining({ id: 'scope_line_unreadable', severity: 'warning', line: 2 }));
    expect(judge(text, ['ok.a.example'])).toEqual({ 'ok.a.example': 'in_scope' });
  });

  it('stays bounded on a huge export', () => {
    const rows = Array.from({ length: 120_000 }, (_, i) => h1Row(`h${i}.a.example`, 'URL', 'true'));
    const started = performance.now();
    const { value, findings } = parseHackerOneScopeCsv([H1_HEADER, ...rows].join('\n'));
    expect(value).toHaveLength(100_000);
    expect(findings).toContainEqual(expect.objectContaining({ id: 'csv_too_many_records' }));
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('Bugcrowd targets', () => {
  it('reads a programme as bounty-targets-data keeps it: in_scope and out_of_scope, apps and prose named', () => {
    const text = fixture('bugcrowd-opsgenie.json');
    const { value, findings, format } = parseUserScope(text);
    expect(format).toBe('bugcrowd');
    expect(value.map((e) => `${e.effect === 'include' ? '+' : '-'}${e.pattern}`)).toEqual([
      '+https://app.opsgenie.com', '+https://mobileapp.opsgenie.com', '+*.opsgenie.com',
      '-Opsgenie Production (billing systems, third parties)', '-Any internal or development services.',
    ]);
    expect(findings.map((f) => `${f.severity} ${f.id}`)).toEqual([
      'info bugcrowd_target_not_a_host', 'info bugcrowd_target_not_a_host', 'info scope_line_phrase', 'warning scope_line_unreadable',
    ]);
    expect(enFinding(findings[3]!)).toContain('Bugcrowd out_of_scope target #2');
    expect(judge(text, ['app.opsgenie.com', 'x.opsgenie.com'])).toEqual({ 'app.opsgenie.com': 'in_scope', 'x.opsgenie.com': 'in_scope' });
  });

  it('accepts the targets object alone and a one-programme array; refuses a whole platform dump', () => {
    const targets = { in_scope: [{ type: 'website', target: '*.a.example' }], out_of_scope: [{ type: 'website', target: 'admin.a.example' }, { type: 'other', target: 'b.a.example' }] };
    expect(judge(JSON.stringify(targets), ['x.a.example', 'admin.a.example', 'b.a.example']))
      .toEqual({ 'x.a.example': 'in_scope', 'admin.a.example': 'out_of_scope', 'b.a.example': 'out_of_scope' });
    expect(parseUserScope(JSON.stringify([{ name: 'P', targets }])).value).toHaveLength(3);
    const dump = parseUserScope(JSON.stringify([{ name: 'P', targets }, { name: 'Q', targets }]));
    expect(dump.value).toEqual([]);
    expect(dump.findings[0]).toMatchObject({ id: 'bugcrowd_many_programmes', severity: 'error' });
  });

  it('reads a target list pasted from a programme page: headings, table rows, category lines', () => {
    const paste = 'In scope\nTarget\tType\n*.a.example\tWebsite Testing\napi.a.example\nAPI Testing\n\nOut of scope\nblog.a.example\tWebsite\n+shop.a.example\nSome prose target\n';
    const { value, findings, format } = parseUserScope(paste);
    expect(format).toBe('text');
    expect(value.map((e) => `${e.effect === 'include' ? '+' : '-'}${e.pattern} @${e.line}`)).toEqual([
      '+*.a.example @3', '+api.a.example @4', '-blog.a.example @8', '+shop.a.example @9', '-Some prose target @10',
    ]);
    expect(findings.map((f) => `${f.severity} ${f.id} @${f.line}`)).toEqual([
      'info scope_section_heading @1', 'info scope_line_category @2', 'info scope_line_category @5', 'info scope_section_heading @7',
      'warning scope_line_unreadable @10',
    ]);
    expect(judge(paste, ['x.a.example', 'blog.a.example', 'shop.a.example'])).toEqual({ 'x.a.example': 'in_scope', 'blog.a.example': 'out_of_scope', 'shop.a.example': 'in_scope' });
  });
});

describe('user-scope lines that cannot be read', () => {
  it('each gets a warning with its line number (before, a pasted HackerOne row was dropped silently)', () => {
    const { value, findings } = parseUserScope('*.a.example\nexample.com,URL,,true,true\n!admin panel\nb.example:99999\n[2001:db8::1]:8443\n');
    expect(value).toHaveLength(5);
    expect(findings.map((f) => [f.id, f.line])).toEqual([['scope_line_unreadable', 2], ['scope_line_unreadable', 3], ['scope_line_unreadable', 4]]);
    expect(enFinding(findings[1]!)).toBe('Line 3: "admin panel" is not a host, URL or network scopecheck can read; nothing it may mean is excluded; check those hosts yourself.');
  });
});
