// The one way into the core for the shells (background, popup, options, CLI), the platform and src/shared.
// Lint (eslint.config.js) refuses any other path into src/core from outside it. Pure: no browser, no DOM,
// no node: module. Everything here is named on purpose; a shell that needs more adds it here.

// The pipeline: find the sources, read them, judge the page.
export { checkPage, type CheckPageOptions } from './check/check-page.ts';
export { findSources, type FindSourcesOptions, type FoundSources } from './check/find-sources.ts';
export { readSources, type ReadSources } from './check/read-sources.ts';
export { judge, thisSiteOf, type Judgement } from './check/judge.ts';
export { assembleCheckResult } from './check/assemble-check-result.ts';
export { CheckResultSchema, SourceProgressSchema, type CheckResult, type SourceProgress } from './check/check-result.ts';
export { collectContacts } from './check/collect-contacts.ts';
export { collectSiteKeys, normalizeFingerprint } from './draft/collect-site-keys.ts';

// Types of the results. Words are message ids with parameters (public/_locales); the shells render them.
export { MessageSchema, msg, type Message, type MessageParam, type MessageParams } from './message/message.ts';
export { renderMessage, type GetMessage } from './message/render-message.ts';
export { CHECK_CATALOGUE } from './securitytxt/check-catalogue.ts';
export type { CoreDeps, FetchLike } from './fetch/types.ts';
export { FindingSchema, type Finding, type Severity } from './schemas/finding.ts';
export { PolicyResultSchema, type PolicyResult, type PolicySource, type ActivityId, type ReportFieldId } from './schemas/policy-result.ts';
export type { TxtResult } from './schemas/txt-result.ts';
export { ScopeVerdictSchema, type ScopeVerdict } from './schemas/scope-verdict.ts';
export type { Draft, DraftKey } from './schemas/draft.ts';
export type { ContactWarning, SiteContact } from './schemas/site-contact.ts';

// URLs and hosts.
export { isWebUrl, parseWebUrl, siteKeyOf, MAX_URL_LENGTH } from './url/is-web-url.ts';
export { safeHref } from './url/safe-href.ts';
export { hostMatchesDomain, pickForHost, toBareHost } from './url/host-matches-domain.ts';

// Fetching (bounded, for the shells' own requests such as a key the user asks for).
export { fetchSafely } from './fetch/fetch-safely.ts';
export { describeFetchFailure } from './fetch/describe-fetch-failure.ts';
export { describeSourceNote } from './policy/describe-source-note.ts';
export { describeDocumentNote } from './document/describe-document-note.ts';
export { concatBytes } from './fetch/read-body-capped.ts';
export { provideOpenpgp } from './pgp/load-openpgp.ts';

// Documents and policies.
export { decodeDocument } from './document/decode-document.ts';
export { sniffFormat } from './document/sniff-format.ts';
export { discoverPolicy } from './policy/discover-policy.ts';
export { emptyPolicyResult, extractPolicy } from './policy/extract-policy.ts';
export { describeUnread } from './policy/name-language.ts';

// security.txt.
export { discoverSecurityTxt } from './securitytxt/discover-security-txt.ts';
/** Discovery (and the public suffix list behind it) for shells that load it only when a live lookup runs. */
export const loadSecurityTxtDiscovery = () => import('./securitytxt/discover-security-txt.ts');
export { validateSecurityTxt } from './securitytxt/validate-security-txt.ts';
export { fetchEncryptionKeys } from './securitytxt/fetch-encryption-keys.ts';
export { FetchContextSchema, type FetchContext } from './securitytxt/fetch-context.ts';
export type { VerificationKey } from './securitytxt/check-signature.ts';

// Scope.
export { compileScope } from './scope/compile-scope.ts';
export { parseScopeTarget } from './scope/parse-scope-target.ts';
export type { CompiledScope } from './scope/compiled-scope.ts';
export { judgeScope } from './scope/judge-scope.ts';
export { findThirdPartyPlatform } from './scope/third-party-platforms.ts';
export { parseUserScope, type UserScopeFormat } from './scope/parse-user-scope.ts';
export { exportCaidoScope } from './scope/export-caido-scope.ts';
export { exportZapContext } from './scope/export-zap-context.ts';
export type { UserScopeEntry } from './scope/user-scope-entry.ts';
export { exportBurpScope } from './scope/export-burp-scope.ts';
export { exportHostLists, renderHostLists } from './scope/export-host-lists.ts';
export { streamLineBatches } from './scope/stream-line-batches.ts';
export { toPrintable } from './scope/to-printable.ts';

// The bug bounty platforms' programme scopes (bundled snapshot) and coordinators for sites that publish nothing.
export { PlatformIndexSchema, PlatformProgrammeSchema, type PlatformIndex } from './platforms/platform-index.ts';
export { PlatformSuffixTableSchema, type PlatformSuffixTable } from './platforms/platform-suffix-table.ts';
export { buildPlatformSuffixTable, countPlatformEntries } from './platforms/build-platform-suffix-table.ts';
export { selectPlatformProgrammes, readPlatformSuffixTable, matchingSuffixTable, type PlatformSuffixLookup } from './platforms/select-platform-programmes.ts';
export { compilePlatformIndex, type CompiledPlatformIndex } from './platforms/compile-platform-index.ts';
export { findPlatformProgrammes, type HostingFound } from './platforms/find-platform-programmes.ts';
export { judgeWithPlatforms } from './platforms/judge-with-platforms.ts';
export { refreshPlatformData, acceptPlatformIndex, type PlatformDataOutcome } from './platforms/refresh-platform-data.ts';
export { findCoordinators } from './coordinators/find-coordinators.ts';

// The disclose.io community database.
export { DiodbIndexSchema, type DiodbIndex } from './diodb/diodb-index.ts';
export { loadBundledDiodbIndex, setDiodbIndexSource } from './diodb/load-bundled-diodb-index.ts';

// Drafting (the popup drafts on demand; the CLI's draft and check commands).
export {
  draftReport, getDraftStrings, toDraftLanguage, encodeMailto, buildEml, buildWebComposeUrls, formatDraftMarkdown,
  encryptDraft, withEncryptedBody, assessContact,
  type DraftLanguage, type SectionId,
} from './draft/index.ts';
