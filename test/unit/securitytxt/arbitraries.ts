// fast-check generators for security.txt-like input, shared by the robustness and baseline-equivalence tests.
import fc from 'fast-check';

/** Lines built from security.txt-ish pieces, so the generator reaches deep branches, not just invalid_line. */
const pieces = fc.constantFrom(
  'Contact: ', 'Expires: ', 'Preferred-Languages: ', 'Bug-Bounty: ', 'CSAF: ', 'Canonical: ', 'Encryption: ', 'Policy:',
  'https://', 'mailto:', 'http://', '/.well-known/', 'provider-metadata.json', '2027-06-30T23:59:59Z', ',', ';', ' ', '\t',
  '#', ':', '-', '- ', '\r', '\n', '\r\n', '\u0000', '\u007f', '\uFEFF', 'é', '\uFFFD', 'True', 'true', 'en', 'x-', '%', '%zz',
  '-----BEGIN PGP SIGNED MESSAGE-----\n', 'Hash: SHA256\n', '\n-----BEGIN PGP SIGNATURE-----\n', '-----END PGP SIGNATURE-----\n', '=abcd\n', 'iQIz\n',
);
export const securityTxtish = fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(''));
export const anyBytes = fc.uint8Array({ maxLength: 400 });

/** HTTP facts of a retrieval, from plausible to nonsense. */
export const fetchContext = fc.record({
  retrieved_from: fc.oneof(fc.constant('https://example.com/.well-known/security.txt'), fc.string({ maxLength: 30 })),
  redirects: fc.array(fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 })), { maxLength: 7 }),
  http_status: fc.oneof(fc.constant(200), fc.constant(null), fc.integer({ min: 0, max: 999 })),
  content_type: fc.oneof(fc.constant(null), fc.constant('text/plain; charset=utf-8'), fc.string({ maxLength: 30 })),
  page_host: fc.oneof(fc.constant(null), fc.domain()),
  tls_error: fc.boolean(),
}, { requiredKeys: ['retrieved_from'] });
