/**
 * IPv4 and IPv6 addresses as fixed-width numbers, for exact and CIDR matching.
 * IPv4 is one unsigned 32-bit number; IPv6 is four unsigned 32-bit words (most significant first).
 */
export interface IpAddress {
  version: 4 | 6;
  /** One word for IPv4, four for IPv6. */
  words: readonly number[];
}

const DECIMAL_OCTET = /^(?:0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

/** Strict dotted-quad IPv4 ("10.0.0.1"); leading zeros are refused (octal or decimal is ambiguous). */
export function parseIpv4(text: string): IpAddress | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!DECIMAL_OCTET.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return { version: 4, words: [value] };
}

/** RFC 4291 text forms, including "::" and an embedded IPv4 tail; no zone ids, no brackets. */
export function parseIpv6(text: string): IpAddress | null {
  if (text.length < 2 || text.length > 45) return null;
  const doubleAt = text.indexOf('::');
  if (doubleAt !== -1 && text.indexOf('::', doubleAt + 1) !== -1) return null;
  const head = doubleAt === -1 ? text : text.slice(0, doubleAt);
  const tail = doubleAt === -1 ? '' : text.slice(doubleAt + 2);
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === '' ? [] : tail.split(':');
  const groups: number[] = [];
  const all = [...headGroups, ...tailGroups];
  const last = all[all.length - 1];
  let v4: IpAddress | null = null;
  if (last !== undefined && last.includes('.')) {
    v4 = parseIpv4(last);
    if (!v4) return null;
    if (tailGroups.length > 0) tailGroups.pop();
    else headGroups.pop();
  }
  const toNumbers = (list: string[]): number[] | null => {
    const out: number[] = [];
    for (const g of list) {
      if (!HEX_GROUP.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const h = toNumbers(headGroups);
  const t = toNumbers(tailGroups);
  if (!h || !t) return null;
  const v4Groups = v4 ? [Math.floor(v4.words[0]! / 65536), v4.words[0]! % 65536] : [];
  const present = h.length + t.length + v4Groups.length;
  if (doubleAt === -1 ? present !== 8 : present > 7) return null;
  groups.push(...h, ...new Array<number>(8 - present).fill(0), ...t, ...v4Groups);
  const words: number[] = [];
  for (let i = 0; i < 8; i += 2) words.push(groups[i]! * 65536 + groups[i + 1]!);
  return { version: 6, words };
}

/** The address with every bit past `prefix` cleared. */
export function maskIp(address: IpAddress, prefix: number): IpAddress {
  const words = address.words.map((word, i) => {
    const bitsBefore = i * 32;
    if (prefix >= bitsBefore + 32) return word;
    if (prefix <= bitsBefore) return 0;
    const keep = prefix - bitsBefore;
    return Math.floor(word / 2 ** (32 - keep)) * 2 ** (32 - keep);
  });
  return { version: address.version, words };
}

/** Whether `address` lies in `network`/`prefix` (the network must already be masked). */
export function ipInNetwork(address: IpAddress, network: IpAddress, prefix: number): boolean {
  if (address.version !== network.version) return false;
  if (address.version === 4) {
    // One word: compare the top `prefix` bits without allocating.
    const shift = 32 - prefix;
    return shift >= 32 || Math.floor(address.words[0]! / 2 ** shift) === Math.floor(network.words[0]! / 2 ** shift);
  }
  const masked = maskIp(address, prefix);
  for (let i = 0; i < masked.words.length; i++) if (masked.words[i] !== network.words[i]) return false;
  return true;
}

/** Canonical text: dotted quad, or RFC 5952 IPv6 (lower case, longest zero run compressed). */
export function formatIp(address: IpAddress): string {
  if (address.version === 4) {
    const w = address.words[0]!;
    return [Math.floor(w / 2 ** 24) % 256, Math.floor(w / 65536) % 256, Math.floor(w / 256) % 256, w % 256].join('.');
  }
  const groups: number[] = [];
  for (const w of address.words) groups.push(Math.floor(w / 65536), w % 65536);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) { bestStart = i; bestLen = j - i; }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}
