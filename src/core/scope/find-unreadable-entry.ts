import { getDomain, getPublicSuffix } from 'tldts';
import type { ScopeEffect } from './scope-pattern.ts';
import { trimTrailing } from './trim-trailing.ts';

/** A scope entry that names hosts or addresses in a way scopecheck cannot turn into a matcher. */
export interface UnreadableEntry {
  effect: ScopeEffect;
  /** The entry as written. */
  text: string;
  quote: string | null;
  /** The verdict's `rule_source` of the document it is in: policy, user, burp, a platform. */
  origin: string;
  /** Registrable domains of the host-like words in it. */
  domains: ReadonlySet<string>;
  /** Their labels (left of the public suffix): a host sharing one may be what the entry means. */
  labels: ReadonlySet<string>;
  /** It has a word that looks like an IP address or range: it may concern any address. */
  addresses: boolean;
}

const MAX_WORDS = 200;
const NOT_HOSTS = new Set(['e.g', 'i.e', 'etc', 'a.k.a', 'vs', 'p.s', 'n.b']);
// Labels too common to say that an entry is about a host ("www.(a|b).com" is not about every www host).
const COMMON_LABELS = new Set(['www', 'com', 'net', 'org']);

/**
 * The entry as an unreadable entry when it has a host-like word ("node[1..n].x.com", "XSS on *.x.com",
 * "10.0.0.1 – 10.0.0.9 (lab)"), else null: a phrase naming no host (a vulnerability class, "marketing
 * websites") is understood as a phrase, not unreadable.
 */
export function findUnreadableEntry(text: string, effect: ScopeEffect, quote: string | null, origin: string): UnreadableEntry | null {
  const domains = new Set<string>();
  const labels = new Set<string>();
  let hostish = false;
  let addresses = false;
  const words = text.toLowerCase().split(/[\s,;"']+/, MAX_WORDS);
  for (const raw of words) {
    let start = 0;
    while (start < raw.length && '([{<'.includes(raw[start]!)) start++;
    const word = trimTrailing(raw.slice(start), ')]}>.:!?');
    if (!isHostish(word)) continue;
    hostish = true;
    if (/^[0-9a-f:.*/-]+$/.test(word) && /\d/.test(word) && !/[g-z]/.test(word)) addresses = true;
    const plain = word.replace(/^[a-z][a-z0-9+.-]{0,20}:\/\//, '').split(/[/?#]/)[0]!.replace(/\*\.?/g, '');
    const domain = getDomain(plain, { allowPrivateDomains: true });
    if (domain) domains.add(domain);
    const suffix = getPublicSuffix(plain, { allowPrivateDomains: true }) ?? '';
    const left = suffix && plain.endsWith(`.${suffix}`) ? plain.slice(0, -suffix.length - 1) : plain;
    for (const label of left.split(/[^a-z0-9-]+/)) if (label.length >= 2 && !COMMON_LABELS.has(label) && !/^\d+$/.test(label)) labels.add(label);
  }
  return hostish ? { effect, text, quote, origin, domains, labels, addresses } : null;
}

/** A word that spells a host, a pattern or an address: dotted labels, or a '*' with a dot. */
function isHostish(word: string): boolean {
  if (word.length < 3 || NOT_HOSTS.has(word)) return false;
  const parts = word.split('.');
  if (parts.length < 2 || parts.some((p) => p.length === 0)) return false;
  const last = parts[parts.length - 1]!;
  return word.includes('*') || /[([{<|]/.test(word) || /^\d+$/.test(last) || /^[a-z][a-z0-9-]+$/.test(last) || /[/:]/.test(last);
}

/**
 * Whether an unreadable entry could concern the host: it names the host's registrable domain, or shares
 * a label with the host (left of its public suffix).
 */
export function unreadableConcerns(entry: UnreadableEntry, host: string, isAddress: boolean): boolean {
  if (isAddress) return entry.addresses;
  const parts = hostParts(host);
  if (parts.domain && entry.domains.has(parts.domain)) return true;
  for (const label of parts.labels) if (entry.labels.has(label)) return true;
  return false;
}

/** The last host's registrable domain and labels: a scope's unreadable entries are checked one after the other for one host. */
let last: { host: string; domain: string | null; labels: readonly string[] } = { host: '', domain: null, labels: [''] };

function hostParts(host: string): { domain: string | null; labels: readonly string[] } {
  if (host === last.host) return last;
  const domain = getDomain(host, { allowPrivateDomains: true });
  const suffix = getPublicSuffix(host, { allowPrivateDomains: true }) ?? '';
  const left = suffix && host.endsWith(`.${suffix}`) ? host.slice(0, -suffix.length - 1) : host;
  last = { host, domain, labels: left.split('.') };
  return last;
}
