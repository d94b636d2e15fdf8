// Bundle size per entry point of the built extension (dist/chrome and dist/firefox), gzipped.
// "First paint" = the page's module script plus everything it imports statically; lazy chunks load later.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchSection } from './types.ts';

const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

function gz(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** A JS file and its static import closure, as paths relative to the build root. */
function closure(root: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(join(root, entry))) return seen;
  seen.add(entry);
  const code = readFileSync(join(root, entry), 'utf8');
  const dir = entry.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : '';
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const spec = m[1]!;
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    const resolved = spec.startsWith('/') ? spec.slice(1) : new URL(spec, `file:///${dir}`).pathname.slice(1);
    closure(root, resolved, seen);
  }
  return seen;
}

function pageFiles(root: string, html: string): string[] {
  const text = readFileSync(join(root, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const files = new Set<string>();
  for (const ref of refs) (ref.endsWith('.js') ? closure(root, ref) : new Set([ref])).forEach((f) => files.add(f));
  return [...files];
}

function measure(root: string, files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(root, f));
    raw += bytes.length;
    gzip += gz(bytes);
  }
  return { raw, gzip };
}

const kib = (n: number) => Math.round((n / 1024) * 10) / 10;

export default async function bench(): Promise<BenchSection> {
  const rows: BenchSection['rows'] = [];
  const figures: BenchSection['figures'] = {};
  for (const browser of ['chrome', 'firefox'] as const) {
    const root = `dist/${browser}`;
    if (!existsSync(join(root, 'manifest.json'))) {
      rows.push({ browser, entry: '(not built: run npm run build)' });
      continue;
    }
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
    const bgEntry: string = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
    const entries: Array<[string, string[]]> = [
      ['popup (first paint)', pageFiles(root, manifest.action.default_popup)],
      ['options', pageFiles(root, manifest.options_ui.page)],
      ['background', [...closure(root, bgEntry)]],
    ];
    const allAssets = readdirSync(join(root, 'assets')).map((f) => `assets/${f}`).filter((f) => /\.(js|css)$/.test(f));
    entries.push(['all JS+CSS (incl. lazy chunks)', allAssets]);
    for (const [entry, files] of entries) {
      const size = measure(root, files);
      rows.push({ browser, entry, files: files.length, 'raw KiB': kib(size.raw), 'gzip KiB': kib(size.gzip) });
      if (browser === 'chrome') figures[`${entry.split(' ')[0]}_gzip_kib`] = kib(size.gzip);
      else if (entry === 'background') figures.firefox_background_gzip_kib = kib(size.gzip); // openpgp loads lazily there
    }
  }
  return {
    title: 'Bundle size per entry point (gzip -9 per file)',
    rows,
    figures,
    notes: ['Budget: popup first-paint JS+CSS ≤ 50 KiB gzipped; tldts and openpgp must not be in it.'],
  };
}
