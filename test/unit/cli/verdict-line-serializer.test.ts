// `scope --json`'s bulk lines come from templates (createVerdictLineSerializer): they must be the bytes
// JSON.stringify({ ...verdict, input }) writes, for every kind of verdict, however often a shape repeats.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVerdictLineSerializer } from '../../../src/cli/create-verdict-line-serializer.ts';
import { buildPlatformIndex, compilePlatformIndex, judgeWithPlatforms } from '../../../src/core/platforms/index.ts';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { renderVerdict, type RenderedVerdict } from '../../../src/cli/render-results.ts';
import { sayOf } from '../../../src/cli/messages.ts';
import { runCliCaptured } from '../../support/run-cli.ts';
import { policyWith } from '../scope/helpers.ts';

const SHARED = new URL('../../../../shared/data/bounty-targets/', import.meta.url);
const files = Object.fromEntries(['bugcrowd', 'intigriti', 'yeswehack', 'federacy'].map((p) => [p, JSON.parse(readFileSync(new URL(`${p}_data.json`, SHARED), 'utf8')) as unknown]));
const index = buildPlatformIndex(files, { source: 'test', license: 'MIT', notice: 'test', data_date: '2026-08-22' });
const platforms = compilePlatformIndex(index);

/** Hosts of every kind: programme names (one and many programmes), third-party hosting, IPs, URLs, junk. */
function sampleHosts(): string[] {
  const named = index.programmes.flatMap((p) => [...p.in_scope, ...p.out_of_scope]).map((e) => e.replace(/^[a-z]+:\/\//, '').replace(/[/:].*$/, '').replace(/^\*\./, '')).filter((h) => /^[a-z0-9.-]+$/.test(h)).slice(0, 400);
  const hosts: string[] = [];
  for (const [i, h] of named.entries()) hosts.push(h, `w${i}.${h}`, `w${i + 1}.${h}`);
  for (let i = 0; i < 50; i++) hosts.push(`t${i}.github.io`, `t${i}.example.com`, `10.0.${i}.1`, `https://app${i}.x.test:8443/a`, `"quoted${i}"`, `bad host ${i}`, `ünï${i}.example`, `2001:db8::${i}`);
  return hosts;
}

describe('createVerdictLineSerializer', () => {
  const scopes = {
    'platforms only': compileScope({ policy: null }),
    'a policy with an unreadable exclusion and a third-party phrase': compileScope({
      policy: policyWith(['*.example.com', 'api.x.test', '10.0.0.0/16'], ['Anything on staging.example.com or its mirrors', 'Third-party services', 'admin.example.com']),
      pageHost: 'www.example.com',
    }),
  };

  for (const [name, scope] of Object.entries(scopes)) {
    it(`writes JSON.stringify's bytes for every line (${name}), seen once, twice and many times`, () => {
      const serialize = createVerdictLineSerializer();
      const hosts = sampleHosts();
      let lines = 0;
      for (let round = 0; round < 3; round++) {
        for (const host of hosts) {
          const v = renderVerdict(judgeWithPlatforms(host, scope, platforms), sayOf({}));
          const expected = JSON.stringify({ ...v, input: host }) + '\n';
          const got = serialize(v, host);
          if (got !== expected) expect(got).toBe(expected);
          lines++;
        }
      }
      expect(lines).toBe(hosts.length * 3);
    });
  }

  it('never makes a template of hostile text that looks like its slots', () => {
    const serialize = createVerdictLineSerializer();
    const base: RenderedVerdict = { schema: 'scopecheck.scope/1', host: 'a.test', verdict: 'unknown', rule: null, quote: null, reasons: ['x'], rule_source: null, third_party_platform: null };
    const hostile = [
      { ...base, reasons: ['\u0000scopecheck-host\u0000 a.test'] },
      { ...base, rule: '\\u0000scopecheck-host\u0000', reasons: ['a.test'] },
      { ...base, quote: '\\u0000scopecheck-input\\u0000 "\n' },
      { ...base, reasons: ['a.test a.test a.testa.test'] },
      { ...base, host: '', reasons: ['""'] },
    ];
    for (let round = 0; round < 3; round++) {
      for (const v of hostile) {
        for (const host of [v.host, 'b.test', 'a']) {
          const w = { ...v, host, reasons: v.reasons.map((r) => r.split(v.host || '\u0001').join(host || '\u0001')) };
          expect(serialize(w, `in "${host}"\u2028`)).toBe(JSON.stringify({ ...w, input: `in "${host}"\u2028` }) + '\n');
        }
      }
    }
  });

  it('gives the same lines through the CLI as judging each host and JSON.stringify', async () => {
    const hosts = sampleHosts();
    const dir = mkdtempSync(join(tmpdir(), 'scopecheck-lines-'));
    try {
      const data = join(dir, 'platform-index.json');
      writeFileSync(data, JSON.stringify(index));
      const run = await runCliCaptured(['scope', '--platforms', '--platform-data', data, '--hosts-file', '-', '--json', '--lang', 'en'], { stdin: [hosts.join('\n') + '\n'] });
      expect(run.code).toBe(0);
      const scope = compileScope({ policy: null });
      const expected = hosts.filter((h) => h.trim().length > 0).map((h) => JSON.stringify({ ...renderVerdict(judgeWithPlatforms(h.trim(), scope, platforms), sayOf({})), input: h.trim() }) + '\n').join('');
      expect(run.stdout === expected).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
