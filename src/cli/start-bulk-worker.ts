import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Lang } from './messages.ts';
import type { HostLine } from './read-host-lines.ts';
import type { BulkResult, BulkWorker } from './run-bulk-batches.ts';

/** How long a batch may take in a worker before the worker counts as failed. */
const ANSWER_TIMEOUT_MS = 60_000;

/** What a bulk worker needs to judge as the main thread does (bulk-worker.ts). */
export interface BulkWorkerData {
  /**
   * The platform index file the main thread loaded, and the data date it had (a file replaced meanwhile is
   * refused); null when the worker starts before the main thread has read it (the caller then compares dataDate()).
   */
  indexFile: string;
  dataDate: string | null;
  lang: Lang;
  /** The scope's page host (null without a document). */
  pageHost: string | null;
}

/** A batch as it crosses to the worker: the lines' texts joined by "\n" (no line holds one), and the too-long ones. */
export interface BulkBatchMessage {
  id: number;
  texts: string;
  /** Per too-long line: its position in the batch and its line number. */
  truncated: Array<[number, number]>;
}

export type BulkWorkerMessage =
  | { type: 'ready'; dataDate: string }
  | { type: 'failed'; reason: string }
  | { type: 'result'; id: number; bytes: Uint8Array; counts: BulkResult['counts'] };

/** What the main thread sends a worker: a batch, or the memory of an answer it has written (to fill again). */
export type BulkWorkerRequest = ({ type: 'judge' } & BulkBatchMessage) | { type: 'chunk'; buffer: ArrayBuffer };

/**
 * Starts a worker thread running bulk-worker (built as dist/cli/bulk-worker.mjs; from the sources, the .ts
 * file through tsx's loader), or returns null when its file is not there. The worker is told apart from
 * the main thread only by where it runs: same index file, same language, same bytes.
 */
export function startBulkWorker(data: BulkWorkerData): BulkWorker | null {
  const file = findWorkerFile();
  if (!file) return null;
  let worker: Worker;
  try {
    worker = file.pathname.endsWith('.ts') ? new Worker(throughTsx(file), { eval: true, workerData: data }) : new Worker(file, { workerData: data });
  } catch {
    return null;
  }
  const answers = new Map<number, { resolve: (r: BulkResult) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let gone: Error | null = null;
  let loadedDate: string | null = null;
  let onReady: (ok: boolean) => void = () => {};
  const ready = new Promise<boolean>((resolve) => {
    onReady = resolve;
  });
  const fail = (error: Error) => {
    gone ??= error;
    onReady(false);
    for (const a of answers.values()) a.reject(error);
    answers.clear();
  };
  worker.on('message', (m: BulkWorkerMessage) => {
    if (m.type === 'ready') {
      loadedDate = m.dataDate;
      onReady(true);
    }
    else if (m.type === 'failed') fail(new Error(m.reason));
    else {
      const buffer = m.bytes.buffer as ArrayBuffer;
      // Once written, the answer's memory goes back to the worker, which fills it again (no new chunk, no page faults).
      const release = () => {
        if (gone) return;
        try {
          worker.postMessage({ type: 'chunk', buffer } satisfies BulkWorkerRequest, [buffer]);
        } catch {
          // A worker already stopped: the memory is simply collected.
        }
      };
      answers.get(m.id)?.resolve({ bytes: m.bytes, counts: m.counts, release });
      answers.delete(m.id);
    }
  });
  worker.on('error', (error) => fail(error));
  worker.on('exit', (code) => fail(new Error(`bulk worker exited (${code})`)));
  return {
    ready,
    dataDate: () => loadedDate,
    judge(lines: readonly HostLine[]): Promise<BulkResult> {
      if (gone) return Promise.reject(gone);
      const id = nextId++;
      const truncated: Array<[number, number]> = [];
      const texts: string[] = new Array(lines.length);
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        texts[i] = line.text;
        if (line.truncated) truncated.push([i, line.number]);
      }
      const message: BulkWorkerRequest = { type: 'judge', id, texts: texts.join('\n'), truncated };
      return new Promise<BulkResult>((resolve, reject) => {
        // A batch takes milliseconds: a worker silent this long is stuck, and its batches go back to the main thread.
        const timer = setTimeout(() => {
          fail(new Error('bulk worker gave no answer'));
          void worker.terminate();
        }, ANSWER_TIMEOUT_MS);
        const settle = <T,>(f: (value: T) => void) => (value: T) => {
          clearTimeout(timer);
          f(value);
        };
        answers.set(id, { resolve: settle(resolve), reject: settle(reject) });
        worker.postMessage(message);
      });
    },
    close() {
      void worker.terminate();
    },
  };
}

/** The worker's file beside this module: the .ts source, or bulk-worker.mjs at the top of dist/cli (this chunk may be in assets/). */
function findWorkerFile(): URL | null {
  const here = import.meta.url;
  const candidates = here.endsWith('.ts') ? ['./bulk-worker.ts'] : ['./bulk-worker.mjs', '../bulk-worker.mjs'];
  for (const relative of candidates) {
    const url = new URL(relative, here);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/**
 * A worker's code that runs the TypeScript source through tsx (a development dependency; from the sources
 * only: tests, benchmarks, `tsx src/cli/main.ts`). Node 20 does not pass a parent's --import loader on to
 * a worker's entry module, so the worker registers tsx itself before importing it.
 */
function throughTsx(file: URL): string {
  // The ESM build of tsx/esm/api, as its package.json exports it (require.resolve would give the CommonJS one).
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exported = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!.import.default;
  const api = pathToFileURL(join(dirname(manifest), exported)).href;
  return `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); })`;
}
