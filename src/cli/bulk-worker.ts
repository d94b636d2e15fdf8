// A worker thread of `scope --platforms --hosts-file … --json` (run-bulk-batches.ts): it loads the same
// platform index and judges the batches it is sent exactly as the main thread would, answering each with
// its JSON Lines as bytes (transferred, not copied) and its verdict counts.
import { parentPort, workerData } from 'node:worker_threads';
import { compileScope } from '../core/index.ts';
import { createByteCollector } from './create-line-sink.ts';
import { createPlatformBatchWriter } from './create-platform-line-writer.ts';
import { createJsonLineJudge } from './judge-host-line.ts';
import { loadPlatformIndex } from './load-platform-index.ts';
import { loadSay } from './messages.ts';
import type { HostLine } from './read-host-lines.ts';
import type { VerdictCounts } from './run-bulk-batches.ts';
import type { BulkWorkerData, BulkWorkerMessage, BulkWorkerRequest } from './start-bulk-worker.ts';

const port = parentPort;
const post = (message: BulkWorkerMessage, transfer?: ArrayBuffer[]) => port?.postMessage(message, transfer);

async function serve(data: BulkWorkerData): Promise<void> {
  const say = await loadSay(data.lang);
  const platforms = loadPlatformIndex(data.indexFile);
  if (data.dataDate !== null && platforms.data_date !== data.dataDate) throw new Error('the platform index changed since the main thread read it');
  // The blank scope of `scope --platforms` without a document: the only scope the fast path writes for.
  const scope = compileScope({ policy: null, pageHost: data.pageHost, userScope: [] });
  const write = createPlatformBatchWriter(scope, platforms, say, createJsonLineJudge(scope, platforms, say));
  if (!write) throw new Error('no blank scope');
  const sink = createByteCollector();
  port?.on('message', (m: BulkWorkerRequest) => {
    if (m.type === 'chunk') {
      sink.give(Buffer.from(m.buffer));
      return;
    }
    const texts = m.texts.split('\n');
    const lines: HostLine[] = texts.map((text) => ({ text, number: 0, truncated: false }));
    for (const [i, number] of m.truncated) lines[i] = { text: texts[i]!, number, truncated: true };
    const counts: VerdictCounts = { in_scope: 0, out_of_scope: 0, unknown: 0 };
    write(lines, sink, (v) => counts[v]++);
    // The chunk is transferred: it comes back as a 'chunk' message once the main thread has written it.
    const { bytes } = sink.take();
    post({ type: 'result', id: m.id, bytes, counts }, [bytes.buffer as ArrayBuffer]);
  });
  post({ type: 'ready', dataDate: platforms.data_date });
}

serve(workerData as BulkWorkerData).catch((error: unknown) => post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) }));
