import { UsageError, type Command, type ParsedValues } from './command.ts';
import { toWebUrl } from './to-web-url.ts';

/** The positional argument, in `needs` and `conflicts` lists. */
export const URL_ARG = '<url>';

/**
 * Checks what a command declares about its options before it runs, so commands hold no if/throw pages:
 * allowed values (`values`, each item of a comma-separated `list`), options that cannot go together (`conflicts`), options that only make sense with
 * one of some others (`needs`, where `<url>` is the positional URL), values that must be http(s) URLs or bare
 * hosts (`url`; a bare host is rewritten in `values` to its https:// URL),
 * how many positionals there may be, and the inputs of which at least one must be given (`oneOf`). The first
 * problem is a UsageError with one short sentence.
 */
export function checkDeclaredOptions(command: Command, values: ParsedValues, positionals: readonly string[]): void {
  const given = (name: string) => (name === URL_ARG ? positionals.length > 0 : values[name] !== undefined && values[name] !== false);
  const what = command.positionals?.what ?? 'URL';
  const flag = (name: string) => (name === URL_ARG ? `a ${what}` : `--${name}`);
  const max = command.positionals?.max ?? Infinity;
  if (positionals.length > max) throw new UsageError(max === 1 ? `give one ${what}` : `too many arguments: ${positionals.slice(max).join(' ')}`);
  for (const [name, spec] of Object.entries(command.options)) {
    if (!given(name)) continue;
    const value = values[name];
    const items = typeof value === 'string' ? (spec.list ? value.split(',').map((item) => item.trim()) : [value]) : [];
    const unknown = spec.values && items.find((item) => !spec.values!.includes(item));
    if (unknown !== undefined) {
      throw new UsageError(`--${name} takes ${spec.list ? `a comma-separated list of ${spec.values!.join(', ')}` : listAlternatives(spec.values!)}, not "${unknown}"`);
    }
    if (spec.url && typeof value === 'string') {
      const url = toWebUrl(value);
      if (!url) throw new UsageError(`--${name} needs an absolute http(s) URL or a host name, not "${value}"`);
      values[name] = url.href;
    }
    const clash = spec.conflicts?.find(given);
    if (clash) throw new UsageError(`give either --${name} or ${flag(clash)}, not both`);
    if (spec.needs && !spec.needs.some(given)) throw new UsageError(`--${name} only applies with ${spec.needs.map(flag).join(' or ')}`);
  }
  for (const group of command.oneOf ?? []) {
    if (!group.some(given)) throw new UsageError(`give ${listAlternatives(group.map(flag))}`);
  }
}

/** "a", "a or b", "a, b or c". */
function listAlternatives(values: readonly string[]): string {
  return values.length <= 2 ? values.join(' or ') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
