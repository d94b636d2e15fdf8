import type { ComponentChildren } from 'preact';

/** A titled part of a panel, labelled by its heading for screen readers. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
