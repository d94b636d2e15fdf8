// Conformance against ../shared/corpus/securitytxt/expectations.json: every sample, with the manifest's
// `now`, `options` and each sample's `context`. Errors/warnings/infos compared as sets (ignoring `optional`),
// then `lines` and `parsed`.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validateSecurityTxt } from '../../../src/core/securitytxt/validate-security-txt.ts';
import { readCorpusText, readManifest, readSample, type Sample } from './corpus.ts';

const manifest = readManifest();
const options = {
  now: new Date(manifest.now),
  expiresSoonDays: manifest.options.expires_soon_days,
  maxRedirects: manifest.options.max_redirects,
  requireTopLevelLocation: manifest.options.require_top_level_location,
  limits: { maxFileBytes: manifest.options.max_file_bytes, maxLines: manifest.options.max_lines, maxFieldChars: manifest.options.max_field_chars },
};

const without = (ids: string[], optional: Set<string>) => ids.filter((id) => !optional.has(id)).sort();

/** The parts the manifest specifies, with `optional` ids left out. */
function comparable(r: Pick<Sample, 'errors' | 'warnings' | 'infos' | 'lines' | 'valid' | 'parsed'>, optional: Set<string>) {
  return {
    errors: without(r.errors, optional),
    warnings: without(r.warnings, optional),
    infos: without(r.infos, optional),
    lines: Object.fromEntries(Object.entries(r.lines).filter(([id]) => !optional.has(id))),
    valid: r.valid,
    parsed: r.parsed,
  };
}

describe('security.txt corpus conformance', () => {
  it('covers the whole manifest (108 samples, 77 checks)', () => {
    expect(manifest.samples).toHaveLength(108);
    expect(manifest.checks).toHaveLength(77);
  });

  for (const sample of manifest.samples) {
    it(sample.file, async () => {
      const bytes = readSample(sample.file);
      expect(createHash('sha256').update(bytes).digest('hex'), 'sample bytes were rewritten').toBe(sample.sha256);
      const key = sample.context.verification_key;
      const keys = key ? [{ armored: readCorpusText(key), source: key }] : [];
      const result = await validateSecurityTxt(bytes, sample.context, { ...options, keys });
      const optional = new Set(sample.optional ?? []);
      expect(comparable(result, optional)).toEqual(comparable(sample, optional));
    });
  }
});
