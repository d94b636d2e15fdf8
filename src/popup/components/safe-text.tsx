import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n.ts';
import { splitVisibleControls } from '../lib/split-visible-controls.ts';

/** Most characters rendered without asking; "show more" multiplies it, up to MAX_SHOWN. */
const DEFAULT_LIMIT = 600;
const MAX_SHOWN = 200_000;

/** Fetched text's control and bidi characters as visible markers, isolated so it cannot reorder the UI. */
export function VisibleText({ text }: { text: string }) {
  return (
    <>
      {splitVisibleControls(text).map((part, i) =>
        part.kind === 'text' ? (
          part.text
        ) : (
          <span key={i} class="ctl" title={part.name} aria-label={part.name}>
            {part.code}
          </span>
        ),
      )}
    </>
  );
}

/**
 * Text from a fetched document: in its own bidi isolate (`<bdi dir="auto">`), invisible characters
 * shown, and cut at `limit` characters with a "show more" so a 10 MB line cannot freeze the popup.
 */
export function SafeText({ text, limit = DEFAULT_LIMIT, class: className }: { text: string; limit?: number; class?: string }) {
  const [shown, setShown] = useState(limit);
  const cut = text.length > shown;
  const visible = cut ? text.slice(0, shown) : text;
  return (
    <bdi dir="auto" class={className ? `fetched ${className}` : 'fetched'}>
      <VisibleText text={visible} />
      {cut && (
        <>
          <span aria-hidden="true">… </span>
          {shown < MAX_SHOWN ? (
            <button type="button" class="link more" onClick={() => setShown(Math.min(MAX_SHOWN, shown * 8))}>
              {t('showMore', [formatCount(text.length - shown)])}
            </button>
          ) : (
            <span class="muted">{t('truncatedAt', [formatCount(text.length)])}</span>
          )}
        </>
      )}
    </bdi>
  );
}

export function formatCount(chars: number): string {
  if (chars < 10_000) return `${chars}`;
  if (chars < 1_000_000) return `${Math.round(chars / 1000)} k`;
  return `${(chars / 1_000_000).toFixed(1)} M`;
}
