import type { PolicyResult } from '../schemas/policy-result.ts';
import { compileScope } from '../scope/compile-scope.ts';
import type { CompiledScope } from '../scope/compiled-scope.ts';
import type { HostPattern } from '../scope/scope-pattern.ts';
import type { PlatformIndex, PlatformProgramme } from './platform-index.ts';

/** A rule of one programme, filed by its DNS suffix. */
export interface FiledRule { programme: number; host: HostPattern }

/** A platform index ready to look hosts up in: see compilePlatformIndex. Treat as opaque. */
export interface CompiledPlatformIndex {
  data_date: string;
  programmes: readonly PlatformProgramme[];
  /** Each programme's scope, compiled like a policy's. */
  scopes: readonly CompiledScope[];
  /** Exact names (and the apex of "x and all subdomains") → the programmes naming them. */
  exact: ReadonlyMap<string, readonly number[]>;
  /** Suffix → wildcard and glob rules below it ("" holds globs like "example.*"). */
  below: ReadonlyMap<string, readonly FiledRule[]>;
  /** IP address rules. */
  ip: readonly FiledRule[];
}

/**
 * Compiles every programme's scope once and files its rules by DNS name and suffix across programmes, so
 * that looking a host up costs one Map lookup per label and no allocation when nothing matches; only the
 * programmes with a rule covering the host are then judged.
 */
export function compilePlatformIndex(index: PlatformIndex): CompiledPlatformIndex {
  const exact = new Map<string, number[]>();
  const below = new Map<string, FiledRule[]>();
  const ip: FiledRule[] = [];
  const fileExact = (name: string, programme: number) => {
    const list = exact.get(name);
    if (!list) exact.set(name, [programme]);
    else if (list[list.length - 1] !== programme) list.push(programme);
  };
  const scopes = index.programmes.map((programme, i) => {
    const scope = compileScope({ policy: programmePolicy(programme) });
    for (const rule of scope.rules) {
      // Too broad to grant ("*", "*.com"): never decides a host, so never makes a programme a candidate.
      if (rule.refused) continue;
      const host = rule.pattern.host;
      if (host.kind === 'ip') ip.push({ programme: i, host });
      else if (host.kind === 'exact') fileExact(host.host, i);
      else {
        if (host.kind === 'wildcard' && host.apex) fileExact(host.suffix, i);
        const list = below.get(host.suffix);
        if (list) list.push({ programme: i, host });
        else below.set(host.suffix, [{ programme: i, host }]);
      }
    }
    return scope;
  });
  return { data_date: index.data_date, programmes: index.programmes, scopes, exact, below, ip };
}

/** A programme's scope strings as a policy's scope: each string is its own quote. */
function programmePolicy(programme: PlatformProgramme): PolicyResult {
  const entries = (list: readonly string[]) => list.map((pattern) => ({ pattern, quote: pattern }));
  return {
    schema: 'scopecheck.policy/1', contacts: [], in_scope: entries(programme.in_scope), out_of_scope: entries(programme.out_of_scope),
    forbidden_activities: [], obligations: [], report_fields: [], response_sla_days: null, disclosure_days: null,
    safe_harbor: null, bounty: null, pgp: [], language: 'en',
  };
}
