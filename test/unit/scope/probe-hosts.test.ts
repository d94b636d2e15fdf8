// Every labelled policy's probe hosts through extractPolicy → compileScope → judgeScope.
// Asserts that no probe is ever judged in_scope when the label says otherwise (the worst error), and
// measures how many verdicts match the hand labels: >= 90% asserted on the development corpus, reported
// on the held-out development split. Probes marked context_dependent name no real host ("<any host
// owned by …>") and are skipped. Nothing here knows a file by name. The final holdout split
// (test/fixtures/policies-holdout) is deliberately not read here.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';
import type { PolicyResult } from '../../../src/core/schemas/policy-result.ts';

interface Probe { host: string; expected: string; why: string; context_dependent?: boolean }
interface Label { base_url?: string; source?: { published_url?: string }; probe_hosts: Probe[] }

type Extract = (input: { body: string | Uint8Array; contentType?: string | null; url?: string | null }, options: { baseUrl?: string; now: Date }) => PolicyResult;
const extractPolicy: Extract | null = await import('../../../src/core/policy/extract-policy.ts')
  .then((m: { extractPolicy?: Extract }) => m.extractPolicy ?? null)
  .catch(() => null);
if (!extractPolicy) console.warn('\n!!! probe-hosts: src/core/policy/extract-policy.ts is missing: the corpus probe tests are SKIPPED !!!\n');

const CORPORA = [
  // The shared corpus sits next to the repository (../shared), as scripts/score-policies.ts expects.
  { name: 'development corpus', dir: new URL('../../../../shared/corpus/policies/', import.meta.url), minAccuracy: 0.9 },
  { name: 'held-out development split', dir: new URL('../../../test/fixtures/policies-heldout/', import.meta.url), minAccuracy: null },
];

/** Where the policy was published: the label's base_url, else the first URL of source.published_url. */
function baseUrlOf(label: Label): string | undefined {
  const candidate = label.base_url ?? label.source?.published_url?.split(/\s+/)[0];
  return candidate && /^https?:\/\//.test(candidate) ? candidate : undefined;
}

function judgeCorpus(dir: URL, extract: Extract) {
  const labels = JSON.parse(readFileSync(new URL('labels.json', dir), 'utf8')) as { policies: Record<string, Label> };
  const results: Array<{ file: string; host: string; expected: string; got: string; rule: string | null }> = [];
  for (const [file, label] of Object.entries(labels.policies)) {
    const baseUrl = baseUrlOf(label);
    const policy = extract({ body: readFileSync(new URL(file, dir)), url: baseUrl ?? null }, { baseUrl, now: new Date('2026-11-21T00:00:00Z') });
    const scope = compileScope({ policy, pageHost: baseUrl ? new URL(baseUrl).hostname : null });
    for (const probe of label.probe_hosts) {
      if (probe.context_dependent) continue;
      const v = judgeScope(probe.host, scope);
      results.push({ file, host: probe.host, expected: probe.expected, got: v.verdict, rule: v.rule });
    }
  }
  return results;
}

for (const corpus of CORPORA) {
  const present = existsSync(new URL('labels.json', corpus.dir));
  if (!present) console.warn(`\n!!! probe-hosts: no ${corpus.name} at ${corpus.dir.pathname}: SKIPPED !!!\n`);
  describe.skipIf(!extractPolicy || !present)(`probe hosts of the ${corpus.name} (extract → compile → judge)`, () => {
    const results = extractPolicy && present ? judgeCorpus(corpus.dir, extractPolicy) : [];

    it('never says in_scope where the label does not', () => {
      expect(results.length).toBeGreaterThan(20);
      expect(results.filter((r) => r.got === 'in_scope' && r.expected !== 'in_scope')).toEqual([]);
    });

    it(`matches the hand labels${corpus.minAccuracy ? ` on at least ${corpus.minAccuracy * 100}% of the probes` : ' (measured)'}`, () => {
      const correct = results.filter((r) => r.got === r.expected).length;
      console.log(`${corpus.name}: ${correct}/${results.length} probe hosts correct (${((100 * correct) / results.length).toFixed(1)}%)`);
      for (const w of results.filter((r) => r.got !== r.expected)) console.log(`  ${w.file}: ${w.host} expected ${w.expected}, got ${w.got}${w.rule ? ` (${w.rule})` : ''}`);
      if (corpus.minAccuracy) expect(correct / results.length).toBeGreaterThanOrEqual(corpus.minAccuracy);
    });
  });
}
