import { SafeText } from './safe-text.tsx';

/** A sentence quoted verbatim from a fetched policy. */
export function Quote({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <blockquote class="quote">
      <SafeText text={text} limit={400} />
    </blockquote>
  );
}
