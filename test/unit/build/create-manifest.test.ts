import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createManifest } from '../../../scripts/create-manifest.ts';

type ManifestShape = {
  background: unknown;
  permissions: string[];
  version: string;
  browser_specific_settings: { gecko: unknown };
  content_security_policy: { extension_pages: string };
};

const base = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8'));

describe('createManifest', () => {
  it('gives Chrome a service worker and no gecko settings', () => {
    const m = createManifest(base, 'chrome', '1.2.3');
    expect(m.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(m).not.toHaveProperty('browser_specific_settings');
    expect(m).not.toHaveProperty('$schema');
    expect(m.version).toBe('1.2.3');
  });

  it('gives Firefox background.scripts and a stable gecko id with no data collection', () => {
    const m = createManifest(base, 'firefox', '1.2.3') as ManifestShape;
    expect(m.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(m.browser_specific_settings.gecko).toEqual({
      id: 'scopecheck@scopecheck.dev',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(m).not.toHaveProperty('minimum_chrome_version');
  });

  it('asks for minimal permissions: host access only as optional, requested at runtime', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = createManifest(base, browser, '1.0.0') as ManifestShape;
      expect(m.permissions).toEqual(['activeTab', 'storage', 'scripting']);
      expect(m).not.toHaveProperty('host_permissions');
      expect(m).not.toHaveProperty('content_scripts');
      // Firefox's default MV3 CSP adds upgrade-insecure-requests, which would make http fallbacks impossible.
      expect(m.content_security_policy.extension_pages).not.toContain('upgrade-insecure-requests');
    }
  });
});
