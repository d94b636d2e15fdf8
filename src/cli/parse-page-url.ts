// Apart from read-live-page.ts, so `txt` (whose URL mode loads discovery on demand) does not pull the whole
// pipeline into its chunk through this one helper.
import { msg, toPrintable } from '../core/index.ts';
import { UsageError } from './command.ts';
import { SCHEME, toWebUrl } from './to-web-url.ts';

/** The page a live command is about: an http(s) URL or a bare host (https://host/), or a usage error. */
export function parsePageUrl(value: string): URL {
  const url = toWebUrl(value);
  if (url) return url;
  const scheme = SCHEME.exec(value.trim());
  if (scheme) throw new UsageError(msg('cli_err_onlyHttp', { scheme: scheme[1]!.toLowerCase() }));
  throw new UsageError(msg('cli_err_notUrl', { value: toPrintable(value.slice(0, 120)) }));
}
