import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyComponent<P> {
  Component: FunctionComponent<P> | null;
  /** Why the chunk did not load, if it did not. */
  failed: string | null;
}

/** A component from a chunk loaded with `load` once `when` is true (once per popup). */
export function useLazyComponent<P>(load: () => Promise<FunctionComponent<P>>, when = true): LazyComponent<P> {
  const [Component, setComponent] = useState<FunctionComponent<P> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const wanted = when && Component === null && failed === null;
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    load().then(
      (c) => !cancelled && setComponent(() => c),
      (e: unknown) => !cancelled && setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
    };
    // `load` is a module import: the same for the popup's life.
  }, [wanted]);
  return { Component, failed };
}
