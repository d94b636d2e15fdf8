/** Which columns of a table say what the asset is and whether it is in scope. */
export interface ScopeTableColumns {
  /** The column naming the asset ("Asset", "Identifier", "Domain", "Target" …). */
  asset: number;
  /** The column saying in or out of scope ("In scope", "Coverage", "Eligible for submission" …), if any. */
  coverage: number | null;
  /** The column giving the asset's type ("Type", "Asset type"), if any. */
  type: number | null;
}

export type Coverage = 'in' | 'out';

const ASSET = /\b(?:assets?|identifiers?|targets?|domains?|hosts?|hostnames?|urls?|systems?|endpoints?|applications?|services?|websites?|scope items?|name|doel(?:en)?|systeem|systemen|domein(?:en)?|cibles?|actifs?|périmètre|ziele?|dienste?)\b/;
const NOT_ASSET = /\b(?:type|kind|severity|cvss|impact|bounty|reward|notes?|description|instructions?|comments?|max|level|priority)\b/;
const COVERAGE = /\bin[- ]scope\b|\bcoverage\b|\bscope\b|\beligib\w*|\bstatus\b|\bincluded\b|\bin aanmerking\b|\bportée\b|\bgeltungsbereich\b/;
// Bounty columns say whether an in-scope asset earns money, not whether it may be tested.
const REWARD = /\b(?:bounty|bounties|reward|rewards|payout|beloning|prämie|récompense)\b/;
const TYPE = /^(?:asset )?(?:type|kind|category|platform|soort|typ)$/;

const OUT = /\bout[- ]of[- ]scope\b|\bnot in[- ]scope\b|\bineligible\b|\bnot eligible\b|\bexcluded\b|\bbuiten\b|\bhors\b|\bausgeschlossen\b|^(?:no|none|false|nee|nein|non|out|✗|✘|❌|×)$/;
const IN = /\bin[- ]scope\b|\beligible\b|\bincluded\b|\bbinnen\b|^(?:yes|true|ja|oui|in|✓|✔|✔️|✅)$/;

function cellText(cell: string): string {
  return cell.toLowerCase().replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** Cells of a table row as the document reader joins them (" | "). */
export function splitTableRow(text: string): string[] {
  return text.split(' | ');
}

/**
 * Reads a table's header row: the asset column and, if present, the coverage and type columns. Null when
 * no column names an asset (a table of response times, of severities …).
 */
export function findScopeTableColumns(header: readonly string[]): ScopeTableColumns | null {
  let asset = -1;
  let coverage: number | null = null;
  let type: number | null = null;
  header.forEach((raw, i) => {
    const cell = cellText(raw);
    if (cell.length === 0 || cell.length > 60) return;
    if (type === null && TYPE.test(cell)) { type = i; return; }
    if (coverage === null && COVERAGE.test(cell) && !REWARD.test(cell) && !/\b(?:assets?|identifiers?)\b/.test(cell)) { coverage = i; return; }
    if (asset === -1 && ASSET.test(cell) && !NOT_ASSET.test(cell)) asset = i;
  });
  return asset === -1 ? null : { asset, coverage, type };
}

/** What a coverage cell says: "In scope", "Yes", "✓" → in; "Out of scope", "No", "Ineligible" → out; else null. */
export function readCoverage(cell: string): Coverage | null {
  const t = cellText(cell);
  if (t.length === 0) return null;
  // "In scope: no", "Eligible: yes": the value after the column's own name decides.
  const colon = t.indexOf(':');
  if (colon > 0 && colon < 40 && COVERAGE.test(t.slice(0, colon))) {
    const value = readCoverage(t.slice(colon + 1));
    if (value) return value;
  }
  if (OUT.test(t)) return 'out';
  return IN.test(t) ? 'in' : null;
}

/** A row without a coverage column may say it in a cell of its own ("In scope: no", "Eligible: yes"). */
export function findRowCoverage(cells: readonly string[]): Coverage | null {
  for (const cell of cells) {
    const t = cellText(cell);
    const colon = t.indexOf(':');
    if (colon > 0 && colon < 40 && COVERAGE.test(t.slice(0, colon))) {
      const value = readCoverage(t);
      if (value) return value;
    }
  }
  return null;
}
