// `scope --platforms --hosts-file … --json` without a document writes its lines from templates
// (createPlatformLineWriter). They must be the general path's bytes: judgeWithPlatforms, renderVerdict,
// JSON.stringify with the input, for every kind of line, in both languages, as text and as bytes.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toASCII } from 'punycode';
import { createPlatformLineWriter } from '../../../src/cli/create-platform-line-writer.ts';
import { MAX_HOST_LINE, readHostLineBatches, type HostLine } from '../../../src/cli/read-host-lines.ts';
import { buildPlatformIndex, compilePlatformIndex } from '../../../src/core/platforms/index.ts';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { parseScopeTarget } from '../../../src/core/scope/parse-scope-target.ts';
import { loadSay, type Say } from '../../../src/cli/messages.ts';
import { makeCliIo } from '../../support/run-cli.ts';
import { prng } from '../../support/prng.ts';
import { generalPlatformLine } from '../../support/general-platform-line.ts';
import { runCli } from '../../../src/cli/main.ts';
import { policyWith } from '../scope/helpers.ts';

const SHARED = new URL('../../../../shared/data/bounty-targets/', import.meta.url);
const files = Object.fromEntries(['bugcrowd', 'intigriti', 'yeswehack', 'federacy'].map((p) => [p, JSON.parse(readFileSync(new URL(`${p}_data.json`, SHARED), 'utf8')) as unknown]));
const index = buildPlatformIndex(files, { source: 'test', license: 'MIT', notice: 'test', data_date: '2026-08-22' });
const platforms = compilePlatformIndex(index);
const blank = compileScope({ policy: null });

/** Host names a scope entry names or implies: itself (globs filled in), a name below it, an address in its network. */
function hostsOf(entry: string, rnd: () => number): string[] {
  const host = entry.replace(/^[a-z]+:\/\//i, '').replace(/[/:].*$/, '').replace(/^\*\./, '').trim().toLowerCase();
  const cidr = /^(\d+\.\d+\.\d+)\.\d+\/\d+$/.exec(host);
  if (cidr) return [`${cidr[1]}.${Math.floor(rnd() * 256)}`];
  if (!/^[a-z0-9.*-]+$/.test(host)) return [];
  const sub = `x${Math.floor(rnd() * 1000)}`;
  return [host.replace(/\*/g, sub), `${sub}.${host.replace(/\*/g, 'w')}`];
}

/**
 * A few thousand lines of every kind: names the programmes list (in scope, excluded, many programmes at
 * once, programmes with unreadable exclusions), hosting platforms, random names, IDNs in Unicode and
 * punycode, IPv4 and IPv6, upper case, trailing dots, URLs with ports and paths, padding, blank and
 * comment lines, invalid entries, text needing JSON escapes, and a line too long to be a host.
 */
function sampleLines(): string[] {
  const rnd = prng(14);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const unreadable = index.programmes.filter((_, i) => platforms.scopes[i]!.unreadable.length > 0);
  expect(unreadable.length).toBeGreaterThan(0);
  const named = [...index.programmes, ...unreadable, ...unreadable].flatMap((p) => [...p.in_scope, ...p.out_of_scope]).flatMap((e) => hostsOf(e, rnd));
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const r = rnd();
    const host = pick(named);
    if (r < 0.45) lines.push(host);
    else if (r < 0.5) lines.push(host.toUpperCase() + (rnd() < 0.5 ? '.' : ''));
    else if (r < 0.55) lines.push(`  https://${host}:${pick([443, 8443, 80])}/${pick(['', 'admin', 'a/b?c=1'])}  `);
    else if (r < 0.6) lines.push(`${pick(['t', 'app', 'x-1'])}${i}.${pick(['github.io', 'herokuapp.com', 'vercel.app', 'zendesk.com', 'example.com'])}`);
    else if (r < 0.65) lines.push(`${i}.${pick(['bücher', 'münchen', 'παράδειγμα', 'пример'])}.${pick(['example', 'de', 'com'])}`);
    else if (r < 0.68) lines.push(toASCII(`${pick(['bücher', 'straße', '例え'])}${i % 7}.example.com`));
    else if (r < 0.73) lines.push(`${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}`);
    else if (r < 0.75) lines.push(pick([`2001:db8::${i.toString(16)}`, `[2001:DB8::${i.toString(16)}]:8080`, `::ffff:10.0.0.${i % 256}`]));
    else if (r < 0.8) lines.push(pick(['', '   ', '# a comment', `#${host}`, '\t']));
    else if (r < 0.85) lines.push(pick([`*.${host}`, `bad host ${i}`, `"quoted${i}"`, `back\\slash${i}.com`, `user@${host}`, `${host}/\u2028x`, '\u0000nul.com', `tab\there${i}`]));
    else if (r < 0.87) lines.push(`${host}\u00a0`);
    else lines.push(`${Math.floor(rnd() * 1e6).toString(36)}.${pick(['example.com', 'example.org', 'example.net', 'co.uk'])}`);
  }
  lines.push('a'.repeat(MAX_HOST_LINE + 10) + '.example.com');
  lines.push(`${'b'.repeat(70)}.github.io`);
  return lines;
}

const generalLine = (line: HostLine, say: Say) => generalPlatformLine(line, say, blank, platforms);

async function* batchesOf(lines: string[]): AsyncIterable<string> {
  const text = lines.join('\r\n') + '\n';
  for (let i = 0; i < text.length; i += 4096) yield text.slice(i, i + 4096);
}

async function expectedOutput(lines: string[], say: Say): Promise<string> {
  const io = makeCliIo([...(await toArray(batchesOf(lines)))]).io;
  let out = '';
  for await (const batch of readHostLineBatches('-', io)) for (const line of batch) out += generalLine(line, say);
  return out;
}

async function toArray<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('createPlatformLineWriter', () => {
  it('is used only when no document takes part', async () => {
    const say = await loadSay('en');
    const io = makeCliIo().io;
    expect(createPlatformLineWriter(blank, platforms, say, io)).not.toBeNull();
    expect(createPlatformLineWriter(compileScope({ policy: policyWith(['*.example.com']) }), platforms, say, io)).toBeNull();
    expect(createPlatformLineWriter(compileScope({ policy: null, userScope: [{ pattern: 'x.test', effect: 'include', source: 'user' }] }), platforms, say, io)).toBeNull();
  });

  it('writes the general path\'s lines from templates, and leaves it only invalid and overlong lines', async () => {
    const say = await loadSay('en');
    const lines = sampleLines();
    const t = makeCliIo([...(await toArray(batchesOf(lines)))]);
    const writer = createPlatformLineWriter(blank, platforms, say, t.io)!;
    const left: string[] = [];
    const judged = await writer.run(readHostLineBatches('-', t.io), (line) => {
      left.push(line.text);
      return generalLine(line, say);
    }, { tick: () => {} });
    const expected = await expectedOutput(lines, say);
    expect(judged).toBe(expected.split('\n').length - 1);
    if (t.stdout() !== expected) expect(t.stdout().split('\n')).toEqual(expected.split('\n'));
    // The fast path wrote every line whose input is a host, URL or host:port.
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(lines.length / 10);
    expect(left.filter((text) => !text.endsWith('…') && parseScopeTarget(text) !== null)).toEqual([]);
    expect(left.some((text) => text.endsWith('…'))).toBe(true);
  });

  for (const lang of ['en', 'de'] as const) {
    it(`gives the same bytes through the CLI as the general path (--lang ${lang}, text and byte output)`, async () => {
      const lines = sampleLines();
      const dir = mkdtempSync(join(tmpdir(), 'scopecheck-fast-'));
      try {
        const data = join(dir, 'platform-index.json');
        writeFileSync(data, JSON.stringify(index));
        const argv = ['scope', '--platforms', '--platform-data', data, '--hosts-file', '-', '--json', '--lang', lang];
        const expected = await expectedOutput(lines, await loadSay(lang));
        const asText = makeCliIo([...(await toArray(batchesOf(lines)))]);
        expect(await runCli(argv, asText.io)).toBe(0);
        expect(asText.stdout() === expected).toBe(true);
        const asBytes = makeCliIo([...(await toArray(batchesOf(lines)))]);
        const chunks: Buffer[] = [];
        asBytes.io.stdoutBytes = (b) => void chunks.push(Buffer.from(b));
        let drains = 0;
        asBytes.io.drain = async () => void drains++;
        expect(await runCli(argv, asBytes.io)).toBe(0);
        expect(Buffer.concat(chunks).equals(Buffer.from(expected, 'utf8'))).toBe(true);
        expect(drains).toBeGreaterThan(0);
        // --fail-on sees every line's verdict.
        const failing = makeCliIo([...(await toArray(batchesOf(lines)))]);
        expect(await runCli([...argv, '--fail-on', 'out_of_scope'], failing.io)).toBe(expected.includes('"verdict":"out_of_scope"') ? 3 : 0);
        const none = makeCliIo(['nothing.example.com\n', `${'b'.repeat(70)}.example.org\n`]);
        expect(await runCli([...argv, '--fail-on', 'out_of_scope'], none.io)).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
