import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput, readInputText } from '../../../src/cli/read-input.ts';
import { InputError } from '../../../src/cli/command.ts';
import { makeCliIo } from '../../support/run-cli.ts';

let dir = '';
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'scopecheck-read-input-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fails = async (promise: Promise<unknown>): Promise<string> => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message;
};

describe('readInput', () => {
  it('reads a file whole, and refuses one over the cap, naming it with its label', async () => {
    const file = join(dir, 'body.txt');
    writeFileSync(file, 'x'.repeat(100));
    const { io } = makeCliIo();
    expect(await readInput(file, io, { maxBytes: 100 })).toEqual(new TextEncoder().encode('x'.repeat(100)));
    expect(await fails(readInput(file, io, { maxBytes: 99, label: '--key file' }))).toBe(`--key file ${file} is larger than 99 bytes`);
    expect(await fails(readInput(join(dir, 'missing'), io, { maxBytes: 99 }))).toBe(`cannot read ${join(dir, 'missing')}: ENOENT`);
    mkdirSync(join(dir, 'folder'));
    expect(await fails(readInput(join(dir, 'folder'), io, { maxBytes: 99, label: '--file' }))).toBe(`--file ${join(dir, 'folder')} is not a file`);
  });

  it('reads stdin for "-" only when the command allows it, under the same cap', async () => {
    const { io } = makeCliIo(['ab', 'cd']);
    expect(new TextDecoder().decode(await readInput('-', io, { maxBytes: 4, stdinLabel: 'the policy' }))).toBe('abcd');
    expect(await fails(readInput('-', makeCliIo(['abc', 'de']).io, { maxBytes: 4, stdinLabel: 'the policy' }))).toBe('the policy on stdin is larger than 4 bytes');
    expect(await fails(readInput('-', io, { maxBytes: 4 }))).toBe('cannot read -: ENOENT');
  });

  it('streams a pipe (process substitution, /dev/stdin) up to the cap instead of trusting its size', async (context) => {
    const fifo = join(dir, 'pipe');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      context.skip();
    }
    const writer = createWriteStream(fifo);
    writer.on('error', () => {});
    writer.write('y'.repeat(10_000));
    writer.end();
    expect(await fails(readInput(fifo, makeCliIo().io, { maxBytes: 4096 }))).toBe(`${fifo} is larger than 4096 bytes`);
  });

  it('decodes text as UTF-8 without a byte order mark', async () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('{"a":"é"}')]));
    expect(JSON.parse(await readInputText(file, makeCliIo().io, { maxBytes: 100 }))).toEqual({ a: 'é' });
  });
});
