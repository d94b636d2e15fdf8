/** One unit of a paragraph after line grouping: its raw lines joined, and where it starts. */
export interface LineGroup {
  text: string;
  line: number;
  /** Ends with a colon: it introduces what follows. */
  leadIn: boolean;
}

const WRAP_WIDTH = 50;

function startsLower(line: string): boolean {
  const ch = line.trimStart()[0];
  return ch !== undefined && (ch === '(' || (ch !== ch.toUpperCase() && ch === ch.toLowerCase()));
}

function startsUpperOrDigit(line: string): boolean {
  const ch = line.trimStart()[0];
  return ch !== undefined && (/[0-9"“'‘(]/.test(ch) || (ch !== ch.toLowerCase() && ch === ch.toUpperCase()));
}

function endsColon(line: string): boolean {
  return /:\s*$/.test(line) && !/https?:\s*$/i.test(line);
}

/**
 * Decides whether the lines of one paragraph are wrapped prose (joined into one unit) or one unit per line:
 * pasted lists whose markers were lost ("Here is a list:\nClickjacking…\nCSRF…"), and plain text, where a line
 * break usually means something. A line joins the previous one only when that one looks wrapped (long, no
 * closing punctuation) and it starts in lower case.
 */
export function groupParagraphLines(lines: string[], firstLine: number, plain: boolean): LineGroup[] {
  const trimmed = lines.map((l) => l.trim());
  let split = plain;
  if (!split && trimmed.length >= 2) {
    const colonInside = trimmed.slice(0, -1).some((l, i) => endsColon(l) && startsUpperOrDigit(trimmed[i + 1]!));
    const listLike = trimmed.length >= 3 && trimmed.slice(1).every(startsUpperOrDigit);
    split = colonInside || listLike;
  }
  if (!split) {
    const text = trimmed.join('\n');
    return [{ text, line: firstLine, leadIn: endsColon(text) }];
  }
  const groups: LineGroup[] = [];
  trimmed.forEach((line, i) => {
    const prev = groups[groups.length - 1];
    const prevLine = trimmed[i - 1] ?? '';
    const wrapped = prev !== undefined && !prev.leadIn && prevLine.length >= WRAP_WIDTH && !/[.!?;:]$/.test(prevLine) && startsLower(line);
    if (wrapped) {
      prev.text += '\n' + line;
      prev.leadIn = endsColon(line);
    } else groups.push({ text: line, line: firstLine + i, leadIn: endsColon(line) });
  });
  return groups;
}
