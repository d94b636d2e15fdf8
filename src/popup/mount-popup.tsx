import { render } from 'preact';
import { localizeDocument } from '../platform/localize-document.ts';
import { trace } from '../platform/trace.ts';
import { App } from './app.tsx';
import type { Lookup } from './start-lookup.ts';

/** Renders the popup into #app, with the lookup its entry already started. */
export function mountPopup(lookup: Lookup): void {
  trace('scopecheck:view-loaded');
  localizeDocument('extName');
  const root = document.getElementById('app');
  if (root) render(<App search={location.search} lookup={lookup} />, root);
}
