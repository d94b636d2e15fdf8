// `scope --export caido|zap`: the resolved scope for Caido or ZAP on stdout, what it cannot say on stderr.
import type { CliIo } from './command.ts';
import type { CompiledScope } from '../core/scope/compiled-scope.ts';
import { exportCaidoScope } from '../core/scope/export-caido-scope.ts';
import { exportZapContext } from '../core/scope/export-zap-context.ts';
import { toPrintable } from '../core/scope/to-printable.ts';

export function writeToolExport(kind: 'caido' | 'zap', scope: CompiledScope, name: string, io: CliIo): void {
  let notes: string[];
  if (kind === 'caido') {
    const caido = exportCaidoScope(scope, name);
    io.stdout(JSON.stringify(caido.preset, null, 2) + '\n');
    notes = caido.notes;
  } else {
    const zap = exportZapContext(scope, name);
    io.stdout(zap.xml);
    notes = zap.notes;
  }
  for (const note of notes) io.stderr(`scopecheck scope: ${toPrintable(note)}\n`);
}
