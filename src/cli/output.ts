// How the CLI talks besides its results: notes on stderr (dropped by -s/--silent), progress for bulk work
// (only on a terminal), and colour (only on a terminal, never with NO_COLOR).
import type { CliIo } from './command.ts';

/** A note or warning on stderr; -s/--silent drops it (errors are not notes: they still reach stderr). */
export function notify(io: CliIo, text: string): void {
  if (!io.silent) io.stderr(text);
}

export interface Progress {
  tick: () => void;
  done: () => void;
}

/**
 * A progress line on stderr for bulk work ("scopecheck scope: 1200 hosts judged"), redrawn at most every
 * `everyMs`; only when stderr is a terminal and not silent, so logs and pipes never see it.
 */
export function createProgress(io: CliIo, label: string, everyMs = 200, clock: () => number = Date.now): Progress {
  if (io.isTTY?.stderr !== true || io.silent) return { tick: () => {}, done: () => {} };
  let count = 0;
  let last = -Infinity;
  let shown = false;
  return {
    tick: () => {
      count += 1;
      if (clock() - last < everyMs) return;
      last = clock();
      shown = true;
      io.stderr(`\r${label}: ${count}`);
    },
    done: () => {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}

const CODES = { red: 31, green: 32, yellow: 33, bold: 1 } as const;
export type Colour = keyof typeof CODES;

/** Whether stdout gets colour: a terminal, and NO_COLOR unset or empty (https://no-color.org). */
export function usesColour(io: CliIo): boolean {
  return io.isTTY?.stdout === true && !io.env?.NO_COLOR;
}

/** Paints already-printable text for stdout when usesColour(io), else returns it unchanged. */
export function createPaint(io: CliIo): (text: string, colour: Colour) => string {
  if (!usesColour(io)) return (text) => text;
  return (text, colour) => `\u001b[${CODES[colour]}m${text}\u001b[0m`;
}

/** The colour of a scope verdict. */
export function verdictColour(verdict: string): Colour {
  return verdict === 'in_scope' ? 'green' : verdict === 'out_of_scope' ? 'red' : 'yellow';
}
