// curl-style --connect-to rules that send every host name on ports 443 and 80 to a loopback fixture server.
import { parseConnectTo, type ConnectToRule } from '../../src/cli/node-fetch.ts';

interface Ports {
  httpPort: number;
  httpsPort: number | null;
}

/** The rules as strings, e.g. for CLI arguments (`--connect-to` before each). */
export function loopbackConnectToSpecs(server: Ports): string[] {
  return [`*:443:127.0.0.1:${server.httpsPort}`, `*:80:127.0.0.1:${server.httpPort}`];
}

/** The same rules parsed, for createNodeFetch({ connectTo }). */
export function loopbackConnectTo(server: Ports): ConnectToRule[] {
  return loopbackConnectToSpecs(server).map(parseConnectTo);
}

/** `--connect-to a --connect-to b` for the CLI. */
export function loopbackConnectToArgs(server: Ports): string[] {
  return loopbackConnectToSpecs(server).flatMap((spec) => ['--connect-to', spec]);
}
