// Starts the hostile web (hostile-routes.ts) on loopback, with certificates for *.evil.test, and a Node fetch that
// reaches it by name on the default ports (curl --connect-to semantics), the way the CLI would.
import { createNodeFetch } from '../../src/cli/node-fetch.ts';
import type { CoreDeps, FetchLike } from '../../src/core/fetch/types.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { buildHostileBehaviours, HOSTILE_CERT_NAMES, HOSTILE_DOMAIN, hostileHost, hostileSites, type HostileBehaviour } from './hostile-routes.ts';
import { makeCerts, type Certs } from './make-certs.ts';

export interface HostileServer {
  server: FixtureServer;
  certs: Certs;
  behaviours: HostileBehaviour[];
  /** `https://<name>.evil.test<path>` (default port; the fetch below maps it to the fixture). */
  url: (name: string, path?: string, scheme?: 'http' | 'https') => string;
  /** The URL that shows a behaviour (its `path`). */
  urlOf: (behaviour: HostileBehaviour, scheme?: 'http' | 'https') => string;
  /** Node fetch: `*.evil.test` → 127.0.0.1 fixture ports, the throwaway CA trusted, every other host refused. */
  fetch: FetchLike;
  /** Core deps over that fetch (hand-followed redirects, the clock fixed at `now`). */
  deps: CoreDeps;
  close: () => Promise<void>;
}

/** `behaviours` defaults to buildHostileBehaviours(now); pass the list a test file collected its cases from. */
export async function startHostileServer(options: { now: Date; behaviours?: HostileBehaviour[] }): Promise<HostileServer> {
  const certs = makeCerts({ extraNames: HOSTILE_CERT_NAMES });
  try {
    const behaviours = options.behaviours ?? await buildHostileBehaviours(options.now);
    const server = await startFixtureServer({ sites: hostileSites(behaviours, options.now), certs });
    const node = createNodeFetch({
      ca: certs.caPem,
      connectTimeoutMs: 2_000,
      connectTo: [
        { host: HOSTILE_DOMAIN, port: 443, toHost: '127.0.0.1', toPort: server.httpsPort },
        { host: HOSTILE_DOMAIN, port: 80, toHost: '127.0.0.1', toPort: server.httpPort },
        { host: `*.${HOSTILE_DOMAIN}`, port: 443, toHost: '127.0.0.1', toPort: server.httpsPort },
        { host: `*.${HOSTILE_DOMAIN}`, port: 80, toHost: '127.0.0.1', toPort: server.httpPort },
        // Anything else (a redirect to a real host) goes to a closed port: nothing leaves the machine.
        { host: null, port: null, toHost: '127.0.0.1', toPort: 9 },
      ],
    });
    return {
      server, certs, behaviours,
      url: (name, path = '/.well-known/security.txt', scheme = 'https') => `${scheme}://${hostileHost(name)}${path}`,
      urlOf: (b, scheme = 'https') => `${scheme}://${hostileHost(b.name)}${b.path}`,
      fetch: node.fetch,
      deps: { fetch: node.fetch, now: () => options.now, manualRedirects: true },
      close: async () => {
        await node.close().catch(() => {});
        await server.close();
        certs.remove();
      },
    };
  } catch (error) {
    certs.remove();
    throw error;
  }
}
