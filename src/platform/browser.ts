// The one import site of webextension-polyfill: swapping it later is a one-line change.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage, Permissions } from 'webextension-polyfill';
