import { isWebUrl } from '../core/index.ts';
import { UsageError, type Command, type ParsedValues } from './command.ts';

/** The positional argument, in `needs` and `conflicts` lists. */
export const URL_ARG = '<url>';

/**
 * Checks what a command declares about its options before it runs, so commands hold no if/throw pages:
 * allowed values (`values`), options that cannot go together (`conflicts`), options that only make sense with
 * one of some others (`needs`, where `<url>` is the positional URL), values that must be http(s) URLs (`url`),
 * how many positionals there may be, and the inputs of which at least one must be given (`oneOf`). The first
 * problem is a UsageError with one short sentence.
 */
export function checkDeclaredOptions(command: Command, values: ParsedValues, positionals: readonly string[]): void {
  const given = (name: string) => (name === URL_ARG ? positionals.length > 0 : values[name] !== undefined && values[name] !== false);
  const flag = (name: string) => (name === URL_ARG ? 'a URL' : `--${name}`);
  const max = command.positionals?.max ?? Infinity;
  if (positionals.length > max) throw new UsageError(max === 1 ? 'give one URL' : `too many arguments: ${positionals.slice(max).join(' ')}`);
  for (const [name, spec] of Object.entries(command.options)) {
    if (!given(name)) continue;
    const value = values[name];
    if (spec.values && typeof value === 'string' && !spec.values.includes(value)) {
      throw new UsageError(`--${name} takes ${listAlternatives(spec.values)}, not "${value}"`);
    }
    if (spec.url && typeof value === 'string' && !isWebUrl(value)) throw new UsageError(`--${name} needs an absolute http(s) URL, not "${value}"`);
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
