/**
 * Suffixes of the IANA "Well-Known URIs" registry (RFC 8615), as listed there (permanent and provisional
 * entries). A snapshot: new registrations may be missing, so the check built on it is only a warning.
 */
export const REGISTERED_WELL_KNOWN = new Set([
  'acme-challenge', 'amphtml', 'api-catalog', 'appspecific', 'apple-app-site-association',
  'apple-developer-merchantid-domain-association', 'ashrae', 'assetlinks.json', 'brski', 'caldav', 'carddav',
  'change-password', 'cmp', 'coap', 'core', 'csaf', 'csaf-aggregator', 'csvm', 'did.json', 'did-configuration.json',
  'dnt', 'dnt-policy.txt', 'dots', 'ecips', 'edhoc', 'enterprise-network-security', 'enterprise-transport-security',
  'est', 'genid', 'gnap-as-rs', 'gpc.json', 'hoba', 'host-meta', 'host-meta.json', 'hosting-provider',
  'http-opportunistic', 'idp-proxy', 'jmap', 'keybase.txt', 'knx', 'lnurlp', 'looking-glass', 'masque', 'matrix',
  'mercure', 'mta-sts.txt', 'mud', 'nfv-oauth-server-configuration', 'ni', 'nodeinfo', 'nostr.json',
  'oauth-authorization-server', 'oauth-protected-resource', 'ohttp-gateway', 'openid-configuration',
  'openid-federation', 'openorg', 'open-resource-discovery', 'openpgpkey', 'oslc', 'pki-validation', 'posh',
  'privacy-sandbox-attestations.json', 'private-token-issuer-directory', 'probing.txt', 'pvd', 'rd',
  'related-website-set.json', 'reload-config', 'repute-template', 'resourcesync', 'sbom', 'security.txt',
  'ssf-configuration', 'sshfp', 'stun-key', 'tdmrep.json', 'terraform.json', 'thread', 'time', 'timezone',
  'tor-relay', 'traffic-advice', 'trust.txt', 'uma2-configuration', 'void', 'webfinger', 'webweaver.json', 'wot',
  'xrp-ledger.toml',
]);

/** The first path segment after /.well-known/, or null when the path is not under it. */
export function wellKnownSuffix(path: string): string | null {
  const prefix = '/.well-known/';
  if (!path.toLowerCase().startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  const slash = rest.indexOf('/');
  return (slash === -1 ? rest : rest.slice(0, slash)).toLowerCase();
}
