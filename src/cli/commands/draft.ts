import { writeFile } from 'node:fs/promises';
import { fileError, InputError, UsageError, type CliIo, type Command, type ParsedValues } from '../command.ts';
import { optionStrings, stringOption } from '../parse-common.ts';
import { LIVE_OPTIONS, withHeading } from '../network-options.ts';
import { openLiveSession, parsePageUrl, readLivePage } from '../read-live-page.ts';
import { URL_ARG } from '../check-declared-options.ts';
import { readInput, readInputText } from '../read-input.ts';
import { readPolicyFile, readPolicyJson } from '../read-policy-file.ts';
import { formatDraft } from '../format-draft.ts';
import { sayOf } from '../messages.ts';
import { renderDraft } from '../render-results.ts';
import { validateSecurityTxt, fetchEncryptionKeys, draftReport, buildEml, encryptDraft, formatDraftMarkdown, withEncryptedBody, toDraftLanguage, msg, type CoreDeps, type Draft, type TxtResult, type SectionId } from '../../core/index.ts';

const MAX_INPUT_BYTES = 8 * 1024 * 1024;
const SECTION_IDS: SectionId[] = ['description', 'location_url', 'impact', 'reproduction_steps', 'proof_of_concept', 'reporter_name', 'contact_info', 'environment', 'other', 'suggested_fix'];

function parseFields(values: ParsedValues): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const spec of optionStrings(values.field)) {
    const eq = spec.indexOf('=');
    const id = eq > 0 ? spec.slice(0, eq) : '';
    if (!(SECTION_IDS as string[]).includes(id)) throw new UsageError(msg('cli_err_field', { ids: SECTION_IDS.join(', '), value: spec }));
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
    if (urls.length === 0) throw new InputError(msg('cli_err_encryptNoUrl'));
    const [key] = await fetchEncryptionKeys(urls, deps, { timeoutMs });
    if (!key) throw new InputError(msg('cli_err_encryptNoKey', { urls: urls.length > 1 ? msg('cli_or', { first: urls[0]!, rest: urls[1]! }) : urls[0]! }));
    armored = key.armored;
    where = key.source;
  }
  const expected = published.find((k) => k.fingerprint !== null && (keyFile !== undefined || k.url === where))?.fingerprint ?? null;
  const result = await encryptDraft(draft.body, armored, deps.now(), { expectedFingerprint: expected });
  if (!result.ok) throw new InputError(msg('cli_err_encryptRefused', { where, reason: result.message }));
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
  if (eml === '-' && (values.json || values.markdown)) throw new UsageError(msg('cli_err_emlStdout'));
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
        throw fileError('cli_err_cannotWrite', msg('cli_input_named', { what: '--eml', path: eml }), error);
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
  summary: 'cli_summary_draft',
  usage: 'cli_usage_draft',
  options: {
    // Offline, the page comes as --url and at least one saved input goes with it.
    url: { type: 'string', url: true, conflicts: [URL_ARG], needs: ['txt-file', 'policy-json', 'policy-file'], help: 'cli_opt_draftUrl', heading: 'cli_heading_inputs' },
    'txt-file': { type: 'string', help: 'cli_opt_txtFileSaved' },
    'txt-url': { type: 'string', url: true, needs: ['txt-file'], help: 'cli_opt_txtUrl' },
    'policy-json': { type: 'string', conflicts: ['policy-file'], help: 'cli_opt_policyJson' },
    'policy-file': { type: 'string', help: 'cli_opt_policyFileSaved' },
    'policy-url': { type: 'string', url: true, needs: ['policy-file'], help: 'cli_opt_policyUrl' },
    name: { type: 'string', help: 'cli_opt_name', heading: 'cli_heading_researcher' },
    handle: { type: 'string', help: 'cli_opt_handle' },
    email: { type: 'string', help: 'cli_opt_email' },
    'my-key': { type: 'string', help: 'cli_opt_myKey' },
    title: { type: 'string', help: 'cli_opt_title' },
    summary: { type: 'string', help: 'cli_opt_summary' },
    field: { type: 'string', multiple: true, help: 'cli_opt_field' },
    json: { type: 'boolean', help: 'cli_opt_draftJson', heading: 'cli_heading_output' },
    markdown: { type: 'boolean', conflicts: ['json'], help: 'cli_opt_markdown' },
    eml: { type: 'string', help: 'cli_opt_eml' },
    'encrypt-key': { type: 'string', help: 'cli_opt_encryptKey', heading: 'cli_heading_encryption' },
    encrypt: { type: 'boolean', conflicts: ['encrypt-key'], help: 'cli_opt_encrypt' },
    ...withHeading(LIVE_OPTIONS, 'cli_heading_live'),
  },
  positionals: { max: 1 },
  oneOf: [[URL_ARG, 'url']],
  run,
};
