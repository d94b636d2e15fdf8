// The hostile web: one behaviour per host `<name>.evil.test`, each answering every path with something a
// careless client chokes on (issue 8 §1). Served by fixture-server.ts on 127.0.0.1 only; see hostile-server.ts.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { endless, hang, redirect, reset, type FixtureHandler, type Route, type Site, type StaticResponse } from './fixture-server.ts';
import {
  MIB, binaryNoise, brotliBomb, deepNestingPolicyHtml, deflateBomb, filler, gzipBomb, hugeListPolicyHtml,
  invalidUtf8Txt, isoSeconds, makeSignedFixtures, manyContactLines, scriptedPolicyHtml, txtLines,
  unclosedCommentPolicyHtml, utf16Txt, utf8, validFields,
} from './hostile-documents.ts';

export const HOSTILE_DOMAIN = 'evil.test';
/** A well-behaved host that hostile redirects point to. */
export const REDIRECT_TARGET_HOST = `redirect-target.${HOSTILE_DOMAIN}`;
/** Certificate names the hostile server needs (a wildcard covers one label). */
export const HOSTILE_CERT_NAMES = [HOSTILE_DOMAIN, `*.${HOSTILE_DOMAIN}`];

export type HostileCategory =
  | 'soft' | 'size' | 'transport' | 'redirect' | 'encoding' | 'contact' | 'expires' | 'signature' | 'policy' | 'status';

export interface HostileBehaviour {
  /** DNS label: the behaviour lives at `https://<name>.evil.test/` (and http). */
  name: string;
  category: HostileCategory;
  summary: string;
  /** Path → route; `*` answers every other path. */
  site: Site;
  /** For content behaviours: the exact bytes served (parsers can be fed them offline). */
  document?: { bytes: Uint8Array; contentType: string };
  /** The path that shows the behaviour: `/.well-known/security.txt`, or `/policy` for policy pages. */
  path: string;
}

export const hostileHost = (name: string): string => `${name}.${HOSTILE_DOMAIN}`;

const TARPITS = new Set(['never-answers', 'headers-never-finish', 'slow-headers', 'endless-drip']);

/** Behaviours that only make the client wait for its timeout (they move almost no bytes): safe to run in parallel. */
export const isTarpit = (b: HostileBehaviour): boolean => TARPITS.has(b.name);

const WELL_KNOWN = '/.well-known/security.txt';
const TEXT = 'text/plain; charset=utf-8';
const HTML = 'text/html; charset=utf-8';
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** Defence in depth: the fixture server binds 127.0.0.1, and every hostile handler refuses anyone else. */
function loopbackOnly(route: Route): Route {
  return (req, res, info) => {
    if (!isLoopback(req.socket.remoteAddress)) {
      req.socket.destroy();
      return;
    }
    if (typeof route === 'function') return route(req, res, info);
    const body = route.bytes ?? (route.body === undefined ? undefined : utf8(route.body));
    res.writeHead(route.status ?? 200, { ...(body ? { 'content-length': String(body.length) } : {}), ...route.headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** Writes raw bytes on the connection (TLS-wrapped on https), bypassing Node's HTTP framing. */
function raw(write: (socket: Socket, req: IncomingMessage) => Promise<void> | void): FixtureHandler {
  return async (req) => {
    await write(req.socket, req);
  };
}

function serve(body: Uint8Array, headers: Record<string, string>): StaticResponse {
  return { status: 200, headers, bytes: body };
}

function content(name: string, category: HostileCategory, summary: string, body: string | Uint8Array, contentType = TEXT, extra: Site = {}): HostileBehaviour {
  const bytes = typeof body === 'string' ? utf8(body) : body;
  return {
    name, category, summary, path: WELL_KNOWN,
    site: { ...extra, '*': { status: 200, headers: { 'content-type': contentType }, bytes } }, document: { bytes, contentType },
  };
}

function behaviour(name: string, category: HostileCategory, summary: string, route: Route, extra: Site = {}): HostileBehaviour {
  return { name, category, summary, path: WELL_KNOWN, site: { ...extra, '*': route } };
}

async function transportBehaviours(): Promise<HostileBehaviour[]> {
  const [gzip, deflate, brotli] = await Promise.all([gzipBomb(), deflateBomb(), brotliBomb()]);
  return [
    behaviour('soft-404-html', 'soft', 'every path answers 200 with an HTML "not found" page',
      { status: 200, headers: { 'content-type': HTML }, body: '<!doctype html><title>Not found</title><h1>Oops, page not found</h1>' }),
    behaviour('empty-200', 'soft', '200 text/plain with an empty body', { status: 200, headers: { 'content-type': TEXT }, body: '' }),
    behaviour('body-10mib', 'size', 'a 10 MiB text/plain body with Content-Length', serve(filler(10 * MIB), { 'content-type': TEXT })),
    behaviour('endless-fast', 'size', 'an endless body as fast as the client reads', endless()),
    behaviour('endless-drip', 'transport', 'headers, then one byte every 100 ms forever', async (_req, res) => {
      res.writeHead(200, { 'content-type': TEXT });
      while (!res.destroyed) {
        res.write('C');
        await sleep(100);
      }
    }),
    behaviour('headers-64kib', 'size', 'a single 64 KiB response header', { status: 200, headers: { 'content-type': TEXT, 'x-junk': 'j'.repeat(64 * 1024) }, body: 'x\n' }),
    behaviour('headers-2000', 'size', '2,000 response headers', {
      status: 200, body: 'x\n',
      headers: Object.fromEntries([['content-type', TEXT], ...Array.from({ length: 2000 }, (_, i) => [`x-h${i}`, String(i)])]),
    }),
    behaviour('chunked-garbage', 'transport', 'Transfer-Encoding: chunked with invalid chunk sizes', raw((socket) => {
      socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nZZZZ\r\nContact: x\r\n-5\r\n\r\n');
    })),
    behaviour('gzip-bomb', 'transport', 'Content-Encoding: gzip, 1 MiB on the wire, 1 GiB decompressed',
      serve(gzip, { 'content-type': TEXT, 'content-encoding': 'gzip' })),
    behaviour('deflate-bomb', 'transport', 'Content-Encoding: deflate, 64 KiB on the wire, 64 MiB decompressed',
      serve(deflate, { 'content-type': TEXT, 'content-encoding': 'deflate' })),
    behaviour('brotli-bomb', 'transport', 'Content-Encoding: br, about 48 KiB on the wire, 256 MiB decompressed',
      serve(brotli, { 'content-type': TEXT, 'content-encoding': 'br' })),
    behaviour('content-length-lies', 'transport', 'Content-Length: 100000, then 20 bytes and close', raw((socket) => {
      socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\nContact: mailto:a@b\n');
    })),
    behaviour('reset-mid-body', 'transport', 'headers and 1 KiB of body, then a TCP reset', raw(async (socket) => {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 65536\r\n\r\n${'x'.repeat(1024)}`);
      await sleep(20);
      resetSocket(socket);
    })),
    behaviour('reset-before-headers', 'transport', 'the connection is reset before any byte is sent', reset()),
    behaviour('never-answers', 'transport', 'accepts the request and never sends a byte (tarpit)', hang()),
    behaviour('headers-never-finish', 'transport', 'a status line and one header, then silence', raw((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n');
      return new Promise<void>(() => {});
    })),
    behaviour('slow-headers', 'transport', 'the header bytes dripped one every 50 ms (slowloris in reverse)', raw(async (socket) => {
      for (const ch of `HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Slow: ${'s'.repeat(400)}\r\n\r\nok\n`) {
        if (socket.destroyed) return;
        socket.write(ch);
        await sleep(50);
      }
      socket.end();
    })),
    behaviour('not-http', 'transport', 'answers with an SSH banner instead of HTTP', raw((socket) => {
      socket.end('SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n');
    })),
  ];
}

function resetSocket(socket: Socket): void {
  try {
    socket.resetAndDestroy();
  } catch {
    socket.destroy();
  }
}

function redirectBehaviours(now: Date): HostileBehaviour[] {
  const hops: Site = {};
  for (let i = 1; i < 20; i++) hops[`/hop/${i}`] = redirect(`/hop/${i + 1}`);
  hops['/hop/20'] = { status: 200, headers: { 'content-type': TEXT }, body: txtLines(...validFields('redirect-chain-20.evil.test', now)) };
  return [
    behaviour('redirect-loop', 'redirect', 'every path redirects to /loop-a, which redirects to /loop-b and back',
      redirect('/loop-a'), { '/loop-a': redirect('/loop-b'), '/loop-b': redirect('/loop-a') }),
    behaviour('redirect-chain-20', 'redirect', 'a chain of 20 redirects before a valid file', redirect('/hop/1'), hops),
    behaviour('redirect-other-host', 'redirect', `redirects to the same path on ${REDIRECT_TARGET_HOST}`,
      (_req, res, info) => {
        res.writeHead(302, { location: `${info.scheme}://${REDIRECT_TARGET_HOST}${info.path}` });
        res.end();
      }),
    behaviour('redirect-file-url', 'redirect', 'redirects to file:///etc/passwd', redirect('file:///etc/passwd')),
    behaviour('redirect-data-url', 'redirect', 'redirects to a data: URL holding a security.txt',
      redirect('data:text/plain,Contact:%20mailto:attacker@evil.test%0A')),
    behaviour('redirect-javascript-url', 'redirect', 'redirects to javascript:alert(1)', redirect('javascript:alert(document.domain)')),
    behaviour('redirect-https-to-http', 'redirect', 'https requests redirect to plain http on the same host; http serves the file',
      (_req, res, info) => {
        if (info.scheme === 'https') {
          res.writeHead(301, { location: `http://${info.host}${info.path}` });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': TEXT });
        res.end(txtLines(...validFields(info.host, now)));
      }),
    behaviour('redirect-no-location', 'redirect', '302 without a Location header', { status: 302, headers: { 'content-type': TEXT }, body: '' }),
    behaviour('redirect-invalid-location', 'redirect', 'a Location that is not a URL', redirect('http://[::1')),
  ];
}

function contentBehaviours(now: Date): HostileBehaviour[] {
  const h = hostileHost;
  const fields = (name: string) => validFields(h(name), now);
  return [
    content('invalid-utf8', 'encoding', 'invalid UTF-8 bytes inside a comment, a Contact and a Policy', invalidUtf8Txt(h('invalid-utf8'), now)),
    content('utf16-bom', 'encoding', 'the file in UTF-16LE with a byte order mark', utf16Txt(h('utf16-bom'), now)),
    content('utf8-bom', 'encoding', 'a UTF-8 byte order mark before the first field', `\ufeff${txtLines(...fields('utf8-bom'))}`),
    content('nul-bytes', 'encoding', 'NUL bytes inside field names, values and comments',
      txtLines('# com\0ment', `Contact: mailto:security\0@${h('nul-bytes')}`, `Expi\0res: ${isoSeconds(now)}`, ...fields('nul-bytes'))),
    content('bare-cr-lines', 'encoding', 'classic Mac line endings (CR only)', `${fields('bare-cr-lines').join('\r')}\r`),
    content('terminal-escapes', 'encoding', 'ANSI/OSC terminal escape sequences in a comment and a value',
      txtLines('# \x1b[2J\x1b[H\x1b]0;pwned\x07 cleared your screen', `Contact: mailto:security@${h('terminal-escapes')}\x1b]8;;https://attacker.test\x07click\x1b]8;;\x07`, fields('terminal-escapes')[1]!)),
    content('contact-lines-100k', 'size', '100,000 Contact lines (about 3 MB)', manyContactLines(h('contact-lines-100k'))),
    content('line-1mib', 'size', 'a single 1 MiB line without a line break', `Contact: mailto:${'a'.repeat(MIB)}@evil.test`),
    content('contact-mailto-header-injection', 'contact', 'mailto contacts with CRLF-injected Bcc/Subject headers and body', txtLines(
      `Contact: mailto:security@${h('contact-mailto-header-injection')}?%0D%0ABcc:attacker@evil.test`,
      `Contact: mailto:security@${h('contact-mailto-header-injection')}%0D%0ABcc:%20attacker@evil.test?subject=hi%0D%0ABcc:x@evil.test&bcc=attacker@evil.test&body=send%20me%20your%20cookies`,
      fields('contact-mailto-header-injection')[1]!)),
    content('contact-javascript', 'contact', 'a javascript: Contact (and a vbscript: one)', txtLines(
      'Contact: javascript:alert(document.cookie)', 'Contact: JaVaScRiPt:alert(1)', 'Contact: vbscript:msgbox(1)', fields('contact-javascript')[1]!)),
    content('contact-data-url', 'contact', 'a data: URL Contact with HTML', txtLines(
      'Contact: data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', fields('contact-data-url')[1]!)),
    content('contact-rtl-override', 'contact', 'contacts with U+202E RIGHT-TO-LEFT OVERRIDE and other bidi controls', txtLines(
      `Contact: mailto:security@${h('contact-rtl-override')}\u202Etset.elgoog`,
      'Contact: https://evil.test/\u202Egnp.exe',
      `Contact: mailto:\u2066admin\u2069@${h('contact-rtl-override')}`, fields('contact-rtl-override')[1]!)),
    content('contact-homograph', 'contact', 'Cyrillic and punycode look-alikes of a real domain', txtLines(
      'Contact: mailto:security@\u0435vil.test', 'Contact: https://xn--pypal-4ve.test/report', 'Contact: mailto:security@g\u043e\u043egle.test',
      fields('contact-homograph')[1]!)),
    content('expires-past', 'expires', 'Expires a year in the past', txtLines(`Contact: mailto:security@${h('expires-past')}`,
      `Expires: ${isoSeconds(new Date(now.getTime() - 365 * 86_400_000))}`)),
    content('expires-far-future', 'expires', 'Expires in the year 9999', txtLines(`Contact: mailto:security@${h('expires-far-future')}`, 'Expires: 9999-12-31T23:59:59Z')),
    content('expires-garbage', 'expires', 'Expires values that are not dates (and an absurd one)', txtLines(`Contact: mailto:security@${h('expires-garbage')}`,
      'Expires: tomorrow at 99:99', 'Expires: 2026-13-45T25:61:61Z', `Expires: +275760-09-13T00:00:00.000Z${'9'.repeat(400)}`)),
  ];
}

function policyBehaviours(now: Date): HostileBehaviour[] {
  const withTxt = (name: string): Site => ({
    '/.well-known/security.txt': { status: 200, headers: { 'content-type': TEXT },
      body: txtLines(...validFields(hostileHost(name), now), `Policy: https://${hostileHost(name)}/policy`) },
  });
  const page = (name: string, summary: string, make: () => string | Uint8Array, contentType = HTML): HostileBehaviour => {
    return { ...content(name, 'policy', summary, make(), contentType, withTxt(name)), path: '/policy' };
  };
  return [
    page('policy-script-tags', 'a policy page full of <script>, event handlers, javascript: and data: links', () => scriptedPolicyHtml(hostileHost('policy-script-tags'))),
    page('policy-10k-items', 'a policy with 10,000 list items', () => hugeListPolicyHtml(hostileHost('policy-10k-items'))),
    page('policy-deep-nesting', 'a policy nested 10,000 elements deep, never closed', () => deepNestingPolicyHtml()),
    page('policy-unclosed-comment', 'a policy whose comment never closes', () => unclosedCommentPolicyHtml()),
    page('policy-binary', 'random bytes served as text/html', () => binaryNoise(256 * 1024)),
  ];
}

function statusBehaviours(now: Date): HostileBehaviour[] {
  const body = (name: string) => txtLines(...validFields(hostileHost(name), now));
  const status = (code: number, headers: Record<string, string> = {}, text = `error ${code}\n`): StaticResponse =>
    ({ status: code, headers: { 'content-type': TEXT, ...headers }, body: text });
  return [
    behaviour('status-500', 'status', '500 Internal Server Error (with a valid-looking body)', status(500, {}, body('status-500'))),
    behaviour('status-503', 'status', '503 Service Unavailable with Retry-After: 120', status(503, { 'retry-after': '120' })),
    behaviour('status-429-retry-after', 'status', '429 Too Many Requests with Retry-After: 86400', status(429, { 'retry-after': '86400' })),
    behaviour('status-404', 'status', 'a plain 404 for every path', status(404)),
    behaviour('wrong-content-type', 'status', 'a valid file served as image/png', { status: 200, headers: { 'content-type': 'image/png' }, body: body('wrong-content-type') }),
  ];
}

async function signatureBehaviours(now: Date): Promise<HostileBehaviour[]> {
  const entries: Array<[string, string, keyof Awaited<ReturnType<typeof makeSignedFixtures>>]> = [
    ['signed-wrong-key', 'cleartext-signed by a key other than the one its Encryption field links', 'signedByWrongKey'],
    ['signed-truncated', 'a signed file whose signature block is cut in half', 'truncatedSignature'],
    ['signed-no-signature', 'a signed-message header with no signature block', 'missingSignature'],
  ];
  return Promise.all(entries.map(async ([name, summary, key]) => {
    const fixtures = await makeSignedFixtures(hostileHost(name), now);
    return content(name, 'signature', summary, fixtures[key], TEXT, {
      '/pgp-key.txt': { status: 200, headers: { 'content-type': 'application/pgp-keys' }, body: fixtures.publishedKey },
    });
  }));
}

/** Every hostile behaviour (58 of them), in a stable order. `now` anchors the Expires dates. */
export async function buildHostileBehaviours(now: Date): Promise<HostileBehaviour[]> {
  return [
    ...(await transportBehaviours()),
    ...redirectBehaviours(now),
    ...contentBehaviours(now),
    ...policyBehaviours(now),
    ...statusBehaviours(now),
    ...(await signatureBehaviours(now)),
  ];
}

/** The sites to serve: one per behaviour, the redirect target, and `evil.test` itself (404 everywhere). */
export function hostileSites(behaviours: HostileBehaviour[], now: Date): Record<string, Site> {
  const sites: Record<string, Site> = {
    [HOSTILE_DOMAIN]: { '*': loopbackOnly({ status: 404, headers: { 'content-type': TEXT }, body: 'nothing here\n' }) },
    [REDIRECT_TARGET_HOST]: { '*': loopbackOnly({ status: 200, headers: { 'content-type': TEXT }, body: txtLines(...validFields(REDIRECT_TARGET_HOST, now)) }) },
  };
  for (const b of behaviours) {
    sites[hostileHost(b.name)] = Object.fromEntries(Object.entries(b.site).map(([path, route]) => [path, loopbackOnly(route)]));
  }
  return sites;
}
