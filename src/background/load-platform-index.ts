import {
  PlatformIndexSchema, PlatformProgrammeSchema, buildPlatformSuffixTable, compilePlatformIndex, matchingSuffixTable,
  readPlatformSuffixTable, selectPlatformProgrammes,
  type CompiledPlatformIndex, type PlatformIndex, type PlatformSuffixLookup,
} from '../core/index.ts';
import { platformDataItem } from '../platform/platform-data-store.ts';
import { createPackagedDataLoader } from './load-packaged-data.ts';
import { trace } from '../platform/trace.ts';

/** The snapshot shipped in the package, validated whole (read once): for the options page and a refresh. */
export const loadPackagedPlatformIndex = createPackagedDataLoader('data/platform-index.json', (json) => {
  const parsed = PlatformIndexSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
});

/** The same file as read on a check: its header validated, its programmes only when a host picks them. */
const loadPackagedPlatformJson = createPackagedDataLoader('data/platform-index.json', (json) => readUnvalidatedIndex(json));

/** The packaged suffix table (scripts/build-platform-index.ts writes it beside the index). */
const loadPackagedSuffixTable = createPackagedDataLoader('data/platform-suffixes.json', readPlatformSuffixTable);

/** The copy in use: a refreshed one the user fetched (validated again on read), else the packaged snapshot. */
export async function readPlatformIndex(): Promise<PlatformIndex | null> {
  const stored = await platformDataItem.get().catch(() => null);
  return stored?.refreshed?.index ?? (await loadPackagedPlatformIndex());
}

/** An index whose programmes are validated one by one, when a host needs them; and which of them concern which suffix. */
interface PlatformSource {
  header: Omit<PlatformIndex, 'programmes'>;
  programmes: readonly unknown[];
  /** Set once a programme passed PlatformProgrammeSchema (the packaged copy; a refreshed one was validated whole). */
  valid: boolean[];
  lookup: PlatformSuffixLookup;
}

/** At most this many hosts' compiled programmes are kept (a handful of programmes each). */
const MAX_HOSTS = 32;
let source: Promise<PlatformSource | null> | null = null;
const byHost = new Map<string, Promise<CompiledPlatformIndex | null>>();

/**
 * The platforms' programmes that can concern `host`, compiled (a few at most, in their order in the index):
 * nothing is compiled when the worker starts, and no check compiles the whole index. The suffix table says which
 * programmes file rules under the host's name or its suffixes (selectPlatformProgrammes); looking the host up in
 * this small index gives what the whole index gives. Null when the data is missing or malformed (the source is off).
 */
export function loadPlatformIndex(host: string): Promise<CompiledPlatformIndex | null> {
  const known = byHost.get(host);
  if (known) return known;
  trace('platforms:load', host);
  source ??= readPlatformSource();
  const compiled = source.then((from) => {
    trace('platforms:read');
    if (!from) return null;
    const picked = selectPlatformProgrammes(host, from.lookup);
    for (const i of picked) {
      if (from.valid[i]) continue;
      if (!PlatformProgrammeSchema.safeParse(from.programmes[i]).success) return null;
      from.valid[i] = true;
    }
    const out = compilePlatformIndex({ ...from.header, programmes: picked.map((i) => from.programmes[i]) as PlatformIndex['programmes'] });
    trace('platforms:compiled', `${picked.length} of ${from.programmes.length} programmes`);
    return out;
  });
  if (byHost.size >= MAX_HOSTS) byHost.delete(byHost.keys().next().value!);
  byHost.set(host, compiled);
  return compiled;
}

/** After a refresh (or going back to the packaged copy): the next check reads the copy then in use. */
export function forgetPlatformIndex(): void {
  source = null;
  byHost.clear();
}

async function readPlatformSource(): Promise<PlatformSource | null> {
  const stored = await platformDataItem.get().catch(() => null);
  const refreshed = stored?.refreshed;
  if (refreshed) {
    const { programmes, ...header } = refreshed.index;
    // A copy stored before the table was kept with it gets one built here, once per worker (the old cost).
    const lookup = matchingSuffixTable(readPlatformSuffixTable(refreshed.suffixes), header.data_date, programmes) ?? tableOf(refreshed.index);
    return { header, programmes, valid: programmes.map(() => true), lookup };
  }
  const [index, table] = await Promise.all([loadPackagedPlatformJson(), loadPackagedSuffixTable()]);
  if (!index) return null;
  const matching = matchingSuffixTable(table, index.header.data_date, index.programmes);
  if (matching) return { ...index, valid: index.programmes.map(() => false), lookup: matching };
  // A package built without its table (or with another index's): validated whole and tabled here, as before.
  const whole = await loadPackagedPlatformIndex();
  return whole ? { header: index.header, programmes: whole.programmes, valid: whole.programmes.map(() => true), lookup: tableOf(whole) } : null;
}

function tableOf(index: PlatformIndex): PlatformSuffixLookup {
  trace('platforms:table-built');
  return readPlatformSuffixTable(buildPlatformSuffixTable(index))!;
}

/** The index's header validated (PlatformIndexSchema with no programmes), its programmes left for later. */
function readUnvalidatedIndex(json: unknown): { header: Omit<PlatformIndex, 'programmes'>; programmes: readonly unknown[] } | null {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { programmes?: unknown }).programmes)) return null;
  const { programmes, ...rest } = json as { programmes: unknown[] };
  const parsed = PlatformIndexSchema.safeParse({ ...rest, programmes: [] });
  if (!parsed.success) return null;
  const { programmes: _none, ...header } = parsed.data;
  return { header, programmes };
}

