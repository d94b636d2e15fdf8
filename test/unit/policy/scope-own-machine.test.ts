// A policy names loopback and unspecified addresses ("the server listens on 127.0.0.1:8080", "bind the UI to
// localhost") as configuration of the software. A researcher's own machine is never an asset a policy grants, so
// such an address under an in-scope heading puts nothing in scope (the item stays a phrase, read as a caveat) and a
// probe of it stays `unknown`; an exclusion that names one is kept (the safe direction). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'https://github.com/acme/tool/blob/main/SECURITY.md' }, { now: NOW });

describe('loopback and unspecified addresses in a policy', () => {
  it('are never granted in scope, in any language or form', () => {
    const text = [
      '# Security policy', '', 'Report issues to security@acme.example.', '', '## Scope', '',
      'Issues that break any of these guarantees are in scope:', '',
      '- The admin UI must only bind 127.0.0.1 and require a session.',
      '- The API server listens on http://localhost:8080/ by default and never on 0.0.0.0.',
      '- Der Dienst muss an [::1]:9000 gebunden bleiben.',
      '- 管理界面必须绑定 127.0.0.2，并使用会话认证。',
      '- api.acme.example',
    ].join('\n');
    const policy = read(text);
    const patterns = policy.in_scope.map((e) => e.pattern);
    expect(patterns).toContain('api.acme.example');
    // Only the item's words remain, as a phrase (a caveat, never a grant): no host pattern names them.
    for (const p of patterns.filter((x) => !x.includes(' '))) expect(p).not.toMatch(/127\.0\.0|localhost|0\.0\.0\.0|::1/);
    const scope = compileScope({ policy });
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '0.0.0.0', '::1']) expect(judgeScope(host, scope).verdict, host).toBe('unknown');
    expect(judgeScope('api.acme.example', scope).verdict).toBe('in_scope');
  });

  it('still excludes them when the policy says so, and leaves private networks to the policy', () => {
    const policy = read('# Policy\n\n## In scope\n\n- 10.20.0.0/16 (our lab network, reachable over the VPN)\n\n## Out of scope\n\n- 127.0.0.1 and localhost services of the agent\n');
    expect(policy.in_scope.map((e) => e.pattern)).toEqual(['10.20.0.0/16']);
    expect(policy.out_of_scope.map((e) => e.pattern)).toEqual(expect.arrayContaining(['127.0.0.1']));
    const scope = compileScope({ policy });
    expect(judgeScope('127.0.0.1', scope).verdict).toBe('out_of_scope');
    expect(judgeScope('10.20.3.4', scope).verdict).toBe('in_scope');
  });
});
