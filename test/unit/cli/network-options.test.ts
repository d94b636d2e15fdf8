import { describe, expect, it } from 'vitest';
import { createFetchFromValues, NETWORK_OPTIONS } from '../../../src/cli/network-options.ts';
import { InputError, UsageError } from '../../../src/cli/command.ts';
import { makeCliIo, runCliCaptured } from '../../support/run-cli.ts';

describe('createFetchFromValues', () => {
  it('uses the io\'s own fetch when no network option is given', async () => {
    const t = makeCliIo();
    const net = createFetchFromValues({}, t.io, 'txt');
    expect(net.fetch).toBe(t.io.fetch);
    await net.close();
    expect(t.stderr()).toBe('');
  });

  it('builds its own fetch for --connect-to and --insecure, and warns about --insecure', async () => {
    const t = makeCliIo();
    const net = createFetchFromValues({ 'connect-to': ['*.test:443:127.0.0.1:8443'], insecure: true }, t.io, 'policy');
    expect(net.fetch).not.toBe(t.io.fetch);
    await net.close();
    expect(t.stderr()).toBe('scopecheck policy: warning: --insecure: TLS certificates are not checked\n');
  });

  it('refuses a malformed --connect-to (usage) and an unreadable --ca (input)', () => {
    const { io } = makeCliIo();
    expect(() => createFetchFromValues({ 'connect-to': ['nonsense'] }, io, 'txt')).toThrow(UsageError);
    expect(() => createFetchFromValues({ ca: '/nonexistent/ca.pem' }, io, 'txt')).toThrow(InputError);
  });

  it('is the same option set in every live command', async () => {
    for (const command of ['txt', 'policy', 'scope', 'draft']) {
      const r = await runCliCaptured([command, 'https://example.test/', '--connect-to', 'nonsense']);
      expect([command, r.code, r.stderr.split('\n')[0]]).toEqual([command, 2, `scopecheck ${command}: --connect-to needs HOST1:PORT1:HOST2:PORT2 (e.g. "*.test:443:127.0.0.1:8443"), not "nonsense"`]);
    }
    expect(Object.keys(NETWORK_OPTIONS)).toEqual(['connect-to', 'ca', 'insecure', 'proxy']);
  });
});
