// Every corpus policy's probe hosts through extractPolicy → compileScope → judgeScope.
// Asserts that no probe is ever judged in_scope when the label says otherwise (the worst error), and
// measures how many verdicts match the hand labels. Probes marked context_dependent name no real host
// ("<any host owned by …>") and are skipped. Nothing here knows a file by name.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';
import type { PolicyResult } from '../../../src/core/schemas/policy-result.ts';

interface Probe { host: string; expected: string; why: string; context_dependent?: boolean }
interface Label { base_url?: string; source: { published_url?: string }; probe_hosts: Probe[] }

// The shared corpus sits next to the repository (../shared), as scripts/score-policies.ts expects.
const corpus = new URL('../../../../shared/corpus/policies/', import.meta.url);
const hasCorpus = existsSync(new URL('labels.json', corpus));
if (!hasCorpus) console.warn(`\n!!! probe-hosts: no corpus at ${corpus.pathname}: the corpus probe test is SKIPPED !!!\n`);
const labels = hasCorpus ? (JSON.parse(readFileSync(new URL('labels.json', corpus), 'utf8')) as { policies: Record<string, Label> }) : { policies: {} };

type Extract = (input: { body: string | Uint8Array; contentType?: string | null; url?: string | null }, options: { baseUrl?: string; now: Date }) => PolicyResult;
const extractPolicy: Extract | null = await import('../../../src/core/policy/extract-policy.ts')
  .then((m: { extractPolicy?: Extract }) => m.extractPolicy ?? null)
  .catch(() => null);
if (!extractPolicy) console.warn('\n!!! probe-hosts: src/core/policy/extract-policy.ts is missing: the corpus probe test is SKIPPED !!!\n');

/** Where the policy was published: the label's base_url, else the first URL of source.published_url. */
function baseUrlOf(label: Label): string | undefined {
  const candidate = label.base_url ?? label.source.published_url?.split(/\s+/)[0];
  return candidate && /^https?:\/\//.test(candidate) ? candidate : undefined;
}

describe.skipIf(!extractPolicy || !hasCorpus)('corpus probe hosts (extract → compile → judge)', () => {
  const results: Array<{ file: string; host: string; expected: string; got: string; rule: string | null }> = [];
  for (const [file, label] of Object.entries(labels.policies)) {
    const baseUrl = baseUrlOf(label);
    const policy = extractPolicy!({ body: readFileSync(new URL(file, corpus)), url: baseUrl ?? null }, { baseUrl, now: new Date('2026-11-21T00:00:00Z') });
    const scope = compileScope({ policy, pageHost: baseUrl ? new URL(baseUrl).hostname : null });
    for (const probe of label.probe_hosts) {
      if (probe.context_dependent) continue;
      const v = judgeScope(probe.host, scope);
      results.push({ file, host: probe.host, expected: probe.expected, got: v.verdict, rule: v.rule });
    }
  }

  it('never says in_scope where the label does not', () => {
    const falseInScope = results.filter((r) => r.got === 'in_scope' && r.expected !== 'in_scope');
    expect(falseInScope).toEqual([]);
  });

  it('matches the hand labels on at least 90% of the probes', () => {
    const correct = results.filter((r) => r.got === r.expected).length;
    const wrong = results.filter((r) => r.got !== r.expected);
    console.log(`probe hosts: ${correct}/${results.length} correct (${((100 * correct) / results.length).toFixed(1)}%)`);
    for (const w of wrong) console.log(`  ${w.file}: ${w.host} expected ${w.expected}, got ${w.got}${w.rule ? ` (${w.rule})` : ''}`);
    expect(results.length).toBeGreaterThan(40);
    expect(correct / results.length).toBeGreaterThanOrEqual(0.9);
  });
});
