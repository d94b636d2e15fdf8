// The extension's budgets: popup first-paint JS (gzip) from the built dist/, and the popup helpers on hostile input.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { computeCacheTtl } from '../src/background/compute-cache-ttl.ts';
import { collectContacts } from '../src/popup/lib/collect-contacts.ts';
import { firstLines } from '../src/popup/lib/first-lines.ts';
import { splitVisibleControls } from '../src/popup/lib/split-visible-controls.ts';
import { hostileCheck } from '../test/unit/ui/fixtures/hostile.ts';
import { median, type BenchSection } from './types.ts';

const root = new URL('../', import.meta.url).pathname;

/** Every JS file a page loads before running (its entry scripts and their static imports), gzip -9. */
function pageClosure(dist: string, page: string): { files: number; raw: number; gzip: number } {
  const html = readFileSync(join(dist, page), 'utf8');
  const refs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) visit(join(dirname(file), m[1]!));
  };
  for (const ref of refs) visit(ref.startsWith('/') ? join(dist, ref) : join(dist, dirname(page), ref));
  let raw = 0;
  let gzip = 0;
  for (const file of seen) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: seen.size, raw, gzip };
}

function time(fn: () => unknown, runs = 7): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export default async function (): Promise<BenchSection> {
  const rows: BenchSection['rows'] = [];
  const figures: BenchSection['figures'] = {};
  const notes: string[] = [];
  for (const browser of ['chrome', 'firefox']) {
    const dist = join(root, 'dist', browser);
    if (!existsSync(join(dist, 'manifest.json'))) {
      notes.push(`dist/${browser} is not built: run npm run build for the bundle figures`);
      continue;
    }
    for (const page of ['src/popup/index.html', 'src/options/index.html']) {
      const c = pageClosure(dist, page);
      rows.push({ measure: `${browser} ${page} first-paint JS`, files: c.files, kib_raw: +(c.raw / 1024).toFixed(1), kib_gzip: +(c.gzip / 1024).toFixed(1) });
      if (page.includes('popup')) figures[`${browser}_popup_first_paint_kib_gzip`] = +(c.gzip / 1024).toFixed(1);
    }
  }
  notes.push('budget: popup first-paint JS ≤ 50 KiB gzip (the draft panel, the draft engine and openpgp load lazily)');

  const hostile = hostileCheck();
  const raw = hostile.txt!.raw!;
  const bidi = '\u202Eab\u200B'.repeat(25_000);
  const timings: Array<[string, () => unknown]> = [
    ['firstLines: 200 lines of a 10 MB security.txt', () => firstLines(raw, 200)],
    ['collectContacts: hostile check (10 MB raw)', () => collectContacts(hostile)],
    ['splitVisibleControls: 100k chars, 50k controls', () => splitVisibleControls(bidi)],
    ['computeCacheTtl: 20 responses', () => computeCacheTtl({
      responses: Array.from({ length: 20 }, (_, i) => ({ url: `https://a.example/${i}`, status: 200, cacheControl: `max-age=${600 + i}`, expires: null, date: null, age: null })),
      txtExpires: '2027-01-01T00:00:00Z', incomplete: false, now: Date.parse('2026-11-21T00:00:00Z'),
    })],
  ];
  for (const [measure, fn] of timings) {
    const ms = time(fn);
    rows.push({ measure, median_ms: +ms.toFixed(3) });
  }
  figures.collect_contacts_hostile_ms = rows.find((r) => String(r.measure).startsWith('collectContacts'))?.median_ms ?? NaN;
  return { title: 'Extension: popup bundle and hostile-input helpers', rows, figures, notes };
}
