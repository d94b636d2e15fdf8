import { describe, expect, it } from 'vitest';
import { buildDiodbIndex } from '../../../src/core/diodb/build-diodb-index.ts';
import { findDiodbPrograms } from '../../../src/core/diodb/find-diodb-programs.ts';
import { loadBundledDiodbIndex } from '../../../src/core/diodb/load-bundled-diodb-index.ts';
import { DiodbIndexSchema } from '../../../src/core/diodb/diodb-index.ts';

const SNAPSHOT = { snapshot_date: '2026-07-12', commit: '44351eee15f0', source: 'test', license: 'CC0-1.0' };

describe('buildDiodbIndex', () => {
  const index = buildDiodbIndex([
    { program_name: 'shop.example.com', policy_url: 'https://hackerone.com/shop', offers_bounty: 'yes', public_disclosure: '' },
    { program_name: 'Example Group', policy_url: 'https://www.example.com/security', contact_email: 'psirt@example.com', safe_harbor: 'partial', public_disclosure: '' },
    { program_name: 'Acme', policy_url: 'https://acme.github.io/vdp', contact_url: 'https://forms.gle/x', contact_email: 'sec@gmail.com', public_disclosure: '' },
    { program_name: 'Broken', policy_url: 42, offers_bounty: 'maybe', contact_email: 'not an address' },
    'garbage', null,
  ], SNAPSHOT);

  it('files programmes under their own hosts, never under shared platforms or mail providers', () => {
    expect(DiodbIndexSchema.safeParse(index).success).toBe(true);
    expect(index.hosts).toEqual({ 'shop.example.com': [0], 'example.com': [1], 'acme.github.io': [2] });
    expect(index.programs[3]).toMatchObject({ name: 'Broken', policy_url: null, bounty: null, contact_email: null });
  });

  it('finds the closest programme for a host, walking up to the registrable domain', () => {
    expect(findDiodbPrograms('shop.example.com', index).map((p) => p.name)).toEqual(['shop.example.com']);
    expect(findDiodbPrograms('api.shop.example.com', index).map((p) => p.name)).toEqual(['shop.example.com']);
    expect(findDiodbPrograms('WWW.Example.com.', index).map((p) => p.name)).toEqual(['Example Group']);
    expect(findDiodbPrograms('other.github.io', index)).toEqual([]);
    expect(findDiodbPrograms('not a host', index)).toEqual([]);
  });
});

describe('loadBundledDiodbIndex', () => {
  it('returns the generated index when it was built, or null, and never throws', () => {
    const index = loadBundledDiodbIndex();
    if (index !== null) expect(index.snapshot_date).toBe('2026-07-12');
    expect(loadBundledDiodbIndex()).toBe(index);
  });
});
