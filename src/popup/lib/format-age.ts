import { t } from '../../platform/i18n.ts';

/** "just now", "5 min ago", "3 h ago", "2 days ago". */
export function formatAge(thenMs: number, nowMs: number): string {
  const minutes = Math.max(0, Math.round((nowMs - thenMs) / 60_000));
  if (minutes < 1) return t('ageJustNow');
  if (minutes < 60) return t('ageMinutes', [String(minutes)]);
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('ageHours', [String(hours)]);
  return t('ageDays', [String(Math.round(hours / 24))]);
}

/** A local date-time for tooltips and the "fresh until" line. */
export function formatTime(ms: number): string {
  try {
    return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return new Date(ms).toISOString();
  }
}
