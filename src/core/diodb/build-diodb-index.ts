import { diodbHostKey, registrableDomain } from './diodb-host-key.ts';
import type { DiodbIndex, DiodbProgram } from './diodb-index.ts';
import { SHARED_PLATFORM_DOMAINS } from './shared-platforms.ts';

export interface DiodbSnapshot {
  snapshot_date: string;
  commit: string;
  source: string;
  license: string;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 2000) : null;
}

function hostOfUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** `local@domain.tld`: one `@`, no whitespace, a dot inside the domain (not first, not last). Linear. */
function isPlainEmail(email: string): boolean {
  const at = email.indexOf('@');
  if (at < 1 || email.indexOf('@', at + 1) !== -1 || /\s/.test(email)) return false;
  const domain = email.slice(at + 1);
  const dot = domain.indexOf('.', 1);
  return dot !== -1 && dot < domain.length - 1;
}

function toProgram(raw: Record<string, unknown>): DiodbProgram | null {
  const name = text(raw.program_name);
  if (!name) return null;
  const bounty = text(raw.offers_bounty);
  const harbor = text(raw.safe_harbor);
  const days = typeof raw.disclosure_timeline_days === 'number' && Number.isFinite(raw.disclosure_timeline_days) ? raw.disclosure_timeline_days : null;
  const email = text(raw.contact_email);
  return {
    name,
    policy_url: text(raw.policy_url),
    contact_url: text(raw.contact_url),
    contact_email: email && isPlainEmail(email) ? email : null,
    bounty: bounty === 'yes' || bounty === 'no' || bounty === 'partial' ? bounty : null,
    swag: typeof raw.offers_swag === 'boolean' ? raw.offers_swag : null,
    safe_harbor: harbor === 'full' || harbor === 'partial' || harbor === 'none' ? harbor : null,
    pgp_key: text(raw.pgp_key),
    securitytxt_url: text(raw.securitytxt_url),
    preferred_languages: text(raw.preferred_languages),
    disclosure_days: days,
    policy_url_alive: raw.policy_url_status === 'alive' ? true : raw.policy_url_status === 'dead' ? false : null,
  };
}

/** Host keys a programme is filed under: its name when it is a host name, the hosts of its own URLs, its mail domain. */
function keysOf(program: DiodbProgram): string[] {
  const hosts = [
    /\s/.test(program.name) ? null : program.name,
    hostOfUrl(program.policy_url), hostOfUrl(program.contact_url), hostOfUrl(program.securitytxt_url),
    program.contact_email ? program.contact_email.slice(program.contact_email.lastIndexOf('@') + 1) : null,
  ];
  const keys = new Set<string>();
  for (const host of hosts) {
    const key = host ? diodbHostKey(host) : null;
    if (!key) continue;
    const domain = registrableDomain(key);
    if (!domain || SHARED_PLATFORM_DOMAINS.has(domain)) continue;
    keys.add(key);
  }
  return [...keys];
}

/**
 * Builds the host index of the disclose.io programme list (build time): every programme, and a map from
 * host keys to programmes. Entries that break the schema are kept when they have a name, cleaned up.
 */
export function buildDiodbIndex(list: unknown, snapshot: DiodbSnapshot): DiodbIndex {
  const programs: DiodbProgram[] = [];
  const hosts: Record<string, number[]> = {};
  for (const raw of Array.isArray(list) ? list : []) {
    if (typeof raw !== 'object' || raw === null) continue;
    const program = toProgram(raw as Record<string, unknown>);
    if (!program) continue;
    const index = programs.push(program) - 1;
    for (const key of keysOf(program)) (hosts[key] ??= []).push(index);
  }
  return { schema: 'scopecheck.diodb-index/1', ...snapshot, programs, hosts };
}
