/**
 * The name of a language (BCP 47 tag) in a display locale, from Intl.DisplayNames ("hu" → "Hungarian" in English,
 * "Ungarisch" in German); the tag itself when the runtime has no name for it.
 */
export function nameLanguage(code: string, locale = 'en'): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Which part of a policy was not read, for a reader: null when all of it was; else the languages (by name, in
 * `locale`) of what was not read and whether that is the whole document.
 */
export function describeUnread(
  policy: { language: string; language_supported?: boolean; unread_sections?: ReadonlyArray<{ language: string }> },
  locale = 'en',
): { whole: boolean; codes: string[]; names: string[] } | null {
  const whole = policy.language_supported === false;
  const codes = whole ? [policy.language] : [...new Set((policy.unread_sections ?? []).map((s) => s.language))];
  if (codes.length === 0) return null;
  return { whole, codes, names: codes.map((c) => nameLanguage(c, locale)) };
}
