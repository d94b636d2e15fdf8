import type { CliIo } from './command.ts';

/** What a LineSink writes to: a command's io, or a collector. */
export type SinkOutput = Pick<CliIo, 'stdout' | 'stdoutBytes' | 'drain'>;

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

  constructor(private readonly io: SinkOutput, private readonly chunk = LINE_SINK_CHUNK) {
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

  /**
   * Bytes made elsewhere (a batch judged out of turn, or in a bulk worker), after what is already here.
   * A large block goes out as it is, after the current chunk; a small one is copied in.
   */
  appendBytes(bytes: Uint8Array, written?: () => void): void {
    if (bytes.length >= this.chunk / 4) {
      this.writeOut();
      if (this.io.stdoutBytes) this.io.stdoutBytes(bytes, written);
      else {
        this.io.stdout(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
        written?.();
      }
      this.wrote = true;
      return;
    }
    const buf = this.reserve(bytes.length);
    buf.set(bytes, this.pos);
    this.pos += bytes.length;
    written?.();
  }

  /** A chunk of this sink's size to fill again (one handed back from another thread); others are left alone. */
  give(chunk: Buffer): void {
    if (chunk.length === this.chunk) this.keep(chunk);
  }

  async flush(): Promise<void> {
    this.writeOut();
    await this.settle();
  }

  /** Sends the current chunk on now (a collector's take() and appendBytes use it). */
  writeOut(): void {
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

export function createLineSink(io: SinkOutput, chunk = LINE_SINK_CHUNK): LineSink {
  return new LineSink(io, chunk);
}

/**
 * A LineSink that keeps what is written; `take()` returns it all in one array of its own (transferable to
 * another thread), and `release`, to call once those bytes are written, lets the collector fill that memory
 * again (a chunk handed back across threads comes back through `give`).
 */
export interface ByteCollector extends LineSink {
  take(): { bytes: Uint8Array; release: () => void };
}

/** 4 MiB: a batch's lines (one 64 KiB chunk of hosts, ~620 bytes a line) usually fit in one chunk. */
const COLLECTOR_CHUNK = 4 * 2 ** 20;

export function createByteCollector(chunk = COLLECTOR_CHUNK): ByteCollector {
  const chunks: Uint8Array[] = [];
  const releases: Array<() => void> = [];
  // The sink fills a chunk again only after its `written` callback: take()'s release.
  const sink = new LineSink({
    stdout: (text) => chunks.push(Buffer.from(text, 'utf8')),
    stdoutBytes: (bytes, written) => {
      chunks.push(bytes);
      if (written) releases.push(written);
    },
  }, chunk);
  const none = () => {};
  return Object.assign(sink, {
    take(): { bytes: Uint8Array; release: () => void } {
      sink.writeOut();
      const written = releases.splice(0);
      // Memory of its own, never the shared pool's: one chunk is the sink's (>= 4 KiB), more are joined in a new array.
      if (chunks.length === 1 && chunk >= 4096) {
        const bytes = chunks.pop()!;
        return { bytes, release: written.length === 1 ? written[0]! : none };
      }
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        bytes.set(c, at);
        at += c.length;
      }
      chunks.length = 0;
      for (const w of written) w();
      return { bytes, release: none };
    },
  });
}
