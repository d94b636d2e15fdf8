// `npm run bench`: runs every bench/*.bench.ts section, prints a table per section, writes bench/results.json.
// Benchmarks print figures; they never assert timings.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchSection } from '../bench/types.ts';

function printTable(section: BenchSection): void {
  console.log(`\n## ${section.title}`);
  if (section.rows.length > 0) {
    const cols = [...new Set(section.rows.flatMap((r) => Object.keys(r)))];
    const cell = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v ?? ''));
    const widths = cols.map((c) => Math.max(c.length, ...section.rows.map((r) => cell(r[c]).length)));
    console.log(cols.map((c, i) => c.padEnd(widths[i]!)).join('  '));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of section.rows) console.log(cols.map((c, i) => cell(r[c]).padEnd(widths[i]!)).join('  '));
  }
  for (const [k, v] of Object.entries(section.figures)) console.log(`${k}: ${v}`);
  for (const n of section.notes ?? []) console.log(`note: ${n}`);
}

const only = process.argv.slice(2);
const dir = new URL('../bench/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const machine = { cpus: cpus().length, cpu_model: cpus()[0]?.model ?? 'unknown', memory_gib: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
console.log(`Scopecheck benchmarks on ${machine.cpus} × ${machine.cpu_model}, ${machine.memory_gib} GiB, node ${machine.node}`);
// A run of some sections (`npm run bench -- validation`) keeps the other sections' saved figures; each section
// records when it was measured.
const resultsUrl = new URL('results.json', dir);
const saved = only.length > 0 && existsSync(resultsUrl) ? (JSON.parse(readFileSync(resultsUrl, 'utf8')) as Record<string, unknown>) : {};
const results: Record<string, unknown> = { ...saved, measured_at: new Date().toISOString(), machine };
for (const file of files) {
  const mod = (await import(pathToFileURL(new URL(file, dir).pathname).href)) as BenchModule;
  const section = await mod.default();
  printTable(section);
  results[file.replace(/\.bench\.ts$/, '')] = { title: section.title, measured_at: new Date().toISOString(), figures: section.figures, rows: section.rows };
}
writeFileSync(resultsUrl, JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench/results.json');
