import { getDomain } from 'tldts';

/** At most this many hosts are tried: the page's host and its closest parents. */
export const MAX_CANDIDATE_HOSTS = 5;

/**
 * The page's host, then each parent domain up to the registrable domain (Public Suffix List with private
 * domains, so `a.github.io` never inherits from `github.io`). IPs and single-label names have no parents.
 */
export function listCandidateHosts(host: string): string[] {
  const h = host.toLowerCase().replace(/\.$/, '');
  const registrable = getDomain(h, { allowPrivateDomains: true });
  if (!registrable || (h !== registrable && !h.endsWith(`.${registrable}`))) return [h];
  const hosts = [h];
  for (let current = h; current !== registrable;) {
    current = current.slice(current.indexOf('.') + 1);
    hosts.push(current);
  }
  // Very deep names: keep the closest parents and the registrable domain.
  return hosts.length <= MAX_CANDIDATE_HOSTS ? hosts : [...hosts.slice(0, MAX_CANDIDATE_HOSTS - 1), registrable];
}
