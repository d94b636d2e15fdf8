import { msg, type MessageParam } from '../core/index.ts';
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
  const what = msg(command.positionals?.what ?? 'cli_arg_url');
  const flag = (name: string): MessageParam => (name === URL_ARG ? msg('cli_err_aWhat', { what }) : `--${name}`);
  const max = command.positionals?.max ?? Infinity;
  if (positionals.length > max) throw new UsageError(max === 1 ? msg('cli_err_giveOne', { what }) : msg('cli_err_tooMany', { args: positionals.slice(max).join(' ') }));
  for (const [name, spec] of Object.entries(command.options)) {
    if (!given(name)) continue;
    const value = values[name];
    const option = `--${name}`;
    const items = typeof value === 'string' ? (spec.list ? value.split(',').map((item) => item.trim()) : [value]) : [];
    const unknown = spec.values && items.find((item) => !spec.values!.includes(item));
    if (unknown !== undefined) {
      throw new UsageError(spec.list ? msg('cli_err_takesList', { option, values: spec.values!.join(', '), value: unknown }) : msg('cli_err_takes', { option, values: listAlternatives(spec.values!), value: unknown }));
    }
    if (spec.url && typeof value === 'string') {
      const url = toWebUrl(value);
      if (!url) throw new UsageError(msg('cli_err_needsUrl', { option, value }));
      values[name] = url.href;
    }
    const clash = spec.conflicts?.find(given);
    if (clash) throw new UsageError(msg('cli_err_either', { first: option, second: flag(clash) }));
    if (spec.needs && !spec.needs.some(given)) throw new UsageError(msg('cli_err_onlyWith', { option, others: spec.needs.map(flag).reduce((first, rest) => msg('cli_or', { first, rest })) }));
  }
  for (const group of command.oneOf ?? []) {
    if (!group.some(given)) throw new UsageError(msg('cli_err_give', { what: listAlternatives(group.map(flag)) }));
  }
}

/** "a", "a or b", "a, b or c", in the run's language. */
function listAlternatives(values: readonly MessageParam[]): MessageParam {
  const last = values.length <= 1 ? values[0]! : msg('cli_or', { first: values[values.length - 2]!, rest: values[values.length - 1]! });
  return values.slice(0, -2).reduceRight<MessageParam>((rest, first) => msg('cli_comma', { first, rest }), last);
}

