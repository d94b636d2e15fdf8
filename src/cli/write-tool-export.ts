// `scope --export burp|caido|zap`: the resolved scope for the tool on stdout, what it cannot say on stderr (in the
// run's language; Burp's notes are notes, which -s drops, as before).
import type { CliIo } from './command.ts';
import { sayOf } from './messages.ts';
import { notify } from './output.ts';
import { exportBurpScope, exportCaidoScope, exportZapContext, toPrintable, type CompiledScope, type Message } from '../core/index.ts';

export function writeToolExport(kind: 'burp' | 'caido' | 'zap', scope: CompiledScope, name: string, io: CliIo): void {
  const say = sayOf(io);
  let notes: Message[];
  if (kind === 'burp') {
    const burp = exportBurpScope(scope);
    io.stdout(JSON.stringify(burp.document, null, 2) + '\n');
    for (const note of burp.notes) notify(io, `scopecheck scope: ${toPrintable(say.message(note))}\n`);
    return;
  }
  if (kind === 'caido') {
    const caido = exportCaidoScope(scope, name);
    io.stdout(JSON.stringify(caido.preset, null, 2) + '\n');
    notes = caido.notes;
  } else {
    const zap = exportZapContext(scope, name, say.message);
    io.stdout(zap.xml);
    notes = zap.notes;
  }
  for (const note of notes) io.stderr(`scopecheck scope: ${toPrintable(say.message(note))}\n`);
}
