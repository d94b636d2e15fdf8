import { parse } from 'tldts';
import type { FoundUrl } from './find-urls.ts';

// "example.com/me/team", written without a scheme (often in a code span, which Markdown does not turn into a
// link): a host under a public suffix followed by a path. Bounded: labels ≤ 63, ≤ 6 of them, path ≤ 200.
const BARE = /(?<![\w@./:-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,6}[a-z]{2,24})(\/[^\s<>"'`()[\]{}|\\^]{1,200})/gi;

/**
 * Web addresses written without a scheme ("flowcrypt.example/me/team") that are no part of an http(s) URL, an
 * e-mail address or a file path, as https URLs with their offsets. Only addresses with a path count: a bare host
 * is a scope entry far more often than a place to write to.
 */
export function findWebAddresses(text: string): FoundUrl[] {
  const out: FoundUrl[] = [];
  BARE.lastIndex = 0;
  for (let m = BARE.exec(text); m !== null; m = BARE.exec(text)) {
    const host = m[1]!.toLowerCase();
    const info = parse(host);
    if (!info.isIcann || info.hostname !== host || info.domain === null) continue;
    let path = m[2]!;
    while (path.length > 0 && '.,;:!?*'.includes(path[path.length - 1]!)) path = path.slice(0, -1);
    if (path.length < 2) continue;
    out.push({ url: `https://${host}${path}`, start: m.index, end: m.index + host.length + path.length });
  }
  return out;
}
