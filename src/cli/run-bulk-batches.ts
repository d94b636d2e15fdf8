import type { ScopeVerdict } from '../core/index.ts';
import type { BatchWriter } from './create-platform-line-writer.ts';
import { createByteCollector, type LineSink } from './create-line-sink.ts';
import type { HostLine } from './read-host-lines.ts';

type Verdict = ScopeVerdict['verdict'];

/** How many lines got each verdict in a batch judged elsewhere. */
export type VerdictCounts = Record<Verdict, number>;

/** A batch's JSON Lines, made by a bulk worker. */
export interface BulkResult {
  bytes: Uint8Array;
  counts: VerdictCounts;
  /** Called once the bytes are written: their memory may then be filled again (by the worker that made them). */
  release?: () => void;
}

/** A thread that judges batches the way the main thread does (start-bulk-worker.ts). */
export interface BulkWorker {
  /** true once it takes batches; false when it could not start. */
  ready: Promise<boolean>;
  /** The data date of the index it loaded, once ready (null before). */
  dataDate(): string | null;
  /** Rejects when the worker fails; the batch is then judged on the main thread. */
  judge(lines: readonly HostLine[]): Promise<BulkResult>;
  close(): void;
}

/** Bulk judging on more than one thread: `threads` in all, the main one included. */
export interface BulkParallelism {
  threads: number;
  /** Workers already started (before the list was read); more are started up to `threads` - 1 in all. */
  started?: readonly BulkWorker[];
  /** A new worker, or null when none can be started here. */
  start: () => BulkWorker | null;
}

/** Batches a worker holds at once (one being judged, one waiting): it never idles while a message crosses. */
const IN_FLIGHT_PER_WORKER = 2;
/** Batches waiting for their turn to be written, at most: then the main thread waits for the oldest. */
const MAX_WAITING = 8;

interface Waiting {
  lines: readonly HostLine[];
  /** Set when the batch is judged: its bytes and verdict counts. */
  result: BulkResult | null;
  /** The worker failed on it: judge it here. */
  failed: boolean;
  /** Settles when the worker answers (absent for a batch judged here). */
  answered?: Promise<void>;
}

interface Slot {
  worker: BulkWorker;
  usable: boolean;
  inFlight: number;
}

const VERDICTS: readonly Verdict[] = ['in_scope', 'out_of_scope', 'unknown'];

/**
 * Writes every batch's lines into the sink, in input order, and returns the number of lines. On one thread
 * each batch is judged as it is read. With `parallel.threads` > 1, workers start when a second batch
 * arrives (a one-batch list never pays for them; a long file's may be started earlier, `parallel.started`)
 * and load the index while the main thread goes on alone;
 * once one is ready it is handed batches while it holds fewer than two, and the main thread judges the
 * rest, into a side buffer when an earlier batch is still out. The output is the same bytes in the same
 * order either way; a worker that fails or never starts leaves its batches to the main thread. `note` is
 * told every line's verdict (for a worker's batch, once per verdict it found), `progress` ticks per line.
 */
export async function runBulkBatches(
  batches: AsyncIterable<HostLine[]>, write: BatchWriter, sink: LineSink, note: (verdict: Verdict) => void,
  progress: { tick: () => void }, parallel?: BulkParallelism,
): Promise<number> {
  const slots: Slot[] = [];
  const waiting: Waiting[] = [];
  let seen = 0;
  let judged = 0;
  const tick = (n: number) => {
    for (let i = 0; i < n; i++) progress.tick();
  };
  /** Writes the batches at the head that are done. */
  const writeDone = () => {
    while (waiting.length > 0) {
      const head = waiting[0]!;
      if (head.result === null && !head.failed) return;
      waiting.shift();
      if (head.result) {
        sink.appendBytes(head.result.bytes, head.result.release);
        for (const v of VERDICTS) if (head.result.counts[v] > 0) note(v);
      } else write(head.lines, sink, note);
      tick(head.lines.length);
    }
  };
  const side = createByteCollector();
  for (const worker of parallel?.started ?? []) addSlot(worker, slots);
  try {
    for await (const batch of batches) {
      seen++;
      if (seen === 2 && parallel && parallel.threads > slots.length + 1) startWorkers(parallel, slots);
      const slot = slots.find((s) => s.usable && s.inFlight < IN_FLIGHT_PER_WORKER);
      if (slot) waiting.push(sendTo(slot, batch));
      else if (waiting.length === 0) {
        write(batch, sink, note);
        tick(batch.length);
      } else {
        // An earlier batch is still out: this one waits for its turn in a buffer of its own.
        const counts: VerdictCounts = { in_scope: 0, out_of_scope: 0, unknown: 0 };
        write(batch, side, (v) => counts[v]++);
        waiting.push({ lines: batch, result: { ...side.take(), counts }, failed: false });
      }
      writeDone();
      if (waiting.length >= MAX_WAITING) {
        await waiting[0]!.answered;
        writeDone();
      } else if (slots.length > 0) {
        // Let the workers' messages (ready, answers) in: reading a fast input only ever takes microtasks.
        await new Promise<void>((resolve) => setImmediate(resolve));
        writeDone();
      }
      judged += batch.length;
      await sink.settle();
    }
    while (waiting.length > 0) {
      await waiting[0]!.answered;
      writeDone();
    }
  } finally {
    for (const s of slots) s.worker.close();
  }
  return judged;
}

function startWorkers(parallel: BulkParallelism, slots: Slot[]): void {
  for (let i = slots.length + 1; i < parallel.threads; i++) {
    const worker = parallel.start();
    if (!worker) return;
    addSlot(worker, slots);
  }
}

function addSlot(worker: BulkWorker, slots: Slot[]): void {
  const slot: Slot = { worker, usable: false, inFlight: 0 };
  slots.push(slot);
  void worker.ready.then((ok) => {
    slot.usable = ok;
  });
}

function sendTo(slot: Slot, lines: readonly HostLine[]): Waiting {
  const entry: Waiting = { lines, result: null, failed: false };
  slot.inFlight++;
  entry.answered = slot.worker.judge(lines).then(
    (result) => {
      entry.result = result;
    },
    () => {
      entry.failed = true;
      slot.usable = false;
    },
  ).finally(() => {
    slot.inFlight--;
  });
  return entry;
}
