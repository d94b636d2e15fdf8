import { msg } from '../core/index.ts';
import type { Command } from './command.ts';
import type { Say } from './messages.ts';

const COLUMN = 25;

/**
 * A command's `--help` in the run's language: its usage, then every option that declares its `help` (a message
 * "<arg>\twhat it does"), in declaration order, under their headings.
 */
export function formatUsage(command: Pick<Command, 'usage' | 'options'>, say: Say): string {
  const words = (id: string) => say.message(msg(id));
  const first = Object.values(command.options).find((spec) => spec.help);
  const lines = [words(command.usage), '', ...(first?.heading ? [] : [words('cli_heading_options')])];
  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.heading) lines.push(words(spec.heading));
    if (!spec.help) continue;
    const text = words(spec.help);
    const tab = text.indexOf('\t');
    const flag = `  ${spec.short ? `-${spec.short}, ` : ''}--${name}${tab > 0 ? ` ${text.slice(0, tab)}` : ''}`;
    const [head, ...rest] = text.slice(tab + 1).split('\n');
    lines.push(flag.length <= COLUMN - 2 ? `${flag.padEnd(COLUMN)}${head}` : `${flag}  ${head}`, ...rest.map((l) => `${' '.repeat(COLUMN)}${l}`));
  }
  return lines.join('\n');
}
