import type { Command } from './command.ts';

const COLUMN = 25;

/** A command's `--help`: its usage, then every option that declares its `help`, in declaration order. */
export function formatUsage(command: Pick<Command, 'usage' | 'options'>): string {
  const first = Object.values(command.options).find((spec) => spec.help);
  const lines = [command.usage, '', ...(first?.heading ? [] : ['Options:'])];
  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.heading) lines.push(spec.heading);
    if (!spec.help) continue;
    const flag = `  ${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.arg ? ` ${spec.arg}` : ''}`;
    const [first, ...rest] = spec.help.split('\n');
    lines.push(flag.length <= COLUMN - 2 ? `${flag.padEnd(COLUMN)}${first}` : `${flag}  ${first}`, ...rest.map((l) => `${' '.repeat(COLUMN)}${l}`));
  }
  return lines.join('\n');
}
