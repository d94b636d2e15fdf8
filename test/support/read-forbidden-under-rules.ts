import { extractPolicy } from '../../src/core/policy/extract-policy.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const BASE = 'https://github.com/example/widget/blob/main/SECURITY.md';

/**
 * The forbidden activity ids the reader finds in `text` placed after the opening of its language (a paragraph long
 * enough for the document's language to be told from its own prose, then a rules heading), as a repository's
 * SECURITY.md. The battery tests of invented sentences share it; each gives its own openings.
 */
export function readForbiddenUnderRules(openings: Readonly<Record<string, string>>): (lang: string, text: string) => string[] {
  return (lang, text) => {
    const opening = openings[lang];
    if (opening === undefined) throw new Error(`no opening for ${lang}`);
    return extractPolicy({ body: opening + text + '\n', url: 'SECURITY.md' }, { baseUrl: BASE, now: NOW }).forbidden_activities.map((f) => f.id);
  };
}
