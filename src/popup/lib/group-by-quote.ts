import type { ActivityId } from '../../core/index.ts';

/** Activities forbidden by the same sentence, together (the sentence shown once), in first-seen order. */
export function groupByQuote(activities: readonly { id: ActivityId; quote: string }[]): { ids: ActivityId[]; quote: string }[] {
  const groups = new Map<string, ActivityId[]>();
  for (const { id, quote } of activities) {
    const ids = groups.get(quote) ?? [];
    if (!ids.includes(id)) ids.push(id);
    groups.set(quote, ids);
  }
  return [...groups].map(([quote, ids]) => ({ ids, quote }));
}
