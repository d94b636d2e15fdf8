import { safeHref } from '../../core/index.ts';
import { SafeText } from './safe-text.tsx';

/**
 * A URL from fetched content: a link (new tab, no opener, no referrer) when it is http(s) or
 * mailto, otherwise inert text. The label is always the value itself, never markup.
 */
export function SafeLink({ url, label, limit = 200 }: { url: string; label?: string; limit?: number }) {
  const href = safeHref(url);
  const text = <SafeText text={label ?? url} limit={limit} />;
  if (!href) return <span class="inert" title={url.slice(0, 300)}>{text}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  );
}
