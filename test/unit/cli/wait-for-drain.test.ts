import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { waitForDrain } from '../../../src/cli/main.ts';

/** A writable that holds every write until `release()`. */
function slowSink() {
  const pending: Array<() => void> = [];
  const stream = new Writable({ highWaterMark: 16, write: (_chunk, _enc, done) => void pending.push(done) });
  return { stream, release: () => { while (pending.length > 0) pending.shift()!(); } };
}

describe('waitForDrain', () => {
  it('resolves at once when the stream has room', async () => {
    const { stream } = slowSink();
    await expect(waitForDrain(stream)).resolves.toBeUndefined();
  });

  it('waits while the stream is over its high-water mark, until it drains', async () => {
    const { stream, release } = slowSink();
    stream.write('x'.repeat(64));
    stream.write('y');
    expect(stream.writableNeedDrain).toBe(true);
    let done = false;
    const waiting = waitForDrain(stream).then(() => { done = true; });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(done).toBe(false);
    release();
    setTimeout(release, 1);
    await waiting;
    expect(done).toBe(true);
    expect(stream.listenerCount('drain')).toBe(0);
  });

  it('stops waiting when the stream is destroyed (a closed pipe)', async () => {
    const { stream } = slowSink();
    stream.write('x'.repeat(64));
    const waiting = waitForDrain(stream);
    stream.destroy();
    await expect(waiting).resolves.toBeUndefined();
  });
});
