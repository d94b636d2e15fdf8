import { browser } from '../platform/browser.ts';

// Wiring only: the background answers the popup and keeps nothing alive between events.
browser.runtime.onInstalled.addListener(() => {
  // Nothing is fetched on install: checks start from the user's click (or the opt-in auto-check).
});
