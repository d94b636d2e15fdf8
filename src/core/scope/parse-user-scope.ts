import type { Finding } from '../schemas/finding.ts';
import { parseBurpScope } from './parse-burp-scope.ts';
import { parseUserScopeText } from './parse-user-scope-text.ts';
import type { UserScopeEntry } from './user-scope-entry.ts';

/** The researcher's program scope: a Burp Suite scope JSON when it looks like JSON, else the text syntax. */
export function parseUserScope(text: string): { value: UserScopeEntry[]; findings: Finding[] } {
  const body = text.replace(/^\uFEFF/, '');
  return body.trimStart().startsWith('{') ? parseBurpScope(body) : parseUserScopeText(body);
}
