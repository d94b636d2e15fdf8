// English as policies write it, beyond the phrasings the corpora held: report contents stated as what a report
// "contains" or "needs", a reply time stated with "answer", a vulnerable asset, what an attacker could achieve,
// volumetric attacks. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (body: string) => extractPolicy({ body: `# Security\n\nReport to security@x.example.\n\n${body}\n`, url: 'security.md' }, { now: NOW });
const fields = (body: string) => read(body).report_fields.map((f) => f.id);

describe('English report contents, reply times and activities', () => {
  it('reads a report described by what it contains or needs', () => {
    expect(fields('A good report contains the affected URL, a step-by-step reproduction, the impact you think it has, and screenshots.'))
      .toEqual(['location_url', 'impact', 'reproduction_steps', 'proof_of_concept']);
    expect(fields('Each submission needs the vulnerable asset, reproduction steps a triager can follow, and your assessment of the severity.'))
      .toEqual(['location_url', 'impact', 'reproduction_steps']);
    expect(fields('The more detail you give, the faster we can help: affected URLs and the impact.')).toEqual(['location_url', 'impact']);
    expect(fields('Please include what an attacker could achieve with it.')).toEqual(['impact']);
  });

  it('does not read a statement about reports as a request', () => {
    expect(fields('Your report has been received when you get our automatic reply.')).toEqual([]);
    expect(fields('Reports that include a working exploit are rewarded more.')).toEqual([]);
  });

  it('reads a reply time stated with "answer"', () => {
    expect(read('We try to answer within 72 hours.').response_sla_days).toBe(3);
    expect(read('We answer questions about the program in our forum.').response_sla_days).toBeNull();
  });

  it('reads volumetric attacks, crypto miners, credential guessing, password cracking and intercepting others\' traffic', () => {
    const ids = (rule: string) => read(`## Rules\n\n- ${rule}`).forbidden_activities.map((f) => f.id);
    expect(ids('Volumetric attacks are not allowed.')).toEqual(['dos']);
    expect(ids("Don't run crypto miners on our infrastructure.")).toEqual(['malware']);
    expect(ids('No credential guessing.')).toEqual(['brute_force']);
    expect(ids('Cracking the password hashes you find is not allowed.')).toEqual(['brute_force']);
    expect(ids("Do not intercept other users' traffic.")).toEqual(['data_access_exfiltration']);
  });
});
