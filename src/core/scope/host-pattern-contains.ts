import { hostPatternCovers } from './host-pattern-covers.ts';
import { ipInNetwork } from './ip-address.ts';
import type { HostPattern } from './scope-pattern.ts';

function isUnder(suffix: string, outerSuffix: string): boolean {
  return outerSuffix === '' || suffix === outerSuffix || suffix.endsWith(`.${outerSuffix}`);
}

/**
 * Whether every host `inner` covers is also covered by `outer`. Exact for exact names, wildcards and IP
 * networks; for globs only the clear cases (a wildcard above them) answer true, so a false "no" is possible
 * where a glob would contain a glob.
 */
export function hostPatternContains(outer: HostPattern, inner: HostPattern): boolean {
  switch (inner.kind) {
    case 'exact':
      return hostPatternCovers(outer, { host: inner.host, kind: 'dns' });
    case 'wildcard':
      if (outer.kind !== 'wildcard') return false;
      if (inner.suffix === outer.suffix) return outer.apex || !inner.apex;
      return isUnder(inner.suffix, outer.suffix);
    case 'glob':
      // A glob's names have at least one label below its suffix.
      return outer.kind === 'wildcard' && isUnder(inner.suffix, outer.suffix);
    case 'ip':
      return outer.kind === 'ip' && outer.network.version === inner.network.version && outer.prefix <= inner.prefix &&
        ipInNetwork(inner.network, outer.network, outer.prefix);
  }
}
