import { t } from '../platform/i18n.ts';
import type { Profile } from '../shared/settings-schema.ts';

/** A plausible address: one @, something on both sides, a dot in the domain, no spaces. Linear. */
export function looksLikeEmail(value: string): boolean {
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@') || /\s/.test(value)) return false;
  const domain = value.slice(at + 1);
  return domain.includes('.') && !domain.startsWith('.') && !domain.endsWith('.');
}

/** The researcher's side of a report: name, handle, e-mail and their own key for a reply. */
export function ProfileSection({ profile, onChange }: { profile: Profile; onChange: (p: Profile) => void }) {
  const emailInvalid = profile.email !== '' && !looksLikeEmail(profile.email);
  const field = (key: keyof Profile) => (e: Event) => onChange({ ...profile, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <section aria-labelledby="h-profile" class="card">
      <h2 id="h-profile">{t('optProfileTitle')}</h2>
      <p class="muted">{t('optProfileHint')}</p>
      <div class="field">
        <label for="p-name">{t('optName')}</label>
        <input id="p-name" type="text" autocomplete="name" maxLength={200} value={profile.name} onInput={field('name')} />
      </div>
      <div class="field">
        <label for="p-handle">{t('optHandle')}</label>
        <input id="p-handle" type="text" maxLength={200} value={profile.handle} onInput={field('handle')} />
      </div>
      <div class="field">
        <label for="p-email">{t('optEmail')}</label>
        <input
          id="p-email"
          type="email"
          autocomplete="email"
          maxLength={320}
          value={profile.email}
          aria-invalid={emailInvalid}
          aria-describedby={emailInvalid ? 'p-email-error' : undefined}
          onInput={field('email')}
        />
        {emailInvalid && <p id="p-email-error" class="bad">{t('optEmailInvalid')}</p>}
      </div>
      <div class="field">
        <label for="p-key">{t('optPgpKey')}</label>
        <textarea id="p-key" rows={4} class="mono" maxLength={100_000} value={profile.pgpKey} onInput={field('pgpKey')} spellcheck={false} />
        <p class="muted">{t('optPgpKeyHint')}</p>
      </div>
    </section>
  );
}
