import { useState } from 'preact/hooks';
import { t, tFinding } from '../platform/i18n.ts';
import { toBareHost, parseUserScope, type Finding, type UserScopeFormat } from '../core/index.ts';
import type { ScopeOverride, Settings } from '../shared/settings-schema.ts';

const MAX_SCOPE_CHARS = 2_000_000;

interface Preview {
  entries: unknown[];
  findings: Finding[];
  format: UserScopeFormat;
}

function preview(raw: string): Preview {
  const parsed = parseUserScope(raw);
  return { entries: parsed.value, findings: parsed.findings, format: parsed.format };
}

const FORMAT_NAMES: Record<Exclude<UserScopeFormat, 'text'>, string> = { burp: 'Burp', hackerone: 'HackerOne CSV', bugcrowd: 'Bugcrowd', caido: 'Caido', zap: 'ZAP' };

function formatName(format: UserScopeFormat): string {
  return format === 'text' ? t('optScopeText') : FORMAT_NAMES[format];
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors and warnings first: the lines that could not be read must not hide behind notes. */
function FindingList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  const sorted = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return (
    <ul class="items compact">
      {sorted.slice(0, 20).map((f, i) => (
        <li key={i} class={`item sev-${f.severity}`} data-finding-id={f.id}>{f.line !== null && !tFinding(f).message.startsWith(`Line ${f.line}`) ? `${t('lineNumber', [String(f.line)])}: ` : ''}{tFinding(f).message}</li>
      ))}
      {findings.length > 20 && <li class="muted">{t('andMore', [String(findings.length - 20)])}</li>}
    </ul>
  );
}

/**
 * Program scopes the researcher got elsewhere (a bounty platform, a contract), pasted as text or
 * imported as a Burp scope file; the raw text and the parsed entries are both stored.
 */
export function ScopeOverridesSection({ settings, onChange }: { settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  const [domain, setDomain] = useState('');
  const [raw, setRaw] = useState('');
  const [error, setError] = useState<string | null>(null);
  const shown = raw.length > 0 && raw.length <= MAX_SCOPE_CHARS ? preview(raw) : null;
  const host = toBareHost(domain.replace(/^\*?\./, ''));

  const readFile = (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_SCOPE_CHARS) {
      setError(t('optScopeTooLarge'));
      return;
    }
    setError(null);
    void file.text().then(setRaw, () => setError(t('optScopeUnreadable')));
  };

  const save = () => {
    if (!host) return setError(t('optScopeNeedsDomain'));
    if (!shown || shown.entries.length === 0) return setError(t('optScopeEmpty'));
    const item: ScopeOverride = {
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      appliesTo: host,
      format: shown.format,
      raw,
      entries: shown.entries,
      findings: shown.findings,
      updatedAt: new Date().toISOString(),
    };
    onChange({ scopeOverrides: [...settings.scopeOverrides.filter((o) => o.appliesTo !== host), item] });
    setDomain('');
    setRaw('');
    setError(null);
  };

  return (
    <section aria-labelledby="h-scopes" class="card">
      <h2 id="h-scopes">{t('optScopesTitle')}</h2>
      <p class="muted">{t('optScopesHint')}</p>
      {settings.scopeOverrides.length > 0 && (
        <ul class="items">
          {settings.scopeOverrides.map((o) => (
            <li key={o.id} class="item" data-scope-override={o.appliesTo}>
              <div class="row">
                <strong><code>{o.appliesTo}</code></strong>
                <span class="muted">{t('optScopeSummary', [String(o.entries.length), formatName(o.format)])}</span>
                <button type="button" onClick={() => onChange({ scopeOverrides: settings.scopeOverrides.filter((x) => x.id !== o.id) })}>
                  {t('optRemove')}
                </button>
              </div>
              <details>
                <summary>{t('optScopeShow')}</summary>
                <pre class="mono scope-raw">{o.raw.length > 20_000 ? `${o.raw.slice(0, 20_000)}…` : o.raw}</pre>
                <FindingList findings={o.findings} />
              </details>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('optScopeAdd')}</h3>
      <div class="field">
        <label for="s-domain">{t('optScopeDomain')}</label>
        <input id="s-domain" type="text" placeholder="example.com" value={domain} onInput={(e) => setDomain(e.currentTarget.value)} spellcheck={false} />
      </div>
      <div class="field">
        <label for="s-raw">{t('optScopeRaw')}</label>
        <textarea id="s-raw" rows={6} class="mono" value={raw} onInput={(e) => setRaw(e.currentTarget.value)} spellcheck={false} placeholder={'*.example.com\n!admin.example.com'} />
      </div>
      <div class="field">
        <label for="s-file">{t('optScopeFile')}</label>
        <input id="s-file" type="file" accept=".json,.txt,.csv,.context,.xml,application/json,text/plain,text/csv,application/xml,text/xml" onChange={(e) => readFile(e.currentTarget.files?.[0])} />
      </div>
      {shown && (
        <div class="preview" role="status">
          <p>{t('optScopePreview', [String(shown.entries.length), formatName(shown.format)])}</p>
          <FindingList findings={shown.findings} />
        </div>
      )}
      {error && <p class="bad" role="alert">{error}</p>}
      <button type="button" class="primary" onClick={save} disabled={!raw}>{t('optScopeSave')}</button>
    </section>
  );
}
