import { describe, expect, it } from 'vitest';
import { findThirdPartyPlatform, THIRD_PARTY_PLATFORMS } from '../../../src/core/scope/third-party-platforms.ts';
import { normalizeHost } from '../../../src/core/scope/normalize-host.ts';

describe('third-party platforms', () => {
  it('lists normalised, unique suffixes with a name', () => {
    const suffixes = THIRD_PARTY_PLATFORMS.map((p) => p.suffix);
    expect(new Set(suffixes).size).toBe(suffixes.length);
    for (const p of THIRD_PARTY_PLATFORMS) {
      expect(normalizeHost(p.suffix)?.host, p.suffix).toBe(p.suffix);
      expect(p.suffix).toContain('.');
      expect(p.name.length).toBeGreaterThan(1);
    }
    for (const must of ['github.io', 'vercel.app', 'netlify.app', 'herokuapp.com', 'notion.site', 'myshopify.com', 'zendesk.com', 'pages.dev', 'azurewebsites.net', 'cloudfront.net', 'amazonaws.com']) {
      expect(suffixes).toContain(must);
    }
  });

  it('finds tenants on label boundaries, the longest suffix first, and never the platform itself', () => {
    expect(findThirdPartyPlatform('someone.github.io')?.name).toBe('GitHub Pages');
    expect(findThirdPartyPlatform('a.b.someone.github.io')?.suffix).toBe('github.io');
    expect(findThirdPartyPlatform('bucket.s3.us-east-1.amazonaws.com')?.suffix).toBe('amazonaws.com');
    expect(findThirdPartyPlatform('app.up.railway.app')?.suffix).toBe('up.railway.app');
    for (const host of ['github.io', 'notgithub.io', 'github.io.evil.test', 'example.com', 'zendesk.com']) {
      expect(findThirdPartyPlatform(host), host).toBeNull();
    }
  });
});
