import type { Command } from '../command.ts';
import { txtCommand } from './txt.ts';
import { scopeCommand } from './scope.ts';
import { draftCommand } from './draft.ts';

/** Every subcommand, in the order `--help` lists them. Each lives in its own file. */
export const COMMANDS: Command[] = [txtCommand, scopeCommand, draftCommand];
