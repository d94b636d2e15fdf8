import { b, e } from './languages/word-edges.ts';

/** True when `term` has a `|` outside every group and class, so it is an alternation of its own. */
function hasTopLevelBar(term: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < term.length; i++) {
    const ch = term[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** The term without its closing word edge, or null when it does not end with one (an escaped `\(` is no edge). */
function withoutEnd(term: string): string | null {
  if (!term.endsWith(e) || hasTopLevelBar(term)) return null;
  const body = term.slice(0, -e.length);
  let slashes = 0;
  for (let i = body.length - 1; i >= 0 && body[i] === '\\'; i--) slashes++;
  return slashes % 2 === 0 ? body : null;
}

/** Consecutive runs of terms sharing the key, in order. */
function runsOf<K>(terms: readonly string[], key: (t: string) => K): Array<{ key: K; terms: string[] }> {
  const runs: Array<{ key: K; terms: string[] }> = [];
  for (const t of terms) {
    const k = key(t);
    const last = runs[runs.length - 1];
    if (last && last.key === k) last.terms.push(t);
    else runs.push({ key: k, terms: [t] });
  }
  return runs;
}

/** Terms joined, with the closing word edge of consecutive terms that end with it written once after them. */
function joinEnds(terms: readonly string[]): string {
  return runsOf(terms, (t) => withoutEnd(t) !== null).map((run) => {
    if (!run.key || run.terms.length === 1) return run.terms.join('|');
    return `(?:${run.terms.map((t) => withoutEnd(t)!).join('|')})${e}`;
  }).join('|');
}

/**
 * The pack terms as one alternation, the same expression as `terms.join('|')` but with each word edge (`${b}`,
 * `${e}`, see word-edges.ts) written once for a run of consecutive terms that share it: `BaE|BbE|Bc` becomes
 * `B(?:(?:a|b)E|c)`. Alternation distributes over concatenation, and runs keep their order, so every match
 * (its start, its end and its groups) is the one the plain join gives. What changes is the cost: each
 * `[\p{L}\p{N}]` class costs V8 about a millisecond to parse and compile, and the packs hold thousands of edges,
 * which made a fresh worker's or CLI's first reading of a policy take a few hundred milliseconds.
 */
export function joinTerms(terms: readonly string[]): string {
  return runsOf(terms, (t) => t.startsWith(b) && !hasTopLevelBar(t)).map((run) => {
    if (!run.key || run.terms.length === 1) return joinEnds(run.terms);
    return `${b}(?:${joinEnds(run.terms.map((t) => t.slice(b.length)))})`;
  }).join('|');
}
