import type { CoreDeps, FetchLike } from './types.ts';

/** Requests a check makes on speculation, held back so that those that decide the verdict never queue behind them. */
export interface SpeculativeFetches {
  /** The deps to make speculative requests with. */
  deps: CoreDeps;
  /** From now on every request goes out at once (the queued ones in the order they were made). Idempotent. */
  release: () => void;
}

/**
 * At most `max` speculative requests in flight (until their headers arrive) before `release()`, the rest queued
 * in order. A browser opens six connections per host over HTTP/1.1 and hands a freed one to the next request it
 * has queued: with security.txt's two requests and at most four discovery probes, the connection security.txt
 * frees is still free when its Policy link goes out a moment later, instead of going to a probe that cannot
 * change the verdict. A queued request's abort signal still works. Responses and errors are the wrapped fetch's.
 */
export function holdSpeculativeFetches(deps: CoreDeps, max: number): SpeculativeFetches {
  let released = false;
  let inFlight = 0;
  const queue: Array<() => void> = [];

  const next = () => {
    while (queue.length > 0 && (released || inFlight < max)) queue.shift()!();
  };
  const run: FetchLike = (input, init) => {
    inFlight++;
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      inFlight--;
      next();
    };
    try {
      const response = deps.fetch(input, init);
      response.then(done, done);
      return response;
    } catch (error) {
      done();
      return Promise.reject(error);
    }
  };
  const fetch: FetchLike = (input, init) => {
    if (released || inFlight < max) return run(input, init);
    return new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      const go = () => {
        signal?.removeEventListener('abort', onAbort);
        run(input, init).then(resolve, reject);
      };
      const onAbort = () => {
        const at = queue.indexOf(go);
        if (at !== -1) queue.splice(at, 1);
        reject(signal?.reason ?? new Error('aborted'));
      };
      if (signal?.aborted) {
        onAbort();
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(go);
    });
  };
  return {
    deps: { ...deps, fetch },
    release: () => {
      released = true;
      next();
    },
  };
}
