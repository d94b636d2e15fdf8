import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

// Forbidden-activity precision (helper precision-d, 2026-12-08): lists of excluded findings, report-quality rules
// and the conditions of a legal promise are not prohibitions. Every sentence was written for these tests (no
// corpus text); each expectation failed before the rule it tests was added.
const NOW = new Date('2026-12-08T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
const forbidden = (text: string) => read(text).forbidden_activities.map((f) => f.id);
const ineligible = (text: string) => [...new Set((read(text).ineligible ?? []).flatMap((i) => i.ids ?? []))];

describe('out-of-scope lists that name findings', () => {
  it('reads bare attack names under a lead-in about vulnerabilities as finding classes', () => {
    const doc = '## Scope\n\nBugs in the mobile wallet are in scope.\n\nVulnerabilities that depend on any of the following are outside the scope of this bounty:\n\n- Phishing\n- Spamming\n- Physical security\n';
    expect(forbidden(doc)).not.toEqual(expect.arrayContaining(['phishing']));
    expect(forbidden(doc)).not.toContain('spam');
    expect(forbidden(doc)).not.toContain('physical');
    expect(ineligible(doc)).toEqual(expect.arrayContaining(['phishing', 'spam', 'physical']));
    // An item that starts with an action is still something done; where the lead-in names test types, not
    // findings, bare names stay prohibitions.
    const action = '## Out of scope\n\nThe following issues are out of scope:\n\n- Any activity that could degrade the service for other users (DoS)\n- Phishing\n';
    expect(forbidden(action)).toEqual(['dos']);
    const tests = '## Out of scope\n\nThe following test types are out of scope:\n\n- Phishing\n- Denial of service\n';
    expect(forbidden(tests)).toEqual(expect.arrayContaining(['phishing', 'dos']));
  });

  it('reads them the same under an "issues" lead-in and under an out-of-scope vulnerabilities heading', () => {
    const lead = '## Exclusions\n\nThe following issues are considered out of scope:\n\n- Social engineering attacks, phishing\n- Outdated TLS ciphers\n';
    expect(forbidden(lead)).toEqual([]);
    expect(ineligible(lead)).toEqual(expect.arrayContaining(['social_engineering', 'phishing']));
    const heading = '## Out of scope vulnerabilities\n\n- Spamming\n- Login CSRF\n';
    expect(forbidden(heading)).not.toContain('spam');
    const sub = '## Hors périmètre\n\n### Vulnérabilités refusées\n\n- Spam ou phishing\n';
    expect(forbidden(sub)).not.toContain('phishing');
  });


  it('forbids an activity that a sentence of its own puts out of scope', () => {
    expect(forbidden('## Program\n\nWe consider phishing attacks against our volunteers to be out of scope.\n')).toContain('phishing');
    expect(forbidden('## Program\n\nVulnerabilities found through phishing are out of scope.\n')).not.toContain('phishing');
  });
});

describe('report-quality rules', () => {
  it('reads "sending reports from scanners …" as a report that is not accepted', () => {
    const doc = '## Rules\n\nSubmitting reports from automated scanners without checking them will get the report closed.\n';
    expect(forbidden(doc)).not.toContain('automated_scanning');
    expect(ineligible(doc)).toContain('automated_scanning');
  });

  it('reads "should not report unverified scanner output" and its French counterpart as not accepted', () => {
    expect(forbidden('## Rules\n\nResearchers should not report unverified fuzzer output.\n')).not.toContain('automated_scanning');
    expect(forbidden('## Règles\n\nLes chercheurs ne devraient pas signaler des résultats de fuzzer sans analyse.\n')).not.toContain('automated_scanning');
  });
});

describe('lead-ins and legal promises', () => {
  it('reads "please refrain from committing the following:" as a list of prohibitions', () => {
    const doc = '## Testing\n\nWhile you test, we ask that you please refrain from committing the following:\n\n- Denial of service against the public nodes\n- Social engineering of our maintainers\n';
    expect(forbidden(doc)).toEqual(expect.arrayContaining(['dos', 'social_engineering']));
  });

  it('does not turn a positive condition of a legal promise into an "other" rule', () => {
    const doc = '## Legal\n\nAcme agrees not to pursue legal action against researchers under the following conditions:\n\n- You send the report to our security mailbox.\n';
    expect(forbidden(doc)).not.toContain('other');
  });
});

describe('third-party rights', () => {
  it('does not read third-party intellectual property in Chinese as testing third parties', () => {
    expect(forbidden('## 规则\n\n提交的材料不得侵犯第三方知识产权。\n')).not.toContain('third_party_testing');
  });
});

describe('passive disclosure rules', () => {
  it('reads "the details must not be disclosed publicly before …" as a rule for the reader', () => {
    const doc = '## Disclosure\n\nAny details of the bug must not be made public before the maintainers have released a fix.\n';
    expect(forbidden(doc)).toContain('public_disclosure_before_fix');
  });
});
