// Reading a --user-scope file (text, Burp JSON, HackerOne CSV, Bugcrowd targets), with its warnings on stderr.
import type { CliIo } from './command.ts';
import { readInputText } from './read-input.ts';
import { notify } from './output.ts';
import { sayOf, saySeverity } from './messages.ts';
import { msg, parseUserScope, toPrintable, type UserScopeEntry } from '../core/index.ts';

const MAX_USER_SCOPE_BYTES = 64 * 2 ** 20;
const MAX_SHOWN = 50;
const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The entries of a user-scope file. Each line it cannot read is named on stderr ("scopecheck scope:
 * warning: Line 7: …"), errors and warnings first; past 50, a count of the rest.
 */
export async function readUserScope(path: string, io: CliIo, command: string): Promise<UserScopeEntry[]> {
  const parsed = parseUserScope(await readInputText(path, io, { maxBytes: MAX_USER_SCOPE_BYTES, label: 'cli_input_userScopeFile' }));
  const findings = [...parsed.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  // Errors always reach stderr; warnings and notes are left out with -s/--silent.
  const say = (severity: string, text: string) => (severity === 'error' ? io.stderr(text) : notify(io, text));
  const words = sayOf(io);
  for (const f of findings.slice(0, MAX_SHOWN)) say(f.severity, `scopecheck ${command}: ${saySeverity(words, f.severity)}: ${toPrintable(words.finding(f).message)}\n`);
  if (findings.length > MAX_SHOWN) notify(io, `scopecheck ${command}: ${words.message(msg('cli_andMoreAbout', { n: findings.length - MAX_SHOWN, path }))}\n`);
  if (parsed.format !== 'text') notify(io, `scopecheck ${command}: ${words.message(msg(READ_SCOPE_AS[parsed.format], { n: parsed.value.length, path: toPrintable(path) }))}\n`);
  // The importers' quotes ("HackerOne line 4: …") in the run's language: they are scopecheck's words, not the file's.
  return words.lang === 'en' ? parsed.value : parsed.value.map((e) => (e.quote_message ? { ...e, quote: words.message(e.quote_message) } : e));
}

const READ_SCOPE_AS = { burp: 'cli_readScopeAs_burp', hackerone: 'cli_readScopeAs_hackerone', bugcrowd: 'cli_readScopeAs_bugcrowd', caido: 'cli_readScopeAs_caido', zap: 'cli_readScopeAs_zap' } as const;
