/** Per-browser manifest from the one root manifest.json (a pure function, unit-tested). */
export type Browser = 'chrome' | 'firefox';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

export function createManifest(base: Manifest, browser: Browser, version: string): Manifest {
  const { browser_specific_settings, minimum_chrome_version, $schema: _schema, background, ...rest } = base;
  const entry = background?.service_worker ?? background?.scripts?.[0];
  if (!entry) throw new Error('manifest.json: background entry missing');
  if (browser === 'firefox') {
    return {
      ...rest,
      version,
      background: { scripts: [entry], type: 'module' },
      browser_specific_settings,
    };
  }
  return { ...rest, version, minimum_chrome_version, background: { service_worker: entry, type: 'module' } };
}
