import type { Command } from '../command.ts';
import { txtCommand } from './txt.ts';
import { policyCommand } from './policy.ts';
import { scopeCommand } from './scope.ts';
import { draftCommand } from './draft.ts';
import { checkCommand } from './check.ts';
import { programsCommand } from './programs.ts';

/** Every subcommand, in the order `--help` lists them. Each lives in its own file. */
export const COMMANDS: Command[] = [txtCommand, policyCommand, scopeCommand, draftCommand, checkCommand, programsCommand];
