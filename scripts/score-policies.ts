// `npm run score:policies [-- <labels.json>…] [--json] [--quiet]`: scores extractPolicy against hand labels.
// Works on any folder with the layout of ../shared/corpus/policies (labels.json next to the policy files); given
// several labels files (dev and test splits), scores each and then all together. Each report has figures per
// language group (the label's `language`) and each file's misses.
//
// Scoring rules (see the report printed at the end):
// - Set fields (forbidden_activities, report_fields, ineligible ids): micro precision / recall / F1 over
//   (file, id) pairs; ids in `<field>_optional` count neither way; files listing the field in `unscored` skip.
// - contacts: a label with an e-mail address matches an extracted contact with the same address (case-
//   insensitive); a label with a URL matches the same URL (scheme and host lower-cased, no trailing slash or
//   fragment); a prose label ("in person at a meeting") matches an extracted contact that is neither e-mail
//   nor URL when at least half of the label's content words occur in that contact's value or quote.
//   Since 2026-12-07 a prose label may also match an extracted URL contact (the same channel given as its
//   address): when at least half of the label's content words occur in that contact's quote or inside its URL
//   ("github" and "issues" in https://github.com/o/r/issues), or when
//   the label names GitHub private vulnerability reporting or a security advisory and the URL is a GitHub
//   repository's advisories page (`/security/advisories`, `/new` or not) of the repository the label names
//   ("owner/repo"), else of the repository in the file's base URL, else of any repository. `--prose-strict`
//   scores with the earlier rule (prose labels match only contacts that are neither e-mail nor URL).
//   Precision counts extracted contacts that match no label.
// - response_sla_days, disclosure_days, safe_harbor, bounty, language: exact equality (null included);
//   "timelines exact" = both day counts right.
// - in_scope / out_of_scope: labels that start with a host, wildcard, URL or IP are compared as patterns
//   (exact, lower-cased); prose labels are reported as phrase recall (half of their content words in one
//   extracted phrase), informational only.
// - probe_hosts: when src/core/scope exports judgeScope and compileScope, each probe host (not
//   context_dependent, not a <placeholder>) is judged against the extracted policy; accuracy is reported.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPolicy } from '../src/core/policy/extract-policy.ts';
import type { PolicyResult } from '../src/core/schemas/policy-result.ts';

interface Probe { host: string; expected: string; context_dependent?: boolean }
interface Label {
  file?: string; base_url?: string; source?: { published_url?: string }; language?: string;
  contacts?: string[]; in_scope?: string[]; out_of_scope?: string[];
  forbidden_activities?: string[]; forbidden_optional?: string[]; ineligible_activities?: string[];
  report_fields?: string[]; report_fields_optional?: string[];
  response_sla_days?: number | null; disclosure_days?: number | null; safe_harbor?: boolean | null; bounty?: boolean | null;
  unscored?: string[]; probe_hosts?: Probe[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const given = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
/** Several labels files (dev and test splits) are scored each on its own, then together. */
const labelsPaths = given.length > 0 ? given : [join(root, '..', 'shared', 'corpus', 'policies', 'labels.json')];
const asJson = args.includes('--json');
/** The contact rule before 2026-12-07: a prose label matches only a contact that is neither e-mail nor URL. */
const proseStrict = args.includes('--prose-strict');
const quiet = args.includes('--quiet');
const NOW = new Date('2026-11-21T00:00:00Z');

const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'any', 'all', 'our', 'not', 'are', 'its', 'via', 'their', 'other', 'only', 'etc']);
const words = (t: string) => t.toLowerCase().split(/[^\p{L}\p{N}.*@-]+/u).map((w) => w.replace(/^[.-]+|[.-]+$/g, '')).filter((w) => w.length >= 3 && !STOP.has(w));
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
const URL_RE = /https?:\/\/[^\s)]+/i;

function normUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url.toLowerCase().replace(/\/+$/, '');
  }
}

type Key = { type: 'email' | 'url'; key: string; words?: string[]; text?: string } | { type: 'prose'; words: string[]; text: string };
function labelKey(written: string): Key {
  // Contacts labelled as written ("security [at] example [dot] com") are compared de-obfuscated.
  const label = written.replace(/\s*[[(]\s*at\s*[\])]\s*/gi, '@').replace(/\s*[[(]\s*dot\s*[\])]\s*/gi, '.');
  const email = EMAIL.exec(label);
  if (email) return { type: 'email', key: email[0].toLowerCase() };
  const url = URL_RE.exec(label);
  if (url) return { type: 'url', key: normUrl(url[0]) };
  return { type: 'prose', words: words(label), text: label };
}
function contactKey(c: PolicyResult['contacts'][number]): Key {
  if (c.value.toLowerCase().startsWith('mailto:')) return { type: 'email', key: c.value.slice(7).toLowerCase() };
  if (/^https?:\/\//i.test(c.value)) return { type: 'url', key: normUrl(c.value), words: words(c.quote), text: c.value.toLowerCase() };
  return { type: 'prose', words: words(`${c.value} ${c.quote}`), text: c.value };
}
const halfOf = (wanted: readonly string[], have: readonly string[]) => {
  if (wanted.length === 0) return false;
  const set = new Set(have);
  return wanted.filter((w) => set.has(w)).length / wanted.length >= 0.5;
};
const PRIVATE_REPORTING = /private vulnerability reporting|security advisor/i;
const ADVISORIES = /^https?:\/\/github\.com\/([^/]+\/[^/]+)\/security\/advisories(?:\/new)?(?:[?#]|$)/i;
const REPO = /^https?:\/\/github\.com\/([^/?#]+\/[^/?#]+)/i;
/** `repo` is the repository of the file's base URL (owner/name, lower-cased) or null. */
function keysMatch(label: Key, got: Key, repo: string | null = null): boolean {
  if (label.type === 'prose' && got.type === 'prose') return halfOf(label.words, got.words);
  if (label.type === 'prose' && got.type === 'url' && !proseStrict) {
    // A label word counts when the quote has it or the URL contains it ("issues" in …/issues).
    const inUrl = label.words.filter((w) => got.text?.includes(w));
    if (halfOf(label.words, [...(got.words ?? []), ...inUrl])) return true;
    const advisories = ADVISORIES.exec(got.key);
    if (!advisories || !PRIVATE_REPORTING.test(label.text)) return false;
    // "… of owner/repo": a lone owner/name pair, not a piece of a path ("../../security/advisories/new").
    const named = /(?<![\w./-])([A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}\/[A-Za-z0-9_.-]{1,100})(?![\w./-])/.exec(label.text)?.[1]?.toLowerCase();
    const want = named ?? repo;
    return want === null || advisories[1]!.toLowerCase() === want;
  }
  return label.type !== 'prose' && got.type !== 'prose' && label.key === got.key;
}

const HOSTLIKE = /^(?:\*\.)?[a-z0-9_-]+(?:\.[a-z0-9_-]+)+\.?$|^https?:\/\/\S+$|^\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?$/i;
function hostLike(entry: string): string | null {
  // "any other subdomain of example.com" is the wildcard *.example.com.
  const sub = /^(?:any|all|every)\s+(?:other\s+)?sub-?domains?\s+of\s+(\S+)$/i.exec(entry.trim());
  if (sub) return `*.${sub[1]!.toLowerCase()}`;
  const first = entry.trim().split(/\s+/)[0] ?? '';
  const rest = entry.trim().slice(first.length).trim();
  if (!HOSTLIKE.test(first) || (rest !== '' && !rest.startsWith('('))) return null;
  return /^https?:/i.test(first) ? normUrl(first) : first.toLowerCase().replace(/\.$/, '');
}

class Tally {
  tp = 0; fp = 0; fn = 0;
  get precision() { return this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp); }
  get recall() { return this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn); }
  get f1() { const p = this.precision, r = this.recall; return p + r === 0 ? 0 : (2 * p * r) / (p + r); }
}
class Accuracy {
  right = 0; total = 0;
  get value() { return this.total === 0 ? 1 : this.right / this.total; }
}

type ScopeModule = {
  judgeScope: (host: string, scope: unknown) => { verdict: string; reasons: string[] };
  compileScope: (input: { policy: PolicyResult; pageHost?: string | null }) => unknown;
};
async function loadScope(): Promise<ScopeModule | null> {
  const path = join(root, 'src', 'core', 'scope', 'index.ts');
  if (!existsSync(path)) return null;
  try {
    const mod = (await import(path)) as Partial<ScopeModule>;
    return typeof mod.judgeScope === 'function' && typeof mod.compileScope === 'function' ? (mod as ScopeModule) : null;
  } catch {
    return null;
  }
}

interface FileScore {
  set: string;
  file: string;
  language: string;
  tallies: Record<keyof ReturnType<typeof newTallies>, Tally>;
  acc: Record<keyof ReturnType<typeof newAccuracies>, Accuracy>;
  phrases: Accuracy;
  misses: string[];
}
const newTallies = () => ({ contacts: new Tally(), forbidden_activities: new Tally(), report_fields: new Tally(), ineligible_activities: new Tally(), scope_hosts: new Tally() });
const newAccuracies = () => ({ response_sla_days: new Accuracy(), disclosure_days: new Accuracy(), timelines_exact: new Accuracy(), safe_harbor: new Accuracy(), bounty: new Accuracy(), language: new Accuracy(), probe_verdicts: new Accuracy() });

function compareSets(tally: Tally, expected: string[], got: string[], optional: string[], misses: string[], field: string) {
  const opt = new Set(optional);
  const exp = new Set(expected.filter((x) => !opt.has(x)));
  const have = new Set(got.filter((x) => !opt.has(x)));
  for (const x of have) if (exp.has(x)) tally.tp++; else { tally.fp++; misses.push(`${field}: extra ${x}`); }
  for (const x of exp) if (!have.has(x)) { tally.fn++; misses.push(`${field}: missed ${x}`); }
}

const scopeMod = await loadScope();

function scoreFile(set: string, dir: string, name: string, label: Label): FileScore | null {
  const file = join(dir, label.file ?? name);
  if (!existsSync(file)) { console.error(`skip ${name}: ${file} not found`); return null; }
  const tallies = newTallies();
  const acc = newAccuracies();
  const phrases = new Accuracy();
  const unscored = new Set(label.unscored ?? []);
  const baseUrl = label.base_url ?? URL_RE.exec(label.source?.published_url ?? '')?.[0];
  const result = extractPolicy({ body: readFileSync(file), url: name }, { baseUrl, now: NOW });
  const repo = REPO.exec(baseUrl ?? '')?.[1]?.toLowerCase() ?? null;
  const misses: string[] = [];

  if (label.contacts && !unscored.has('contacts')) {
    const got = result.contacts.map(contactKey);
    const expected = label.contacts.map(labelKey);
    const used = new Set<number>();
    expected.forEach((k, i) => {
      const j = got.findIndex((g) => keysMatch(k, g, repo));
      if (j === -1) { tallies.contacts.fn++; misses.push(`contacts: missed ${label.contacts![i]}`); } else { tallies.contacts.tp++; used.add(j); }
    });
    got.forEach((g, j) => {
      if (used.has(j) || expected.some((k) => keysMatch(k, g, repo))) return;
      tallies.contacts.fp++;
      misses.push(`contacts: extra ${result.contacts[j]!.value}`);
    });
  }
  if (label.forbidden_activities && !unscored.has('forbidden_activities')) {
    compareSets(tallies.forbidden_activities, label.forbidden_activities, result.forbidden_activities.map((f) => f.id), label.forbidden_optional ?? [], misses, 'forbidden');
  }
  if (label.report_fields && !unscored.has('report_fields')) {
    compareSets(tallies.report_fields, label.report_fields, result.report_fields.map((f) => f.id), label.report_fields_optional ?? [], misses, 'report_fields');
  }
  if (label.ineligible_activities && !unscored.has('ineligible_activities')) {
    const got = [...new Set((result.ineligible ?? []).flatMap((i) => i.ids ?? []))].filter((id) => !result.forbidden_activities.some((f) => f.id === id));
    compareSets(tallies.ineligible_activities, label.ineligible_activities, got, [], misses, 'ineligible');
  }
  let timelinesRight = true;
  for (const field of ['response_sla_days', 'disclosure_days', 'safe_harbor', 'bounty'] as const) {
    if (!(field in label) || unscored.has(field)) continue;
    const ok = label[field] === result[field];
    acc[field].total++;
    if (ok) acc[field].right++; else misses.push(`${field}: expected ${String(label[field])}, got ${String(result[field])}`);
    if (!ok && (field === 'response_sla_days' || field === 'disclosure_days')) timelinesRight = false;
  }
  acc.timelines_exact.total++;
  if (timelinesRight) acc.timelines_exact.right++;
  if (label.language) {
    acc.language.total++;
    if (label.language === result.language) acc.language.right++; else misses.push(`language: expected ${label.language}, got ${result.language}`);
  }
  for (const [field, got] of [['in_scope', result.in_scope], ['out_of_scope', result.out_of_scope]] as const) {
    const expected = label[field];
    if (!expected || unscored.has(field)) continue;
    const gotHosts = new Set(got.map((g) => hostLike(g.pattern)).filter((h): h is string => h !== null));
    const expHosts = new Set(expected.map(hostLike).filter((h): h is string => h !== null));
    for (const h of gotHosts) if (expHosts.has(h)) tallies.scope_hosts.tp++; else { tallies.scope_hosts.fp++; misses.push(`${field}: extra ${h}`); }
    for (const h of expHosts) if (!gotHosts.has(h)) { tallies.scope_hosts.fn++; misses.push(`${field}: missed ${h}`); }
    const gotPhrases = got.filter((g) => hostLike(g.pattern) === null).map((g) => new Set(words(g.pattern)));
    for (const e of expected.filter((x) => hostLike(x) === null)) {
      const w = words(e);
      phrases.total++;
      if (w.length > 0 && gotPhrases.some((g) => w.filter((x) => g.has(x)).length / w.length >= 0.5)) phrases.right++;
    }
  }
  if (scopeMod && label.probe_hosts) {
    let pageHost: string | null = null;
    try { pageHost = label.base_url ? new URL(label.base_url).hostname : null; } catch { pageHost = null; }
    const compiled = scopeMod.compileScope({ policy: result, pageHost });
    for (const probe of label.probe_hosts) {
      if (probe.context_dependent || probe.host.startsWith('<')) continue;
      const verdict = scopeMod.judgeScope(probe.host, compiled).verdict;
      acc.probe_verdicts.total++;
      if (verdict === probe.expected) acc.probe_verdicts.right++; else misses.push(`probe ${probe.host}: expected ${probe.expected}, got ${verdict}`);
    }
  }
  const language = (label.language ?? 'en').toLowerCase().split('-')[0]!;
  return { set, file: name, language, tallies, acc, phrases, misses };
}

/** Sums the tallies and accuracies of some files. */
function sum(files: readonly FileScore[]) {
  const tallies = newTallies();
  const acc = newAccuracies();
  const phrases = new Accuracy();
  for (const f of files) {
    for (const k of Object.keys(tallies) as Array<keyof typeof tallies>) { tallies[k].tp += f.tallies[k].tp; tallies[k].fp += f.tallies[k].fp; tallies[k].fn += f.tallies[k].fn; }
    for (const k of Object.keys(acc) as Array<keyof typeof acc>) { acc[k].right += f.acc[k].right; acc[k].total += f.acc[k].total; }
    phrases.right += f.phrases.right;
    phrases.total += f.phrases.total;
  }
  return { tallies, acc, phrases };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function summarize(name: string, files: readonly FileScore[]) {
  const { tallies, acc, phrases } = sum(files);
  const languages = [...new Set(files.map((f) => f.language))].sort();
  return {
    labels: name,
    files: files.length,
    fields: Object.fromEntries(Object.entries(tallies).map(([k, t]) => [k, { precision: round(t.precision), recall: round(t.recall), f1: round(t.f1), tp: t.tp, fp: t.fp, fn: t.fn }])),
    accuracy: Object.fromEntries(Object.entries(acc).map(([k, a]) => [k, { value: round(a.value), right: a.right, total: a.total }])),
    scope_phrase_recall: { value: round(phrases.value), right: phrases.right, total: phrases.total },
    probe_verdicts_scored: scopeMod !== null,
    targets: {
      forbidden_activities_f1: { target: 0.9, value: round(tallies.forbidden_activities.f1) },
      forbidden_activities_precision: { target: 0.95, value: round(tallies.forbidden_activities.precision) },
      contacts_recall: { target: 0.95, value: round(tallies.contacts.recall) },
      report_fields_f1: { target: 0.85, value: round(tallies.report_fields.f1) },
      timelines_exact: { target: 0.85, value: round(acc.timelines_exact.value) },
    },
    /** Per language group (the label's `language`): the figures the targets are stated in. */
    languages: Object.fromEntries(languages.map((lang) => {
      const group = files.filter((f) => f.language === lang);
      const s = sum(group);
      return [lang, {
        files: group.length,
        forbidden: { precision: round(s.tallies.forbidden_activities.precision), recall: round(s.tallies.forbidden_activities.recall), f1: round(s.tallies.forbidden_activities.f1) },
        report_fields_f1: round(s.tallies.report_fields.f1),
        contacts_recall: round(s.tallies.contacts.recall),
        timelines_exact: `${s.acc.timelines_exact.right}/${s.acc.timelines_exact.total}`,
        language: `${s.acc.language.right}/${s.acc.language.total}`,
      }];
    })),
    per_file: files.map((f) => ({ file: f.file, language: f.language, misses: f.misses })),
  };
}

function print(summary: ReturnType<typeof summarize>) {
  console.log(`Policy extraction scored against ${summary.labels} (${summary.files} files)\n`);
  console.log('field                    precision  recall  F1     (tp/fp/fn)');
  for (const [k, t] of Object.entries(summary.fields)) {
    console.log(`${k.padEnd(24)} ${t.precision.toFixed(3).padStart(9)}  ${t.recall.toFixed(3).padStart(6)}  ${t.f1.toFixed(3)}  (${t.tp}/${t.fp}/${t.fn})`);
  }
  console.log('\nexact                    accuracy');
  for (const [k, a] of Object.entries(summary.accuracy)) console.log(`${k.padEnd(24)} ${a.value.toFixed(3).padStart(8)}  (${a.right}/${a.total})`);
  const p = summary.scope_phrase_recall;
  console.log(`${'scope phrases (recall)'.padEnd(24)} ${p.value.toFixed(3).padStart(8)}  (${p.right}/${p.total}, informational)`);
  if (!scopeMod) console.log('probe verdicts: not scored (src/core/scope judgeScope not available)');
  console.log('\ntargets');
  for (const [k, t] of Object.entries(summary.targets)) console.log(`  ${k.padEnd(30)} ${t.value.toFixed(3)} (target ≥ ${t.target}) ${t.value >= t.target ? 'met' : 'NOT met'}`);
  console.log('\nper language group      files  forbidden P/R/F1       report F1  contacts R  timelines  language');
  for (const [lang, g] of Object.entries(summary.languages)) {
    const f = g.forbidden;
    console.log(`  ${lang.padEnd(22)} ${String(g.files).padStart(5)}  ${f.precision.toFixed(2)}/${f.recall.toFixed(2)}/${f.f1.toFixed(3)}   ${g.report_fields_f1.toFixed(3).padStart(9)}  ${g.contacts_recall.toFixed(3).padStart(10)}  ${g.timelines_exact.padStart(9)}  ${g.language.padStart(8)}`);
  }
  if (!quiet) {
    console.log('\nmisses per file');
    for (const f of summary.per_file) {
      console.log(`  ${f.file}${f.misses.length === 0 ? ': none' : ''}`);
      for (const m of f.misses) console.log(`    - ${m}`);
    }
  }
}

const all: FileScore[] = [];
const summaries: Array<ReturnType<typeof summarize>> = [];
for (const labelsPath of labelsPaths) {
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as { policies: Record<string, Label> };
  const dir = dirname(labelsPath);
  const files = Object.entries(labels.policies).map(([name, label]) => scoreFile(labelsPath, dir, name, label)).filter((f): f is FileScore => f !== null);
  all.push(...files);
  summaries.push(summarize(labelsPath, files));
}
if (labelsPaths.length > 1) summaries.push(summarize(`all ${labelsPaths.length} labels files`, all));

if (asJson) {
  console.log(JSON.stringify(summaries.length === 1 ? summaries[0] : summaries, null, 2));
} else {
  summaries.forEach((s, i) => {
    if (i > 0) console.log(`\n${'='.repeat(100)}\n`);
    print(s);
  });
}
