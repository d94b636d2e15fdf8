import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { SafeText } from './safe-text.tsx';

/** The language of the policy being shown (BCP 47), for the `lang` of its quotes; null when unknown. */
export const QuoteLanguage = createContext<string | null>(null);

/** A sentence quoted verbatim from a fetched policy, marked with the policy's language (not the UI's). */
export function Quote({ text }: { text: string | null | undefined }) {
  const lang = useContext(QuoteLanguage);
  if (!text) return null;
  return (
    <blockquote class="quote" lang={lang ?? undefined} data-quote="policy">
      <SafeText text={text} limit={400} />
    </blockquote>
  );
}

/** Words of the policy inside a sentence of the UI (an entry, a phrase), marked with the policy's language. */
export function InlineQuote({ text, limit = 200 }: { text: string; limit?: number }) {
  const lang = useContext(QuoteLanguage);
  return <span lang={lang ?? undefined} data-quote="policy"><SafeText text={text} limit={limit} /></span>;
}
