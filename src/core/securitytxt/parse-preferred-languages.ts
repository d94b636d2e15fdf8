import type { Finding } from '../schemas/finding.ts';
import { msg } from '../message/message.ts';
import { makeFinding } from './check-catalogue.ts';
import { COUNTRY_AS_LANGUAGE, isLanguageTag } from './check-language-tag.ts';
import { trimWhitespace } from './trim-whitespace.ts';

/**
 * Splits a Preferred-Languages value on commas (members trimmed, empty ones dropped), recovering from
 * wrong separators (; . : or spaces), and checks each tag. Returns the tags in source spelling.
 */
export function parsePreferredLanguages(value: string, line: number, findings: Finding[]): string[] {
  const tags: string[] = [];
  let empty = 0;
  let wrongSeparator = false;
  for (const member of value.split(',')) {
    const trimmed = trimWhitespace(member);
    if (trimmed === '') {
      empty++;
      continue;
    }
    if (/[;.: \t]/.test(trimmed)) {
      wrongSeparator = true;
      tags.push(...trimmed.split(/[;.: \t]+/).filter((t) => t !== ''));
    } else {
      tags.push(trimmed);
    }
  }
  if (wrongSeparator) findings.push(makeFinding('preferred_languages_wrong_separator', line));
  if (tags.length === 0) {
    findings.push(makeFinding('preferred_languages_empty', line));
    return tags;
  }
  const fixes = tags.map(countryFix);
  const invalid = tags.filter((t, i) => fixes[i] === null && !isLanguageTag(t));
  if (empty > 0 || invalid.length > 0) {
    const tags = invalid.map((t) => `"${t.slice(0, 40)}"`).join(', ');
    const what = empty === 0 ? msg('detail_parenthesised', { text: tags }) : tags === '' ? msg('detail_emptyListMember') : msg('detail_tagsAndEmptyMember', { tags });
    findings.push(makeFinding('invalid_language_tag', line, what));
  }
  if (fixes.some((f) => f !== null)) {
    const hints = tags.flatMap((t, i) => (fixes[i] === null ? [] : [`${t} → ${fixes[i]}`])).join(', ');
    findings.push(makeFinding('language_tag_country_code', line, msg('detail_parenthesised', { text: hints })));
  }
  return tags;
}

/** The language code meant when a tag's first subtag is a country code (cz → cs), else null. */
function countryFix(tag: string): string | null {
  const primary = tag.split('-')[0]!.toLowerCase();
  return Object.hasOwn(COUNTRY_AS_LANGUAGE, primary) ? COUNTRY_AS_LANGUAGE[primary]! : null;
}
