// Report drafting: how long draftReport, buildEml and encryptDraft take, and how often the body fits a mailto link.
import { readFileSync } from 'node:fs';
import * as openpgp from 'openpgp';
import { median, type BenchSection } from './types.ts';
import { draftReport } from '../src/core/draft/draft-report.ts';
import { buildEml } from '../src/core/draft/build-eml.ts';
import { encryptDraft } from '../src/core/draft/encrypt-draft.ts';
import { SAFE_MAILTO_LENGTH } from '../src/core/draft/encode-mailto.ts';
import { extractPolicy } from '../src/core/policy/extract-policy.ts';
import { policyFromLabels, policyLabels, txtFromSite } from '../test/unit/draft/corpus-fixtures.ts';

function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

export default async function (): Promise<BenchSection> {
  const now = new Date('2026-11-21T00:00:00Z');
  const profile = { name: 'Ada Lovelace', handle: '@ada', email: 'ada@example.org' };
  const rows: BenchSection['rows'] = [];
  const all: number[] = [];
  let truncated = 0;
  for (const file of Object.keys(policyLabels)) {
    const label = policyLabels[file]!;
    const policy = policyFromLabels(file);
    const txt = label.paired_securitytxt ? txtFromSite(label.paired_securitytxt, now) : null;
    const input = { pageUrl: 'https://www.example.com/account', txt, policy, profile, language: 'en' as const, now, summary: 'The next parameter accepts any URL.' };
    const draft = draftReport(input);
    const us = time(() => draftReport(input), 200) * 1000;
    all.push(us);
    if (draft.mailto_truncated) truncated++;
    rows.push({ policy: file, sections: draft.sections!.length, body_chars: draft.body.length, mailto_chars: draft.mailto?.length ?? 0, truncated: draft.mailto_truncated ? 'yes' : 'no', draft_us: us });
  }
  // End to end: the real extractor's report fields become sections; compare with the hand labels.
  let labelled = 0;
  let found = 0;
  let drafted = 0;
  for (const file of Object.keys(policyLabels)) {
    const label = policyLabels[file]!;
    const base = label.base_url ?? label.source.published_url?.split(' ')[0];
    const body = new Uint8Array(readFileSync(`/work/shared/corpus/policies/${file}`));
    const policy = extractPolicy({ body, url: base ?? null }, { now, ...(base ? { baseUrl: base } : {}) });
    const ids = new Set(draftReport({ pageUrl: 'https://www.example.com/', txt: null, policy, profile, language: 'en', now }).sections!.filter((x) => x.asked).map((x) => x.id));
    labelled += label.report_fields.length;
    found += label.report_fields.filter((id) => ids.has(id)).length;
    drafted += ids.size;
    const row = rows.find((r) => r.policy === file);
    if (row) row.e2e_fields = `${label.report_fields.filter((id) => ids.has(id)).length}/${label.report_fields.length} of ${ids.size}`;
  }
  const sample = draftReport({ pageUrl: 'https://www.example.com/', txt: null, policy: null, profile, language: 'de', now, fields: { proof_of_concept: 'GET /?q=' + 'ä'.repeat(3000) } });
  const emlUs = time(() => buildEml({ to: ['security@example.com'], subject: sample.subject, body: sample.body, date: now }), 200) * 1000;
  const key = await openpgp.generateKey({ type: 'ecc', userIDs: [{ email: 'security@example.com' }], date: new Date('2025-01-01T00:00:00Z'), format: 'armored' });
  await encryptDraft(sample.body, key.publicKey, now); // loads openpgp.js once
  const enc: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await encryptDraft(sample.body, key.publicKey, now);
    enc.push(performance.now() - t);
  }
  return {
    title: 'Report drafting (draftReport, .eml, OpenPGP)',
    rows,
    figures: {
      draft_median_us: Math.round(median(all)),
      e2e_report_fields_recall: `${found}/${labelled}`,
      e2e_report_fields_precision: `${found}/${drafted}`,
      mailto_truncated: `${truncated}/${rows.length} corpus drafts over ${SAFE_MAILTO_LENGTH} chars`,
      eml_build_us_7kb_body: Math.round(emlUs),
      encrypt_ms_median_curve25519: Number(median(enc).toFixed(2)),
    },
    notes: ['e2e_fields: labelled report fields the draft asks for (via extractPolicy) / labelled, of sections asked', 'draft bodies use the sections each policy asks for, with placeholders; real reports are longer and truncate more often'],
  };
}
