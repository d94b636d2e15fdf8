import { readerForAll, type CompiledPack, type Reader } from './compile-reader.ts';

/** A stated length of time, in days (hours / 24, weeks × 7, months × 30), and where it sits. */
export interface Duration {
  days: number;
  start: number;
  end: number;
  text: string;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Every duration in a lower-cased sentence, in the time expressions of the reader's language packs:
 * "within 1 week" → 7, "48 business hours" → 2, "drie werkdagen" → 3, "3営業日" → 3. In text order.
 */
export function findDurations(norm: string, reader: Reader = readerForAll()): Duration[] {
  const out: Duration[] = [];
  const text = norm.length > 2000 ? norm.slice(0, 2000) : norm;
  for (const pack of reader.packs) {
    const re = pack.duration;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const raw = m[1]!;
      const n = /^\d/.test(raw) ? Number(raw.replace(',', '.')) : pack.numberWords.get(raw);
      const per = pack.unitDays.find(([u]) => u.test(m![2]!))?.[1] ?? null;
      if (n === undefined || per === null || !Number.isFinite(n) || n <= 0) continue;
      if (out.some((d) => d.start < m!.index + m![0].length && m!.index < d.end)) continue;
      out.push({ days: round(n * per), start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    // "viikon sisällä", "в течение недели": a unit with no number, one of it. The unit is the first word that
    // starts as one (a word ending as one, "seminggu"), or for scripts without spaces any unit inside the phrase.
    const one = pack.oneUnit;
    one.lastIndex = 0;
    for (let m = one.exec(text); m !== null; m = one.exec(text)) {
      if (m[0].length === 0) { one.lastIndex++; continue; }
      const words = pack.spaced ? m[0].split(/\s+/) : [m[0]];
      const unitOf = (table: CompiledPack['unitStart']) => words.map((w) => table.find(([u]) => u.test(w))?.[1]).find((d) => d !== undefined);
      const per = pack.spaced ? unitOf(pack.unitStart) ?? unitOf(pack.unitEnd) : unitOf(pack.unitAny);
      if (per === undefined || out.some((d) => d.start < m!.index + m![0].length && m!.index < d.end)) continue;
      out.push({ days: round(per), start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
