import type { Finding } from '../schemas/finding.ts';
import { msg } from '../message/message.ts';
import type { SecurityTxtFields, TxtResult, TxtSource } from '../schemas/txt-result.ts';
import { buildTxtResult } from './build-txt-result.ts';
import { makeFinding } from './check-catalogue.ts';
import { checkExpiry } from './check-expiry.ts';
import { checkFetchContext, hostOf } from './check-fetch-context.ts';
import { checkSignature, type VerificationKey } from './check-signature.ts';
import { decodeBody } from './decode-body.ts';
import { withContextDefaults, type FetchContext, type ResolvedContext } from './fetch-context.ts';
import { DEFAULT_LIMITS, parseSecurityTxt, type FieldEntry, type ParseLimits, type ParsedSecurityTxt } from './parse-security-txt.ts';

export interface ValidateOptions {
  /** The clock for expiry checks. */
  now: Date;
  /** `expires_soon` threshold (14 days in the corpus). */
  expiresSoonDays?: number;
  maxRedirects?: number;
  /** Report a missing top-level /security.txt (`legacy_location_missing`). */
  requireTopLevelLocation?: boolean;
  limits?: Partial<ParseLimits>;
  /** Public keys to verify a signed file with. */
  keys?: VerificationKey[];
  /** Put the decoded body in `raw`. */
  includeRaw?: boolean;
}

/** Everything except the OpenPGP verification: synchronous, for callers that verify later or not at all. */
export interface Analysis {
  findings: Finding[];
  parsed: ParsedSecurityTxt | null;
  source: TxtSource | null;
  raw: string | null;
}

function normaliseUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** Canonical vs the retrieval URI (initial or final) and the host the file applies to. */
function checkCanonical(fields: SecurityTxtFields, context: ResolvedContext): Finding[] {
  if (fields.canonical.length === 0) return [];
  const out: Finding[] = [];
  const retrievalUrls = [context.retrieved_from, context.final_url].filter((u): u is string => !!u);
  // Equal strings normalise equally: only parse URLs when no Canonical is literally a retrieval URL.
  const literal = fields.canonical.some((c) => retrievalUrls.includes(c));
  const retrieval = literal ? null : new Set(retrievalUrls.map(normaliseUrl));
  if (retrieval !== null && !fields.canonical.some((c) => retrieval.has(normaliseUrl(c)))) {
    out.push(makeFinding('canonical_mismatch', null, msg('detail_retrievedFrom', { url: context.final_url ?? context.retrieved_from })));
  }
  const host = hostOf(context.retrieved_from);
  const others = fields.canonical.map(hostOf).filter((h): h is string => h !== null && h !== host);
  if (others.length > 0) out.push(makeFinding('canonical_other_host', null, msg('detail_parenthesised', { text: [...new Set(others)].slice(0, 3).join(', ') })));
  return out;
}

/** The contract's `source` for an offline context. */
export function sourceFromContext(context: ResolvedContext): TxtSource {
  const pageHost = context.page_host?.toLowerCase() ?? null;
  const host = hostOf(context.retrieved_from) ?? '';
  return {
    retrieved_from: context.retrieved_from,
    final_url: context.final_url ?? context.redirects.at(-1) ?? context.retrieved_from,
    redirects: context.redirects,
    http_status: context.http_status,
    content_type: context.content_type,
    location: context.location,
    applies_to_host: host,
    inherited_from_parent: pageHost !== null && pageHost !== host,
  };
}

/** ASCII whitespace (the ASCII members of the `\s` of looksLikeHtml). */
const isAsciiSpace = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);

/**
 * The text looksLikeHtml sniffs: the decoded first KiB, or '' when the first byte after ASCII whitespace and a
 * BOM is ASCII other than "<" (then nothing can look like HTML, and nothing needs decoding).
 */
function sniffText(bytes: Uint8Array): string {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && i < 1024 && isAsciiSpace(bytes[i]!)) i++;
  const b = bytes[i];
  if (b !== undefined && b < 0x80 && b !== 0x3c) return '';
  return decodeBody(bytes.subarray(0, 1024)).text;
}

/** Fetch, content and clock checks for a body and (optionally) the HTTP facts of its retrieval. Never throws. */
export function analyzeSecurityTxt(bytes: Uint8Array, context: FetchContext | null, options: ValidateOptions): Analysis {
  const resolved = context ? withContextDefaults(context) : null;
  const findings: Finding[] = [];
  let parse = true;
  if (resolved) {
    const fetchCheck = checkFetchContext(resolved, sniffText(bytes), {
      maxRedirects: options.maxRedirects ?? 5,
      requireTopLevelLocation: options.requireTopLevelLocation ?? false,
    });
    findings.push(...fetchCheck.findings);
    parse = fetchCheck.parse;
  }
  const source = resolved ? sourceFromContext(resolved) : null;
  if (!parse) return { findings, parsed: null, source, raw: options.includeRaw ? decodeBody(bytes).text : null };

  const parsed = parseSecurityTxt(bytes, { ...DEFAULT_LIMITS, ...options.limits });
  findings.push(...parsed.findings);
  findings.push(...checkExpiry(parsed.value.expires, options.now, options.expiresSoonDays ?? 14));
  if (resolved) findings.push(...checkCanonical(parsed.value.fields, resolved));
  return { findings, parsed: parsed.value, source, raw: options.includeRaw ? parsed.value.text : null };
}

/**
 * Validates a security.txt body (the offline path of `scopecheck txt --file` and the conformance test):
 * fetch facts from `context`, lenient parse, every content check, expiry at `options.now`, and OpenPGP
 * verification against `options.keys`. Never throws.
 */
export async function validateSecurityTxt(bytes: Uint8Array, context: FetchContext | null, options: ValidateOptions): Promise<TxtResult> {
  const analysis = analyzeSecurityTxt(bytes, context, options);
  return finishValidation(analysis, options.keys ?? []);
}

/** The line of each list field's value (Contact, Encryption, Policy, …), in the order `fields` holds them. */
function listFieldLines(entries: readonly FieldEntry[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const entry of entries) {
    if (!entry.key || !LIST_KEYS.has(entry.key)) continue;
    (out[entry.key] ??= []).push(entry.line);
  }
  return out;
}

const LIST_KEYS: ReadonlySet<string> = new Set(['contact', 'policy', 'encryption', 'canonical', 'acknowledgments', 'hiring', 'csaf']);

/** Runs the signature check on an analysis and assembles the result. */
export async function finishValidation(analysis: Analysis, keys: VerificationKey[]): Promise<TxtResult> {
  if (!analysis.parsed) return previewValidation(analysis);
  const sig = await checkSignature(analysis.parsed.envelope, keys);
  return buildTxtResult({ ...resultParts(analysis), findings: [...analysis.findings, ...sig.findings], signature: sig.signature });
}

/**
 * The result as far as it is known before the signature check (which may wait for a key to be fetched): the
 * fields and every finding but the signature's. For a caller that can act on the fields at once.
 */
export function previewValidation(analysis: Analysis): TxtResult {
  return buildTxtResult(resultParts(analysis));
}

function resultParts(analysis: Analysis) {
  return {
    findings: analysis.findings,
    parsed: analysis.parsed?.fields ?? null,
    ...(analysis.parsed ? { fieldLines: listFieldLines(analysis.parsed.entries) } : {}),
    source: analysis.source,
    raw: analysis.raw ?? undefined,
  };
}
