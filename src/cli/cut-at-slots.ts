/** Stand-ins for the host and the input in a line made once and filled in for many hosts (never in a host name). */
export const HOST_STAND_IN = '\u0000scopecheck-host\u0000';
export const INPUT_STAND_IN = '\u0000scopecheck-input\u0000';
/** How the stand-ins read inside JSON text (JSON.stringify escapes the NULs). */
const HOST_SLOT = JSON.stringify(HOST_STAND_IN).slice(1, -1);
const INPUT_SLOT = JSON.stringify(INPUT_STAND_IN).slice(1, -1);

/**
 * A JSON line written with the stand-ins, cut around them: parts[0] slot parts[1] slot … parts[n], and for
 * each slot whether it is the host (else the input).
 */
export function cutAtSlots(line: string): { parts: string[]; hostSlots: boolean[] } {
  const parts: string[] = [];
  const hostSlots: boolean[] = [];
  let start = 0;
  for (;;) {
    const h = line.indexOf(HOST_SLOT, start);
    const i = line.indexOf(INPUT_SLOT, start);
    if (h === -1 && i === -1) break;
    const isHost = h !== -1 && (i === -1 || h < i);
    const at = isHost ? h : i;
    parts.push(line.slice(start, at));
    hostSlots.push(isHost);
    start = at + (isHost ? HOST_SLOT.length : INPUT_SLOT.length);
  }
  parts.push(line.slice(start));
  return { parts, hostSlots };
}
