import { parseIpv4, parseIpv6, type IpAddress } from './ip-address.ts';

/** A network as scope rules hold it. */
export interface IpNetwork { network: IpAddress; prefix: number }

const MAX_NETWORKS = 300;
const V4_STARS = /^(\d{1,3}(?:\.\d{1,3}){0,3})((?:\.\*){1,3})$/;
const V4_SHORT = /^(\d{1,3}\.\d{1,3}\.\d{1,3}\.)(\d{1,3}) ?[-–] ?(\d{1,3})$/;
const RANGE = /^([0-9a-f:.]{2,45}) ?(?:[-–]|to) ?([0-9a-f:.]{2,45})$/i;

/**
 * Address ranges a scope entry may name, as the CIDR networks that cover them exactly: "10.0.0.1-10.0.0.20",
 * "10.0.0.1-20", "10.0.0.*", "10.0.*.*", "2001:db8::1-2001:db8::ff". Null when the text is none of these.
 */
export function parseIpRange(text: string): IpNetwork[] | null {
  const t = text.trim();
  const stars = V4_STARS.exec(t);
  if (stars) {
    const known = stars[1]!.split('.');
    const starCount = stars[2]!.length / 2;
    if (known.length + starCount !== 4) return null;
    const network = parseIpv4([...known, ...new Array<string>(starCount).fill('0')].join('.'));
    return network ? [{ network, prefix: 8 * known.length }] : null;
  }
  const short = V4_SHORT.exec(t);
  const range = short ? [`${short[1]}${short[2]}`, `${short[1]}${short[3]}`] : RANGE.exec(t)?.slice(1, 3);
  if (!range) return null;
  const from = parseIpv4(range[0]!) ?? parseIpv6(range[0]!.toLowerCase());
  const to = parseIpv4(range[1]!) ?? parseIpv6(range[1]!.toLowerCase());
  if (!from || !to || from.version !== to.version) return null;
  return coverRange(toBig(from), toBig(to), from.version);
}

function toBig(address: IpAddress): bigint {
  let n = 0n;
  for (const w of address.words) n = (n << 32n) | BigInt(w);
  return n;
}

function fromBig(n: bigint, version: 4 | 6): IpAddress {
  const count = version === 4 ? 1 : 4;
  const words: number[] = [];
  for (let i = count - 1; i >= 0; i--) words.push(Number((n >> BigInt(32 * i)) & 0xffffffffn));
  return { version, words };
}

/** The fewest aligned blocks that cover [from, to] exactly (at most 2 per bit); null when reversed. */
function coverRange(from: bigint, to: bigint, version: 4 | 6): IpNetwork[] | null {
  if (to < from) return null;
  const bits = version === 4 ? 32 : 128;
  const out: IpNetwork[] = [];
  let start = from;
  while (start <= to && out.length < MAX_NETWORKS) {
    let size = 0;
    while (size < bits && (start & ((1n << BigInt(size + 1)) - 1n)) === 0n && start + (1n << BigInt(size + 1)) - 1n <= to) size++;
    out.push({ network: fromBig(start, version), prefix: bits - size });
    start += 1n << BigInt(size);
  }
  return out;
}
