import type { Runtime } from '../platform/browser.ts';
import { toErrorInfo } from '../shared/error-info.ts';
import { Requests, type Reply, type RequestOf, type RequestType, type Responses } from '../shared/protocol.ts';

export type RequestHandlers = {
  [K in RequestType]: (payload: RequestOf<K>, sender: Runtime.MessageSender) => Promise<Responses[K]>;
};

export interface SenderGate {
  isTrusted: (sender: Runtime.MessageSender) => boolean;
}

function fail(name: string, message: string): Reply<never> {
  return { ok: false, error: { name, message } };
}

/**
 * The background's onMessage listener: ignores anything without our envelope, rejects foreign
 * senders, validates the payload with the message's schema, and answers `{ ok, value | error }`
 * (never a thrown Error: prototypes do not cross the boundary).
 */
export function createRequestListener(handlers: RequestHandlers, gate: SenderGate) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (typeof message !== 'object' || message === null || (message as { scopecheck?: unknown }).scopecheck !== 1) {
      return undefined;
    }
    if (!gate.isTrusted(sender)) return Promise.resolve(fail('UntrustedSender', 'Messages are accepted from Scopecheck pages only.'));
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(Requests, type)) {
      return Promise.resolve(fail('UnknownRequest', `Unknown request type: ${String(type).slice(0, 100)}`));
    }
    const key = type as RequestType;
    const parsed = Requests[key].safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      return Promise.resolve(fail('InvalidRequest', `Invalid ${key} request${where}: ${issue?.message ?? 'rejected'}`));
    }
    const handler = handlers[key] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    return handler(parsed.data, sender).then(
      (value): Reply<unknown> => ({ ok: true, value }),
      (error: unknown): Reply<unknown> => ({ ok: false, error: toErrorInfo(error) }),
    );
  };
}
