// Frozen copy of Scopecheck's security.txt validator at commit dbf00cf (bench/baseline/build-baseline.mjs). Do not edit.

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/check-catalogue.ts
var CHECK_CATALOGUE = {
  fetch_not_found: { severity: "error", message: "No security.txt was found at /.well-known/security.txt nor at /security.txt.", fix: "Publish the file at https://<host>/.well-known/security.txt (RFC 9116 \xA73)." },
  fetch_http_error: { severity: "error", message: "The server answered with an HTTP error instead of the file.", fix: "Serve the file with status 200." },
  legacy_location_only: { severity: "error", message: "The file exists only at the legacy /security.txt location.", fix: "Move it to /.well-known/security.txt; the top-level path may redirect there (RFC 9116 \xA73)." },
  legacy_location_differs: { severity: "warning", message: "/security.txt and /.well-known/security.txt both exist with different content; the /.well-known/ one is used.", fix: "Serve one file, or redirect /security.txt to /.well-known/security.txt." },
  legacy_location_missing: { severity: "info", message: "There is no top-level /security.txt (nor a redirect to the /.well-known/ file).", fix: "Optionally redirect /security.txt to /.well-known/security.txt for older tools." },
  not_https: { severity: "error", message: "The file, or a hop of its redirect chain, was fetched over plain http://.", fix: "Serve the file (and every redirect) over https:// only (RFC 9116 \xA73)." },
  tls_certificate_invalid: { severity: "error", message: "The TLS certificate did not validate.", fix: "Install a certificate that is valid for this host name." },
  content_type_missing: { severity: "error", message: "The response has no Content-Type header.", fix: "Send Content-Type: text/plain; charset=utf-8." },
  content_type_not_text_plain: { severity: "error", message: "The media type is not text/plain.", fix: "Send Content-Type: text/plain; charset=utf-8." },
  charset_missing: { severity: "warning", message: "Content-Type is text/plain without a charset parameter.", fix: "Send Content-Type: text/plain; charset=utf-8." },
  charset_not_utf8: { severity: "error", message: "The declared charset is not utf-8.", fix: "Encode the file as UTF-8 and send charset=utf-8." },
  html_response: { severity: "error", message: 'The server returned an HTML page (a "soft 404"), not a security.txt file; it was not parsed.', fix: "Answer 404 when there is no file, or publish a real text/plain security.txt." },
  redirect_recorded: { severity: "info", message: "The request was redirected; the chain is shown.", fix: "Nothing to do; make sure every hop stays on https and on hosts you control." },
  redirect_other_host: { severity: "warning", message: "A redirect leaves the requested host.", fix: "Check that the other host belongs to the same organisation; the file only applies to the host it was retrieved for." },
  too_many_redirects: { severity: "error", message: "Too many redirects; the file was not read.", fix: "Serve the file directly or with at most a few redirects." },
  redirect_unsupported_scheme: { severity: "error", message: "A redirect points to a non-http(s) URL; it was not followed.", fix: "Redirect only to https:// URLs." },
  scope_parent_domain: { severity: "warning", message: "This file was retrieved from another host than the page; it only applies to the host it came from (RFC 9116 \xA73.1).", fix: "Publish a security.txt on every host you want covered, or confirm the scope with the organisation." },
  not_utf8: { severity: "error", message: "The body is not valid UTF-8; invalid bytes were replaced.", fix: "Save the file as UTF-8 (RFC 9116 \xA74)." },
  bom_present: { severity: "error", message: "The file starts with a UTF-8 byte order mark.", fix: "Save the file as UTF-8 without BOM." },
  missing_final_newline: { severity: "error", message: "The last line is not terminated by a line break.", fix: "End the file with a newline (RFC 9116 \xA72.2)." },
  bare_cr_line_ending: { severity: "error", message: "The line ends with a bare CR (classic Mac line ending).", fix: "Use LF or CRLF line endings." },
  invalid_line: { severity: "error", message: 'The line is neither a comment nor a "Name: value" field.', fix: 'Start comments with "#" and write fields as "Name: value".' },
  leading_whitespace: { severity: "error", message: "The line starts with whitespace.", fix: "Remove the spaces or tabs at the start of the line." },
  whitespace_before_colon: { severity: "error", message: "There is whitespace between the field name and the colon.", fix: 'Write "Name: value" with the colon right after the name.' },
  missing_space_after_colon: { severity: "error", message: "The colon is not followed by exactly one space.", fix: 'Write "Name: value" with one space after the colon.' },
  empty_field_name: { severity: "error", message: "The line has nothing before the colon.", fix: 'Give the field a name, or make the line a comment with "#".' },
  empty_field_value: { severity: "error", message: "The field has an empty value and was ignored.", fix: "Give the field a value or remove the line." },
  invalid_field_name: { severity: "error", message: "The field name contains characters that are not allowed (spaces, non-ASCII, \u2026); the line was ignored.", fix: "Use a registered field name such as Contact, Expires, Policy." },
  invalid_comment_characters: { severity: "error", message: "The comment contains a control character.", fix: "Remove control characters from the comment." },
  invalid_value_characters: { severity: "error", message: "The value contains a control character.", fix: "Remove control characters from the value." },
  file_too_large: { severity: "warning", message: "The file is larger than 32 KiB.", fix: "Keep the file short: link to longer documents instead (RFC 9116 \xA75.4)." },
  too_many_lines: { severity: "warning", message: "The file has more than 1,000 lines.", fix: "Keep the file short (RFC 9116 \xA75.4)." },
  field_too_long: { severity: "warning", message: "The field line is longer than 2,048 characters.", fix: "Shorten the value (RFC 9116 \xA75.4)." },
  unknown_field: { severity: "info", message: "The field is not defined by RFC 9116 nor in the IANA registry; readers ignore it.", fix: "Remove it, or check its spelling." },
  possible_field_typo: { severity: "warning", message: "This unknown field name looks like a misspelt registered name.", fix: "Use the registered spelling." },
  legacy_draft_field: { severity: "info", message: "This field comes from a pre-RFC draft of security.txt and is ignored today.", fix: "Remove it or replace it with its RFC 9116 equivalent." },
  multiple_values_chained: { severity: "warning", message: "Several values are chained in one field.", fix: "Put each value on its own line (RFC 9116 \xA72)." },
  invalid_uri: { severity: "error", message: "The value is not a valid absolute URI.", fix: "Write a full URI such as https://example.com/page or mailto:security@example.com." },
  uri_not_https: { severity: "error", message: "A web URI uses http:// instead of https://.", fix: "Use https:// (RFC 9116 \xA72.5)." },
  uri_dangerous_scheme: { severity: "error", message: "The URI uses a dangerous scheme (javascript:, data:, vbscript:, file:, blob:); it is never shown as a link.", fix: "Use an https:, mailto: or tel: URI." },
  contact_unusual_scheme: { severity: "info", message: "The Contact uses a scheme other than mailto:, tel: or https:.", fix: "Consider also offering an https:, mailto: or tel: contact." },
  encryption_unusual_scheme: { severity: "info", message: "The Encryption URI uses a scheme other than https:, dns: or openpgp4fpr:.", fix: "Consider an https:// URL to the key." },
  encryption_inline_key: { severity: "error", message: "The Encryption field holds key material instead of a URI.", fix: "Publish the key and link to it, e.g. Encryption: https://example.com/pgp-key.txt or openpgp4fpr:<fingerprint>." },
  uri_unregistered_well_known: { severity: "warning", message: "The URI points into /.well-known/ with a name that is not registered at IANA.", fix: "Move the document out of /.well-known/ (RFC 8615, RFC 9116 \xA76)." },
  mailto_without_encryption: { severity: "info", message: "A mailto: contact is given but no Encryption key.", fix: "Add an Encryption field so researchers can send encrypted reports (RFC 9116 \xA72.5.3)." },
  missing_contact: { severity: "error", message: "There is no Contact field.", fix: "Add at least one Contact: line (RFC 9116 \xA72.5.3)." },
  missing_expires: { severity: "error", message: "There is no Expires field.", fix: "Add an Expires: line with a date less than a year ahead (RFC 9116 \xA72.5.5)." },
  multiple_expires: { severity: "error", message: "Expires appears more than once; only the first is used.", fix: "Keep a single Expires field." },
  multiple_preferred_languages: { severity: "error", message: "Preferred-Languages appears more than once; only the first is used.", fix: "List all languages in a single Preferred-Languages field." },
  multiple_bug_bounty: { severity: "error", message: "Bug-Bounty appears more than once; only the first is used.", fix: "Keep a single Bug-Bounty field." },
  multiple_csaf: { severity: "warning", message: "There is more than one CSAF field.", fix: "List one CSAF provider-metadata.json (CSAF 2.0 \xA77.1.8)." },
  expires_invalid_format: { severity: "error", message: "Expires is not an RFC 3339 date-time.", fix: "Write it like 2027-06-30T23:59:59Z." },
  expires_rfc5322_format: { severity: "error", message: "Expires uses the old RFC 5322 date format of the drafts.", fix: "Write it in RFC 3339 format, like 2027-06-30T23:59:59Z." },
  expired: { severity: "error", message: "The file has expired; its content should not be trusted.", fix: "Review the file and set a new Expires date." },
  expires_too_far: { severity: "warning", message: "Expires is more than one year ahead.", fix: "Set Expires less than a year ahead and review the file regularly (RFC 9116 \xA72.5.5)." },
  expires_soon: { severity: "info", message: "The file expires soon.", fix: "Review the file and move the Expires date." },
  invalid_language_tag: { severity: "error", message: "A Preferred-Languages value is not a valid language tag.", fix: "Use RFC 5646 tags such as en, nl, pt-BR, separated by commas." },
  preferred_languages_wrong_separator: { severity: "error", message: "Languages are separated by something other than commas.", fix: 'Separate languages with commas: "en, nl".' },
  preferred_languages_empty: { severity: "error", message: "Preferred-Languages lists no language.", fix: "List at least one language tag, or remove the field." },
  language_tag_country_code: { severity: "warning", message: "A country code is used where a language code belongs.", fix: "Use the language code (cz\u2192cs, jp\u2192ja, dk\u2192da, gr\u2192el, ua\u2192uk, cn\u2192zh, us/gb\u2192en, rs\u2192sr)." },
  csaf_not_provider_metadata: { severity: "error", message: "The CSAF URI does not name a provider-metadata.json file.", fix: "Point CSAF at \u2026/provider-metadata.json (CSAF 2.0 \xA77.1.8)." },
  csaf_well_known_not_first: { severity: "warning", message: "The /.well-known/csaf/provider-metadata.json URL is not the first CSAF entry.", fix: "List the /.well-known/csaf/ URL first." },
  bug_bounty_invalid_value: { severity: "error", message: "Bug-Bounty must be True or False.", fix: 'Write "Bug-Bounty: True" or "Bug-Bounty: False".' },
  bug_bounty_wrong_case: { severity: "warning", message: "Bug-Bounty is written in the wrong case.", fix: 'Write "True" or "False" with a capital letter.' },
  canonical_mismatch: { severity: "warning", message: "No Canonical URI equals the address the file was retrieved from.", fix: "List the file's own URL in Canonical; a mismatch means the file may have been copied (RFC 9116 \xA72.5.2)." },
  canonical_other_host: { severity: "info", message: "Canonical lists URIs on other hosts; this file still applies only to the host it was retrieved from.", fix: "Publish a copy on each host you want covered." },
  no_canonical: { severity: "info", message: "The file has no Canonical field.", fix: "Add Canonical: with the file's own https URL." },
  no_policy: { severity: "info", message: "The file has no Policy field.", fix: "Link to your disclosure policy with a Policy: field." },
  not_signed: { severity: "info", message: "The file is not OpenPGP-signed.", fix: "Sign it as an OpenPGP cleartext message (RFC 9116 \xA72.3)." },
  signed_no_canonical: { severity: "warning", message: "The file is signed but has no Canonical field, so the signed copy could be replayed elsewhere.", fix: "Add Canonical: with the file's URL and sign again (RFC 9116 \xA72.3)." },
  signature_invalid: { severity: "error", message: "The OpenPGP signature does not verify: the content was changed or signed by another key.", fix: "Do not trust this content; ask the organisation for a correctly signed file." },
  signature_key_unavailable: { severity: "info", message: "The file is signed, but the signer's key was not available, so its authenticity is unknown.", fix: "Give the key with --key, or publish it at the Encryption URL." },
  signature_malformed: { severity: "error", message: "The OpenPGP signature envelope is broken.", fix: "Sign the file again with `gpg --clearsign`." },
  signed_header_not_first: { severity: "error", message: 'Something precedes "-----BEGIN PGP SIGNED MESSAGE-----".', fix: "Make the signed-message header the very first line." },
  signed_missing_hash_header: { severity: "error", message: 'The signed message has no "Hash:" armor header.', fix: "Sign the file again with `gpg --clearsign`." },
  data_after_signature: { severity: "error", message: "There is unsigned content after the signature; it was not used.", fix: 'Remove everything after "-----END PGP SIGNATURE-----".' },
  trailing_newlines_after_signature: { severity: "warning", message: "There are extra empty lines after the signature.", fix: 'End the file right after "-----END PGP SIGNATURE-----" and its newline.' }
};
function makeFinding(id, line, detail) {
  const spec = CHECK_CATALOGUE[id];
  return { id, severity: spec.severity, line, message: detail ? `${spec.message} ${detail}` : spec.message, fix: spec.fix };
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/parse-expires.ts
var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;
var MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
var RFC5322 = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun),[ \\t]*)?\\d{1,2}[ \\t]+(?:${MONTHS})[ \\t]+\\d{2,4}[ \\t]+\\d{2}:\\d{2}(?::\\d{2})?(?:[ \\t]+(?:[+-]\\d{4}|[a-z]{1,5}))?$`,
  "i"
);
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
function parseExpires(value) {
  const m = RFC3339.exec(value);
  if (!m) return RFC5322.test(value) ? { kind: "rfc5322" } : { kind: "invalid" };
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  const y = year, mo = month, d = day, h = hour, mi = minute, s = second;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60) return { kind: "invalid" };
  let offsetMinutes = 0;
  if (m[9]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return { kind: "invalid" };
    offsetMinutes = (m[9] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const date2 = /* @__PURE__ */ new Date(0);
  date2.setUTCFullYear(y, mo - 1, d);
  date2.setUTCHours(h, mi, s, 0);
  const wholeSeconds = date2.getTime() - offsetMinutes * 6e4;
  let fraction = m[7] ?? "";
  let keep = fraction.length;
  while (keep > 1 && fraction.charCodeAt(keep - 1) === 48) keep--;
  fraction = fraction.slice(0, keep);
  const fractionMs = fraction.length > 1 ? Number(`0${fraction}`) * 1e3 : 0;
  const iso = new Date(wholeSeconds).toISOString().slice(0, 19);
  return { kind: "rfc3339", epochMs: wholeSeconds + fractionMs, utc: `${iso}${fraction.length > 1 ? fraction : ""}Z` };
}
function addOneYear(now) {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.getTime();
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/check-expiry.ts
var DAY_MS = 864e5;
function checkExpiry(expires, now, soonDays) {
  if (!expires || expires.parsed.kind !== "rfc3339") return [];
  const at = expires.parsed.epochMs;
  const nowMs = now.getTime();
  const days = (ms) => Math.round(Math.abs(ms) / DAY_MS);
  if (at < nowMs) return [makeFinding("expired", expires.line, `(${expires.parsed.utc}, ${days(nowMs - at)} days ago)`)];
  if (at > addOneYear(now)) return [makeFinding("expires_too_far", expires.line, `(${expires.parsed.utc})`)];
  if (at - nowMs <= soonDays * DAY_MS) return [makeFinding("expires_soon", expires.line, `(${expires.parsed.utc}, in ${days(at - nowMs)} days)`)];
  return [];
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/check-fetch-context.ts
function hostOf(url) {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}
var schemeOf = (url) => /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase() ?? null;
function looksLikeHtml(text) {
  const head = text.slice(0, 1024).replace(/^[\s\uFEFF]+/, "").toLowerCase();
  return /^<(?:!doctype[ \t\r\n]+html|html|head|body|title|meta|script|!--)/.test(head);
}
function checkFetchContext(context, bodyText, options) {
  const findings = [];
  if (context.tls_error) return { findings: [makeFinding("tls_certificate_invalid", null)], parse: false };
  const requestedHost = hostOf(context.retrieved_from);
  const chain = [context.retrieved_from, ...context.redirects, ...context.final_url ? [context.final_url] : []];
  if (chain.some((u) => schemeOf(u) === "http")) findings.push(makeFinding("not_https", null));
  if (context.redirects.length > 0) {
    findings.push(makeFinding("redirect_recorded", null, `(${context.redirects.length} redirect${context.redirects.length === 1 ? "" : "s"})`));
    const others = context.redirects.filter((u) => {
      const s = schemeOf(u);
      return (s === "http" || s === "https") && hostOf(u) !== requestedHost;
    });
    if (others.length > 0) findings.push(makeFinding("redirect_other_host", null, `(to ${hostOf(others[0])})`));
    const unsupported = context.redirects.find((u) => {
      const s = schemeOf(u);
      return s !== "http" && s !== "https";
    });
    if (unsupported !== void 0) {
      findings.push(makeFinding("redirect_unsupported_scheme", null, `(${unsupported.slice(0, 120)})`));
      return { findings, parse: false };
    }
    const max = context.max_redirects ?? options.maxRedirects;
    if (context.redirects.length > max) {
      findings.push(makeFinding("too_many_redirects", null, `(more than ${max})`));
      return { findings, parse: false };
    }
  }
  if (context.fetch_error) return { findings: [...findings, fetchFailedFinding(context.retrieved_from, context.fetch_error)], parse: false };
  const status = context.http_status;
  if (status === null || status === 404 || status === 410) return { findings: [...findings, makeFinding("fetch_not_found", null)], parse: false };
  if (status !== 200) return { findings: [...findings, makeFinding("fetch_http_error", null, `(HTTP ${status})`)], parse: false };
  checkContentType(context.content_type, findings);
  const html = looksLikeHtml(bodyText);
  if (html) findings.push(makeFinding("html_response", null));
  if (context.location === "legacy") findings.push(makeFinding("legacy_location_only", null));
  if (context.legacy_differs) findings.push(makeFinding("legacy_location_differs", null));
  const strict = context.require_top_level_location ?? options.requireTopLevelLocation;
  if (strict && context.location === "well-known" && context.top_level_status !== 200) findings.push(makeFinding("legacy_location_missing", null));
  const pageHost = context.page_host?.toLowerCase() ?? null;
  if (pageHost && requestedHost && pageHost !== requestedHost) {
    findings.push(makeFinding("scope_parent_domain", null, `(retrieved from ${requestedHost}, page on ${pageHost})`));
  }
  return { findings, parse: !html };
}
function fetchFailedFinding(url, what) {
  const finding = makeFinding("fetch_not_found", null);
  return { ...finding, message: `No security.txt could be read from ${url.slice(0, 200)}: ${what.slice(0, 300)}.` };
}
function checkContentType(contentType, findings) {
  if (contentType === null) {
    findings.push(makeFinding("content_type_missing", null));
    return;
  }
  const [mediaType = "", ...params] = contentType.split(";");
  if (mediaType.trim().toLowerCase() !== "text/plain") {
    findings.push(makeFinding("content_type_not_text_plain", null, `(${contentType.slice(0, 80)})`));
    return;
  }
  const charset = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith("charset="));
  if (charset === void 0) {
    findings.push(makeFinding("charset_missing", null));
    return;
  }
  const value = charset.slice("charset=".length).replace(/^"|"$/g, "").trim().toLowerCase();
  if (value !== "utf-8" && value !== "utf8") findings.push(makeFinding("charset_not_utf8", null, `(${value.slice(0, 40)})`));
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/decode-body.ts
function decodeBody(bytes) {
  let text;
  let notUtf8 = false;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    notUtf8 = true;
    text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
  }
  const bom = text.charCodeAt(0) === 65279;
  return { text: bom ? text.slice(1) : text, notUtf8, bom };
}

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/fetch-context.ts
var FetchContextSchema = object({
  retrieved_from: string2(),
  final_url: optional(nullable(string2())),
  redirects: optional(array(string2())),
  http_status: optional(nullable(number2())),
  content_type: optional(nullable(string2())),
  location: optional(_enum(["well-known", "legacy"])),
  legacy_differs: optional(boolean2()),
  require_top_level_location: optional(boolean2()),
  top_level_status: optional(nullable(number2())),
  tls_error: optional(boolean2()),
  max_redirects: optional(number2()),
  page_host: optional(nullable(string2())),
  verification_key: optional(nullable(string2())),
  /** The retrieval failed after or instead of the headers (timeout, reset, broken response): what happened. The body is not read. */
  fetch_error: optional(nullable(string2()))
});
function withContextDefaults(context) {
  return {
    ...context,
    redirects: context.redirects ?? [],
    http_status: context.http_status === void 0 ? 200 : context.http_status,
    content_type: context.content_type === void 0 ? "text/plain; charset=utf-8" : context.content_type,
    location: context.location ?? "well-known"
  };
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/check-uri.ts
var UNRESERVED_OR_SUBDELIM = /^[A-Za-z0-9\-._~!$&'()*+,;=]$/;
var DANGEROUS_SCHEMES = /* @__PURE__ */ new Set(["javascript", "data", "vbscript", "file", "blob"]);
function isDangerousScheme(scheme) {
  return scheme !== null && DANGEROUS_SCHEMES.has(scheme);
}
function isHex(c) {
  return c !== void 0 && /^[0-9A-Fa-f]$/.test(c);
}
function allowedChars(text, extra) {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "%") {
      if (!isHex(text[i + 1]) || !isHex(text[i + 2])) return false;
      i += 2;
    } else if (!UNRESERVED_OR_SUBDELIM.test(c) && !extra.includes(c)) {
      return false;
    }
  }
  return true;
}
function checkAuthority(authority) {
  const at = authority.lastIndexOf("@");
  const userinfo = at === -1 ? "" : authority.slice(0, at);
  const hostPort = at === -1 ? authority : authority.slice(at + 1);
  if (!allowedChars(userinfo, ":")) return { ok: false, host: "" };
  let host;
  let port;
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close === -1) return { ok: false, host: "" };
    host = hostPort.slice(0, close + 1);
    if (!/^\[[0-9A-Fa-f:.]+\]$|^\[v[0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+\]$/.test(host)) return { ok: false, host: "" };
    const rest = hostPort.slice(close + 1);
    if (rest !== "" && !rest.startsWith(":")) return { ok: false, host: "" };
    port = rest.slice(1);
  } else {
    const colon = hostPort.indexOf(":");
    host = colon === -1 ? hostPort : hostPort.slice(0, colon);
    port = colon === -1 ? "" : hostPort.slice(colon + 1);
    if (!allowedChars(host, "")) return { ok: false, host: "" };
  }
  if (!/^[0-9]*$/.test(port)) return { ok: false, host: "" };
  return { ok: true, host: host.toLowerCase() };
}
function checkUri(value) {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value);
  if (!m) return { scheme: null, valid: false, host: null, path: null };
  const scheme = m[1].toLowerCase();
  let rest = value.slice(m[0].length);
  const invalid = { scheme, valid: false, host: null, path: null };
  const hash = rest.indexOf("#");
  if (hash !== -1) {
    if (!allowedChars(rest.slice(hash + 1), ":@/?")) return invalid;
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf("?");
  if (question !== -1) {
    if (!allowedChars(rest.slice(question + 1), ":@/?")) return invalid;
    rest = rest.slice(0, question);
  }
  let host = null;
  let path = rest;
  if (rest.startsWith("//")) {
    const slash = rest.indexOf("/", 2);
    const authority = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
    path = slash === -1 ? "" : rest.slice(slash);
    const a = checkAuthority(authority);
    if (!a.ok) return invalid;
    host = a.host;
  }
  if (!allowedChars(path, ":@/")) return invalid;
  if ((scheme === "http" || scheme === "https") && !host) return { scheme, valid: false, host, path };
  return { scheme, valid: true, host, path: host === null ? null : path };
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/find-mailto-header-injection.ts
var SAFE_HEADERS = /* @__PURE__ */ new Set(["subject", "body"]);
var MAX_NAMES_REPORTED = 3;
function encodedLineBreakAt(text) {
  for (let i = text.indexOf("%"); i !== -1; i = text.indexOf("%", i + 1)) {
    if (text[i + 1] === "0") {
      const c = text[i + 2];
      if (c === "d" || c === "D" || c === "a" || c === "A") return i;
    }
  }
  return -1;
}
function decodeName(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const hex = c === "%" ? text.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 2;
    } else {
      out += c;
    }
  }
  return out.toLowerCase();
}
function quote(text) {
  let flat = "";
  for (const c of text.slice(0, 80)) flat += c < " " || c === "\x7F" ? " " : c;
  flat = flat.trim();
  return `"${flat.length > 40 ? `${flat.slice(0, 39)}\u2026` : flat}"`;
}
function findMailtoHeaderInjection(value) {
  if (value.slice(0, 7).toLowerCase() !== "mailto:") return null;
  let rest = value.slice(7);
  const hash = rest.indexOf("#");
  if (hash !== -1) rest = rest.slice(0, hash);
  const question = rest.indexOf("?");
  const addresses = question === -1 ? rest : rest.slice(0, question);
  if (encodedLineBreakAt(addresses) !== -1) return "an encoded line break (%0D/%0A) in the address part starts a new mail header";
  if (question === -1) return null;
  const unsafe = [];
  for (const field of rest.slice(question + 1).split("&")) {
    if (field === "") continue;
    const eq = field.indexOf("=");
    const rawName = eq === -1 ? field : field.slice(0, eq);
    if (encodedLineBreakAt(rawName) !== -1) return `an encoded line break (%0D/%0A) in the header name ${quote(decodeName(rawName))} starts a new mail header`;
    const name = decodeName(rawName);
    if (!SAFE_HEADERS.has(name)) {
      if (unsafe.length < MAX_NAMES_REPORTED && !unsafe.includes(name)) unsafe.push(name);
      continue;
    }
    if (name === "subject" && eq !== -1 && encodedLineBreakAt(field.slice(eq + 1)) !== -1) {
      return "an encoded line break (%0D/%0A) in the subject starts a new mail header";
    }
  }
  if (unsafe.length > 0) return `it sets the header${unsafe.length === 1 ? "" : "s"} ${unsafe.map(quote).join(", ")}; only subject and body are safe`;
  return null;
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/well-known-uris.ts
var REGISTERED_WELL_KNOWN = /* @__PURE__ */ new Set([
  "acme-challenge",
  "amphtml",
  "api-catalog",
  "appspecific",
  "apple-app-site-association",
  "apple-developer-merchantid-domain-association",
  "ashrae",
  "assetlinks.json",
  "brski",
  "caldav",
  "carddav",
  "change-password",
  "cmp",
  "coap",
  "core",
  "csaf",
  "csaf-aggregator",
  "csvm",
  "did.json",
  "did-configuration.json",
  "dnt",
  "dnt-policy.txt",
  "dots",
  "ecips",
  "edhoc",
  "enterprise-network-security",
  "enterprise-transport-security",
  "est",
  "genid",
  "gnap-as-rs",
  "gpc.json",
  "hoba",
  "host-meta",
  "host-meta.json",
  "hosting-provider",
  "http-opportunistic",
  "idp-proxy",
  "jmap",
  "keybase.txt",
  "knx",
  "lnurlp",
  "looking-glass",
  "masque",
  "matrix",
  "mercure",
  "mta-sts.txt",
  "mud",
  "nfv-oauth-server-configuration",
  "ni",
  "nodeinfo",
  "nostr.json",
  "oauth-authorization-server",
  "oauth-protected-resource",
  "ohttp-gateway",
  "openid-configuration",
  "openid-federation",
  "openorg",
  "open-resource-discovery",
  "openpgpkey",
  "oslc",
  "pki-validation",
  "posh",
  "privacy-sandbox-attestations.json",
  "private-token-issuer-directory",
  "probing.txt",
  "pvd",
  "rd",
  "related-website-set.json",
  "reload-config",
  "repute-template",
  "resourcesync",
  "sbom",
  "security.txt",
  "ssf-configuration",
  "sshfp",
  "stun-key",
  "tdmrep.json",
  "terraform.json",
  "thread",
  "time",
  "timezone",
  "tor-relay",
  "traffic-advice",
  "trust.txt",
  "uma2-configuration",
  "void",
  "webfinger",
  "webweaver.json",
  "wot",
  "xrp-ledger.toml"
]);
function wellKnownSuffix(path) {
  const prefix = "/.well-known/";
  if (!path.toLowerCase().startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  const slash = rest.indexOf("/");
  return (slash === -1 ? rest : rest.slice(0, slash)).toLowerCase();
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/check-uri-field.ts
var USUAL_CONTACT = /* @__PURE__ */ new Set(["mailto", "tel", "https"]);
var USUAL_ENCRYPTION = /* @__PURE__ */ new Set(["https", "dns", "openpgp4fpr"]);
var CHAINED = /,[ \t]*(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|mailto:|tel:)/i;
var FINGERPRINT = /^(?:0x)?(?:[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$/;
function looksLikeKeyMaterial(value) {
  if (value.includes("BEGIN PGP")) return true;
  const compact = value.replace(/[ \t]/g, "");
  if (FINGERPRINT.test(compact)) return true;
  return compact.length >= 64 && !compact.includes(":") && /^[A-Za-z0-9+/=]+$/.test(compact);
}
function checkUriField(key, value, line, findings) {
  if (key === "encryption" && looksLikeKeyMaterial(value)) findings.push(makeFinding("encryption_inline_key", line));
  if (CHAINED.test(value)) findings.push(makeFinding("multiple_values_chained", line));
  const uri = checkUri(value);
  const injection = findMailtoHeaderInjection(value);
  if (injection !== null) {
    const finding = makeFinding("invalid_uri", line);
    findings.push({ ...finding, message: `The mailto: URI tries to inject mail headers: ${injection} (RFC 6068 \xA72, \xA77). It is not a usable contact.` });
  } else if (!uri.valid) {
    findings.push(makeFinding("invalid_uri", line, `("${value.slice(0, 120)}")`));
  }
  if (isDangerousScheme(uri.scheme)) {
    findings.push(makeFinding("uri_dangerous_scheme", line, `(${uri.scheme}:)`));
    return;
  }
  if (uri.scheme === "http") findings.push(makeFinding("uri_not_https", line));
  if (uri.valid && uri.scheme !== "http") {
    if (key === "contact" && !USUAL_CONTACT.has(uri.scheme)) findings.push(makeFinding("contact_unusual_scheme", line, `(${uri.scheme}:)`));
    if (key === "encryption" && !USUAL_ENCRYPTION.has(uri.scheme)) findings.push(makeFinding("encryption_unusual_scheme", line, `(${uri.scheme}:)`));
  }
  const suffix = uri.valid && uri.path !== null ? wellKnownSuffix(uri.path) : null;
  if (suffix !== null && !REGISTERED_WELL_KNOWN.has(suffix)) {
    findings.push(makeFinding("uri_unregistered_well_known", line, `(/.well-known/${suffix.slice(0, 80)})`));
  }
  if (key === "csaf") {
    const path = uri.valid && uri.path !== null ? uri.path : value;
    if (!path.endsWith("/provider-metadata.json")) findings.push(makeFinding("csaf_not_provider_metadata", line));
  }
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/classify-field-name.ts
var REGISTERED_FIELDS = /* @__PURE__ */ new Map([
  ["acknowledgments", "acknowledgments"],
  ["canonical", "canonical"],
  ["contact", "contact"],
  ["encryption", "encryption"],
  ["expires", "expires"],
  ["hiring", "hiring"],
  ["policy", "policy"],
  ["preferred-languages", "preferred_languages"],
  ["csaf", "csaf"],
  ["bug-bounty", "bug_bounty"]
]);
var CANONICAL_SPELLING = {
  acknowledgments: "Acknowledgments",
  canonical: "Canonical",
  contact: "Contact",
  encryption: "Encryption",
  expires: "Expires",
  hiring: "Hiring",
  policy: "Policy",
  preferred_languages: "Preferred-Languages",
  csaf: "CSAF",
  bug_bounty: "Bug-Bounty"
};
var LEGACY_DRAFT_FIELDS = /* @__PURE__ */ new Set(["disclosure", "signature", "permission", "acknowledgement"]);
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}
function classifyFieldName(name) {
  const lower = name.toLowerCase();
  const key = REGISTERED_FIELDS.get(lower);
  if (key) return { kind: "registered", key };
  if (LEGACY_DRAFT_FIELDS.has(lower)) return { kind: "legacy" };
  if (lower.length <= 64) {
    const max = lower.length <= 5 ? 1 : 2;
    for (const [registered, k] of REGISTERED_FIELDS) {
      if (editDistance(lower, registered, max) <= max) return { kind: "typo", suggestion: CANONICAL_SPELLING[k] };
    }
  }
  return { kind: "unknown" };
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/check-language-tag.ts
var GRANDFATHERED = /* @__PURE__ */ new Set([
  "en-gb-oed",
  "i-ami",
  "i-bnn",
  "i-default",
  "i-enochian",
  "i-hak",
  "i-klingon",
  "i-lux",
  "i-mingo",
  "i-navajo",
  "i-pwn",
  "i-tao",
  "i-tay",
  "i-tsu",
  "sgn-be-fr",
  "sgn-be-nl",
  "sgn-ch-de",
  "art-lojban",
  "cel-gaulish",
  "no-bok",
  "no-nyn",
  "zh-guoyu",
  "zh-hakka",
  "zh-min",
  "zh-min-nan",
  "zh-xiang"
]);
var COUNTRY_AS_LANGUAGE = {
  cz: "cs",
  jp: "ja",
  dk: "da",
  gr: "el",
  ua: "uk",
  cn: "zh",
  us: "en",
  gb: "en",
  rs: "sr"
};
var alpha = (s, min, max) => s.length >= min && s.length <= max && /^[A-Za-z]+$/.test(s);
var digits = (s, n) => s.length === n && /^[0-9]+$/.test(s);
var alnum = (s, min, max) => s.length >= min && s.length <= max && /^[A-Za-z0-9]+$/.test(s);
function isPrivateUse(parts, from) {
  if (parts[from]?.toLowerCase() !== "x" || from + 1 >= parts.length) return false;
  return parts.slice(from + 1).every((p) => alnum(p, 1, 8));
}
function isLanguageTag(tag) {
  if (tag.length === 0 || tag.length > 256) return false;
  if (GRANDFATHERED.has(tag.toLowerCase())) return true;
  const parts = tag.split("-");
  if (isPrivateUse(parts, 0)) return true;
  let i = 0;
  const lang = parts[i++];
  if (alpha(lang, 2, 3)) {
    for (let n = 0; n < 3 && parts[i] !== void 0 && alpha(parts[i], 3, 3); n++) i++;
  } else if (!alpha(lang, 4, 8)) {
    return false;
  }
  if (parts[i] !== void 0 && alpha(parts[i], 4, 4)) i++;
  if (parts[i] !== void 0 && (alpha(parts[i], 2, 2) || digits(parts[i], 3))) i++;
  while (parts[i] !== void 0 && (alnum(parts[i], 5, 8) || parts[i].length === 4 && /^[0-9]/.test(parts[i]) && alnum(parts[i], 4, 4))) i++;
  while (parts[i] !== void 0 && parts[i].length === 1 && parts[i].toLowerCase() !== "x" && alnum(parts[i], 1, 1)) {
    i++;
    const first = i;
    while (parts[i] !== void 0 && alnum(parts[i], 2, 8)) i++;
    if (i === first) return false;
  }
  if (i < parts.length) return isPrivateUse(parts, i);
  return true;
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/trim-whitespace.ts
var isWs = (c) => c === 32 || c === 9;
function trimWhitespace(text) {
  let start = 0;
  let end = text.length;
  while (start < end && isWs(text.charCodeAt(start))) start++;
  while (end > start && isWs(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
function trimWhitespaceEnd(text) {
  let end = text.length;
  while (end > 0 && isWs(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
function isBlankLine(text) {
  for (let i = 0; i < text.length; i++) if (!isWs(text.charCodeAt(i))) return false;
  return true;
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/parse-preferred-languages.ts
function parsePreferredLanguages(value, line, findings) {
  const tags = [];
  let empty = 0;
  let wrongSeparator = false;
  for (const member of value.split(",")) {
    const trimmed = trimWhitespace(member);
    if (trimmed === "") {
      empty++;
      continue;
    }
    if (/[;.: \t]/.test(trimmed)) {
      wrongSeparator = true;
      tags.push(...trimmed.split(/[;.: \t]+/).filter((t) => t !== ""));
    } else {
      tags.push(trimmed);
    }
  }
  if (wrongSeparator) findings.push(makeFinding("preferred_languages_wrong_separator", line));
  if (tags.length === 0) {
    findings.push(makeFinding("preferred_languages_empty", line));
    return tags;
  }
  const invalid = tags.filter((t) => countryFix(t) === null && !isLanguageTag(t));
  if (empty > 0 || invalid.length > 0) {
    const what = [...invalid.map((t) => `"${t.slice(0, 40)}"`), ...empty > 0 ? ["an empty list member"] : []].join(", ");
    findings.push(makeFinding("invalid_language_tag", line, `(${what})`));
  }
  const countries = tags.filter((t) => countryFix(t) !== null);
  if (countries.length > 0) {
    const hints = countries.map((t) => `${t} \u2192 ${countryFix(t)}`).join(", ");
    findings.push(makeFinding("language_tag_country_code", line, `(${hints})`));
  }
  return tags;
}
function countryFix(tag) {
  const primary = tag.split("-")[0].toLowerCase();
  return Object.hasOwn(COUNTRY_AS_LANGUAGE, primary) ? COUNTRY_AS_LANGUAGE[primary] : null;
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/armor.ts
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;
function decodeBase64(text) {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  if (text.length - end > 2 || end % 4 === 1) return null;
  const out = new Uint8Array(Math.floor(end * 3 / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? B64_INDEX[c] : -1;
    if (v < 0) return null;
    acc = acc << 6 | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = acc >> bits & 255;
    }
  }
  return out;
}
function crc24(bytes) {
  let crc = 11994318;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 16777216) crc ^= 25578747;
    }
  }
  return crc & 16777215;
}
function checkSignaturePackets(bytes) {
  if (bytes.length === 0) return "the signature block holds no data";
  let pos = 0;
  let packets = 0;
  while (pos < bytes.length) {
    const header = readPacketHeader(bytes, pos);
    if (typeof header === "string") return header;
    if (header.tag !== 2) return `packet ${packets + 1} is not a signature packet (tag ${header.tag})`;
    const version2 = bytes[header.bodyStart];
    if (version2 === void 0 || version2 < 3 || version2 > 6) return "unknown signature packet version";
    pos = header.bodyStart + header.length;
    packets++;
  }
  return null;
}
function readPacketHeader(bytes, pos) {
  const b0 = bytes[pos];
  if ((b0 & 128) === 0) return "not an OpenPGP packet";
  let tag;
  let length;
  let bodyStart;
  if (b0 & 64) {
    tag = b0 & 63;
    const o1 = bytes[pos + 1];
    if (o1 === void 0) return "truncated packet header";
    if (o1 < 192) {
      length = o1;
      bodyStart = pos + 2;
    } else if (o1 < 224) {
      const o2 = bytes[pos + 2];
      if (o2 === void 0) return "truncated packet header";
      length = (o1 - 192 << 8) + o2 + 192;
      bodyStart = pos + 3;
    } else if (o1 === 255) {
      if (pos + 6 > bytes.length) return "truncated packet header";
      length = readUint32(bytes, pos + 2);
      bodyStart = pos + 6;
    } else return "partial-length signature packet";
  } else {
    tag = b0 >> 2 & 15;
    const lengthType = b0 & 3;
    if (lengthType === 3) return "indeterminate-length signature packet";
    const size = 1 << lengthType;
    if (pos + 1 + size > bytes.length) return "truncated packet header";
    length = size === 1 ? bytes[pos + 1] : size === 2 ? bytes[pos + 1] << 8 | bytes[pos + 2] : readUint32(bytes, pos + 1);
    bodyStart = pos + 1 + size;
  }
  if (bodyStart + length > bytes.length) return "the signature packet is truncated";
  return { tag, bodyStart, length };
}
function readUint32(bytes, at) {
  return (bytes[at] << 24 >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/parse-signed-envelope.ts
var LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
var BEGIN_SIGNED = "-----BEGIN PGP SIGNED MESSAGE-----";
var BEGIN_SIGNATURE = "-----BEGIN PGP SIGNATURE-----";
var END_SIGNATURE = "-----END PGP SIGNATURE-----";
function parseSignedEnvelope(lines) {
  const start = lines.findIndex((l) => trimWhitespaceEnd(l.text) === BEGIN_SIGNED);
  if (start === -1) return { envelope: null, fieldLines: lines, findings: [] };
  const findings = [];
  const headerLine = lines[start].number;
  if (start > 0) findings.push(makeFinding("signed_header_not_first", headerLine, "Lines before it are not used."));
  let i = start + 1;
  const hashAlgorithms = [];
  for (; i < lines.length && !isBlankLine(lines[i].text); i++) {
    const text = lines[i].text;
    if (text.startsWith("Hash:") && !LINE_TERMINATOR.test(text)) {
      hashAlgorithms.push(...text.slice("Hash:".length).split(",").map((s) => s.trim()).filter(Boolean));
    }
  }
  if (hashAlgorithms.length === 0) findings.push(makeFinding("signed_missing_hash_header", headerLine));
  i++;
  const fieldLines = [];
  for (; i < lines.length && trimWhitespaceEnd(lines[i].text) !== BEGIN_SIGNATURE; i++) {
    const line = lines[i];
    fieldLines.push(line.text.startsWith("- ") ? { ...line, text: line.text.slice(2) } : line);
  }
  if (i >= lines.length) {
    return { envelope: envelope(lines, start, lines.length, headerLine, hashAlgorithms, `no "${BEGIN_SIGNATURE}" line`), fieldLines, findings: withMalformed(findings) };
  }
  const block = readSignatureBlock(lines, i);
  if (block.end === null) {
    return { envelope: envelope(lines, start, lines.length, headerLine, hashAlgorithms, block.problem), fieldLines, findings: withMalformed(findings) };
  }
  const after = lines.slice(block.end + 1);
  const firstData = after.find((l) => !isBlankLine(l.text));
  if (firstData) findings.push(makeFinding("data_after_signature", firstData.number));
  else if (after.length > 0) findings.push(makeFinding("trailing_newlines_after_signature", null));
  const result = envelope(lines, start, block.end + 1, headerLine, hashAlgorithms, block.problem);
  return { envelope: result, fieldLines, findings: block.problem ? withMalformed(findings, block.problem) : findings };
}
function withMalformed(findings, detail) {
  return [...findings, makeFinding("signature_malformed", null, detail ? `(${detail})` : void 0)];
}
function envelope(lines, from, to, headerLine, hashAlgorithms, malformed) {
  const text = lines.slice(from, to).map((l) => l.text).join("\n") + "\n";
  return { headerLine, hashAlgorithms, malformed, text };
}
function readSignatureBlock(lines, begin) {
  let i = begin + 1;
  while (i < lines.length && /^[A-Za-z][A-Za-z0-9-]*: /.test(lines[i].text)) i++;
  if (i < lines.length && isBlankLine(lines[i].text)) i++;
  let data = "";
  let checksum = null;
  let problem = null;
  for (; i < lines.length; i++) {
    const text = lines[i].text.trim();
    if (text === END_SIGNATURE) break;
    if (problem) continue;
    if (checksum !== null) problem = "content after the CRC-24 checksum line";
    else if (text.startsWith("=") && text.length === 5) checksum = text.slice(1);
    else if (text.length > 0 && !/^[A-Za-z0-9+/=]+$/.test(text)) problem = "the signature is not valid base64";
    else data += text;
  }
  if (i >= lines.length) return { end: null, problem: `no "${END_SIGNATURE}" line` };
  return { end: i, problem: problem ?? checkData(data, checksum) };
}
function checkData(data, checksum) {
  const bytes = decodeBase64(data);
  if (!bytes || bytes.length === 0) return "the signature is not valid base64";
  if (checksum !== null) {
    const crc = decodeBase64(checksum);
    if (!crc || crc.length !== 3) return "the CRC-24 line is not valid base64";
    if ((crc[0] << 16 | crc[1] << 8 | crc[2]) !== crc24(bytes)) return "the CRC-24 checksum does not match";
  }
  return checkSignaturePackets(bytes);
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/read-field-line.ts
function hasControl(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 || c === 127) return true;
  }
  return false;
}
function isFieldName(name) {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 33 || c > 126 || c === 58) return false;
  }
  return true;
}
function readFieldLine(text, line, findings) {
  let start = 0;
  while (start < text.length && isWs(text.charCodeAt(start))) start++;
  if (start === text.length) return { kind: "skip" };
  if (start > 0) findings.push(makeFinding("leading_whitespace", line));
  const body = text.slice(start);
  if (body.startsWith("#")) {
    if (hasControl(body)) findings.push(makeFinding("invalid_comment_characters", line));
    return { kind: "skip" };
  }
  const colon = body.indexOf(":");
  if (colon === -1) {
    findings.push(makeFinding("invalid_line", line));
    return { kind: "skip" };
  }
  const rawName = body.slice(0, colon);
  if (trimWhitespace(rawName) === "") {
    findings.push(makeFinding("empty_field_name", line));
    return { kind: "skip" };
  }
  let name = rawName;
  if (isWs(rawName.charCodeAt(rawName.length - 1))) {
    findings.push(makeFinding("whitespace_before_colon", line));
    name = trimWhitespace(rawName);
  }
  if (!isFieldName(name)) {
    findings.push(makeFinding("invalid_field_name", line, `("${name.slice(0, 80)}")`));
    return { kind: "skip" };
  }
  const rest = body.slice(colon + 1);
  const value = trimWhitespace(rest);
  if (value === "") {
    findings.push(makeFinding("empty_field_value", line, `(${name.slice(0, 80)})`));
    return { kind: "skip" };
  }
  if (rest.charCodeAt(0) !== 32 || isWs(rest.charCodeAt(1))) findings.push(makeFinding("missing_space_after_colon", line));
  if (hasControl(rest)) findings.push(makeFinding("invalid_value_characters", line));
  return { kind: "field", name, value };
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/split-lines.ts
function splitLines(text) {
  const lines = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push({ number: lines.length + 1, text: text.slice(start, i), ending: "lf" });
      start = i + 1;
    } else if (c === 13) {
      const crlf = text.charCodeAt(i + 1) === 10;
      lines.push({ number: lines.length + 1, text: text.slice(start, i), ending: crlf ? "crlf" : "cr" });
      if (crlf) i++;
      start = i + 1;
    }
  }
  if (start < text.length) lines.push({ number: lines.length + 1, text: text.slice(start), ending: "none" });
  return lines;
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/parse-security-txt.ts
var DEFAULT_LIMITS = { maxFileBytes: 32768, maxLines: 1e3, maxFieldChars: 2048 };
function emptyFields() {
  return {
    contact: [],
    expires: null,
    expires_utc: null,
    policy: [],
    encryption: [],
    canonical: [],
    preferred_languages: [],
    acknowledgments: [],
    hiring: [],
    csaf: [],
    bug_bounty: null,
    unknown_fields: [],
    signed: false
  };
}
function parseSecurityTxt(input, limits = DEFAULT_LIMITS) {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const findings = [];
  const decoded = decodeBody(bytes);
  if (decoded.notUtf8) findings.push(makeFinding("not_utf8", null));
  if (decoded.bom) findings.push(makeFinding("bom_present", decoded.text.length > 0 ? 1 : null));
  const lines = splitLines(decoded.text);
  for (const l of lines) {
    if (l.ending === "cr") findings.push(makeFinding("bare_cr_line_ending", l.number));
    if (l.ending === "none") findings.push(makeFinding("missing_final_newline", l.number));
  }
  if (bytes.byteLength > limits.maxFileBytes) findings.push(makeFinding("file_too_large", null, `(${bytes.byteLength} bytes)`));
  if (lines.length > limits.maxLines) findings.push(makeFinding("too_many_lines", null, `(${lines.length} lines)`));
  const envelope2 = parseSignedEnvelope(lines);
  findings.push(...envelope2.findings);
  const fields = emptyFields();
  fields.signed = envelope2.envelope !== null;
  const entries = [];
  let expires = null;
  const seen = /* @__PURE__ */ new Set();
  const nameClasses = /* @__PURE__ */ new Map();
  for (const line of envelope2.fieldLines) {
    const read = readFieldLine(line.text, line.number, findings);
    if (read.kind !== "field") continue;
    if (line.text.length > limits.maxFieldChars) findings.push(makeFinding("field_too_long", line.number, `(${line.text.length} characters)`));
    const cls = classifyCached(read.name, nameClasses);
    const key = cls.kind === "registered" ? cls.key : null;
    entries.push({ name: read.name, key, value: read.value, line: line.number });
    if (cls.kind !== "registered") {
      fields.unknown_fields.push(read.name);
      if (cls.kind === "legacy") findings.push(makeFinding("legacy_draft_field", line.number, `(${read.name})`));
      else if (cls.kind === "typo") findings.push(makeFinding("possible_field_typo", line.number, `("${read.name}": did you mean "${cls.suggestion}"?)`));
      else findings.push(makeFinding("unknown_field", line.number, `(${read.name.slice(0, 80)})`));
      continue;
    }
    const first = !seen.has(cls.key);
    seen.add(cls.key);
    switch (cls.key) {
      case "expires":
        if (!first) {
          findings.push(makeFinding("multiple_expires", line.number));
          break;
        }
        expires = { line: line.number, parsed: parseExpires(read.value) };
        fields.expires = read.value;
        if (expires.parsed.kind === "rfc3339") fields.expires_utc = expires.parsed.utc;
        else findings.push(makeFinding(expires.parsed.kind === "rfc5322" ? "expires_rfc5322_format" : "expires_invalid_format", line.number));
        break;
      case "preferred_languages":
        if (first) fields.preferred_languages = parsePreferredLanguages(read.value, line.number, findings);
        else findings.push(makeFinding("multiple_preferred_languages", line.number));
        break;
      case "bug_bounty":
        if (first) fields.bug_bounty = parseBugBounty(read.value, line.number, findings);
        else findings.push(makeFinding("multiple_bug_bounty", line.number));
        break;
      default:
        fields[cls.key].push(read.value);
        checkUriField(cls.key, read.value, line.number, findings);
    }
  }
  findings.push(...checkFileLevel(fields));
  return {
    value: { fields, entries, text: decoded.text, lineCount: lines.length, byteLength: bytes.byteLength, envelope: envelope2.envelope, expires },
    findings
  };
}
function classifyCached(name, cache) {
  let cls = cache.get(name);
  if (cls === void 0) {
    cls = classifyFieldName(name);
    if (cache.size < 1e4) cache.set(name, cls);
  }
  return cls;
}
function parseBugBounty(value, line, findings) {
  if (value === "True" || value === "False") return value === "True";
  const lower = value.toLowerCase();
  if (lower === "true" || lower === "false") {
    findings.push(makeFinding("bug_bounty_wrong_case", line));
    return lower === "true";
  }
  findings.push(makeFinding("bug_bounty_invalid_value", line, `("${value.slice(0, 40)}")`));
  return null;
}
function checkFileLevel(fields) {
  const out = [];
  if (fields.contact.length === 0) out.push(makeFinding("missing_contact", null));
  if (fields.expires === null) out.push(makeFinding("missing_expires", null));
  if (fields.contact.some((c) => c.toLowerCase().startsWith("mailto:")) && fields.encryption.length === 0) {
    out.push(makeFinding("mailto_without_encryption", null));
  }
  if (fields.policy.length === 0) out.push(makeFinding("no_policy", null));
  if (fields.csaf.length > 1) out.push(makeFinding("multiple_csaf", null));
  const wellKnownCsaf = fields.csaf.findIndex((v) => /^https?:\/\/[^/?#]+\/\.well-known\/csaf\/provider-metadata\.json$/i.test(v));
  if (wellKnownCsaf > 0) out.push(makeFinding("csaf_well_known_not_first", null));
  if (fields.signed) {
    if (fields.canonical.length === 0) out.push(makeFinding("signed_no_canonical", null));
  } else {
    out.push(makeFinding("not_signed", null));
    if (fields.canonical.length === 0) out.push(makeFinding("no_canonical", null));
  }
  return out;
}

// ../../../tmp/scopecheck-baseline-8gTQIy/src/core/securitytxt/validate-security-txt.ts
function normaliseUrl(url) {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
function checkCanonical(fields, context) {
  if (fields.canonical.length === 0) return [];
  const out = [];
  const retrieval = new Set([context.retrieved_from, context.final_url].filter((u) => !!u).map(normaliseUrl));
  if (!fields.canonical.some((c) => retrieval.has(normaliseUrl(c)))) {
    out.push(makeFinding("canonical_mismatch", null, `(retrieved from ${context.final_url ?? context.retrieved_from})`));
  }
  const host = hostOf(context.retrieved_from);
  const others = fields.canonical.map(hostOf).filter((h) => h !== null && h !== host);
  if (others.length > 0) out.push(makeFinding("canonical_other_host", null, `(${[...new Set(others)].slice(0, 3).join(", ")})`));
  return out;
}
function sourceFromContext(context) {
  const pageHost = context.page_host?.toLowerCase() ?? null;
  const host = hostOf(context.retrieved_from) ?? "";
  return {
    retrieved_from: context.retrieved_from,
    final_url: context.final_url ?? context.redirects.at(-1) ?? context.retrieved_from,
    redirects: context.redirects,
    http_status: context.http_status,
    content_type: context.content_type,
    location: context.location,
    applies_to_host: host,
    inherited_from_parent: pageHost !== null && pageHost !== host
  };
}
function analyzeSecurityTxt(bytes, context, options) {
  const resolved = context ? withContextDefaults(context) : null;
  const findings = [];
  let parse2 = true;
  if (resolved) {
    const fetchCheck = checkFetchContext(resolved, decodeBody(bytes.subarray(0, 1024)).text, {
      maxRedirects: options.maxRedirects ?? 5,
      requireTopLevelLocation: options.requireTopLevelLocation ?? false
    });
    findings.push(...fetchCheck.findings);
    parse2 = fetchCheck.parse;
  }
  const source = resolved ? sourceFromContext(resolved) : null;
  if (!parse2) return { findings, parsed: null, source, raw: options.includeRaw ? decodeBody(bytes).text : null };
  const parsed = parseSecurityTxt(bytes, { ...DEFAULT_LIMITS, ...options.limits });
  findings.push(...parsed.findings);
  findings.push(...checkExpiry(parsed.value.expires, options.now, options.expiresSoonDays ?? 14));
  if (resolved) findings.push(...checkCanonical(parsed.value.fields, resolved));
  return { findings, parsed: parsed.value, source, raw: options.includeRaw ? parsed.value.text : null };
}
export {
  analyzeSecurityTxt,
  parseSecurityTxt
};
