import { useState } from 'preact/hooks';
import { t, tm } from '../../platform/i18n.ts';
import { send } from '../../platform/messaging.ts';
import { requestOrigins } from '../../platform/permissions.ts';
import { originPatternsForUrl } from '../../shared/origin-patterns.ts';
import { groupFingerprint } from '../lib/group-fingerprint.ts';
import { SafeText } from '../components/safe-text.tsx';
import { copyText } from './copy-text.ts';
import { encryptDraft, type DraftKey } from '../../core/index.ts';

/** Where to get a key that is published only as a fingerprint. */
function keyUrlOf(key: DraftKey): string | null {
  if (key.url) return key.url;
  if (key.fingerprint && /^[0-9A-F]{40}$/.test(key.fingerprint)) return `https://keys.openpgp.org/vks/v1/by-fingerprint/${key.fingerprint}`;
  return null;
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'needs_permission'; url: string }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; armored: string; fingerprint: string };

/** Encrypts the body to the site's published key; openpgp loads only when the button is pressed. */
export function EncryptSection({ keys, body, pageUrl }: { keys: DraftKey[]; body: string; pageUrl: string }) {
  // security.txt and the policy often publish the same key: one button per key address.
  const usable = keys
    .filter((k) => !k.expired && keyUrlOf(k) !== null)
    .filter((k, i, all) => all.findIndex((o) => keyUrlOf(o) === keyUrlOf(k)) === i);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [copied, setCopied] = useState(false);
  if (keys.length === 0) return <p class="muted">{t('encryptNoKey')}</p>;

  const encrypt = async (key: DraftKey) => {
    const url = keyUrlOf(key);
    if (!url) return;
    setOutcome({ kind: 'working' });
    try {
      const fetched = await send('fetchKey', { url, pageUrl });
      const out = await encryptDraft(body, fetched.armored, new Date(), { expectedFingerprint: key.fingerprint });
      setOutcome(out.ok ? { kind: 'done', armored: out.armored, fingerprint: out.fingerprint } : { kind: 'failed', message: tm(out.message) });
    } catch (error) {
      const e = error as { name?: string; message?: string };
      setOutcome(e.name === 'NoHostPermissionError' ? { kind: 'needs_permission', url } : { kind: 'failed', message: e.message ?? String(error) });
    }
  };

  return (
    <section class="encrypt" aria-labelledby="h-encrypt">
      <h2 id="h-encrypt">{t('encryptTitle')}</h2>
      {usable.length === 0 && <p class="muted">{t('encryptOnlyExpired')}</p>}
      <div class="row">
        {usable.map((key, i) => (
          <button key={i} type="button" data-action="encrypt" disabled={outcome.kind === 'working'} onClick={() => void encrypt(key)}>
            {key.fingerprint ? t('encryptToKey', [groupFingerprint(key.fingerprint).slice(-19)]) : t('encryptToUrlKey')}
          </button>
        ))}
      </div>
      {outcome.kind === 'working' && <p role="status">{t('encrypting')}</p>}
      {outcome.kind === 'failed' && <p class="bad" role="alert"><SafeText text={outcome.message} limit={400} /></p>}
      {outcome.kind === 'needs_permission' && (
        <p>
          {t('keyNeedsPermission')}{' '}
          <button
            type="button"
            onClick={() => {
              const patterns = originPatternsForUrl(outcome.url);
              if (patterns.length > 0) void requestOrigins(patterns).then((ok) => ok && setOutcome({ kind: 'idle' }));
            }}
          >
            {t('permissionButton', [new URL(outcome.url).hostname])}
          </button>
        </p>
      )}
      {outcome.kind === 'done' && (
        <div class="encrypted">
          <p>
            {t('encryptedTo')}{' '}
            <code class="fingerprint" data-key-fingerprint={outcome.fingerprint}>{groupFingerprint(outcome.fingerprint)}</code>
          </p>
          <textarea readOnly rows={6} class="mono" aria-label={t('encryptedBody')} value={outcome.armored} data-encrypted-body />
          <button type="button" onClick={() => void copyText(outcome.armored).then(setCopied)}>{t('copyEncrypted')}</button>
          {copied && <span class="muted" role="status"> {t('copiedBody')}</span>}
        </div>
      )}
    </section>
  );
}
