import { describe, expect, it } from 'vitest';
import { readerFor } from '../../../src/core/policy/compile-reader.ts';
import { detectPolarity } from '../../../src/core/policy/detect-polarity.ts';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { matchActivities } from '../../../src/core/policy/match-activities.ts';
import { normalizeForMatch } from '../../../src/core/policy/normalize-for-match.ts';

// Session 7 (issue 16): general rules for forbidden activities, each shown on a short sentence written for the test.

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
const ids = (text: string) => read(text).forbidden_activities.map((f) => f.id);
const forbids = (lang: string, text: string) => detectPolarity(normalizeForMatch(text), readerFor([lang, 'en'])).forbidden;
const activities = (lang: string, text: string) => matchActivities(normalizeForMatch(text), readerFor([lang, 'en']));

describe('sentence structure', () => {
  it('starts a new sentence at a pictograph after a full stop, so "⚠️ Do not …" is read as a prohibition of its own', () => {
    const result = read('# Reporting\n\nUse the private form to reach us. ⚠️ Do not open public issues for security problems.\n');
    expect(result.forbidden_activities.map((f) => f.id)).toEqual(['public_disclosure_before_fix']);
    expect(result.forbidden_activities[0]!.quote).toBe('⚠️ Do not open public issues for security problems.');
    expect(ids('# Reporting\n\nThanks for reading. 🙂 We answer within a week.\n')).toEqual([]);
  });
});

describe('negation forms', () => {
  it.each([
    ['nb', 'Ingen fysisk inntrenging i bygningene våre.'],
    ['da', 'Ingen fysiske angreb mod vores kontorer.'],
    ['sv', 'Inga fysiska intrång i våra lokaler.'],
    ['sv', 'Ingen automatiserad skanning av tjänsten.'],
  ])('a rule that opens with "no" forbids (%s: %s)', (lang, text) => {
    expect(forbids(lang, text)).toBe(true);
  });

  it.each([
    ['nb', 'Ingen belønning er mulig for dette programmet.'],
    ['da', 'Ingen dusør kan udbetales.'],
    ['sv', 'Inga belöningar kommer att betalas ut.'],
    ['nb', 'Vi har ingen bug bounty.'],
  ])('a statement with "no" does not (%s: %s)', (lang, text) => {
    expect(forbids(lang, text)).toBe(false);
  });

  it('reads a Norwegian rule list whose item opens with "Ingen"', () => {
    expect(ids('## Regler\n\n- Ingen fysisk eller sosial manipulering av de ansatte.\n')).toEqual(['social_engineering', 'physical']);
  });
});

describe('activity words in their inflected forms', () => {
  it.each([
    ['nb', 'Ikke last ned filer som tilhører andre.'],
    ['nb', 'Ikke aksesser kundedata.'],
    ['nb', 'Ikke tilgjengeliggjør personopplysninger.'],
  ])('%s data access: %s', (lang, text) => {
    expect(activities(lang, text)).toContain('data_access_exfiltration');
  });
});
