import { describe, expect, it } from 'vitest';
import { matchConnectTo, parseConnectTo } from '../../../src/cli/node-fetch.ts';
import { UsageError } from '../../../src/cli/command.ts';

describe('--connect-to rules', () => {
  it('parses curl-style HOST1:PORT1:HOST2:PORT2 with wildcards, empty parts and IPv6', () => {
    expect(parseConnectTo('*.test:443:127.0.0.1:8443')).toEqual({ host: '*.test', port: 443, toHost: '127.0.0.1', toPort: 8443 });
    expect(parseConnectTo('::127.0.0.1:')).toEqual({ host: null, port: null, toHost: '127.0.0.1', toPort: null });
    expect(parseConnectTo('Example.COM:*:[::1]:80')).toEqual({ host: 'example.com', port: null, toHost: '::1', toPort: 80 });
  });

  it('rejects malformed rules as usage errors', () => {
    for (const bad of ['', 'a:1:b', 'a:1::2', 'a:x:b:2', 'a:1:b:2:3', 'a:1:[::1:2', 'a:99999:b:1']) {
      expect(() => parseConnectTo(bad), bad).toThrow(UsageError);
    }
  });

  it('matches exact names, one-or-more-label wildcards and ports', () => {
    const rules = [parseConnectTo('*.test:443:127.0.0.1:1'), parseConnectTo('example.org::127.0.0.2:2')];
    expect(matchConnectTo(rules, 'a.b.test', 443)?.toPort).toBe(1);
    expect(matchConnectTo(rules, 'test', 443)).toBeUndefined();
    expect(matchConnectTo(rules, 'a.test', 80)).toBeUndefined();
    expect(matchConnectTo(rules, 'EXAMPLE.org', 8080)?.toHost).toBe('127.0.0.2');
    expect(matchConnectTo(rules, 'www.example.org', 80)).toBeUndefined();
  });
});
