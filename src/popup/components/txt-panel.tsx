import { useMemo, useState } from 'preact/hooks';
import { t, tFinding, tm, type MessageKey } from '../../platform/i18n.ts';
import { SIGNATURE_LABELS } from '../lib/label-keys.ts';
import { groupFingerprint } from '../lib/group-fingerprint.ts';
import { firstLines } from '../lib/first-lines.ts';
import { SafeLink } from './safe-link.tsx';
import { SafeText } from './safe-text.tsx';
import { normalizeFingerprint, type Finding, type Severity, type TxtResult } from '../../core/index.ts';

const SEVERITIES: { severity: Severity; title: MessageKey }[] = [
  { severity: 'error', title: 'findingsErrors' },
  { severity: 'warning', title: 'findingsWarnings' },
  { severity: 'info', title: 'findingsInfos' },
];
const LINE_STEP = 200;

function FindingItem({ finding, onLine }: { finding: Finding; onLine: (line: number) => void }) {
  const words = tFinding(finding);
  return (
    <li class={`item finding sev-${finding.severity}`} data-finding-id={finding.id}>
      <div>
        {finding.line !== null && (
          <button type="button" class="link line-ref" onClick={() => onLine(finding.line!)}>
            {t('lineNumber', [String(finding.line)])}
          </button>
        )}{' '}
        <SafeText text={words.message} limit={400} />
      </div>
      {words.fix && <div class="fix">{t('howToFix')} <SafeText text={words.fix} limit={400} /></div>}
      <code class="muted finding-id">{finding.id}</code>
    </li>
  );
}

function RawFile({ raw, marked, highlight }: { raw: string; marked: Set<number>; highlight: number | null }) {
  const [max, setMax] = useState(LINE_STEP);
  const { lines, more } = useMemo(() => firstLines(raw, Math.max(max, (highlight ?? 0) + 10)), [raw, max, highlight]);
  return (
    <div class="raw" role="region" aria-label={t('rawTitle')}>
      <ol class="raw-lines">
        {lines.map((line, i) => (
          <li
            key={i}
            id={`raw-line-${i + 1}`}
            data-line={i + 1}
            class={`${marked.has(i + 1) ? 'marked' : ''}${highlight === i + 1 ? ' highlight' : ''}`}
            tabIndex={highlight === i + 1 ? -1 : undefined}
          >
            <span class="ln" aria-hidden="true">{i + 1}</span>
            <SafeText text={line} limit={300} />
          </li>
        ))}
      </ol>
      {more && <button type="button" class="link" onClick={() => setMax(max + LINE_STEP * 5)}>{t('showMoreLines')}</button>}
    </div>
  );
}

/** The security.txt verdict: where it came from, its findings by severity, the signature, and the file itself. */
export function TxtPanel({ txt }: { txt: TxtResult | null }) {
  const [highlight, setHighlight] = useState<number | null>(null);
  const marked = useMemo(() => new Set((txt?.findings ?? []).map((f) => f.line).filter((l): l is number => l !== null)), [txt]);
  if (!txt) return <p class="empty">{t('txtNone')}</p>;
  const source = txt.source;
  const goToLine = (line: number) => {
    setHighlight(line);
    requestAnimationFrame(() => {
      const el = document.getElementById(`raw-line-${line}`);
      el?.scrollIntoView({ block: 'center' });
      el?.focus();
    });
  };
  const signature = txt.signature;
  const signer = normalizeFingerprint(signature?.fingerprint);
  return (
    <div class="panel-body">
      <p class={txt.valid ? 'ok' : 'bad'}>
        <strong>{t(txt.valid ? 'txtValid' : 'txtInvalid', [String(txt.errors.length), String(txt.warnings.length)])}</strong>
      </p>
      {source && (
        <p class="muted">
          {t(source.location === 'legacy' ? 'txtFoundLegacy' : 'txtFoundAt')} <SafeLink url={source.final_url || source.retrieved_from} />
          {source.inherited_from_parent && <> · <span data-inherited="true">{t('txtInherited', [source.applies_to_host])}</span></>}
        </p>
      )}
      {txt.parsed?.expires && (
        <p>
          {t('txtExpires')} <SafeText text={txt.parsed.expires} limit={80} />
        </p>
      )}
      {signature && (
        <p class={`signature sig-${signature.status}`} data-signature={signature.status}>
          <strong>{t(SIGNATURE_LABELS[signature.status] ?? 'signature_malformed')}</strong>
          {signer && <> <code class="fingerprint" data-key-fingerprint={signer}>{groupFingerprint(signer)}</code></>}
          <span class="muted"> · <SafeText text={tm(signature.message)} limit={300} /></span>
        </p>
      )}
      {SEVERITIES.map(({ severity, title }) => {
        const items = txt.findings.filter((f) => f.severity === severity);
        if (items.length === 0) return null;
        return (
          <section key={severity} aria-labelledby={`h-sev-${severity}`}>
            <h3 id={`h-sev-${severity}`}>{t(title, [String(items.length)])}</h3>
            <ul class="items">
              {items.map((f, i) => <FindingItem key={`${f.id}-${i}`} finding={f} onLine={goToLine} />)}
            </ul>
          </section>
        );
      })}
      {txt.raw ? (
        <details open={highlight !== null ? true : undefined}>
          <summary>{t('rawTitle')}</summary>
          <RawFile raw={txt.raw} marked={marked} highlight={highlight} />
        </details>
      ) : null}
    </div>
  );
}
