import type { CompiledScopeTerms } from './compile-scope-terms.ts';

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

// Coverage symbols are no language's words; the words are the packs' (`scope.yes`, `scope.no`, `scope.table…`).
const OUT_SYMBOL = /^(?:✗|✘|❌|×)$/u;
const IN_SYMBOL = /^(?:✓|✔|✔️|✅)$/u;

const says = (terms: readonly CompiledScopeTerms[], pick: (t: CompiledScopeTerms) => RegExp, text: string) => terms.some((t) => pick(t).test(text));

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
export function findScopeTableColumns(header: readonly string[], terms: readonly CompiledScopeTerms[]): ScopeTableColumns | null {
  let asset = -1;
  let coverage: number | null = null;
  let type: number | null = null;
  header.forEach((raw, i) => {
    const cell = cellText(raw);
    if (cell.length === 0 || cell.length > 60) return;
    if (type === null && says(terms, (t) => t.tableType, cell)) { type = i; return; }
    // Bounty columns say whether an in-scope asset earns money, not whether it may be tested; "In-scope asset" names the asset.
    if (coverage === null && says(terms, (t) => t.tableCoverage, cell) && !says(terms, (t) => t.tableReward, cell) && !says(terms, (t) => t.tableAsset, cell)) { coverage = i; return; }
    if (asset === -1 && says(terms, (t) => t.tableAsset, cell) && !says(terms, (t) => t.tableNotAsset, cell)) asset = i;
  });
  return asset === -1 ? null : { asset, coverage, type };
}

/** What a coverage cell says: "In scope", "Yes", "✓" → in; "Out of scope", "No", "Ineligible" → out; else null. */
export function readCoverage(cell: string, terms: readonly CompiledScopeTerms[]): Coverage | null {
  const t = cellText(cell);
  if (t.length === 0) return null;
  // "In scope: no", "Eligible: yes": the value after the column's own name decides.
  const colon = t.indexOf(':');
  if (colon > 0 && colon < 40 && says(terms, (x) => x.tableCoverage, t.slice(0, colon))) {
    const value = readCoverage(t.slice(colon + 1), terms);
    if (value) return value;
  }
  if (OUT_SYMBOL.test(t) || says(terms, (x) => x.no, t)) return 'out';
  return IN_SYMBOL.test(t) || says(terms, (x) => x.yes, t) ? 'in' : null;
}

/** A row without a coverage column may say it in a cell of its own ("In scope: no", "Eligible: yes"). */
export function findRowCoverage(cells: readonly string[], terms: readonly CompiledScopeTerms[]): Coverage | null {
  for (const cell of cells) {
    const t = cellText(cell);
    const colon = t.indexOf(':');
    if (colon > 0 && colon < 40 && says(terms, (x) => x.tableCoverage, t.slice(0, colon))) {
      const value = readCoverage(t, terms);
      if (value) return value;
    }
  }
  return null;
}
