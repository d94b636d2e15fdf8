import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import { grantedOrigins, removeOrigins, requestOrigins } from '../platform/permissions.ts';
import { toBareHost } from '../core/index.ts';
import type { Settings } from '../shared/settings-schema.ts';

const ALL_SITES = ['https://*/*', 'http://*/*'];

/** Lines of the exclusion box that name no usable host. */
export function invalidExclusions(lines: readonly string[]): string[] {
  return lines.filter((line) => {
    const host = toBareHost(line.replace(/^\*?\./, ''));
    return host === '' || /\s/.test(host) || !/^[a-z0-9.[\]:_-]+$/.test(host);
  });
}

/** Opt-in checking on navigation, the hosts never checked, and the sites the user granted. */
export function AutoCheckSection({ settings, onChange }: { settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  const [granted, setGranted] = useState<string[]>([]);
  const [text, setText] = useState(settings.autoCheckExclusions.join('\n'));
  useEffect(() => {
    const refresh = () => void grantedOrigins().then(setGranted);
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const invalid = invalidExclusions(lines);
  return (
    <section aria-labelledby="h-auto" class="card">
      <h2 id="h-auto">{t('optAutoTitle')}</h2>
      <label class="choice">
        <input type="checkbox" checked={settings.autoCheck} onChange={(e) => onChange({ autoCheck: e.currentTarget.checked })} />
        {t('optAutoToggle')}
      </label>
      <p class="muted">{t('optAutoHint')}</p>
      <div class="field">
        <label for="o-exclusions">{t('optExclusions')}</label>
        <textarea
          id="o-exclusions"
          rows={4}
          class="mono"
          value={text}
          spellcheck={false}
          aria-invalid={invalid.length > 0}
          aria-describedby="o-exclusions-hint"
          onInput={(e) => {
            const value = e.currentTarget.value;
            setText(value);
            const next = value.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 1000);
            if (invalidExclusions(next).length === 0) onChange({ autoCheckExclusions: next });
          }}
        />
        <p id="o-exclusions-hint" class={invalid.length ? 'bad' : 'muted'}>
          {invalid.length ? t('optExclusionsInvalid', [invalid.slice(0, 3).join(', ')]) : t('optExclusionsHint')}
        </p>
      </div>
      <h3>{t('optGrantedTitle')}</h3>
      {granted.length === 0 ? (
        <p class="empty">{t('optGrantedNone')}</p>
      ) : (
        <ul class="items compact">
          {granted.map((origin) => (
            <li key={origin} class="item row" data-granted={origin}>
              <code>{origin}</code>
              <button type="button" onClick={() => void removeOrigins([origin])}>{t('optRevoke')}</button>
            </li>
          ))}
        </ul>
      )}
      {!ALL_SITES.every((o) => granted.includes(o)) && (
        <p>
          <button type="button" onClick={() => void requestOrigins(ALL_SITES)}>{t('optGrantAll')}</button>{' '}
          <span class="muted">{t('optGrantAllHint')}</span>
        </p>
      )}
    </section>
  );
}
