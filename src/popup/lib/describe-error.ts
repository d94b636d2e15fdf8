import { t, type MessageKey } from '../../platform/i18n.ts';
import type { ErrorInfo } from '../../shared/error-info.ts';

const KNOWN: Record<string, MessageKey> = {
  CheckTimeoutError: 'errTimeout',
  CheckUnavailableError: 'errUnavailable',
  Disconnected: 'errDisconnected',
  NoReply: 'errDisconnected',
};

/** An error from the background in the user's language when it is one we know, else as it came. */
export function describeError(error: ErrorInfo): string {
  const key = KNOWN[error.name];
  return key ? t(key) : error.message;
}
