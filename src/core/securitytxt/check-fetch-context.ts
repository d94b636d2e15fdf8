import type { Finding } from '../schemas/finding.ts';
import { msg } from '../message/message.ts';
import { makeFinding } from './check-catalogue.ts';
import { schemeOf } from './check-uri.ts';
import type { ResolvedContext } from './fetch-context.ts';
import { hostOf } from '../url/host-of.ts';
import { describeFetchFailure } from '../fetch/describe-fetch-failure.ts';

export interface FetchCheckOptions {
  maxRedirects: number;
  requireTopLevelLocation: boolean;
}

export { hostOf };

/** An HTML page where a text file was expected: sniffed from the first bytes, whatever the headers say. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).replace(/^[\s\uFEFF]+/, '').toLowerCase();
  return /^<(?:!doctype[ \t\r\n]+html|html|head|body|title|meta|script|!--)/.test(head);
}

/** Checks the HTTP facts. `parse` is false when the body must not be read as security.txt. */
export function checkFetchContext(context: ResolvedContext, bodyText: string, options: FetchCheckOptions): { findings: Finding[]; parse: boolean } {
  const findings: Finding[] = [];
  if (context.tls_error) return { findings: [makeFinding('tls_certificate_invalid', null)], parse: false };

  const requestedHost = hostOf(context.retrieved_from);
  const chain = [context.retrieved_from, ...context.redirects, ...(context.final_url ? [context.final_url] : [])];
  if (chain.some((u) => schemeOf(u) === 'http')) findings.push(makeFinding('not_https', null));
  if (context.redirects.length > 0) {
    findings.push(makeFinding('redirect_recorded', null, msg(context.redirects.length === 1 ? 'detail_oneRedirect' : 'detail_redirects', { count: context.redirects.length })));
    const others = context.redirects.filter((u) => {
      const s = schemeOf(u);
      return (s === 'http' || s === 'https') && hostOf(u) !== requestedHost;
    });
    if (others.length > 0) findings.push(makeFinding('redirect_other_host', null, msg('detail_toHost', { host: hostOf(others[0]) ?? others[0]! })));
    const unsupported = context.redirects.find((u) => { const s = schemeOf(u); return s !== 'http' && s !== 'https'; });
    if (unsupported !== undefined) {
      findings.push(makeFinding('redirect_unsupported_scheme', null, msg('detail_parenthesised', { text: unsupported.slice(0, 120) })));
      return { findings, parse: false };
    }
    const max = context.max_redirects ?? options.maxRedirects;
    if (context.redirects.length > max) {
      findings.push(makeFinding('too_many_redirects', null, msg('detail_moreThan', { count: max })));
      return { findings, parse: false };
    }
  }

  if (context.fetch_error) return { findings: [...findings, fetchFailedFinding(context.retrieved_from, context.fetch_error)], parse: false };
  const status = context.http_status;
  if (status === null || status === 404 || status === 410) return { findings: [...findings, makeFinding('fetch_not_found', null)], parse: false };
  if (status !== 200) return { findings: [...findings, makeFinding('fetch_http_error', null, msg('detail_httpStatus', { status }))], parse: false };

  checkContentType(context.content_type, findings);
  const html = looksLikeHtml(bodyText);
  if (html) findings.push(makeFinding('html_response', null));

  if (context.location === 'legacy') findings.push(makeFinding('legacy_location_only', null));
  if (context.legacy_differs) findings.push(makeFinding('legacy_location_differs', null));
  const strict = context.require_top_level_location ?? options.requireTopLevelLocation;
  if (strict && context.location === 'well-known' && context.top_level_status !== 200) findings.push(makeFinding('legacy_location_missing', null));
  const pageHost = context.page_host?.toLowerCase() ?? null;
  if (pageHost && requestedHost && pageHost !== requestedHost) {
    findings.push(makeFinding('scope_parent_domain', null, msg('detail_retrievedFromPageOn', { from: requestedHost, page: pageHost })));
  }
  return { findings, parse: !html };
}

/** `fetch_not_found` in words that say what happened (a timeout, a reset), not "not found". */
function fetchFailedFinding(url: string, what: string): Finding {
  const finding = makeFinding('fetch_not_found', null);
  return { ...finding, message_id: 'finding_fetch_not_found_failed', params: { url: url.slice(0, 200), error: describeFetchFailure(what) } };
}

function checkContentType(contentType: string | null, findings: Finding[]): void {
  if (contentType === 'text/plain; charset=utf-8') return; // the usual header (and the default), all fine
  if (contentType === null) {
    findings.push(makeFinding('content_type_missing', null));
    return;
  }
  const [mediaType = '', ...params] = contentType.split(';');
  if (mediaType.trim().toLowerCase() !== 'text/plain') {
    findings.push(makeFinding('content_type_not_text_plain', null, msg('detail_parenthesised', { text: contentType.slice(0, 80) })));
    return;
  }
  const charset = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('charset='));
  if (charset === undefined) {
    findings.push(makeFinding('charset_missing', null));
    return;
  }
  const value = charset.slice('charset='.length).replace(/^"|"$/g, '').trim().toLowerCase();
  if (value !== 'utf-8' && value !== 'utf8') findings.push(makeFinding('charset_not_utf8', null, msg('detail_parenthesised', { text: value.slice(0, 40) })));
}
