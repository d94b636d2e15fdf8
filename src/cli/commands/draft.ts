import { writeFile } from 'node:fs/promises';
import { InputError, UsageError, type CliIo, type Command, type ParsedValues } from '../command.ts';
import { optionStrings, stringOption } from '../parse-common.ts';
import { LIVE_OPTIONS, withHeading } from '../network-options.ts';
import { openLiveSession, parsePageUrl, readLivePage } from '../read-live-page.ts';
import { URL_ARG } from '../check-declared-options.ts';
import { readInput, readInputText } from '../read-input.ts';
import { readPolicyFile, readPolicyJson } from '../read-policy-file.ts';
import { formatDraft } from '../format-draft.ts';
import { sayOf } from '../messages.ts';
import { renderDraft } from '../render-results.ts';
import { validateSecurityTxt, fetchEncryptionKeys, draftReport, buildEml, encryptDraft, formatDraftMarkdown, withEncryptedBody, toDraftLanguage, type CoreDeps, type Draft, type TxtResult, type SectionId } from '../../core/index.ts';

const MAX_INPUT_BYTES = 8 * 1024 * 1024;
const SECTION_IDS: SectionId[] = ['description', 'location_url', 'impact', 'reproduction_steps', 'proof_of_concept', 'reporter_name', 'contact_info', 'environment', 'other', 'suggested_fix'];

const USAGE = `Usage:
  scopecheck draft <url> [options]                     find security.txt for <url>, then draft
  scopecheck draft --url <page url> [--txt-file <security.txt> [--txt-url <url>]]
                   [--policy-json <file> | --policy-file <policy> [--policy-url <url>]] [options]

Drafts a vulnerability report: recipient, subject, body with the sections the policy asks for, the
disclosure terms restated, and a mailto: link that cannot carry extra headers. Live mode reads the page as
check, scope and policy do; the report is in --lang's language (default: the locale's, else en).`;

function parseFields(values: ParsedValues): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const spec of optionStrings(values.field)) {
    const eq = spec.indexOf('=');
    const id = eq > 0 ? spec.slice(0, eq) : '';
    if (!(SECTION_IDS as string[]).includes(id)) throw new UsageError(`--field needs <id>=<text> with an id among ${SECTION_IDS.join(', ')}, not "${spec}"`);
    fields[id] = spec.slice(eq + 1);
  }
  return fields;
}

async function encrypt(draft: Draft, values: ParsedValues, io: CliIo, deps: CoreDeps, timeoutMs: number): Promise<Draft> {
  const keyFile = stringOption(values, 'encrypt-key');
  const published = (draft.encryption_keys ?? []).filter((k) => k.expired !== true);
  let armored: string;
  let where: string;
  if (keyFile !== undefined) {
    armored = await readInputText(keyFile, io, { maxBytes: MAX_INPUT_BYTES, label: '--encrypt-key' });
    where = keyFile;
  } else {
    const urls = published.map((k) => k.url).filter((u): u is string => u !== null);
    if (urls.length === 0) throw new InputError('--encrypt: neither security.txt nor the policy gives a key URL; pass --encrypt-key <file>');
    const [key] = await fetchEncryptionKeys(urls, deps, { timeoutMs });
    if (!key) throw new InputError(`--encrypt: no OpenPGP public key could be fetched from ${urls.slice(0, 2).join(' or ')}`);
    armored = key.armored;
    where = key.source;
  }
  const expected = published.find((k) => k.fingerprint !== null && (keyFile !== undefined || k.url === where))?.fingerprint ?? null;
  const result = await encryptDraft(draft.body, armored, deps.now(), { expectedFingerprint: expected });
  if (!result.ok) throw new InputError(`will not encrypt to ${where}: ${sayOf(io).message(result.message)}`);
  return withEncryptedBody(draft, result.armored, result.fingerprint);
}

/** A saved security.txt (--txt-file), validated as saved: the validator checks the encoding itself. */
async function readTxtFile(txtFile: string, values: ParsedValues, page: URL, io: CliIo, now: Date): Promise<TxtResult> {
  const bytes = await readInput(txtFile, io, { maxBytes: MAX_INPUT_BYTES, label: '--txt-file' });
  const txtUrl = stringOption(values, 'txt-url');
  const context = txtUrl ? { retrieved_from: txtUrl, page_host: page.hostname } : null;
  return validateSecurityTxt(bytes, context, { now });
}

async function run(values: ParsedValues, positionals: string[], io: CliIo): Promise<number> {
  // The declarations below have been checked (checkDeclaredOptions): what remains depends on values.
  const liveUrl = positionals[0];
  const page = parsePageUrl(liveUrl ?? stringOption(values, 'url')!);
  const policyJson = stringOption(values, 'policy-json');
  const policyFile = stringOption(values, 'policy-file');
  const say = sayOf(io);
  const language = toDraftLanguage(say.lang) ?? 'en';
  const eml = stringOption(values, 'eml');
  if (eml === '-' && (values.json || values.markdown)) throw new UsageError('--eml - writes to stdout; it cannot be combined with --json or --markdown');
  const fields = parseFields(values);

  const session = openLiveSession(values, io, 'draft');
  const { deps, timeoutMs } = session;
  try {
    // Live: the pipeline's one reading of the page (the same policy check, scope and policy choose).
    const live = liveUrl !== undefined ? await readLivePage(page, values, io, 'draft', session) : null;
    const txtFile = stringOption(values, 'txt-file');
    const txt = txtFile !== undefined ? await readTxtFile(txtFile, values, page, io, deps.now()) : live?.txt ?? null;
    const policy = policyJson !== undefined ? await readPolicyJson(policyJson, io)
      : policyFile !== undefined ? await readPolicyFile(policyFile, stringOption(values, 'policy-url'), io, { label: '--policy-file' })
      : live?.policy ?? null;
    let draft = draftReport({
      pageUrl: page.href, txt, policy, language, now: deps.now(), fields,
      profile: { name: stringOption(values, 'name'), handle: stringOption(values, 'handle'), email: stringOption(values, 'email'), pgpKey: stringOption(values, 'my-key') },
      title: stringOption(values, 'title'), summary: stringOption(values, 'summary'),
    });
    if (values.encrypt || stringOption(values, 'encrypt-key') !== undefined) draft = await encrypt(draft, values, io, deps, timeoutMs);
    if (eml !== undefined) {
      const message = buildEml({ to: draft.to, subject: draft.subject, body: draft.body, date: deps.now(), from: { name: stringOption(values, 'name'), address: stringOption(values, 'email') } });
      if (eml === '-') {
        io.stdout(message);
        return 0;
      }
      try {
        await writeFile(eml, message);
      } catch (error) {
        throw new InputError(`cannot write --eml ${eml}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }
    io.stdout(values.json ? `${JSON.stringify(renderDraft(draft, say), null, 2)}\n` : values.markdown ? formatDraftMarkdown(draft) : formatDraft(draft, say));
    return 0;
  } finally {
    await session.close();
  }
}

export const draftCommand: Command = {
  name: 'draft',
  summary: 'draft a vulnerability report: recipient, sections the policy asks for, safe mailto/.eml',
  usage: USAGE,
  options: {
    // Offline, the page comes as --url and at least one saved input goes with it.
    url: { type: 'string', url: true, conflicts: [URL_ARG], needs: ['txt-file', 'policy-json', 'policy-file'], arg: '<url>', help: 'the page the report is about (offline; live mode takes it as <url>)', heading: 'Inputs:' },
    'txt-file': { type: 'string', arg: '<path>', help: 'a saved security.txt' },
    'txt-url': { type: 'string', url: true, needs: ['txt-file'], arg: '<url>', help: 'where that security.txt was published' },
    'policy-json': { type: 'string', conflicts: ['policy-file'], arg: '<path>', help: 'a scopecheck.policy/1 document (the output of `scopecheck policy --json`)' },
    'policy-file': { type: 'string', arg: '<path>', help: 'a saved policy (HTML, Markdown or text)' },
    'policy-url': { type: 'string', url: true, needs: ['policy-file'], arg: '<url>', help: 'where that policy was published' },
    name: { type: 'string', arg: '<name>', help: 'you, for the sign-off', heading: 'Researcher and report:' },
    handle: { type: 'string', arg: '<handle>', help: 'your handle' },
    email: { type: 'string', arg: '<address>', help: 'your address' },
    'my-key': { type: 'string', arg: '<fingerprint or URL>', help: 'your OpenPGP key' },
    title: { type: 'string', arg: '<text>', help: 'subject: [Security] <title> – <host>' },
    summary: { type: 'string', arg: '<text>', help: 'the summary / description section' },
    field: { type: 'string', multiple: true, arg: '<id>=<text>', help: `fill one section (repeatable); ids: ${SECTION_IDS.slice(0, 4).join(', ')},\n${SECTION_IDS.slice(4).join(', ')}` },
    json: { type: 'boolean', help: 'one scopecheck.draft/1 JSON document', heading: 'Output:' },
    markdown: { type: 'boolean', conflicts: ['json'], help: 'the report as Markdown (web forms, advisories)' },
    eml: { type: 'string', arg: '<path|->', help: 'also write an unsent RFC 5322 message (.eml) that mail clients open as a draft' },
    'encrypt-key': { type: 'string', arg: '<file>', help: 'encrypt the body to this public key; an expired or revoked key is refused', heading: 'Encryption (OpenPGP):' },
    encrypt: { type: 'boolean', conflicts: ['encrypt-key'], help: 'encrypt to the key the site publishes (security.txt Encryption), fetched' },
    ...withHeading(LIVE_OPTIONS, 'Live mode (<url>):'),
  },
  positionals: { max: 1 },
  oneOf: [[URL_ARG, 'url']],
  run,
};
