import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { findAppIds } from '../../../src/core/policy/find-app-ids.ts';
import { findHosts } from '../../../src/core/policy/find-hosts.ts';
import { compiledPack } from '../../../src/core/policy/compile-reader.ts';
import { findScopeTableColumns, readCoverage } from '../../../src/core/policy/read-scope-table.ts';

const EN = [compiledPack('en')!.scope];

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string, baseUrl?: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW, baseUrl });
const patterns = (text: string, baseUrl?: string) => {
  const r = read(text, baseUrl);
  return { in: r.in_scope.map((e) => e.pattern), out: r.out_of_scope.map((e) => e.pattern) };
};

describe('scope lists in less common formats', () => {
  it('reads hosts written as code spans and as fenced code inside list items', () => {
    const r = patterns('## Scope\n\n- `www.orchard.example.org`\n- ```\n  shop.orchard.example.org\n  ```\n');
    expect(r.in).toEqual(['www.orchard.example.org', 'shop.orchard.example.org']);
  });

  it('reads a bold line as the scope heading of the list under it', () => {
    expect(patterns('**Systems in scope**\n\n- portal.lantern.example\n- lantern.example\n').in).toEqual(['portal.lantern.example', 'lantern.example']);
  });

  it('takes the lead-in sentence that points at the list, not a later aside', () => {
    const text = 'The following domains are in scope. If you think a system is ours but it is not mentioned here, ask us first.\n\n- kettle.example.com\n';
    expect(patterns(text).in).toEqual(['kettle.example.com']);
  });

  it('names the asset after "hosted on" when nothing precedes it, and keeps "hosted on" as a description after an entry', () => {
    expect(patterns('## Scope\n\n- Web services hosted on *.meadow.example.net\n').in).toEqual(['*.meadow.example.net']);
    expect(patterns('## Scope\n\n- status.meadow.example.net (hosted on statuspage.example.io)\n').in).toEqual(['status.meadow.example.net']);
  });

  it('keeps an exclusion list excluded after an aside that excepts a class of findings', () => {
    const a = patterns('# Out of scope\n\nThe following are out of scope: a.example.com, b.example.com (except for critical issues), c.example.com.\n');
    expect(a.out).toEqual(expect.arrayContaining(['a.example.com', 'b.example.com', 'c.example.com']));
    expect(a.in).not.toContain('c.example.com');
    const b = patterns('# Out of scope\n\n- legacy.example.com (except for critical issues) and old.example.com\n');
    expect(b.in).not.toContain('old.example.com');
    expect(b.out).toContain('old.example.com');
    const c = patterns('# Scope\n\nOut of scope: staging.example.com, other than reports of remote code execution; also beta.example.com.\n');
    expect(c.in).not.toContain('beta.example.com');
    expect(c.out).toContain('beta.example.com');
  });

  it('still flips the host an exclusion names right after its exception marker', () => {
    const r = patterns('# Out of scope\n\n*.example.com, excluding www.example.com\n');
    expect(r.out).toContain('*.example.com');
    expect(r.in).toContain('www.example.com');
  });

  it('reads French scope headings and "s\'applique aux"', () => {
    const text = '## Portée\n\nCette politique s’applique aux systèmes suivants :\n\n* [https://api.verger.example.fr/](https://api.verger.example.fr/status)\n* https://git.example.fr/verger/app\n';
    expect(patterns(text).in).toEqual(['api.verger.example.fr', 'https://git.example.fr/verger/app']);
  });

  it('reads "anything not expressly mentioned is excluded" in French and Dutch as "anything not listed"', () => {
    expect(patterns('## Portée\n\n- a.exemple.fr\n\nTout service non expressément mentionné ci-dessus est exclu du champ d’application.').out).toContain('anything not listed');
    expect(patterns('## Scope\n\n- b.voorbeeld.nl\n\nSystemen die niet expliciet genoemd zijn, vallen buiten de scope.').out).toContain('anything not listed');
  });

  it('accepts special-use names (.test, .example) as hosts', () => {
    expect(patterns('In scope: api.bakery.test and any other subdomain of bakery.test.').in).toEqual(['api.bakery.test', '*.bakery.test']);
    expect(findHosts('see www.demo.example and localhost.localhost').map((h) => h.value)).toEqual(['www.demo.example', 'localhost.localhost']);
  });
});

describe('scope tables', () => {
  it('reads a table under an out-of-scope heading, with "anything not on the list" as the unlisted rest', () => {
    const r = patterns('## Out-of-scope assets\n\n| Asset | Reason |\n|---|---|\n| `vpn.kettle.internal` | staff only |\n| Anything not on the in-scope list above | |\n');
    expect(r.out).toEqual(['vpn.kettle.internal', 'anything not listed']);
  });

  const table = [
    '## Scope', '',
    '| Target | Kind | In scope? | Severity |',
    '| --- | --- | --- | --- |',
    '| **beacon.example.com**<br>Our landing page. Framing issues here are out of scope. | Domain | Yes | Low |',
    '| **legacy.beacon.example.com**<br>Retired, see https://beacon.example.com/retired. | Domain | No | None |',
    '| **com.beacon.reader**<br>Android reader app: https://play.google.com/store/apps/details?id=com.beacon.reader | Android | Yes | High |',
    '| **Partner widgets** | Other | No | None |',
  ].join('\n');

  it('takes the entry from the asset cell and the effect from the coverage column, not from words in a description', () => {
    const r = patterns(table);
    expect(r.in).toEqual(['beacon.example.com', 'app:com.beacon.reader']);
    expect(r.out).toEqual(['legacy.beacon.example.com', 'Partner widgets']);
  });

  it('finds the asset, coverage and type columns of a header, and reads coverage cells', () => {
    expect(findScopeTableColumns(['Asset name', 'Type', 'Coverage', 'Max severity'], EN)).toEqual({ asset: 0, coverage: 2, type: 1 });
    expect(findScopeTableColumns(['Identifier', 'Eligible for bounty', 'Eligible for submission'], EN)).toEqual({ asset: 0, coverage: 2, type: null });
    expect(findScopeTableColumns(['Type of response', 'Business days'], EN)).toBeNull();
    expect(['In scope', 'Out of Scope', '✅', 'No', 'Critical'].map((c) => readCoverage(c, EN))).toEqual(['in', 'out', 'in', 'out', null]);
  });
});

describe('things that look like hosts but are not hosts of the organisation', () => {
  it('keeps reverse-DNS app ids as app: patterns only where the text speaks of an app', () => {
    const r = patterns('## Scope\n\n- Our iOS app, bundle id org.harbor.companion-ios\n- Our Android app io.harbor.client.android\n- mail.harbor.example.com\n');
    expect(r.in).toEqual(['app:org.harbor.companion-ios', 'app:io.harbor.client.android', 'mail.harbor.example.com']);
    expect(findAppIds('de.harbor.example.com is our German site')).toHaveLength(1);
    expect(patterns('## Scope\n\n- de.harbor.example.com (German site)\n').in).toEqual(['de.harbor.example.com']);
  });

  it('turns app-store links into apps and leaves a deep repository link inside a sentence as part of a phrase', () => {
    const r = patterns('## Out of scope\n\n- Test fixtures in https://github.com/harbor/app/tree/main/fixtures.\n\n## In scope\n\n- https://apps.apple.com/us/app/harbor/id123456789\n- https://github.com/harbor/app\n');
    expect(r.in).toEqual(['app:apple:id123456789', 'https://github.com/harbor/app']);
    expect(r.out).toEqual(['Test fixtures in https://github.com/harbor/app/tree/main/fixtures']);
  });

  it('reads a repository path written without a scheme as the repository, never as all of the code host', () => {
    const r = patterns('## Scope\n\n| Asset | Type | In scope |\n|---|---|---|\n| gitlab.com/harbor/agent | Source code | Yes |\n');
    expect(r.in).toEqual(['https://gitlab.com/harbor/agent']);
  });

  it('does not exclude the apex named as the place where third-party content sits', () => {
    const r = patterns('## Out of scope\n\n- Help-desk pages run by third-party vendors are excluded, even when served under a subdomain of harbor.example.com.\n');
    expect(r.out).toEqual(['Help-desk pages run by third-party vendors']);
    expect(patterns('## Out of scope\n\n- Third-party chat widgets hosted on chat.harbor.example.com are out of scope.\n').out).toEqual(['chat.harbor.example.com']);
  });

  it('does not read "the nature and scope of the issue" in a report lead-in as a scope list', () => {
    const r = patterns('Please include the details below to help us understand the nature and scope of the issue:\n\n- Type of issue\n- Affected URL\n');
    expect(r.in).toEqual([]);
  });
});
