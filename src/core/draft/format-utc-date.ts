/** `2026-11-21 09:30 UTC`: unambiguous in every report language. */
export function formatUtcDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'unknown';
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
