/** Where the background stores check results in storage.local (the popup reads them directly). */
export const CHECK_KEY_PREFIX = 'check:';
export const CHECK_INDEX_KEY = 'checkIndex';

export function checkStorageKey(siteKey: string): string {
  return CHECK_KEY_PREFIX + siteKey;
}
