import { judgeScope } from '../scope/judge-scope.ts';
import { hostPatternCovers } from '../scope/host-pattern-covers.ts';
import { ipInNetwork, parseIpv4, parseIpv6 } from '../scope/ip-address.ts';
import { parseScopeTarget, type ScopeTarget } from '../scope/parse-scope-target.ts';
import type { CompiledPlatformIndex, FiledRule } from './compile-platform-index.ts';
import type { ProgrammeMatch } from './platform-index.ts';

const NONE: readonly ProgrammeMatch[] = [];

/**
 * Each programme whose published scope covers the host, with the entry that decides it there and the
 * verdict it gives (in_scope or out_of_scope; a programme that leaves the host undecided is not listed).
 * Only programmes with a rule covering the host are judged. Never throws.
 */
export function findPlatformProgrammes(input: string | ScopeTarget, index: CompiledPlatformIndex): readonly ProgrammeMatch[] {
  const target = typeof input === 'string' ? parseScopeTarget(input) : input;
  if (!target) return NONE;
  let candidates: number[] | null = null;
  const add = (programme: number) => {
    candidates ??= [];
    if (!candidates.includes(programme)) candidates.push(programme);
  };
  const visit = (rules: readonly FiledRule[] | undefined) => {
    if (rules) for (const rule of rules) if (rule.host.kind === 'wildcard' || hostPatternCovers(rule.host, target)) add(rule.programme);
  };
  if (target.kind === 'dns') {
    const host = target.host;
    const named = index.exact.get(host);
    if (named) for (const programme of named) add(programme);
    for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) visit(index.below.get(host.slice(dot + 1)));
    visit(index.below.get(''));
  } else {
    // Parse the address once, not once per rule.
    const address = target.kind === 'ipv4' ? parseIpv4(target.host) : parseIpv6(target.host);
    if (address) for (const rule of index.ip) if (rule.host.kind === 'ip' && ipInNetwork(address, rule.host.network, rule.host.prefix)) add(rule.programme);
  }
  if (candidates === null) return NONE;
  const out: ProgrammeMatch[] = [];
  for (const i of (candidates as number[]).sort((a, b) => a - b)) {
    const v = judgeScope(target, index.scopes[i]!);
    if (v.verdict === 'unknown' || v.rule === null) continue;
    const p = index.programmes[i]!;
    out.push({ platform: p.platform, programme: p.name, url: p.url, entry: v.rule, verdict: v.verdict, data_date: index.data_date });
  }
  return out;
}
