// Every hand-labelled policy set is well formed: each policy file has a label and each label a file, ids come from
// the taxonomy of the shared corpus, scored and optional ids never overlap, and probe verdicts are one of the three.
// This checks the labels' shape only; the engine is scored by scripts/score-policies.ts, not here.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const shared = new URL('../../../../shared/corpus/policies/', import.meta.url);
const fixtures = new URL('../../fixtures/', import.meta.url);
const SETS = [
  new URL('policies-heldout/', fixtures),
  new URL('policies-holdout/', fixtures),
  new URL('policies-corpus/dev/', fixtures),
  new URL('policies-corpus/test/', fixtures),
];

interface Label {
  file?: string; language?: string; forbidden_activities?: string[]; forbidden_optional?: string[];
  ineligible_activities?: string[]; report_fields?: string[]; report_fields_optional?: string[];
  probe_hosts?: Array<{ host: string; expected: string }>;
}
const about = (JSON.parse(readFileSync(new URL('labels.json', shared), 'utf8')) as { _about: { taxonomy: Record<string, string[]> } })._about;
const activities = new Set(about.taxonomy.forbidden_activities);
const fields = new Set(about.taxonomy.report_fields);

describe.each(SETS.filter((dir) => existsSync(new URL('labels.json', dir))).map((dir) => [dir.pathname.split('/fixtures/')[1], dir] as const))('labels of %s', (_name, dir) => {
  const labels = (JSON.parse(readFileSync(new URL('labels.json', dir), 'utf8')) as { policies: Record<string, Label> }).policies;
  const files = readdirSync(dir).filter((f) => f !== 'labels.json' && f !== 'README.md');

  it('labels exactly the files in the folder', () => {
    expect(Object.keys(labels).sort()).toEqual(files.sort());
  });

  it.each(Object.entries(labels))('%s uses the taxonomy', (file, label) => {
    if (label.file !== undefined) expect(label.file).toBe(file);
    expect(label.language).toMatch(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/);
    for (const id of [...(label.forbidden_activities ?? []), ...(label.forbidden_optional ?? []), ...(label.ineligible_activities ?? [])]) expect(activities).toContain(id);
    for (const id of [...(label.report_fields ?? []), ...(label.report_fields_optional ?? [])]) expect(fields).toContain(id);
    const optional = new Set(label.forbidden_optional ?? []);
    expect((label.forbidden_activities ?? []).filter((id) => optional.has(id))).toEqual([]);
    const optionalFields = new Set(label.report_fields_optional ?? []);
    expect((label.report_fields ?? []).filter((id) => optionalFields.has(id))).toEqual([]);
    for (const probe of label.probe_hosts ?? []) expect(['in_scope', 'out_of_scope', 'unknown']).toContain(probe.expected);
  });
});
