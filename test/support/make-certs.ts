// Throwaway TLS material for loopback fixtures: an EC P-256 CA and a leaf signed by it, made with openssl.
// Node-only test support (never imported by src/). See ../shared/design/toolchain.md, appendix §1 and §5.
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Names every fixture may use. A wildcard covers one label only, hence `*.shop.example.test`. */
export const DEFAULT_CERT_NAMES: readonly string[] = [
  'commerce7.test',
  '*.commerce7.test',
  'example.test',
  '*.example.test',
  '*.shop.example.test',
  'localhost',
  'IP:127.0.0.1',
];

export interface Certs {
  /** Temporary folder holding the files below. */
  dir: string;
  caCertPath: string;
  certPath: string;
  keyPath: string;
  caPem: string;
  certPem: string;
  keyPem: string;
  /** base64 SHA-256 of the leaf's SubjectPublicKeyInfo, for Chromium's `--ignore-certificate-errors-spki-list`. */
  spki: string;
  /** Subject alternative names of the leaf (DNS names, and `IP:` entries). */
  names: string[];
  /** Deletes the temporary folder. */
  remove: () => void;
}

export interface MakeCertsOptions {
  /** SANs of the leaf; `IP:a.b.c.d` for addresses, anything else is a DNS name. Defaults to DEFAULT_CERT_NAMES. */
  names?: readonly string[];
  /** Extra names appended to the defaults (when `names` is not given). */
  extraNames?: readonly string[];
  days?: number;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

function sanLine(names: readonly string[]): string {
  return names.map((n) => (n.startsWith('IP:') ? n : `DNS:${n}`)).join(',');
}

/** Computes the base64 SHA-256 of a certificate's SubjectPublicKeyInfo (DER). */
export function spkiSha256(certPem: string): string {
  const der = createPublicKey(certPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

/** Makes a CA and a leaf certificate in a fresh temp folder (about 50 ms). Synchronous; throws if openssl fails. */
export function makeCerts(options: MakeCertsOptions = {}): Certs {
  const names = [...(options.names ?? [...DEFAULT_CERT_NAMES, ...(options.extraNames ?? [])])];
  const days = String(options.days ?? 2);
  const dir = mkdtempSync(join(tmpdir(), 'scopecheck-certs-'));
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', days,
    '-subj', '/CN=scopecheck throwaway test CA', '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  openssl(['req', ...ec, '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=scopecheck fixtures'], dir);
  writeFileSync(join(dir, 'leaf.ext'), [
    'basicConstraints=CA:FALSE',
    'keyUsage=critical,digitalSignature,keyEncipherment',
    'extendedKeyUsage=serverAuth',
    `subjectAltName=${sanLine(names)}`,
    '',
  ].join('\n'));
  openssl(['x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial',
    '-out', 'leaf.crt', '-days', days, '-sha256', '-extfile', 'leaf.ext'], dir);
  const caCertPath = join(dir, 'ca.crt');
  const certPath = join(dir, 'leaf.crt');
  const keyPath = join(dir, 'leaf.key');
  const certPem = readFileSync(certPath, 'utf8');
  return {
    dir,
    caCertPath,
    certPath,
    keyPath,
    caPem: readFileSync(caCertPath, 'utf8'),
    certPem,
    keyPem: readFileSync(keyPath, 'utf8'),
    spki: spkiSha256(certPem),
    names,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
