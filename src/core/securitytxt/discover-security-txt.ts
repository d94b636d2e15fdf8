import { fetchSafely } from '../fetch/fetch-safely.ts';
import { msg } from '../message/message.ts';
import type { CoreDeps } from '../fetch/types.ts';
import type { FetchRecord } from '../schemas/fetch-record.ts';
import type { Finding } from '../schemas/finding.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import { buildTxtResult } from './build-txt-result.ts';
import { makeFinding } from './check-catalogue.ts';
import { looksLikeHtml } from './check-fetch-context.ts';
import type { VerificationKey } from './check-signature.ts';
import { decodeBody } from './decode-body.ts';
import type { FetchContext } from './fetch-context.ts';
import { fetchEncryptionKeys } from './fetch-encryption-keys.ts';
import { explainDetachedSignature, findDetachedSignature } from './find-detached-signature.ts';
import { listCandidateHosts } from './list-candidate-hosts.ts';
import { analyzeSecurityTxt, finishValidation, previewValidation, type ValidateOptions } from './validate-security-txt.ts';

export interface DiscoverOptions extends Omit<ValidateOptions, 'includeRaw'> {
  /** Per request (default 10 s). */
  timeoutMs?: number;
  /** Body cap per request (default 64 KiB). */
  maxBytes?: number;
  /** Try http:// when no https candidate answered with a file (default true). */
  httpFallback?: boolean;
  /** Fetch the key named by Encryption to verify a signed file, when `keys` is not given (default true). */
  fetchKeys?: boolean;
  /** For an unsigned file, look for a detached `<file>.asc` signature and explain it (default true). */
  lookForDetachedSignature?: boolean;
  signal?: AbortSignal;
  /**
   * Called once the file is chosen and read, before its signature is checked (a key or a detached signature may
   * still be fetched): the fields, without the signature's findings. The caller can follow the Policy links now.
   */
  onParsed?: (preview: TxtResult) => void;
  /**
   * Called once, as soon as RFC 9116 precedence has chosen an https file (every candidate before it has
   * answered without one), before candidates that rank below it answer: that file's preview, read without its
   * siblings (no legacy-path comparison yet), for following its Policy links a moment sooner; or null when no
   * https candidate has a file (the plain-http fallback may follow). onParsed follows with the complete preview.
   */
  onChosen?: (preview: TxtResult | null) => void;
  /**
   * The signature's key and a detached signature are fetched only once this settles (with onParsed: after the
   * requests the caller makes for the fields, so over HTTP/1.1's six connections per host they never take the
   * place of a request the verdict waits for).
   */
  signatureLookupsAfter?: Promise<unknown>;
}

type Location = 'well-known' | 'legacy';

interface Candidate {
  url: string;
  host: string;
  location: Location;
  record: FetchRecord;
}

const PATHS: Record<Location, string> = { 'well-known': '/.well-known/security.txt', legacy: '/security.txt' };

function isFile(record: FetchRecord): boolean {
  return record.error === null && record.status === 200 && record.body !== null && !looksLikeHtml(decodeBody(record.body.subarray(0, 1024)).text);
}

function outcomeOf(record: FetchRecord): string {
  if (record.error) return `error: ${record.error.kind}`;
  if (record.status === 404 || record.status === 410) return 'not_found';
  if (record.status !== 200) return 'http_error';
  return isFile(record) ? 'file' : 'html';
}

function originFor(page: URL, scheme: 'https' | 'http', host: string): string {
  const port = page.protocol === `${scheme}:` && page.port ? `:${page.port}` : '';
  return `${scheme}://${host}${port}`;
}

/**
 * Every candidate of one scheme, concurrently. The specs are in RFC 9116 precedence order (see `choose`), so
 * `onChosen` gets the winner as soon as it and every candidate before it have answered.
 */
async function fetchCandidates(page: URL, hosts: string[], scheme: 'https' | 'http', deps: CoreDeps, options: DiscoverOptions, onChosen?: (chosen: Candidate) => void): Promise<Candidate[]> {
  const specs = hosts.flatMap((host) => (['well-known', 'legacy'] as const).map((location) => ({ host, location, url: `${originFor(page, scheme, host)}${PATHS[location]}` })));
  const fetchOptions = { timeoutMs: options.timeoutMs ?? 10_000, maxBytes: options.maxBytes ?? 65_536, maxRedirects: options.maxRedirects ?? 5, accept: 'text/plain, */*;q=0.1', ...(options.signal ? { signal: options.signal } : {}) };
  const answered: Array<FetchRecord | undefined> = [];
  let announced = !onChosen;
  const announce = () => {
    for (const [i, spec] of specs.entries()) {
      const record = answered[i];
      if (!record) return;
      if (isFile(record)) {
        announced = true;
        onChosen!({ ...spec, record });
        return;
      }
    }
  };
  const records = await Promise.all(specs.map((s, i) => fetchSafely(s.url, deps, fetchOptions).then((record) => {
    answered[i] = record;
    if (!announced) announce();
    return record;
  })));
  return specs.map((s, i) => ({ ...s, record: records[i]! }));
}

/** RFC 9116 precedence: the closest host first; on each host /.well-known/ before the legacy path. */
function choose(candidates: Candidate[], hosts: string[]): Candidate | undefined {
  for (const host of hosts) {
    for (const location of ['well-known', 'legacy'] as const) {
      const c = candidates.find((x) => x.host === host && x.location === location && isFile(x.record));
      if (c) return c;
    }
  }
  return undefined;
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function contextFor(chosen: Candidate, sibling: Candidate | undefined, pageHost: string, options: DiscoverOptions): FetchContext {
  const r = chosen.record;
  const legacyFile = sibling && isFile(sibling.record) ? sibling.record : null;
  return {
    retrieved_from: r.requested_url,
    final_url: r.final_url,
    redirects: r.redirects,
    http_status: r.status,
    content_type: r.content_type,
    location: chosen.location,
    legacy_differs: chosen.location === 'well-known' && legacyFile !== null && !sameBytes(legacyFile.body, r.body),
    require_top_level_location: options.requireTopLevelLocation ?? false,
    top_level_status: sibling ? sibling.record.status : null,
    tls_error: r.error?.kind === 'tls',
    page_host: pageHost,
    fetch_error: transportFailure(r),
  };
}

/** Why no complete response arrived (timeout, reset, broken response, bad redirect), or null. The body is then not read. */
function transportFailure(record: FetchRecord): string | null {
  const e = record.error;
  if (!e || e.kind === 'tls' || e.kind === 'too_many_redirects' || e.kind === 'unsupported_scheme' || e.kind === 'redirect_loop') return null;
  return e.message;
}

/** Findings the HTTP context cannot express: loops and truncation (failures are the context's `fetch_error`). */
function fetchProblemFindings(record: FetchRecord): Finding[] {
  if (record.truncated) return [makeFinding('file_too_large', null, msg('detail_onlyFirstBytes', { count: record.body?.length ?? 0 }))];
  if (record.error?.kind === 'redirect_loop') return [makeFinding('too_many_redirects', null, msg('detail_redirectLoop', { url: record.redirects[record.redirects.length - 1] ?? record.final_url }))];
  return [];
}

/**
 * The live path: finds, fetches and validates the security.txt that applies to a page. Candidates (the page's
 * host and its parents up to the registrable domain, both locations) are fetched concurrently over https;
 * plain http is tried only if none answered with a file. A parent's file is labelled inherited
 * (`scope_parent_domain`). Never throws.
 */
export async function discoverSecurityTxt(pageUrl: string, deps: CoreDeps, options: DiscoverOptions): Promise<TxtResult> {
  let page: URL;
  try {
    page = new URL(pageUrl);
    if (page.protocol !== 'https:' && page.protocol !== 'http:') throw new Error('not a web URL');
  } catch {
    return buildTxtResult({ findings: [makeFinding('fetch_not_found', null, msg('detail_notWebUrl', { url: pageUrl.slice(0, 200) }))], parsed: null, source: null });
  }
  const pageHost = page.hostname.toLowerCase();
  const hosts = listCandidateHosts(pageHost);
  const onChosen = options.onChosen && ((c: Candidate) => {
    const early = analyzeSecurityTxt(c.record.body ?? new Uint8Array(0), contextFor(c, undefined, pageHost, options), { ...options, includeRaw: false });
    options.onChosen!(previewValidation(early));
  });
  const secure = await fetchCandidates(page, hosts, 'https', deps, options, onChosen);
  let chosen = choose(secure, hosts);
  if (!chosen) options.onChosen?.(null);
  let plain: Candidate[] = [];
  if (!chosen && options.httpFallback !== false) {
    plain = await fetchCandidates(page, hosts, 'http', deps, options);
    chosen = choose(plain, hosts);
  }
  const all = [...secure, ...plain];
  // Nothing found: report the page host's /.well-known/ attempt that got furthest.
  const primary = chosen ?? all.find((c) => c.host === pageHost && c.location === 'well-known' && c.record.status !== null) ?? secure[0]!;
  const origin = new URL(primary.url).origin;
  const sibling = all.find((c) => c.location === 'legacy' && new URL(c.url).origin === origin);
  const context = contextFor(primary, sibling, pageHost, options);
  const analysis = analyzeSecurityTxt(primary.record.body ?? new Uint8Array(0), context, { ...options, includeRaw: primary.record.body !== null });
  analysis.findings.unshift(...fetchProblemFindings(primary.record));
  const attempts = all.map((c) => ({ url: c.url, status: c.record.status, outcome: outcomeOf(c.record) }));
  if (options.onParsed) {
    const preview = previewValidation(analysis);
    if (preview.source) preview.source = { ...preview.source, hops: primary.record.hops, attempts };
    options.onParsed(preview);
  }

  if (options.signatureLookupsAfter) await options.signatureLookupsAfter.catch(() => {});
  let keys: VerificationKey[] = options.keys ?? [];
  const envelope = analysis.parsed?.envelope;
  if (keys.length === 0 && envelope && !envelope.malformed && options.fetchKeys !== false && analysis.parsed) {
    keys = await fetchEncryptionKeys(analysis.parsed.fields.encryption, deps, options);
  }
  const detached = analysis.parsed && !envelope && options.lookForDetachedSignature !== false
    ? findDetachedSignature(primary.record.final_url ?? primary.record.requested_url, deps, options)
    : Promise.resolve(null);
  const [result, ascUrl] = await Promise.all([finishValidation(analysis, keys), detached]);
  if (ascUrl) result.findings = explainDetachedSignature(result.findings, ascUrl);
  if (result.source) {
    result.source.hops = primary.record.hops;
    result.source.attempts = attempts;
  }
  return result;
}
