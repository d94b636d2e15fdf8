// The bulk path of `scope --platforms --hosts-file … --json` reuses its output chunks once the io says it has
// written them, copies hosts byte by byte and finds the hosting platform in the programmes' lookup. Its bytes
// must still be the general path's (judgeWithPlatforms, renderVerdict, JSON.stringify), whatever the io does
// with the chunks, on a host list of every kind: IDNs, upper case, trailing dots, IP addresses, ports, invalid
// lines, duplicates, hosts excluded by a wildcard, hosts in scope under an exclusion.
import { describe, expect, it } from 'vitest';
import { toASCII } from 'punycode';
import { createPlatformLineWriter } from '../../../src/cli/create-platform-line-writer.ts';
import { MAX_HOST_LINE, readHostLineBatches, type HostLine } from '../../../src/cli/read-host-lines.ts';
import { LineSink } from '../../../src/cli/create-line-sink.ts';
import { compilePlatformIndex, findPlatformProgrammes, type HostingFound } from '../../../src/core/platforms/index.ts';
import type { PlatformIndex } from '../../../src/core/platforms/platform-index.ts';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { parseScopeTarget } from '../../../src/core/scope/parse-scope-target.ts';
import { findThirdPartyPlatform, THIRD_PARTY_PLATFORMS } from '../../../src/core/scope/third-party-platforms.ts';
import { loadSay, type Say } from '../../../src/cli/messages.ts';
import { makeCliIo } from '../../support/run-cli.ts';
import { prng } from '../../support/prng.ts';
import { generalPlatformLine } from '../../support/general-platform-line.ts';
import type { CliIo } from '../../../src/cli/command.ts';

const index: PlatformIndex = {
  schema: 'scopecheck.platform-index/1', source: 'test', license: 'MIT', notice: 'test', data_date: '2026-08-22',
  programmes: [
    // In scope under an excluded wildcard (the more specific entry wins), excluded under an in-scope wildcard.
    { platform: 'bugcrowd', name: 'Shop', url: 'https://bugcrowd.test/shop', in_scope: ['*.shop.test', 'app.corp.test', 'pay.shop.test:8443'], out_of_scope: ['*.corp.test', 'admin.shop.test', 'static.shop.test/assets/'] },
    // Hosted tenants, an IP network, an IDN, an in-label glob, an unreadable exclusion.
    { platform: 'intigriti', name: 'Cloud "Q" \\ Ltd', url: 'https://intigriti.test/cloud', in_scope: ['*.cloud.test', 'cloud.github.io', '203.0.113.0/24', 'bücher.test', 'api-*.cloud.test'], out_of_scope: ['dev*.cloud.test', 'node(1to3).cloud.test', '203.0.113.7'] },
    // The same names with another verdict, so that hosts meet several programmes.
    { platform: 'yeswehack', name: 'Straße', url: 'https://ywh.test/strasse', in_scope: ['admin.shop.test', 'xn--bcher-kva.test'], out_of_scope: ['*.shop.test', 'Third-party services'] },
  ],
};
const platforms = compilePlatformIndex(index);
const blank = compileScope({ policy: null });

/** 6,000 lines of every kind, many repeated. */
function hostLines(): string[] {
  const rnd = prng(1407);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const names = [
    'app.corp.test', 'www.corp.test', 'corp.test', 'a.b.corp.test', 'pay.shop.test', 'admin.shop.test', 'static.shop.test', 'x.shop.test', 'shop.test',
    'api-v2.cloud.test', 'dev1.cloud.test', 'node2.cloud.test', 'node9.cloud.test', 'www.cloud.test', 'cloud.github.io', 'other.github.io',
    'github.io', 'a.b.herokuapp.com', 'x.blob.core.windows.net', 'core.windows.net', 'bücher.test', 'xn--bcher-kva.test', 'nothing.example',
  ];
  const lines: string[] = [];
  for (let i = 0; i < 6000; i++) {
    const r = rnd();
    const name = pick(names);
    if (r < 0.3) lines.push(name);
    else if (r < 0.38) lines.push(name.toUpperCase());
    else if (r < 0.44) lines.push(`${name}.`);
    else if (r < 0.5) lines.push(`${name}:${pick([80, 443, 8443])}`);
    else if (r < 0.55) lines.push(`https://${name}${pick(['', ':8443', ':443'])}/${pick(['', 'assets/x.js', 'a?b=1'])}`);
    else if (r < 0.6) lines.push(pick(['BÜCHER.test', 'Bücher.TEST.', toASCII('straße.shop.test'), 'straße.shop.test', 'пример.cloud.test']));
    else if (r < 0.66) lines.push(`203.0.113.${Math.floor(rnd() * 256)}${pick(['', ':8443'])}`);
    else if (r < 0.68) lines.push(pick(['2001:db8::1', '[2001:DB8::1]:8080', '::ffff:203.0.113.7', '0xcb.0.113.7', '203.0.113']));
    else if (r < 0.75) lines.push(pick(['a..corp.test', '*.corp.test', 'bad host', '"q".test', 'back\\slash.test', `${name}/\u2028`, 'user@app.corp.test', '-', '.', '\u0000.test']));
    else if (r < 0.78) lines.push(pick(['', '  ', '# comment', '\t']));
    else lines.push(`${(i % 97).toString(36)}.${name}`);
  }
  lines.push('a'.repeat(MAX_HOST_LINE + 5));
  return lines;
}

const generalLine = (line: HostLine, say: Say) => generalPlatformLine(line, say, blank, platforms);

async function* chunksOf(lines: string[], size: number): AsyncIterable<Uint8Array> {
  const bytes = Buffer.from(lines.join('\n') + '\n', 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Runs the bulk path (1 MiB output chunks: this list makes several) through an io whose stdoutBytes is given. */
async function runFast(lines: string[], say: Say, stdoutBytes: CliIo['stdoutBytes'], drain?: () => Promise<void>): Promise<void> {
  const io: CliIo = { ...makeCliIo().io, stdin: () => chunksOf(lines, 1000), stdoutBytes, drain };
  const writer = createPlatformLineWriter(blank, platforms, say, io)!;
  expect(writer).not.toBeNull();
  await writer.run(readHostLineBatches('-', io), (line) => generalLine(line, say), { tick: () => {} });
}

async function expected(lines: string[], say: Say): Promise<Buffer> {
  const io: CliIo = { ...makeCliIo().io, stdin: () => chunksOf(lines, 777) };
  let out = '';
  for await (const batch of readHostLineBatches('-', io)) for (const line of batch) out += generalLine(line, say);
  return Buffer.from(out, 'utf8');
}

describe('the bulk platform path with reused output chunks', () => {
  it('gives the general path\'s bytes when the io hands chunks back at once, later, or never', async () => {
    const say = await loadSay('en');
    const lines = hostLines();
    const want = await expected(lines, say);
    // The list meets every kind of answer.
    const text = want.toString('utf8');
    for (const part of ['"verdict":"in_scope"', '"verdict":"out_of_scope"', '"verdict":"unknown"', '"entry":"app.corp.test"', '"entry":"*.corp.test"', '"third_party_platform":"github.io"', '"host":"xn--bcher-kva.test"', '"host":"203.0.113.7"', 'not a host name']) {
      expect(text).toContain(part);
    }

    // Copied, and handed back at once (as a synchronous pipe does): the next chunk is filled in the same memory.
    const copied: Buffer[] = [];
    await runFast(lines, say, (b, written) => {
      copied.push(Buffer.from(b));
      written?.();
    });
    expect(Buffer.concat(copied).equals(want)).toBe(true);
    expect(copied.length).toBeGreaterThan(3);

    // Kept by reference and handed back only after a later chunk went out: a chunk must not change before.
    const held: Array<{ bytes: Uint8Array; copy: Buffer }> = [];
    let pending: Array<() => void> = [];
    await runFast(lines, say, (b, written) => {
      held.push({ bytes: b, copy: Buffer.from(b) });
      for (const w of pending) w();
      pending = written ? [written] : [];
    }, async () => {
      await Promise.resolve();
    });
    for (const w of pending) w();
    expect(Buffer.concat(held.map((h) => h.copy)).equals(want)).toBe(true);
    // Chunks were reused, and each held its bytes until it was handed back.
    expect(new Set(held.map((h) => h.bytes.buffer)).size).toBeLessThan(held.length);

    // Kept by reference and never handed back: every chunk keeps its bytes.
    const kept: Uint8Array[] = [];
    await runFast(lines, say, (b) => void kept.push(b));
    expect(Buffer.concat(kept).equals(want)).toBe(true);
  });

  it('a line sink reuses a chunk only after the io has written it', () => {
    // 8 KiB chunks: not cut from Buffer's shared pool, so each chunk is its own memory.
    const size = 8192;
    const out: Array<{ bytes: Uint8Array; written?: () => void }> = [];
    const io: CliIo = { ...makeCliIo().io, stdoutBytes: (bytes, written) => void out.push({ bytes, written }) };
    const sink = new LineSink(io, size);
    const fill = (byte: number) => {
      const buf = sink.reserve(size);
      buf.fill(byte, sink.pos, sink.pos + size);
      sink.pos += size;
    };
    fill(1);
    fill(2);
    fill(3);
    expect(out.map((o) => o.bytes[0])).toEqual([1, 2]);
    expect(new Set(out.map((o) => o.bytes.buffer)).size).toBe(2);
    expect(out.every((o) => o.written !== undefined)).toBe(true);
    out[0]!.written!();
    fill(4);
    // The third chunk went out, and the fourth is filled in the first chunk's memory, which the io gave back.
    expect(out.map((o) => o.bytes[size - 1])).toEqual([4, 2, 3]);
    expect(sink.buf.buffer).toBe(out[0]!.bytes.buffer);
    // Chunks not given back are never written again.
    fill(5);
    expect(out.map((o) => o.bytes[size - 1])).toEqual([4, 2, 3, 4]);
    expect(sink.buf.buffer).not.toBe(out[1]!.bytes.buffer);
    expect(sink.buf.buffer).not.toBe(out[2]!.bytes.buffer);
  });

  it('finds the hosting platform in the lookup as findThirdPartyPlatform does', () => {
    const rnd = prng(99);
    const hosting: HostingFound = { platform: null };
    const hosts = [...THIRD_PARTY_PLATFORMS.flatMap((p) => [p.suffix, `x.${p.suffix}`, `a.b.${p.suffix}`, `x${p.suffix}`, `${p.suffix}.evil.test`, p.suffix.split('.').slice(1).join('.')]),
      ...hostLines().slice(0, 2000)];
    for (let i = 0; i < 2000; i++) hosts.push(`${Math.floor(rnd() * 1e6).toString(36)}.${THIRD_PARTY_PLATFORMS[Math.floor(rnd() * THIRD_PARTY_PLATFORMS.length)]!.suffix}`);
    let platformsFound = 0;
    for (const text of hosts) {
      const target = parseScopeTarget(text);
      hosting.platform = THIRD_PARTY_PLATFORMS[0]!;
      findPlatformProgrammes(target ?? text, platforms, hosting);
      const want = target && target.kind === 'dns' ? findThirdPartyPlatform(target.host) : null;
      expect(hosting.platform, text).toBe(want);
      if (want) platformsFound++;
    }
    expect(platformsFound).toBeGreaterThan(2000);
  });
});
