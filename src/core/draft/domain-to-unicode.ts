// punycode.js (RFC 3492): the npm package's file, not Node's deprecated core module of the same name.
import punycode from 'punycode/punycode.js';

/** Shows a domain in Unicode: each `xn--` label decoded, others as they are; a label that fails stays as is. */
export function domainToUnicode(domain: string): { value: string; malformed: boolean } {
  let malformed = false;
  const labels = domain.split('.').map((label) => {
    if (!/^xn--/i.test(label)) return label;
    if (label.length > 63) {
      malformed = true;
      return label;
    }
    try {
      return punycode.decode(label.slice(4).toLowerCase());
    } catch {
      malformed = true;
      return label;
    }
  });
  return { value: labels.join('.'), malformed };
}
