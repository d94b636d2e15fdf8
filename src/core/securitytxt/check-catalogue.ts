import type { Finding, Severity } from '../schemas/finding.ts';

interface CheckSpec {
  severity: Severity;
  /** Plain default message. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** Every check id of the corpus catalogue (../shared/corpus/securitytxt/expectations.json), with words for people. */
export const CHECK_CATALOGUE = {
  fetch_not_found: { severity: 'error', message: 'No security.txt was found at /.well-known/security.txt nor at /security.txt.', fix: 'Publish the file at https://<host>/.well-known/security.txt (RFC 9116 §3).' },
  fetch_http_error: { severity: 'error', message: 'The server answered with an HTTP error instead of the file.', fix: 'Serve the file with status 200.' },
  legacy_location_only: { severity: 'error', message: 'The file exists only at the legacy /security.txt location.', fix: 'Move it to /.well-known/security.txt; the top-level path may redirect there (RFC 9116 §3).' },
  legacy_location_differs: { severity: 'warning', message: '/security.txt and /.well-known/security.txt both exist with different content; the /.well-known/ one is used.', fix: 'Serve one file, or redirect /security.txt to /.well-known/security.txt.' },
  legacy_location_missing: { severity: 'info', message: 'There is no top-level /security.txt (nor a redirect to the /.well-known/ file).', fix: 'Optionally redirect /security.txt to /.well-known/security.txt for older tools.' },
  not_https: { severity: 'error', message: 'The file, or a hop of its redirect chain, was fetched over plain http://.', fix: 'Serve the file (and every redirect) over https:// only (RFC 9116 §3).' },
  tls_certificate_invalid: { severity: 'error', message: 'The TLS certificate did not validate.', fix: 'Install a certificate that is valid for this host name.' },
  content_type_missing: { severity: 'error', message: 'The response has no Content-Type header.', fix: 'Send Content-Type: text/plain; charset=utf-8.' },
  content_type_not_text_plain: { severity: 'error', message: 'The media type is not text/plain.', fix: 'Send Content-Type: text/plain; charset=utf-8.' },
  charset_missing: { severity: 'warning', message: 'Content-Type is text/plain without a charset parameter.', fix: 'Send Content-Type: text/plain; charset=utf-8.' },
  charset_not_utf8: { severity: 'error', message: 'The declared charset is not utf-8.', fix: 'Encode the file as UTF-8 and send charset=utf-8.' },
  html_response: { severity: 'error', message: 'The server returned an HTML page (a "soft 404"), not a security.txt file; it was not parsed.', fix: 'Answer 404 when there is no file, or publish a real text/plain security.txt.' },
  redirect_recorded: { severity: 'info', message: 'The request was redirected; the chain is shown.', fix: 'Nothing to do; make sure every hop stays on https and on hosts you control.' },
  redirect_other_host: { severity: 'warning', message: 'A redirect leaves the requested host.', fix: 'Check that the other host belongs to the same organisation; the file only applies to the host it was retrieved for.' },
  too_many_redirects: { severity: 'error', message: 'Too many redirects; the file was not read.', fix: 'Serve the file directly or with at most a few redirects.' },
  redirect_unsupported_scheme: { severity: 'error', message: 'A redirect points to a non-http(s) URL; it was not followed.', fix: 'Redirect only to https:// URLs.' },
  scope_parent_domain: { severity: 'warning', message: 'This file was retrieved from another host than the page; it only applies to the host it came from (RFC 9116 §3.1).', fix: 'Publish a security.txt on every host you want covered, or confirm the scope with the organisation.' },
  not_utf8: { severity: 'error', message: 'The body is not valid UTF-8; invalid bytes were replaced.', fix: 'Save the file as UTF-8 (RFC 9116 §4).' },
  bom_present: { severity: 'error', message: 'The file starts with a UTF-8 byte order mark.', fix: 'Save the file as UTF-8 without BOM.' },
  missing_final_newline: { severity: 'error', message: 'The last line is not terminated by a line break.', fix: 'End the file with a newline (RFC 9116 §2.2).' },
  bare_cr_line_ending: { severity: 'error', message: 'The line ends with a bare CR (classic Mac line ending).', fix: 'Use LF or CRLF line endings.' },
  invalid_line: { severity: 'error', message: 'The line is neither a comment nor a "Name: value" field.', fix: 'Start comments with "#" and write fields as "Name: value".' },
  leading_whitespace: { severity: 'error', message: 'The line starts with whitespace.', fix: 'Remove the spaces or tabs at the start of the line.' },
  whitespace_before_colon: { severity: 'error', message: 'There is whitespace between the field name and the colon.', fix: 'Write "Name: value" with the colon right after the name.' },
  missing_space_after_colon: { severity: 'error', message: 'The colon is not followed by exactly one space.', fix: 'Write "Name: value" with one space after the colon.' },
  empty_field_name: { severity: 'error', message: 'The line has nothing before the colon.', fix: 'Give the field a name, or make the line a comment with "#".' },
  empty_field_value: { severity: 'error', message: 'The field has an empty value and was ignored.', fix: 'Give the field a value or remove the line.' },
  invalid_field_name: { severity: 'error', message: 'The field name contains characters that are not allowed (spaces, non-ASCII, …); the line was ignored.', fix: 'Use a registered field name such as Contact, Expires, Policy.' },
  invalid_comment_characters: { severity: 'error', message: 'The comment contains a control character.', fix: 'Remove control characters from the comment.' },
  invalid_value_characters: { severity: 'error', message: 'The value contains a control character.', fix: 'Remove control characters from the value.' },
  file_too_large: { severity: 'warning', message: 'The file is larger than 32 KiB.', fix: 'Keep the file short: link to longer documents instead (RFC 9116 §5.4).' },
  too_many_lines: { severity: 'warning', message: 'The file has more than 1,000 lines.', fix: 'Keep the file short (RFC 9116 §5.4).' },
  field_too_long: { severity: 'warning', message: 'The field line is longer than 2,048 characters.', fix: 'Shorten the value (RFC 9116 §5.4).' },
  unknown_field: { severity: 'info', message: 'The field is not defined by RFC 9116 nor in the IANA registry; readers ignore it.', fix: 'Remove it, or check its spelling.' },
  possible_field_typo: { severity: 'warning', message: 'This unknown field name looks like a misspelt registered name.', fix: 'Use the registered spelling.' },
  legacy_draft_field: { severity: 'info', message: 'This field comes from a pre-RFC draft of security.txt and is ignored today.', fix: 'Remove it or replace it with its RFC 9116 equivalent.' },
  multiple_values_chained: { severity: 'warning', message: 'Several values are chained in one field.', fix: 'Put each value on its own line (RFC 9116 §2).' },
  invalid_uri: { severity: 'error', message: 'The value is not a valid absolute URI.', fix: 'Write a full URI such as https://example.com/page or mailto:security@example.com.' },
  uri_not_https: { severity: 'error', message: 'A web URI uses http:// instead of https://.', fix: 'Use https:// (RFC 9116 §2.5).' },
  uri_dangerous_scheme: { severity: 'error', message: 'The URI uses a dangerous scheme (javascript:, data:, vbscript:, file:, blob:); it is never shown as a link.', fix: 'Use an https:, mailto: or tel: URI.' },
  contact_unusual_scheme: { severity: 'info', message: 'The Contact uses a scheme other than mailto:, tel: or https:.', fix: 'Consider also offering an https:, mailto: or tel: contact.' },
  encryption_unusual_scheme: { severity: 'info', message: 'The Encryption URI uses a scheme other than https:, dns: or openpgp4fpr:.', fix: 'Consider an https:// URL to the key.' },
  encryption_inline_key: { severity: 'error', message: 'The Encryption field holds key material instead of a URI.', fix: 'Publish the key and link to it, e.g. Encryption: https://example.com/pgp-key.txt or openpgp4fpr:<fingerprint>.' },
  uri_unregistered_well_known: { severity: 'warning', message: 'The URI points into /.well-known/ with a name that is not registered at IANA.', fix: 'Move the document out of /.well-known/ (RFC 8615, RFC 9116 §6).' },
  mailto_without_encryption: { severity: 'info', message: 'A mailto: contact is given but no Encryption key.', fix: 'Add an Encryption field so researchers can send encrypted reports (RFC 9116 §2.5.3).' },
  missing_contact: { severity: 'error', message: 'There is no Contact field.', fix: 'Add at least one Contact: line (RFC 9116 §2.5.3).' },
  missing_expires: { severity: 'error', message: 'There is no Expires field.', fix: 'Add an Expires: line with a date less than a year ahead (RFC 9116 §2.5.5).' },
  multiple_expires: { severity: 'error', message: 'Expires appears more than once; only the first is used.', fix: 'Keep a single Expires field.' },
  multiple_preferred_languages: { severity: 'error', message: 'Preferred-Languages appears more than once; only the first is used.', fix: 'List all languages in a single Preferred-Languages field.' },
  multiple_bug_bounty: { severity: 'error', message: 'Bug-Bounty appears more than once; only the first is used.', fix: 'Keep a single Bug-Bounty field.' },
  multiple_csaf: { severity: 'warning', message: 'There is more than one CSAF field.', fix: 'List one CSAF provider-metadata.json (CSAF 2.0 §7.1.8).' },
  expires_invalid_format: { severity: 'error', message: 'Expires is not an RFC 3339 date-time.', fix: 'Write it like 2027-06-30T23:59:59Z.' },
  expires_rfc5322_format: { severity: 'error', message: 'Expires uses the old RFC 5322 date format of the drafts.', fix: 'Write it in RFC 3339 format, like 2027-06-30T23:59:59Z.' },
  expired: { severity: 'error', message: 'The file has expired; its content should not be trusted.', fix: 'Review the file and set a new Expires date.' },
  expires_too_far: { severity: 'warning', message: 'Expires is more than one year ahead.', fix: 'Set Expires less than a year ahead and review the file regularly (RFC 9116 §2.5.5).' },
  expires_soon: { severity: 'info', message: 'The file expires soon.', fix: 'Review the file and move the Expires date.' },
  invalid_language_tag: { severity: 'error', message: 'A Preferred-Languages value is not a valid language tag.', fix: 'Use RFC 5646 tags such as en, nl, pt-BR, separated by commas.' },
  preferred_languages_wrong_separator: { severity: 'error', message: 'Languages are separated by something other than commas.', fix: 'Separate languages with commas: "en, nl".' },
  preferred_languages_empty: { severity: 'error', message: 'Preferred-Languages lists no language.', fix: 'List at least one language tag, or remove the field.' },
  language_tag_country_code: { severity: 'warning', message: 'A country code is used where a language code belongs.', fix: 'Use the language code (cz→cs, jp→ja, dk→da, gr→el, ua→uk, cn→zh, us/gb→en, rs→sr).' },
  csaf_not_provider_metadata: { severity: 'error', message: 'The CSAF URI does not name a provider-metadata.json file.', fix: 'Point CSAF at …/provider-metadata.json (CSAF 2.0 §7.1.8).' },
  csaf_well_known_not_first: { severity: 'warning', message: 'The /.well-known/csaf/provider-metadata.json URL is not the first CSAF entry.', fix: 'List the /.well-known/csaf/ URL first.' },
  bug_bounty_invalid_value: { severity: 'error', message: 'Bug-Bounty must be True or False.', fix: 'Write "Bug-Bounty: True" or "Bug-Bounty: False".' },
  bug_bounty_wrong_case: { severity: 'warning', message: 'Bug-Bounty is written in the wrong case.', fix: 'Write "True" or "False" with a capital letter.' },
  canonical_mismatch: { severity: 'warning', message: 'No Canonical URI equals the address the file was retrieved from.', fix: 'List the file\'s own URL in Canonical; a mismatch means the file may have been copied (RFC 9116 §2.5.2).' },
  canonical_other_host: { severity: 'info', message: 'Canonical lists URIs on other hosts; this file still applies only to the host it was retrieved from.', fix: 'Publish a copy on each host you want covered.' },
  no_canonical: { severity: 'info', message: 'The file has no Canonical field.', fix: 'Add Canonical: with the file\'s own https URL.' },
  no_policy: { severity: 'info', message: 'The file has no Policy field.', fix: 'Link to your disclosure policy with a Policy: field.' },
  not_signed: { severity: 'info', message: 'The file is not OpenPGP-signed.', fix: 'Sign it as an OpenPGP cleartext message (RFC 9116 §2.3).' },
  signed_no_canonical: { severity: 'warning', message: 'The file is signed but has no Canonical field, so the signed copy could be replayed elsewhere.', fix: 'Add Canonical: with the file\'s URL and sign again (RFC 9116 §2.3).' },
  signature_invalid: { severity: 'error', message: 'The OpenPGP signature does not verify: the content was changed or signed by another key.', fix: 'Do not trust this content; ask the organisation for a correctly signed file.' },
  signature_key_unavailable: { severity: 'info', message: 'The file is signed, but the signer\'s key was not available, so its authenticity is unknown.', fix: 'Give the key with --key, or publish it at the Encryption URL.' },
  signature_malformed: { severity: 'error', message: 'The OpenPGP signature envelope is broken.', fix: 'Sign the file again with `gpg --clearsign`.' },
  signed_header_not_first: { severity: 'error', message: 'Something precedes "-----BEGIN PGP SIGNED MESSAGE-----".', fix: 'Make the signed-message header the very first line.' },
  signed_missing_hash_header: { severity: 'error', message: 'The signed message has no "Hash:" armor header.', fix: 'Sign the file again with `gpg --clearsign`.' },
  data_after_signature: { severity: 'error', message: 'There is unsigned content after the signature; it was not used.', fix: 'Remove everything after "-----END PGP SIGNATURE-----".' },
  trailing_newlines_after_signature: { severity: 'warning', message: 'There are extra empty lines after the signature.', fix: 'End the file right after "-----END PGP SIGNATURE-----" and its newline.' },
} as const satisfies Record<string, CheckSpec>;

export type CheckId = keyof typeof CHECK_CATALOGUE;

/** Makes a finding for a catalogue id; `detail` is appended to the default message. */
export function makeFinding(id: CheckId, line: number | null, detail?: string): Finding {
  const spec: CheckSpec = CHECK_CATALOGUE[id];
  return { id, severity: spec.severity, line, message: detail ? `${spec.message} ${detail}` : spec.message, fix: spec.fix };
}
