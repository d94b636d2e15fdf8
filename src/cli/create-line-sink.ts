import type { CliIo } from './command.ts';

/** 1 MiB: a bulk run writes its lines to stdout in chunks of about this size. */
export const LINE_SINK_CHUNK = 2 ** 20;

/** Written chunks kept for refilling, at most (more in flight are left to the garbage collector). */
const SPARE_CHUNKS = 4;

/**
 * Output bytes collected into large chunks: a writer puts its bytes at `buf[pos…]` after `reserve(n)` has
 * made room for n of them, and moves `pos` on. A full chunk goes to stdout whole (as bytes when the io takes
 * them, else as text). The next chunk is one the io said it has written (its `written` callback), else a
 * fresh buffer (the stream may still hold the last): a bulk run of hundreds of MiB then reuses a few chunks
 * instead of allocating (and page-faulting, and collecting) one per MiB. `settle` waits until stdout can
 * take more after a chunk went out (`io.drain`: a slow pipe), so memory stays flat.
 */
export class LineSink {
  buf: Buffer;
  pos = 0;
  private wrote = false;
  private readonly spare: Buffer[] = [];

  constructor(private readonly io: CliIo, private readonly chunk = LINE_SINK_CHUNK) {
    this.buf = Buffer.allocUnsafe(chunk);
  }

  /** The buffer, with room for `bytes` more at `pos`. */
  reserve(bytes: number): Buffer {
    if (this.pos + bytes > this.buf.length) {
      this.writeOut();
      if (bytes > this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(this.chunk, bytes));
    }
    return this.buf;
  }

  appendString(text: string): void {
    // At most 3 bytes per UTF-16 unit.
    const buf = this.reserve(text.length * 3);
    this.pos += buf.write(text, this.pos, 'utf8');
  }

  /** After a batch: wait for stdout if a chunk went out since the last call. */
  async settle(): Promise<void> {
    if (!this.wrote) return;
    this.wrote = false;
    await this.io.drain?.();
  }

  async flush(): Promise<void> {
    this.writeOut();
    await this.settle();
  }

  private writeOut(): void {
    if (this.pos === 0) return;
    const full = this.buf;
    const bytes = full.subarray(0, this.pos);
    // Only whole chunks come back (an oversized one made for one long line does not).
    const keep = full.length === this.chunk ? () => this.keep(full) : undefined;
    if (this.io.stdoutBytes) this.io.stdoutBytes(bytes, keep);
    else {
      this.io.stdout(bytes.toString('utf8'));
      keep?.();
    }
    this.buf = this.spare.pop() ?? Buffer.allocUnsafe(this.chunk);
    this.pos = 0;
    this.wrote = true;
  }

  private keep(chunk: Buffer): void {
    if (this.spare.length < SPARE_CHUNKS && !this.spare.includes(chunk)) this.spare.push(chunk);
  }
}

export function createLineSink(io: CliIo, chunk = LINE_SINK_CHUNK): LineSink {
  return new LineSink(io, chunk);
}
