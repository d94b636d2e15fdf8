import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

// Session 7 (issue 16): general rules for forbidden activities, each shown on a short sentence written for the test.

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
const ids = (text: string) => read(text).forbidden_activities.map((f) => f.id);

describe('sentence structure', () => {
  it('starts a new sentence at a pictograph after a full stop, so "⚠️ Do not …" is read as a prohibition of its own', () => {
    const result = read('# Reporting\n\nUse the private form to reach us. ⚠️ Do not open public issues for security problems.\n');
    expect(result.forbidden_activities.map((f) => f.id)).toEqual(['public_disclosure_before_fix']);
    expect(result.forbidden_activities[0]!.quote).toBe('⚠️ Do not open public issues for security problems.');
    expect(ids('# Reporting\n\nThanks for reading. 🙂 We answer within a week.\n')).toEqual([]);
  });
});
