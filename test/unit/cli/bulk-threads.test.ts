// `scope --platforms --hosts-file … --json` on more than one thread (--threads): batches go to bulk workers
// that load the same index file and write the same lines. Whatever the workers do (answer, answer late and
// out of order, fail, never start), the output must be the general path's bytes in input order, and every
// verdict must reach --fail-on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlatformBatchWriter, createPlatformLineWriter } from '../../../src/cli/create-platform-line-writer.ts';
import { createByteCollector } from '../../../src/cli/create-line-sink.ts';
import { createJsonLineJudge } from '../../../src/cli/judge-host-line.ts';
import { loadPlatformIndex } from '../../../src/cli/load-platform-index.ts';
import { loadSay, type Say } from '../../../src/cli/messages.ts';
import { MAX_HOST_LINE, readHostLineBatches, type HostLine } from '../../../src/cli/read-host-lines.ts';
import type { BulkParallelism, BulkResult, BulkWorker, VerdictCounts } from '../../../src/cli/run-bulk-batches.ts';
import { startBulkWorker } from '../../../src/cli/start-bulk-worker.ts';
import { startEarlyWorkers } from '../../../src/cli/commands/scope.ts';
import { compilePlatformIndex } from '../../../src/core/platforms/index.ts';
import type { CliIo, ResultFacts } from '../../../src/cli/command.ts';
import type { CompiledPlatformIndex } from '../../../src/core/platforms/index.ts';
import type { PlatformIndex } from '../../../src/core/platforms/platform-index.ts';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { generalPlatformLine } from '../../support/general-platform-line.ts';
import { makeCliIo, runCliCaptured } from '../../support/run-cli.ts';
import { prng } from '../../support/prng.ts';

const index: PlatformIndex = {
  schema: 'scopecheck.platform-index/1', source: 'test', license: 'MIT', notice: 'test', data_date: '2026-08-22',
  programmes: [
    { platform: 'bugcrowd', name: 'Shop', url: 'https://bugcrowd.test/shop', in_scope: ['*.shop.test', 'app.corp.test'], out_of_scope: ['*.corp.test', 'admin.shop.test'] },
    { platform: 'intigriti', name: 'Cloud', url: 'https://intigriti.test/cloud', in_scope: ['*.cloud.test', 'cloud.github.io', '203.0.113.0/24'], out_of_scope: ['dev*.cloud.test', 'node(1to3).cloud.test'] },
  ],
};

let dir = '';
let file = '';
let platforms: CompiledPlatformIndex;
const blank = compileScope({ policy: null, pageHost: null, userScope: [] });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopecheck-threads-'));
  file = join(dir, 'platform-index.json');
  writeFileSync(file, JSON.stringify(index));
  platforms = loadPlatformIndex(file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 20,000 lines of every kind (about 20 batches of 16 KiB). */
function hostLines(): string[] {
  const rnd = prng(2026);
  const names = ['app.corp.test', 'www.corp.test', 'admin.shop.test', 'x.shop.test', 'dev1.cloud.test', 'node2.cloud.test', 'api.cloud.test', 'cloud.github.io', 'other.github.io', 'bücher.test', 'nothing.example'];
  const lines: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const r = rnd();
    const name = names[Math.floor(rnd() * names.length)]!;
    if (r < 0.5) lines.push(`${(i % 89).toString(36)}.${name}`);
    else if (r < 0.6) lines.push(name.toUpperCase());
    else if (r < 0.7) lines.push(`https://${name}:8443/a?b=1`);
    else if (r < 0.8) lines.push(`203.0.113.${i % 256}`);
    else if (r < 0.85) lines.push(['a..corp.test', 'bad host', '"q".test', '-', '2001:db8::1', 'x\u0000.shop.test', '\u202ecloud.test', 'a.shop.test\u2028b'][i % 8]!);
    else lines.push(name);
  }
  lines.splice(7_000, 0, 'a'.repeat(MAX_HOST_LINE + 5));
  return lines;
}

const CHUNK = 16 * 1024;

/** The list as stdin chunks; after the second chunk (when workers start), waits for `gate` if given. */
/** Lines the list's bytes add to `lines` (see stdinOf). */
const HOSTILE_LINES = 2;

function stdinOf(lines: string[], gate?: () => Promise<unknown>, hostile = true): () => AsyncIterable<Uint8Array> {
  // CRLF line ends, and two lines of invalid UTF-8 (a lone continuation byte, a cut sequence) in the middle of the list.
  const text = Buffer.from(lines.join('\r\n') + '\n', 'utf8');
  const at = text.indexOf('\n', text.length >> 1) + 1;
  const bad = hostile ? Buffer.from([0x80, 0x61, 0x2e, 0x73, 0x68, 0x6f, 0x70, 0x2e, 0x74, 0x65, 0x73, 0x74, 0x0a, 0x78, 0xe2, 0x82, 0x0a]) : Buffer.alloc(0);
  const bytes = Buffer.concat([text.subarray(0, at), bad, text.subarray(at)]);
  return async function* () {
    for (let i = 0, n = 0; i < bytes.length; i += CHUNK, n++) {
      if (n === 2 && gate) await gate();
      yield bytes.subarray(i, i + CHUNK);
    }
  };
}

async function expected(lines: string[], say: Say, hostile = true): Promise<string> {
  const io: CliIo = { ...makeCliIo().io, stdin: stdinOf(lines, undefined, hostile) };
  let out = '';
  for await (const batch of readHostLineBatches('-', io)) for (const line of batch) out += generalPlatformLine(line, say, blank, platforms);
  return out;
}

/** Runs the bulk writer over the list; returns its output and the verdicts --fail-on was told. */
async function run(lines: string[], say: Say, parallel?: BulkParallelism, gate?: () => Promise<unknown>): Promise<{ out: string; verdicts: Set<string> }> {
  const t = makeCliIo();
  const verdicts = new Set<string>();
  const io: CliIo = { ...t.io, stdin: stdinOf(lines, gate), noteResult: (facts: ResultFacts) => void verdicts.add(String(facts.verdict)) };
  const writer = createPlatformLineWriter(blank, platforms, say, io, createJsonLineJudge(blank, platforms, say), parallel)!;
  const judged = await writer.run(readHostLineBatches('-', io), { tick: () => {} });
  expect(judged).toBe(lines.filter((l) => l.trim() !== '').length + HOSTILE_LINES);
  return { out: t.stdout(), verdicts };
}

/** A worker in this thread: the same batch writer, answering after `delay(id)` ms (so answers can come out of order). */
function fakeWorker(say: Say, delay: (id: number) => number, behaviour: { ready?: boolean; failAt?: number } = {}): BulkWorker & { judged: number } {
  const write = createPlatformBatchWriter(blank, platforms, say, createJsonLineJudge(blank, platforms, say))!;
  let id = 0;
  const worker = {
    judged: 0,
    ready: Promise.resolve(behaviour.ready ?? true),
    dataDate: () => index.data_date,
    judge(lines: readonly HostLine[]): Promise<BulkResult> {
      const mine = id++;
      const sink = createByteCollector();
      const counts: VerdictCounts = { in_scope: 0, out_of_scope: 0, unknown: 0 };
      write(lines, sink, (v) => counts[v]++);
      const { bytes } = sink.take();
      return new Promise((resolve, reject) => setTimeout(() => {
        if (behaviour.failAt !== undefined && mine >= behaviour.failAt) reject(new Error('worker failed'));
        else {
          worker.judged++;
          resolve({ bytes, counts });
        }
      }, delay(mine)));
    },
    close() {},
  };
  return worker;
}

describe('bulk runs on several threads', () => {
  it('a real worker thread judges batches, and the lines are the general path\'s, in input order', async () => {
    const say = await loadSay('en');
    const lines = hostLines();
    const want = await expected(lines, say);
    let sent = 0;
    let ready: Promise<boolean> | null = null;
    const parallel: BulkParallelism = {
      threads: 2,
      start: () => {
        const worker = startBulkWorker({ indexFile: file, dataDate: platforms.data_date, lang: 'en', pageHost: null });
        if (!worker) return null;
        ready = worker.ready;
        const judge = worker.judge.bind(worker);
        return { ...worker, judge: (l) => (sent++, judge(l)) };
      },
    };
    // The rest of the list arrives once the worker is up, as from a slow pipe.
    const got = await run(lines, say, parallel, async () => expect(await ready).toBe(true));
    expect(sent).toBeGreaterThan(2);
    expect(got.out.length).toBe(want.length);
    expect(got.out === want).toBe(true);
    expect([...got.verdicts].sort()).toEqual(['in_scope', 'out_of_scope', 'unknown']);
  }, 60_000);

  it('writes the same lines in German', async () => {
    const say = await loadSay('de');
    const lines = hostLines().slice(0, 8_000);
    let ready: Promise<boolean> | null = null;
    let sent = 0;
    const parallel: BulkParallelism = {
      threads: 2,
      start: () => {
        const worker = startBulkWorker({ indexFile: file, dataDate: platforms.data_date, lang: 'de', pageHost: null })!;
        ready = worker.ready;
        const judge = worker.judge.bind(worker);
        return { ...worker, judge: (l) => (sent++, judge(l)) };
      },
    };
    const got = await run(lines, say, parallel, async () => expect(await ready).toBe(true));
    expect(sent).toBeGreaterThan(0);
    expect(got.out === (await expected(lines, say))).toBe(true);
  }, 60_000);

  it('a worker refuses an index file that changed since the main thread read it', async () => {
    const worker = startBulkWorker({ indexFile: file, dataDate: '1999-01-01', lang: 'en', pageHost: null })!;
    expect(await worker.ready).toBe(false);
    await expect(worker.judge([{ text: 'a.shop.test', number: 1, truncated: false }])).rejects.toThrow(/changed/);
    worker.close();
  }, 60_000);

  it('keeps input order when answers come back late and out of order', async () => {
    const say = await loadSay('en');
    const lines = hostLines();
    const workers: Array<ReturnType<typeof fakeWorker>> = [];
    const parallel: BulkParallelism = { threads: 3, start: () => (workers.push(fakeWorker(say, (id) => (id % 3 === 0 ? 15 : 1))), workers.at(-1)!) };
    const got = await run(lines, say, parallel);
    expect(workers.length).toBe(2);
    expect(workers.reduce((n, w) => n + w.judged, 0)).toBeGreaterThan(2);
    expect(got.out === (await expected(lines, say))).toBe(true);
    expect(got.verdicts.size).toBe(3);
  });

  it('judges on the main thread what a failing worker was given, and stops using it', async () => {
    const say = await loadSay('en');
    const lines = hostLines();
    let worker: ReturnType<typeof fakeWorker> | null = null;
    const got = await run(lines, say, { threads: 2, start: () => (worker = fakeWorker(say, () => 2, { failAt: 2 })) });
    expect(worker!.judged).toBe(2);
    expect(got.out === (await expected(lines, say))).toBe(true);
    expect(got.verdicts.size).toBe(3);
  });

  it('goes on alone when no worker starts or none gets ready', async () => {
    const say = await loadSay('en');
    const lines = hostLines();
    const want = await expected(lines, say);
    expect((await run(lines, say, { threads: 4, start: () => null })).out === want).toBe(true);
    const idle = fakeWorker(say, () => 1, { ready: false });
    expect((await run(lines, say, { threads: 2, start: () => idle })).out === want).toBe(true);
    expect(idle.judged).toBe(0);
  });

  it('a collector fills memory again only once its bytes are written, or once another thread hands it back', () => {
    const size = 8192;
    const c = createByteCollector(size);
    const takeOf = (text: string) => {
      c.appendString(text);
      return c.take();
    };
    const first = takeOf('a'.repeat(100));
    const held = Buffer.from(first.bytes);
    // Not released: every later take gets other memory, and the first bytes stay as they were.
    const unreleased = Array.from({ length: 6 }, (_, i) => takeOf(String(i).repeat(100)));
    expect(unreleased.every((t) => t.bytes.buffer !== first.bytes.buffer)).toBe(true);
    expect(Buffer.from(first.bytes).equals(held)).toBe(true);
    // Released: its memory is filled again a take or two later.
    first.release();
    const later = [takeOf('x'), takeOf('y'), takeOf('z')];
    expect(later.some((t) => t.bytes.buffer === first.bytes.buffer)).toBe(true);
    // Handed back (as a worker gets its transferred chunk back): filled again; a chunk of another size is not.
    const given = Buffer.alloc(size);
    const odd = Buffer.alloc(size / 2);
    c.give(odd);
    c.give(given);
    const next = [takeOf('p'), takeOf('q'), takeOf('r')];
    expect(next.some((t) => t.bytes.buffer === given.buffer)).toBe(true);
    expect(next.some((t) => t.bytes.buffer === odd.buffer)).toBe(false);
  });

  it('a long host list file starts its workers before the index is read; they serve only the index and scope they match', async () => {
    const big = join(dir, 'big-hosts.txt');
    writeFileSync(big, hostLines().join('\n').repeat(8) + '\n');
    const values = { platforms: true, json: true, 'platform-data': file, 'hosts-file': big };
    // Too short a list, stdin, one thread, or a document: none started.
    const small = join(dir, 'small-hosts.txt');
    writeFileSync(small, 'a.shop.test\n');
    expect(startEarlyWorkers({ ...values, 'hosts-file': small }, 2, 'en', small)).toBeNull();
    expect(startEarlyWorkers({ ...values, 'hosts-file': '-' }, 2, 'en', '-')).toBeNull();
    expect(startEarlyWorkers(values, 1, 'en', big)).toBeNull();
    expect(startEarlyWorkers({ ...values, file: 'policy.md' }, 2, 'en', big)).toBeNull();
    const early = startEarlyWorkers(values, 3, 'en', big)!;
    try {
      const lent = early.take(platforms, blank);
      expect(lent.length).toBe(2);
      expect(await Promise.all(lent.map((w) => w.ready))).toEqual([true, true]);
      // Another index (its date differs), or a scope with a page host: not used.
      const other = compilePlatformIndex({ ...index, data_date: '2026-01-01' });
      expect(await Promise.all(early.take(other, blank).map((w) => w.ready))).toEqual([false, false]);
      expect(early.take(platforms, compileScope({ policy: null, pageHost: 'x.test', userScope: [] }))).toEqual([]);
    } finally {
      early.close();
    }
    // Through the command: the same bytes on 1 and 2 threads.
    const run = (threads: string) => runCliCaptured(['scope', '--platforms', '--platform-data', file, '--hosts-file', big, '--json', '--threads', threads]);
    const [one, two] = [await run('1'), await run('2')];
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout.length).toBeGreaterThan(1_000_000);
    expect(two.stdout === one.stdout).toBe(true);
  }, 120_000);

  it('--threads takes a whole number from 1 to 64, and 1 gives the same output', async () => {
    for (const bad of ['0', '65', '1.5', 'many']) {
      const r = await runCliCaptured(['scope', '--platforms', '--platform-data', file, '--hosts-file', '-', '--json', '--threads', bad], { stdin: ['a.shop.test\n'] });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--threads needs a whole number from 1 to 64, not "${bad}"`);
    }
    const lines = ['a.shop.test', 'admin.shop.test', 'x.example'];
    const one = await runCliCaptured(['scope', '--platforms', '--platform-data', file, '--hosts-file', '-', '--json', '--threads', '1'], { stdin: [lines.join('\n') + '\n'] });
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(await expected(lines, await loadSay('en'), false));
  });
});
