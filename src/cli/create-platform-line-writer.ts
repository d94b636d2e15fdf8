import { findPlatformProgrammes, judgeWithPlatforms, parseScopeTarget, type CompiledPlatformIndex, type CompiledScope, type HostingFound, type Message, type MessageParam, type ScopeVerdict } from '../core/index.ts';
import type { CliIo } from './command.ts';
import { createLineSink, type LineSink } from './create-line-sink.ts';
import { cutAtSlots, HOST_STAND_IN as HOST, INPUT_STAND_IN as INPUT } from './cut-at-slots.ts';
import type { Say } from './messages.ts';
import type { HostLine } from './read-host-lines.ts';
import { renderVerdict } from './render-results.ts';

type ProgrammeMatch = NonNullable<ScopeVerdict['programmes']>[number];
type ThirdPartyPlatform = NonNullable<HostingFound['platform']>;

/** Tries to make a key's template before its hosts all take the general path. */
const MAX_TEMPLATE_TRIES = 4;
/** Keys (trie nodes) kept at most (then the trie starts again): bounded memory whatever the input. */
const MAX_KEYS = 100_000;
/** Text that JSON.stringify copies as it is: printable ASCII but '"' and '\\'. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
/** Parts shorter than this are copied byte by byte (a call to TypedArray#set costs more). */
const SHORT_PART = 48;
/** What noteResult is told per verdict: one object each, not one per host. */
const FACTS: Readonly<Record<ScopeVerdict['verdict'], { verdict: ScopeVerdict['verdict'] }>> = {
  in_scope: Object.freeze({ verdict: 'in_scope' }),
  out_of_scope: Object.freeze({ verdict: 'out_of_scope' }),
  unknown: Object.freeze({ verdict: 'unknown' }),
};

/** A line cut around its host and input: part, slot, part, …, part, as UTF-8. */
interface LineTemplate {
  verdict: ScopeVerdict['verdict'];
  parts: readonly Uint8Array[];
  /** Per slot: 1 for the host, 0 for the input. */
  slots: Uint8Array;
  /** The parts' bytes, and how many host and input slots there are. */
  fixed: number;
  hosts: number;
  inputs: number;
}

/**
 * A node of the keys' trie: a hosting platform's root, then one step per programme answer found (the
 * shared, frozen answers of the index, told apart by identity). A host's key is the node reached by its
 * answers in order: one Map lookup per answer, whatever the number of keys.
 */
interface KeyNode {
  next: Map<ProgrammeMatch, KeyNode> | null;
  template: LineTemplate | null;
  tries: number;
}

/** The lines of `scope --platforms --hosts-file … --json`, written fast: see createPlatformLineWriter. */
export interface PlatformLineWriter {
  /**
   * Writes every host of the batches as its JSON Line, in input order; `general` gives the line of a host
   * the fast path leaves (an invalid target, a line too long) and notes its result. Returns the number of
   * lines read.
   */
  run(batches: AsyncIterable<HostLine[]>, general: (line: HostLine) => string, progress: { tick: () => void }): Promise<number>;
}

/**
 * The bulk JSON Lines of `scope --platforms` when no document takes part (no policy, no user scope, no
 * security.txt: the "classify a host list against every programme"). Then a host's line is fixed
 * by the programmes found for it (findPlatformProgrammes gives shared answer objects) and the hosting
 * platform it is on, apart from its name and its input: judgeScope against a blank scope says "nothing
 * given" and names the hosting platform, and nothing else. So the line is made once per (hosting platform,
 * programmes) the general way (judgeWithPlatforms, renderVerdict, JSON.stringify), cut into UTF-8 parts
 * around the host and the input, checked against the general line it came from, and later hosts only copy
 * the parts and write their name and input: no verdict object, no message rendering, no JSON.stringify
 * per host. Output goes out in 1 MiB chunks with backpressure (LineSink). Bytes equal the general path's
 * (test/unit/cli/platform-line-writer.test.ts). Returns null when a document takes part: then the general
 * path (createVerdictLineSerializer) writes every line.
 */
export function createPlatformLineWriter(scope: CompiledScope, platforms: CompiledPlatformIndex, say: Say, io: CliIo): PlatformLineWriter | null {
  if (!isBlank(scope)) return null;
  // Hosting platform (null: none) → the trie of the programme answers found.
  let roots = new Map<ThirdPartyPlatform | null, KeyNode>();
  let keys = 0;
  // The hosting platform, found by the programmes' lookup in the same pass over the name.
  const hosting: HostingFound = { platform: null };

  /** Writes the host's line into the sink, or returns null when the general path must write it. */
  const append = (text: string, sink: LineSink): ScopeVerdict['verdict'] | null => {
    const target = parseScopeTarget(text);
    if (!target) return null;
    const host = target.host;
    const programmes = findPlatformProgrammes(target, platforms, hosting);
    const platform = hosting.platform;
    if (keys > MAX_KEYS) {
      roots = new Map();
      keys = 0;
    }
    let node: KeyNode | undefined = roots.get(platform);
    if (!node) roots.set(platform, (node = newKey()));
    for (let k = 0; k < programmes.length; k++) {
      const answer = programmes[k]!;
      let next: KeyNode | undefined = node.next?.get(answer);
      if (!next) {
        (node.next ??= new Map()).set(answer, (next = newKey()));
        keys++;
      }
      node = next;
    }
    let t = node.template;
    if (!t) {
      if (node.tries >= MAX_TEMPLATE_TRIES) return null;
      node.tries++;
      t = node.template = makeTemplate(text, host, programmes, scope, platforms, say);
      if (!t) return null;
    }
    // The input as JSON string text: most lines are the host itself (a normalised host is ASCII, copied as is).
    let input = text;
    let ascii = true;
    if (text !== host && !PLAIN_ASCII.test(text)) {
      input = JSON.stringify(text).slice(1, -1);
      ascii = PLAIN_ASCII.test(input);
    }
    const buf = sink.reserve(t.fixed + t.hosts * host.length + t.inputs * input.length * 3);
    let pos = sink.pos;
    const { parts, slots } = t;
    pos = copyPart(buf, parts[0]!, pos);
    for (let k = 0; k < slots.length; k++) {
      if (slots[k] === 1) pos = copyAscii(buf, host, pos);
      else if (ascii) pos = copyAscii(buf, input, pos);
      else pos += buf.write(input, pos, 'utf8');
      pos = copyPart(buf, parts[k + 1]!, pos);
    }
    sink.pos = pos;
    return t.verdict;
  };

  return {
    run: async (batches, general, progress) => {
      const sink = createLineSink(io);
      let judged = 0;
      for await (const batch of batches) {
        for (const line of batch) {
          const verdict = line.truncated ? null : append(line.text, sink);
          if (verdict === null) sink.appendString(general(line));
          else io.noteResult?.(FACTS[verdict]);
          progress.tick();
        }
        judged += batch.length;
        await sink.settle();
      }
      await sink.flush();
      return judged;
    },
  };
}

/** Copies the bytes to buf at pos; returns the position after them. */
function copyPart(buf: Buffer, part: Uint8Array, pos: number): number {
  const n = part.length;
  if (n >= SHORT_PART) buf.set(part, pos);
  else for (let i = 0; i < n; i++) buf[pos + i] = part[i]!;
  return pos + n;
}

/** Writes text known to be ASCII (a normalised host, or plain ASCII input) to buf at pos, one byte per character. */
function copyAscii(buf: Buffer, text: string, pos: number): number {
  const n = text.length;
  for (let i = 0; i < n; i++) buf[pos + i] = text.charCodeAt(i);
  return pos + n;
}

function newKey(): KeyNode {
  return { next: null, template: null, tries: 0 };
}

/** No document takes part: judgeScope then answers "nothing given", naming the host's hosting platform. */
function isBlank(scope: CompiledScope): boolean {
  return !scope.hasPolicy && !scope.hasUserScope && !scope.fromCommunityData && scope.txt === null && scope.rules.length === 0 && scope.phrases.length === 0
    && scope.ipRules.length === 0 && scope.closedWorld === null && scope.openInclusion === null && scope.tenants.size === 0
    && scope.unreadable.length === 0 && scope.opaqueExclusions.length === 0;
}

/**
 * The line of this host made the general way, cut at its host and input (the host as a message
 * parameter and as the `host` field), or null when the slots are not exactly those (a text holding the
 * slots' own characters).
 */
function makeTemplate(
  text: string, host: string, programmes: readonly ProgrammeMatch[], scope: CompiledScope, platforms: CompiledPlatformIndex, say: Say,
): LineTemplate | null {
  const v = judgeWithPlatforms(text, scope, platforms);
  const found = v.programmes ?? [];
  if (v.host !== host || found.length !== programmes.length || found.some((p, i) => p !== programmes[i])) return null;
  let named = 0;
  const slotted = { ...v, host: HOST, reasons: v.reasons.map((m) => withHostSlot(m, host, () => named++)) };
  const { parts, hostSlots } = cutAtSlots(JSON.stringify({ ...renderVerdict(slotted, say), input: INPUT }) + '\n');
  const hosts = hostSlots.filter((s) => s).length;
  // The host field, the host in the reasons, the input: any other slot's text came from elsewhere.
  if (hosts !== 1 + named || hostSlots.length !== hosts + 1) return null;
  const bytes = parts.map((part) => Buffer.from(part, 'utf8'));
  return {
    verdict: v.verdict,
    parts: bytes,
    slots: Uint8Array.from(hostSlots, (s) => (s ? 1 : 0)),
    fixed: bytes.reduce((n, b) => n + b.length, 0),
    hosts,
    inputs: 1,
  };
}

/** The message with the host, wherever it is a whole parameter, replaced by the host slot (`named` counts them). */
function withHostSlot(m: Message, host: string, named: () => void): Message {
  if (!m.params) return m;
  const params: Record<string, MessageParam> = {};
  for (const [name, value] of Object.entries(m.params)) {
    if (value === host) named();
    params[name] = value === host ? HOST : typeof value === 'object' ? withHostSlot(value, host, named) : value;
  }
  return { ...m, params };
}
