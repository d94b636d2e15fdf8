// Public API of report drafting (issue 7). Pure: no DOM, no browser API, no Node module.
export { draftReport } from './draft-report.ts';
export type { DraftInput, ResearcherProfile } from './draft-input.ts';
export type { DraftLanguage, DraftStrings, SectionId } from './draft-strings.ts';
export { DRAFT_LANGUAGES } from './draft-strings.ts';
export { getDraftStrings, toDraftLanguage } from './get-draft-strings.ts';
export { encodeMailto, SAFE_MAILTO_LENGTH, type EncodedMailto, type MailtoInput } from './encode-mailto.ts';
export { decodeMailto, type DecodedMailto } from './decode-mailto.ts';
export { buildEml, type EmlInput } from './build-eml.ts';
export { buildWebComposeUrls, type WebComposeUrls } from './build-web-compose-urls.ts';
export { formatDraftMarkdown } from './format-draft-markdown.ts';
export { encryptDraft, type EncryptResult, type EncryptFailure } from './encrypt-draft.ts';
export { assessContact } from './assess-contact.ts';
export { parseContact, type ParsedContact } from './parse-contact.ts';
export { parseEmailAddress, type EmailAddress } from './parse-email-address.ts';
export { withEncryptedBody } from './with-encrypted-body.ts';
