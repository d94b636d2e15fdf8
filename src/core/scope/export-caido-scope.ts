import type { CompiledScope, ScopeRule } from './compiled-scope.ts';
import { formatIp } from './ip-address.ts';
import { listPhraseNotes } from './list-phrase-notes.ts';
import { msg, type Message } from '../message/message.ts';
import type { HostPattern } from './scope-pattern.ts';

/**
 * A Caido scope preset: the shape of Caido's `createScope` input (SDK `sdk.scopes.createScope`, GraphQL
 * `createScope(input: …)`), whose lists are also what the Scope page takes one per line. Caido matches
 * host globs only (`*` any run of characters, dots included; `?` one character) and lets the denylist win.
 */
export interface CaidoScopePreset {
  name: string;
  allowlist: string[];
  denylist: string[];
}

// What Caido accepts in a scope rule: lowercase letters, digits, '-', '_', '*', '?' (and the dots of a name).
const CAIDO_GLOB = /^[a-z0-9._*?-]+$/;

/**
 * The resolved scope as a Caido scope preset, never wider than scopecheck's: Caido globs have no ports,
 * no paths and no label boundaries inside a name, so an inclusion that would grow (a port, a path, a
 * mid-label glob, an IP network) is left out, and an exclusion that cannot be said exactly is written
 * broader (the whole host, a `*` that crosses dots, whole IPv4 octets). An exclusion's stated exceptions
 * cannot be said in a denylist: Caido excludes them too. Each of these is listed in `notes`.
 */
export function exportCaidoScope(scope: CompiledScope, name = 'scopecheck'): { preset: CaidoScopePreset; notes: Message[] } {
  const allow = new Set<string>();
  const deny = new Set<string>();
  const notes: Message[] = [];
  for (const rule of scope.rules) {
    if (rule.refused) { notes.push(msg('note_exportRefused', { entry: rule.text, reason: rule.refused })); continue; }
    if (rule.pattern.pathIsPartial && rule.effect === 'include') { notes.push(msg('note_exportPartialPathsCaido', { entry: rule.text })); continue; }
    if (rule.effect === 'include') addInclusion(rule, allow, notes);
    else addExclusion(rule, deny, notes);
  }
  notes.push(...listPhraseNotes(scope, 'Caido'));
  if (allow.size === 0) notes.push(msg('note_caidoAllowlistEmpty'));
  return { preset: { name, allowlist: [...allow], denylist: [...deny] }, notes };
}

function addInclusion(rule: ScopeRule, allow: Set<string>, notes: Message[]): void {
  const { pattern } = rule;
  if (pattern.ports) { notes.push(msg('note_caidoPorts', { entry: rule.text })); return; }
  if (pattern.path !== null) { notes.push(msg('note_caidoPath', { entry: rule.text })); return; }
  const globs = exactGlobs(pattern.host);
  if (globs === null || !globs.every((g) => CAIDO_GLOB.test(g))) {
    notes.push(msg('note_caidoNotExact', { entry: rule.text }));
    return;
  }
  for (const glob of globs) allow.add(glob);
}

function addExclusion(rule: ScopeRule, deny: Set<string>, notes: Message[]): void {
  const { pattern } = rule;
  const host = pattern.host;
  let globs = exactGlobs(host);
  if (globs === null) {
    globs = broaderGlobs(host);
    if (globs === null) { notes.push(msg('note_caidoIpv6Exclusion', { entry: rule.text })); return; }
    notes.push(msg('note_caidoBroader', { entry: rule.text, globs: globs.join(', ') }));
  }
  if (pattern.ports || pattern.path !== null) notes.push(msg(pattern.ports ? 'note_caidoLimitedPorts' : 'note_caidoLimitedPath', { entry: rule.text }));
  if (rule.exceptions.length > 0) notes.push(msg('note_caidoExceptions', { entry: rule.text }));
  // A character Caido does not take becomes '?' (any one character): broader, never narrower.
  for (const glob of globs) deny.add(CAIDO_GLOB.test(glob) ? glob : glob.replace(/[^a-z0-9._*?-]/g, '?'));
}

/** Globs matching exactly the hosts of a pattern, or null. */
function exactGlobs(host: HostPattern): string[] | null {
  switch (host.kind) {
    case 'exact':
      return [host.host];
    case 'wildcard':
      if (host.suffix === '') return null;
      return host.apex ? [host.suffix, `*.${host.suffix}`] : [`*.${host.suffix}`];
    case 'glob':
      return null; // Caido's '*' crosses dots: "api-*.example.com" would match "api-a.b.example.com"
    case 'ip':
      return host.network.version === 4 && host.prefix === 32 ? [formatIp(host.network)] : null;
  }
}

/** Globs covering at least the hosts of a pattern (for exclusions), or null. */
function broaderGlobs(host: HostPattern): string[] | null {
  switch (host.kind) {
    case 'exact':
      return [host.host];
    case 'wildcard':
      return host.suffix === '' ? ['*'] : [`*.${host.suffix}`, ...(host.apex ? [host.suffix] : [])];
    case 'glob':
      return [[...(host.anyPrefix ? ['*'] : []), ...host.labels, ...(host.suffix === '' ? [] : [host.suffix])].join('.')];
    case 'ip': {
      if (host.network.version !== 4) return null;
      const whole = Math.floor(host.prefix / 8);
      if (whole === 0) return ['*'];
      const octets = formatIp(host.network).split('.').slice(0, whole);
      return [whole === 4 ? octets.join('.') : `${octets.join('.')}.*`];
    }
  }
}
