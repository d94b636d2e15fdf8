import { describe, expect, it } from 'vitest';
import { streamLineBatches, type StreamedLine } from '../../../src/core/scope/stream-line-batches.ts';

async function collect(chunks: Array<string | Uint8Array>, max?: number): Promise<StreamedLine[]> {
  const out: StreamedLine[] = [];
  async function* source() { yield* chunks; }
  for await (const batch of streamLineBatches(source(), max)) {
    expect(batch.length).toBeGreaterThan(0);
    out.push(...batch);
  }
  return out;
}

describe('streamLineBatches', () => {
  it('splits LF, CRLF and CR, also across chunk boundaries, and keeps the last line without newline', async () => {
    const lines = await collect(['a.test\r', '\nb.test\n\nc.te', 'st\rd.test']);
    expect(lines.map((l) => l.text)).toEqual(['a.test', 'b.test', '', 'c.test', 'd.test']);
    expect(lines.map((l) => l.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('decodes UTF-8 split inside a character', async () => {
    const bytes = new TextEncoder().encode('bücher.de\nx');
    const lines = await collect([bytes.slice(0, 2), bytes.slice(2)]);
    expect(lines.map((l) => l.text)).toEqual(['bücher.de', 'x']);
  });

  it('cuts an overlong line instead of buffering it', async () => {
    const lines = await collect(['x'.repeat(50), 'y'.repeat(50), '\nok'], 10);
    expect(lines).toEqual([{ number: 1, text: 'x'.repeat(10), truncated: true }, { number: 2, text: 'ok', truncated: false }]);
  });

  it('yields one batch per chunk', async () => {
    async function* source() { yield 'a\nb\n'; yield 'c'; yield '\nd'; }
    const batches: string[][] = [];
    for await (const batch of streamLineBatches(source())) batches.push(batch.map((l) => l.text));
    expect(batches).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('yields nothing for an empty stream', async () => {
    expect(await collect([])).toEqual([]);
  });
});
