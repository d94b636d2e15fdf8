import type { CompiledScope, ScopeRule } from './compiled-scope.ts';
import { escapeRegex } from './burp-host-regex.ts';
import { formatScopePattern } from './format-scope-pattern.ts';
import { listPhraseNotes } from './list-phrase-notes.ts';
import { msg, type Message } from '../message/message.ts';
import type { ScopePattern } from './scope-pattern.ts';
import { urlHostRegexBody } from './url-host-regex.ts';

export interface ZapContext {
  name: string;
  /** Java regexes each matched against a whole URL (query stripped, ZAP compiles them case-insensitive). */
  include: string[];
  exclude: string[];
}

// ZAP's built-in top-level technologies: a context that names none would skip every technology-specific scan rule.
const TECHNOLOGIES = ['Db', 'Language', 'OS', 'SCM', 'WS'];
const PARSER = 'org.zaproxy.zap.model.StandardParameterParser';
const PARSER_CONFIG = '{"kvps":"&","kvs":"=","struct":[]}';

/**
 * The resolved scope as a ZAP context (File → Import Context). ZAP matches each regex against the whole
 * URL, which carries a port only when it is not the scheme's default; it lets any exclusion win. Host parts
 * stop at '/', ':', '?', '#' and '@', so no regex reaches into a path. Inclusions without a port get 80 and
 * 443 (as in the Burp export), their paths stay case-sensitive (`(?-i:…)`); exclusions cover every port.
 * An exclusion's stated exceptions become a negative lookahead on the host; those limited to a port or a
 * path cannot, and ZAP excludes them too. All that cannot be said is listed in `notes`.
 */
export function exportZapContext(scope: CompiledScope, name: string, say: (message: Message) => string): { context: ZapContext; xml: string; notes: Message[] } {
  const include = new Set<string>();
  const exclude = new Set<string>();
  const notes: Message[] = [];
  for (const rule of scope.rules) {
    if (rule.refused) { notes.push(msg('note_exportRefused', { entry: rule.text, reason: rule.refused })); continue; }
    if (rule.pattern.pathIsPartial && rule.effect === 'include') { notes.push(msg('note_exportPartialPaths', { entry: rule.text })); continue; }
    const host = urlHostRegexBody(rule.pattern.host);
    if (host === null) { notes.push(msg('note_zapIpv6', { entry: rule.text })); continue; }
    const lookahead = rule.effect === 'exclude' ? exceptionLookahead(rule, notes) : '';
    for (const regex of urlRegexes(rule.pattern, `${lookahead}${host}`, rule.effect === 'include')) (rule.effect === 'include' ? include : exclude).add(regex);
  }
  notes.push(...listPhraseNotes(scope, 'ZAP'));
  const context: ZapContext = { name, include: [...include], exclude: [...exclude] };
  return { context, xml: renderZapContext(context, [msg('note_zapDescription'), ...notes].map(say)), notes };
}

/**
 * One regex per scheme when the pattern names ports (a URL omits its scheme's default port), else one.
 * Paths: a prefix ending in '/' covers what is below it; any other covers itself and what is below it.
 */
function urlRegexes(pattern: ScopePattern, host: string, include: boolean): string[] {
  const path = pathRegex(pattern.path, include);
  if (!pattern.ports) return [`https?://${host}${include ? '(?::(?:80|443))?' : '(?::[0-9]+)?'}${path}`];
  const ports = pattern.ports.join('|');
  return [['http', 80], ['https', 443]].map(([scheme, standard]) =>
    `${scheme}://${host}${pattern.ports!.includes(standard as number) ? `(?::(?:${ports}))?` : `:(?:${ports})`}${path}`);
}

function pathRegex(path: string | null, include: boolean): string {
  if (path === null || path === '/') return '(?:/.*)?';
  const literal = path.endsWith('/') ? `${escapeRegex(path)}.*` : `${escapeRegex(path)}(?:[/?#].*)?`;
  // ZAP compiles context regexes case-insensitive: an inclusion's path must not grow to other spellings.
  return include ? `(?-i:${literal})` : literal;
}

/** `(?!(?:A|B)(?:[:/]|$))`: the exclusion leaves out the hosts it states as exceptions. */
function exceptionLookahead(exclusion: ScopeRule, notes: Message[]): string {
  const bodies = new Set<string>();
  for (const exception of exclusion.exceptions) {
    const p = exception.pattern;
    const body = p.ports || p.path !== null || p.pathIsPartial ? null : urlHostRegexBody(p.host);
    if (body) bodies.add(body);
    else notes.push(msg('note_exportException', { entry: exclusion.text, exception: formatScopePattern(p).join(', '), tool: 'ZAP' }));
  }
  return bodies.size === 0 ? '' : `(?!(?:${[...bodies].join('|')})(?:[:/]|$))`;
}

/** The context file ZAP writes and reads (`Session.exportContext` / `importContext`). */
function renderZapContext(context: ZapContext, description: readonly string[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<configuration>',
    '    <context>',
    `        <name>${escapeXml(context.name)}</name>`,
    `        <desc>${escapeXml(description.join(' '))}</desc>`,
    '        <inscope>true</inscope>',
    ...context.include.map((r) => `        <incregexes>${escapeXml(r)}</incregexes>`),
    ...context.exclude.map((r) => `        <excregexes>${escapeXml(r)}</excregexes>`),
    '        <tech>',
    ...TECHNOLOGIES.map((t) => `            <include>${t}</include>`),
    '        </tech>',
    ...['urlparser', 'postparser'].flatMap((tag) => [
      `        <${tag}>`, `            <class>${PARSER}</class>`, `            <config>${escapeXml(PARSER_CONFIG)}</config>`, `        </${tag}>`,
    ]),
    '    </context>',
    '</configuration>',
  ];
  return lines.join('\n') + '\n';
}

// XML 1.0 cannot carry C0 controls other than tab and line breaks, nor lone surrogates: they become U+FFFD.
// eslint-disable-next-line no-control-regex -- matching controls is the point
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeXml(text: string): string {
  return text.replace(XML_INVALID, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
