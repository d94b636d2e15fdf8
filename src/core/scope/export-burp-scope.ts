import type { CompiledScope, ScopeRule } from './compiled-scope.ts';
import { escapeRegex, hostPatternRegexBody } from './burp-host-regex.ts';
import { formatScopePattern } from './format-scope-pattern.ts';
import { listPhraseNotes } from './list-phrase-notes.ts';
import { msg, type Message } from '../message/message.ts';

export interface BurpScopeRule {
  enabled: boolean;
  protocol: 'any';
  host: string;
  port: string;
  file: string;
}

/** Burp Suite project options holding only the target scope (Project options → Load / Target → Scope). */
export interface BurpScopeDocument {
  target: { scope: { advanced_mode: true; include: BurpScopeRule[]; exclude: BurpScopeRule[] } };
}

/**
 * The resolved scope (policy and user entries) as a Burp Suite advanced-mode scope. Host regexes are
 * anchored and match on label boundaries. Inclusions without a port get `^(80|443)$`; exclusions
 * without one get every port. As in scopecheck, any exclusion wins; the exceptions an exclusion states
 * itself ("except for *.proxy.app.x") are written into it as a negative lookahead.
 * Phrases, too-broad inclusions and IPv6 networks cannot be written: they are listed in `notes`.
 */
export function exportBurpScope(scope: CompiledScope): { document: BurpScopeDocument; notes: Message[] } {
  const include: BurpScopeRule[] = [];
  const exclude: BurpScopeRule[] = [];
  const notes: Message[] = [];
  const seen = new Set<string>();
  for (const rule of scope.rules) {
    if (rule.refused) { notes.push(msg('note_exportRefused', { entry: rule.text, reason: rule.refused })); continue; }
    if (rule.pattern.pathIsPartial) { notes.push(msg('note_exportPartialPaths', { entry: rule.text })); continue; }
    const body = hostPatternRegexBody(rule.pattern.host);
    if (body === null) { notes.push(msg('note_burpIpv6', { entry: rule.text })); continue; }
    let host = `^${body}$`;
    if (rule.effect === 'exclude') {
      const exceptions = exceptionRegexBodies(rule, notes);
      if (exceptions.length > 0) host = `^(?!(?:${exceptions.join('|')})$)${body}$`;
    }
    const entry: BurpScopeRule = {
      enabled: true,
      protocol: 'any',
      host,
      port: rule.pattern.ports ? `^(${rule.pattern.ports.join('|')})$` : rule.effect === 'include' ? '^(80|443)$' : '^[0-9]+$',
      file: fileRegex(rule.pattern.path),
    };
    const key = `${rule.effect} ${entry.host} ${entry.port} ${entry.file}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (rule.effect === 'include' ? include : exclude).push(entry);
  }
  notes.push(...listPhraseNotes(scope, 'Burp'));
  return { document: { target: { scope: { advanced_mode: true, include, exclude } } }, notes };
}

function fileRegex(path: string | null): string {
  if (path === null) return '^/.*';
  return path.endsWith('/') ? `^${escapeRegex(path)}.*` : `^${escapeRegex(path)}(?:[/?#].*)?$`;
}

/**
 * Host regex bodies of the exceptions an exclusion states ("except for *.proxy.app.x"): Burp lets any
 * exclusion win, so the exclusion must leave them out itself. Exceptions limited to ports or paths cannot
 * be said in a host regex: the exclusion then stays whole (narrower in Burp than in scopecheck, never wider).
 */
function exceptionRegexBodies(exclusion: ScopeRule, notes: Message[]): string[] {
  const out: string[] = [];
  for (const exception of exclusion.exceptions) {
    const body = exception.pattern.ports || exception.pattern.path !== null || exception.pattern.pathIsPartial ? null : hostPatternRegexBody(exception.pattern.host);
    if (body) out.push(body);
    else notes.push(msg('note_exportException', { entry: exclusion.text, exception: formatScopePattern(exception.pattern).join(', '), tool: 'Burp' }));
  }
  return [...new Set(out)];
}
