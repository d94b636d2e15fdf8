import * as z from 'zod/mini';
import type { CachedCheckView } from './cached-check.ts';
import type { ErrorInfo } from './error-info.ts';
import type { PlatformDataInfo } from './platform-data.ts';
import { WebUrlSchema } from './web-url.ts';
import type { CheckResult, SourceProgress } from '../core/index.ts';

const MAX_TEXT = 1_000_000;
const text = (max = MAX_TEXT) => z.string().check(z.maxLength(max));

/** Request payloads of the popup/options → background messages, one schema per message type. */
export const Requests = {
  /** The stored check for a page, if any: asked first so a cached verdict paints at once. */
  getCached: z.object({ url: WebUrlSchema }),
  /**
   * Fetches a site's OpenPGP public key (security.txt Encryption or policy URL) for encrypting a
   * draft: https only, bounded, and only from hosts the user granted or the page itself.
   */
  fetchKey: z.object({ url: text(4096), pageUrl: WebUrlSchema }),
  clearCache: z.object({}),
  /** Which copy of the platform data is in use (packaged snapshot or refreshed). */
  platformDataInfo: z.object({}),
  /** Fetches a newer copy from a bounty-targets-data directory (only a host the user granted); replaces it only when whole. */
  refreshPlatformData: z.object({ url: text(2048) }),
  /** Drops the refreshed copy: the packaged snapshot is used again. */
  usePackagedPlatformData: z.object({}),
} as const;

export type RequestType = keyof typeof Requests;
export type RequestOf<K extends RequestType> = z.infer<(typeof Requests)[K]>;

export interface FetchedKey {
  armored: string;
  /** Where it was fetched from in the end (after redirects). */
  url: string;
}

/** What each message answers. */
export interface Responses {
  getCached: CachedCheckView | null;
  fetchKey: FetchedKey;
  clearCache: { cleared: number };
  platformDataInfo: PlatformDataInfo;
  refreshPlatformData: { ok: true; info: PlatformDataInfo } | { ok: false; reason: string; info: PlatformDataInfo };
  usePackagedPlatformData: PlatformDataInfo;
}

/** The envelope on the wire: the `scopecheck` tag lets the background ignore anything else. */
export interface RequestMessage<K extends RequestType = RequestType> {
  scopecheck: 1;
  type: K;
  payload: RequestOf<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export { CHECK_PORT_NAME } from './check-port-name.ts';

export const CheckStartSchema = z.object({
  type: z.literal('start'),
  url: WebUrlSchema,
  tabId: z.nullable(z.number().check(z.int(), z.nonnegative())),
  refresh: z.boolean(),
});
export type CheckStart = z.infer<typeof CheckStartSchema>;

export type CheckPortMessage =
  | { type: 'progress'; sources: SourceProgress[] }
  /** The verdict and everything it depends on, before slower sources that cannot change it (not stored). */
  | { type: 'partial'; entry: CachedCheckView }
  | { type: 'done'; entry: CachedCheckView }
  | { type: 'failed'; error: ErrorInfo };

export type { CheckResult };
