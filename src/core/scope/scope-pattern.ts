import type { IpAddress } from './ip-address.ts';

/** What a scope entry says about a host, after parsing. All hosts are normalised (see normalizeHost). */
export type HostPattern =
  /** Exactly this DNS name. */
  | { kind: 'exact'; host: string }
  /**
   * Any name one or more labels below `suffix` ("*.example.com"); `apex` adds `suffix` itself, only when
   * the entry's own words say so ("example.com and all subdomains"). `suffix` "" is every host.
   */
  | { kind: 'wildcard'; suffix: string; apex: boolean }
  /**
   * Labels left of a literal `suffix`, some with '*' inside ("api-*.example.com", "a.*.example.com").
   * Each '*' stays inside its label. `anyPrefix`: a leading "*." before them (one or more further labels).
   */
  | { kind: 'glob'; suffix: string; labels: readonly string[]; anyPrefix: boolean }
  /** An IP address or network; an exact address has the full prefix (32 or 128). */
  | { kind: 'ip'; network: IpAddress; prefix: number };

/** A host pattern, optionally narrowed to ports and a path prefix (from URL entries). */
export interface ScopePattern {
  host: HostPattern;
  /** Only these ports, when the entry named one; null = any port. */
  ports: readonly number[] | null;
  /** Path prefix from a URL entry; null = the whole host ("/" counts as the whole host). */
  path: string | null;
  /** The path had a '*' inside: the prefix is only its start, so it never decides a whole host. */
  pathIsPartial: boolean;
}

export type ScopeEffect = 'include' | 'exclude';

/** How a host-less phrase can affect verdicts. */
export type PhraseCategory =
  /** Third-party / vendor / externally hosted services: hosts on known hosting platforms. */
  | 'third_party'
  /** "Anything not listed is out of scope", "only the assets listed below are in scope": unmatched hosts become out of scope. */
  | 'unlisted'
  /** A kind of system excluded unless listed ("AWS instances not listed in the scope section"): a caveat for unlisted hosts. */
  | 'unlisted_kind'
  /** "This site": the host the policy was published on, when it is known. */
  | 'this_site'
  /** Systems named without a host ("marketing websites", "customer applications"): a caveat, never a grant. */
  | 'systems'
  /** Anything else (vulnerability classes, activities): no bearing on which hosts are in scope. */
  | 'other';
