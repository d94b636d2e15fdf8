/** A stated length of time, in days (hours / 24, weeks × 7, months × 30), and where it sits. */
export interface Duration {
  days: number;
  start: number;
  end: number;
  text: string;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45,
  sixty: 60, ninety: 90,
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, veertien: 14,
  dertig: 30, negentig: 90,
  ein: 1, eine: 1, einem: 1, einer: 1, einen: 1, zwei: 2, drei: 3, fünf: 5, sechs: 6, sieben: 7, neun: 9, zehn: 10,
  vierzehn: 14, dreißig: 30, dreissig: 30, neunzig: 90,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, quinze: 15, trente: 30,
  'quatre-vingt-dix': 90,
};

const UNIT_DAYS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:hours?|hrs?|h|uur|uren|stunden?|heures?)$/, 1 / 24],
  [/^(?:days?|werkdag(?:en)?|dag(?:en)?|tag(?:e|en)?|werktag(?:e|en)?|arbeitstag(?:e|en)?|jours?)$/, 1],
  [/^(?:weeks?|weken|week|wochen?|semaines?)$/, 7],
  [/^(?:months?|maand(?:en)?|monat(?:e|en)?|mois)$/, 30],
];

// A number (digits or a word) followed, within two qualifier words, by a time unit.
const DURATION = /(\d{1,4}(?:[.,]\d{1,2})?|[a-zäöüéèß-]{1,16})(?:\s*\(\d{1,4}\))?[\s-]{1,3}(?:(?:business|working|calendar|full|werk|kalender|ouvrés|ouvrables|ouvrées)[\s-]{1,3}){0,2}(hours?|hrs?|h|uur|uren|stunden?|heures?|days?|dagen|dag|werkdagen|werkdag|tage|tagen|tag|werktage|werktagen|arbeitstage|arbeitstagen|jours?|weeks?|weken|wochen?|semaines?|months?|maanden|maand|monate|monaten|monat|mois)\b/g;

function unitDays(unit: string): number | null {
  for (const [re, days] of UNIT_DAYS) if (re.test(unit)) return days;
  return null;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Every duration in a lower-cased sentence: "within 1 week" → 7, "48 business hours" → 2, "drie werkdagen" → 3. */
export function findDurations(norm: string): Duration[] {
  const out: Duration[] = [];
  const text = norm.length > 2000 ? norm.slice(0, 2000) : norm;
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m !== null; m = DURATION.exec(text)) {
    const raw = m[1]!;
    const n = /^\d/.test(raw) ? Number(raw.replace(',', '.')) : NUMBER_WORDS[raw];
    const per = unitDays(m[2]!);
    if (n === undefined || per === null || !Number.isFinite(n) || n <= 0) continue;
    out.push({ days: round(n * per), start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
