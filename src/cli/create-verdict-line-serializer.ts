import { ScopeVerdictSchema } from '../core/index.ts';
import type { RenderedVerdict } from './render-results.ts';
import { cutAtSlots, HOST_STAND_IN, INPUT_STAND_IN } from './cut-at-slots.ts';

const MAX_NODES = 200_000;
/** The fields of a verdict in the order the core writes them (its schema's). */
const FIELDS = Object.keys(ScopeVerdictSchema.shape) as ReadonlyArray<keyof RenderedVerdict>;
const HOST = HOST_STAND_IN;
const INPUT = INPUT_STAND_IN;

/** Trie steps that no field value can equal: a reason with the host in a slot; a value written as its JSON. */
const WITH_HOST = Symbol('with host');
const AS_JSON = Symbol('as JSON');

interface Template {
  /** The line cut at each slot: parts[0] slot parts[1] slot … parts[n]. */
  parts: readonly string[];
  /** For each slot: true for the host, false for the input. */
  hostSlots: readonly boolean[];
}

/** A node of the key trie: the next part of a verdict → the node after it; a leaf holds its template. */
type Node = Map<unknown, Node> & { template?: Template | null | false };

/**
 * `JSON.stringify({ ...verdict, input }) + '\n'`, the JSON Lines of `scope`, fast for bulk runs, where most
 * hosts get the same verdict but for their name (unknown, no programme; or the same programmes). Each
 * verdict is walked field by field, in the order of ScopeVerdictSchema (the order the core builds
 * verdicts in), down a trie of Maps (in the reasons the host's name is replaced by a slot), so equal
 * paths mean equal JSON apart from the host and the input. The second time a path is seen, its line becomes a template with slots for the host and the
 * input, and later lines on that path only fill them in: the output is JSON.stringify's, byte for byte
 * (test/unit/cli/verdict-line-serializer.test.ts compares). Strings the core shares (fixed reasons,
 * the rules' texts, the programmes' frozen answers) are hashed once. Bounded memory.
 */
export function createVerdictLineSerializer(): (verdict: RenderedVerdict, input: string) => string {
  let root: Node = new Map();
  let nodes = 0;
  const step = (node: Node, part: unknown): Node => {
    let next = node.get(part);
    if (!next) {
      next = new Map();
      node.set(part, next);
      nodes++;
    }
    return next;
  };
  return (v, input) => {
    if (nodes > MAX_NODES) {
      root = new Map();
      nodes = 0;
    }
    const host = v.host;
    let node = root;
    let general = true;
    for (const name of FIELDS) {
      if (name === 'host') continue;
      const value: unknown = v[name];
      if (!Array.isArray(value)) {
        if (typeof value === 'string' && value.includes('\u0000')) general = false;
        node = typeof value === 'object' && value !== null ? step(step(node, AS_JSON), JSON.stringify(value)) : step(node, value);
        continue;
      }
      node = step(node, value.length);
      for (const item of value) {
        if (typeof item === 'string') {
          if (item.includes('\u0000')) general = false;
          node = name === 'reasons' && host.length > 0 && item.includes(host) ? step(step(node, WITH_HOST), item.split(host).join(HOST)) : step(node, item);
        } else if (typeof item === 'object' && item !== null && Object.isFrozen(item)) node = step(node, item);
        else node = step(step(node, AS_JSON), JSON.stringify(item));
      }
    }
    // null: seen once; false: never a template (a text holding the slots' own character could not be
    // told from a slot).
    const template = node.template;
    if (template) return fill(template, host, input);
    if (template === undefined || template === false || !general) {
      node.template = general && template === undefined ? null : false;
      return JSON.stringify({ ...v, input }) + '\n';
    }
    const made = makeTemplate(v);
    node.template = made ?? false;
    return made ? fill(made, host, input) : JSON.stringify({ ...v, input }) + '\n';
  };
}

/** The line with slots, its fields in FIELDS order (undefined ones are left out, as JSON.stringify does). */
function makeTemplate(v: RenderedVerdict): Template | null {
  const host = v.host;
  let inReasons = 0;
  const reasons = host.length === 0 ? v.reasons : v.reasons.map((r) => {
    const pieces = r.split(host);
    inReasons += pieces.length - 1;
    return pieces.join(HOST);
  });
  const ordered: Record<string, unknown> = {};
  for (const name of FIELDS) ordered[name] = name === 'host' ? HOST : name === 'reasons' ? reasons : v[name];
  ordered.input = INPUT;
  const { parts, hostSlots } = cutAtSlots(JSON.stringify(ordered) + '\n');
  // The host's field, its mentions in the reasons and the input: any other slot's text came from elsewhere.
  if (hostSlots.filter((s) => !s).length !== 1 || hostSlots.filter((s) => s).length !== 1 + inReasons) return null;
  return { parts, hostSlots };
}

function fill(template: Template, host: string, input: string): string {
  const h = inJson(host);
  const { parts, hostSlots } = template;
  let line = parts[0]!;
  for (let k = 0; k < hostSlots.length; k++) line += (hostSlots[k] ? h : inJson(input)) + parts[k + 1]!;
  return line;
}

/** What JSON.stringify escapes in a string: '"', '\\', controls, and (lone) surrogates. */
// eslint-disable-next-line no-control-regex -- the controls are what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string's text inside JSON quotes. Host names never need escaping: they are copied as they are. */
function inJson(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text).slice(1, -1) : text;
}
