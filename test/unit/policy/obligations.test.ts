import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const now = new Date('2026-11-21T00:00:00Z');
const obligations = (body: string) => extractPolicy({ body, contentType: 'text/markdown' }, { now }).obligations.map((o) => o.text);

describe('obligations', () => {
  it('reads what the researcher must do', () => {
    const found = obligations('# Rules\n\nIf you reach customer data, stop testing immediately and notify us.\n\nPurge any stored customer data once you have reported the issue.\n');
    expect(found).toHaveLength(2);
  });

  it('never turns an item of a "must not" list into an obligation', () => {
    const found = obligations('# Rules\n\nWhile testing, you must not:\n\n- flood our servers with traffic,\n- delete, alter or destroy customer data,\n- cease testing only after you have copied all records.\n\nStop testing and notify us as soon as you find a vulnerability.\n');
    expect(found).toEqual(['Stop testing and notify us as soon as you find a vulnerability']);
  });

  it('skips prohibitions and descriptions of the programme', () => {
    expect(obligations('Verwijder geen gegevens op het systeem.\n')).toEqual([]);
    expect(obligations('This programme enables researchers to notify us of weaknesses.\n')).toEqual([]);
  });
});

describe('obligations in the packs', () => {
  it('reads them with the words of the sentence\'s language and drops its opener and a dangling conjunction', () => {
    expect(obligations('# Regeln\n\nWenn Sie auf personenbezogene Daten stoßen, beenden Sie den Test und löschen Sie die Daten.\n')).toHaveLength(1);
    expect(obligations('# Règles\n\nSi vous accédez à des données personnelles, arrêtez vos tests et supprimez les données.\n')).toHaveLength(1);
    expect(obligations('# Rules\n\n- You must delete any customer data you obtained, and\n- report the issue.\n')).toEqual(['delete any customer data you obtained']);
  });

  it('does not read what the organisation does or what the programme lets people do as an obligation', () => {
    expect(obligations('# Rules\n\nWe will delete your personal data after the report is closed.\n')).toEqual([]);
    expect(obligations('# Regeln\n\nWir löschen Ihre Daten nach Abschluss der Meldung.\n')).toEqual([]);
    expect(obligations('# Rules\n\nIt lets researchers notify us of weaknesses.\n')).toEqual([]);
  });
});
