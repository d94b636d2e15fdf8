import { decodeDocument } from '../document/decode-document.ts';
import { sniffFormat } from '../document/sniff-format.ts';
import { fetchSafely } from '../fetch/fetch-safely.ts';
import type { CoreDeps } from '../fetch/types.ts';
import type { FetchRecord } from '../schemas/fetch-record.ts';
import type { PolicyResult, PolicySource } from '../schemas/policy-result.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import { diodbPolicyResult } from '../diodb/diodb-policy-result.ts';
import type { DiodbIndex } from '../diodb/diodb-index.ts';
import { findDiodbPrograms } from '../diodb/find-diodb-programs.ts';
import { extractPolicy } from './extract-policy.ts';
import { listPolicyCandidates, type PageLink, type PolicyCandidate } from './list-policy-candidates.ts';
import { scorePolicyLikeness } from './score-policy-likeness.ts';

export interface DiscoverPolicyOptions {
  /** Per request (connect, headers and body). */
  timeoutMs: number;
  /** Body cap per candidate; default 2 MiB. */
  maxBytes?: number;
  /** The bundled disclose.io index, for the "nothing published" fallback; null to skip it. */
  diodb?: DiodbIndex | null;
  /** Probe common paths on the page's origin (default true). */
  commonPaths?: boolean;
  /** Fetch priority of the candidates (see SafeFetchOptions.priority). */
  priority?: 'high' | 'low';
  signal?: AbortSignal;
}

export interface DiscoveredPolicy {
  policy: PolicyResult | null;
  /** Every candidate tried, in order of preference, with what it returned. */
  sources: PolicySource[];
}

const MAX_BYTES = 2 * 1024 * 1024;
const MIN_LIKENESS = 4;
const ACCEPT = 'text/markdown, text/html;q=0.9, text/plain;q=0.8, */*;q=0.1';

interface Fetched {
  candidate: PolicyCandidate;
  record: FetchRecord;
  source: PolicySource;
  likeness: number;
  readable: boolean;
}

function judge(candidate: PolicyCandidate, record: FetchRecord): Fetched {
  const source: PolicySource = { url: candidate.url, found_by: candidate.found_by, status: record.status, format: 'unknown' };
  const fail = (note: string): Fetched => ({ candidate, record, source: { ...source, note }, likeness: 0, readable: false });
  if (record.error) return fail(`${record.error.kind}: ${record.error.message}`);
  if (record.status === null || record.status < 200 || record.status > 299) return fail(`HTTP ${record.status ?? '?'}`);
  if (!record.body || record.body.length === 0) return fail('empty response');
  const decoded = decodeDocument(record.body, record.content_type);
  const format = decoded.pdf ? 'pdf' : decoded.binary ? 'unknown' : sniffFormat(decoded.text, record.content_type, record.final_url);
  source.format = format;
  if (record.final_url !== candidate.url) source.note = `redirected to ${record.final_url}`;
  if (format === 'pdf') return { candidate, record, source: { ...source, note: 'a PDF: not read, open it yourself' }, likeness: MIN_LIKENESS, readable: false };
  if (format === 'unknown') return fail('not text');
  // The site's own security.txt naming a document as its policy is itself one cue of a policy; an error page
  // behind such a link still scores far too low (its soft-404 wording costs three).
  const likeness = scorePolicyLikeness(decoded.text) + (candidate.found_by === 'securitytxt_policy' ? 1 : 0);
  if (likeness < MIN_LIKENESS) return { candidate, record, source: { ...source, note: 'does not read like a disclosure policy' }, likeness, readable: false };
  return { candidate, record, source, likeness, readable: true };
}

/** The best policy document of one round, not yet read, and every candidate tried. */
export interface FoundPolicyDocument {
  /** `priority`: the candidate's trust (lower is better), to compare the best of several rounds. */
  best: { record: FetchRecord; source: PolicySource; priority: number } | null;
  sources: PolicySource[];
}

/**
 * One concurrent round over the policy candidates of a page (listPolicyCandidates, or `candidates` when
 * given), each fetched with fetchSafely (time, size and redirect bounds): the most trusted candidate that reads
 * like a policy, else a PDF (reported, not read). Nothing is extracted here. Never throws.
 */
export async function findPolicyDocument(
  pageUrl: string,
  input: { txt: TxtResult | null; pageLinks?: PageLink[]; candidates?: PolicyCandidate[] },
  deps: CoreDeps,
  options: DiscoverPolicyOptions,
): Promise<FoundPolicyDocument> {
  const candidates = (input.candidates ?? listPolicyCandidates(pageUrl, input))
    .filter((c) => options.commonPaths !== false || c.found_by !== 'common_path');
  const fetchOptions = { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes ?? MAX_BYTES, maxRedirects: 5, accept: ACCEPT, ...(options.priority ? { priority: options.priority } : {}), ...(options.signal ? { signal: options.signal } : {}) };
  const results = await Promise.all(candidates.map(async (candidate) => judge(candidate, await fetchSafely(candidate.url, deps, fetchOptions))));
  const sources = results.map((r) => r.source);
  const readable = results.filter((r) => r.readable).sort((a, b) => a.candidate.priority - b.candidate.priority || b.likeness - a.likeness);
  const best = readable[0] ?? results.find((r) => r.source.format === 'pdf');
  return { best: best ? { record: best.record, source: best.source, priority: best.candidate.priority } : null, sources };
}

/** Reads a found policy document: extraction, its source marked `chosen`, and a note when it was cut. */
export function readPolicyDocument(found: { record: FetchRecord; source: PolicySource }, now: Date): PolicyResult {
  const { record, source } = found;
  const policy = extractPolicy(
    { body: record.body ?? new Uint8Array(0), contentType: record.content_type, url: record.final_url },
    { baseUrl: record.final_url, now },
  );
  source.note = source.note ? `${source.note}; chosen` : 'chosen';
  policy.source = source;
  if (record.truncated) (policy.notes ??= []).push('The policy was cut at the size limit.');
  return policy;
}

/**
 * Finds and reads the disclosure policy for a page in one round (findPolicyDocument, then
 * readPolicyDocument). When nothing is published, the disclose.io database may name the organisation's
 * programme, labelled as community data. Never throws. The pipeline (core/check/find-sources.ts) runs the
 * rounds itself; this is the one-round form for tests and benchmarks.
 */
export async function discoverPolicy(
  pageUrl: string,
  input: { txt: TxtResult | null; pageLinks?: PageLink[] },
  deps: CoreDeps,
  options: DiscoverPolicyOptions,
): Promise<DiscoveredPolicy> {
  const { best, sources } = await findPolicyDocument(pageUrl, input, deps, options);
  if (best) return { policy: readPolicyDocument(best, deps.now()), sources };
  let host = '';
  try {
    host = new URL(pageUrl).hostname;
  } catch {
    return { policy: null, sources };
  }
  const program = options.diodb ? findDiodbPrograms(host, options.diodb)[0] : undefined;
  if (!program || !options.diodb) return { policy: null, sources };
  const fallback = diodbPolicyResult(program, options.diodb);
  return { policy: fallback.policy, sources: [...sources, fallback.source] };
}
