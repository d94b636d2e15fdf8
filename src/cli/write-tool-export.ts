// `scope --export caido|zap`: the resolved scope for Caido or ZAP on stdout, what it cannot say on stderr.
import type { CliIo } from './command.ts';
import { exportCaidoScope, exportZapContext, toPrintable, type CompiledScope } from '../core/index.ts';

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
