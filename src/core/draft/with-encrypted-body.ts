import type { Draft } from '../schemas/draft.ts';
import { makeDraftWarning } from './make-draft-warning.ts';
import { buildWebComposeUrls } from './build-web-compose-urls.ts';
import { encodeMailto } from './encode-mailto.ts';
import { getDraftStrings } from './get-draft-strings.ts';

/**
 * The draft with its body replaced by an armored OpenPGP message (from `encryptDraft`), links rebuilt
 * for it, and a reminder that the subject line travels in clear. Sections stay as the plain text.
 */
export function withEncryptedBody(draft: Draft, armored: string, fingerprint: string, maxMailtoLength?: number): Draft {
  const strings = getDraftStrings(draft.language ?? 'en');
  const body = armored.replace(/\r\n?/g, '\n');
  const mail = draft.to.length > 0
    ? encodeMailto({ to: draft.to, subject: draft.subject, body }, { maxLength: maxMailtoLength, shortBody: strings.shortBody })
    : null;
  const web = buildWebComposeUrls({ to: draft.to, subject: draft.subject, body }, { shortBody: strings.shortBody });
  return {
    ...draft,
    body,
    mailto: mail?.url ?? null,
    mailto_truncated: mail?.truncated ?? false,
    gmail_url: web.gmail,
    outlook_url: web.outlook,
    encrypted_to: fingerprint,
    findings: [
      ...(draft.findings ?? []).filter((f) => f.id !== 'encryption_available'),
      makeDraftWarning('subject_not_encrypted', undefined, 'info'),
    ],
  };
}
