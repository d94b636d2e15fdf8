import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/core/document/read-document.ts';

function read(text: string, url = 'SECURITY.md') {
  return readDocument({ body: text, url }).blocks;
}

describe('readDocument (Markdown)', () => {
  it('reads headings, paragraphs and nested list items with their section path and lead-in', () => {
    const blocks = read([
      '---', 'title: "Security"', '---',
      '# Policy', '', '## Rules', '', 'Security researchers must not:', '',
      '- use **automated** scanners', '  - not even `nmap`', '- run DoS tests', '',
      'Thanks.',
    ].join('\n'));
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['heading', 1, 'Policy'],
      ['heading', 2, 'Rules'],
      ['heading', 3, 'Security researchers must not:'],
      ['list_item', 1, 'use automated scanners'],
      ['list_item', 2, 'not even nmap'],
      ['list_item', 1, 'run DoS tests'],
      ['paragraph', 0, 'Thanks.'],
    ]);
    expect(blocks[2]!.pseudo).toBe(true);
    expect(blocks[3]!.section).toEqual(['Policy', 'Rules', 'Security researchers must not:']);
    expect(blocks[4]!.intro).toBe(3);
  });

  it('links a list to the paragraph that introduces it', () => {
    const blocks = read('When reporting a vulnerability, please send us:\n\n- the URL\n- steps to reproduce\n');
    expect(blocks[1]!.intro).toBe(0);
    expect(blocks[2]!.intro).toBe(0);
  });

  it('keeps link text and remembers targets, with offsets into the plain text', () => {
    const [block] = read('Report via [HackerOne](https://hackerone.com/x "title") or <security@example.com>.');
    expect(block!.text).toBe('Report via HackerOne or security@example.com.');
    expect(block!.links).toEqual([
      { text: 'HackerOne', href: 'https://hackerone.com/x', start: 11, end: 20 },
      { text: 'security@example.com', href: 'mailto:security@example.com', start: 24, end: 44 },
    ]);
  });

  it('keeps wildcard hosts and intra-word underscores but drops emphasis and inline HTML', () => {
    const [a, b] = read('- *.gradle.org and k1._domainkey.gradle.com\n- <span style="color:red">*AGENCY* _name_</span> \\[\\*\\]');
    expect(a!.text).toBe('*.gradle.org and k1._domainkey.gradle.com');
    expect(b!.text).toBe('AGENCY name [*]');
  });

  it('reads tables row by row and skips HTML comments and fenced code content as prose', () => {
    const blocks = read('<!-- hidden\nstill hidden -->\n| A | B |\n|---|:-:|\n| 1 | x \\| y |\n\n```\ncode line\n```\n');
    expect(blocks.map((b) => [b.kind, b.text, b.header ?? false])).toEqual([
      ['table_row', 'A | B', true],
      ['table_row', '1 | x | y', false],
      ['code', 'code line', false],
    ]);
  });

  it('splits a paragraph whose list markers were lost into one unit per line', () => {
    const blocks = read('Here is a list of some common out of scope vulnerabilities:\n\nClickjacking on pages.\nEmail spoofing\nUser enumeration\n');
    expect(blocks.slice(1).map((b) => [b.kind, b.text, b.intro])).toEqual([
      ['list_item', 'Clickjacking on pages.', 0],
      ['list_item', 'Email spoofing', 0],
      ['list_item', 'User enumeration', 0],
    ]);
  });

  it('joins wrapped prose lines into one paragraph', () => {
    const blocks = read('This policy is intended to give security researchers clear guidelines for\nconducting research and to convey our\npreferences.\n');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text).toBe('This policy is intended to give security researchers clear guidelines for conducting research and to convey our preferences.');
  });
});

describe('readDocument (plain text)', () => {
  it('reads each line as a unit, a short first line as the title, and dash lists', () => {
    const blocks = read('Responsible Disclosure\nWe welcome reports.\nResearchers must not:\n- engage in social engineering,\n- send spam.\nThank you!', 'policy.txt');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Responsible Disclosure'],
      ['paragraph', 'We welcome reports.'],
      ['heading', 'Researchers must not:'],
      ['list_item', 'engage in social engineering,'],
      ['list_item', 'send spam.'],
      ['paragraph', 'Thank you!'],
    ]);
  });
});

describe('readDocument (Markdown structures seen in real policies)', () => {
  it('reads a fenced code block inside a list item as the item text', () => {
    const blocks = read('## Hosts\n\n* ```\n  alpha.example.org\n  ```\n* ```\n  beta.example.org\n  ```\n\n## Next\n\nDone.\n');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Hosts'],
      ['list_item', 'alpha.example.org'],
      ['list_item', 'beta.example.org'],
      ['heading', 'Next'],
      ['paragraph', 'Done.'],
    ]);
  });

  it('keeps an indented fence under a list item in that item, and an unclosed one ends with the item', () => {
    const blocks = read('- Staging hosts:\n  ```\n  stage.example.net\n  ```\n- ```\n  open.example.net\nAfter the list.\n');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list_item', 'Staging hosts: stage.example.net'],
      ['list_item', '``` open.example.net'],
      ['paragraph', 'After the list.'],
    ]);
  });

  it('reads a short bold-only line as a heading, but not a bold sentence', () => {
    const blocks = read('**Out of scope**\n\n- Volumetric attacks\n\n**Please do not test production.**\n');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Out of scope'],
      ['list_item', 'Volumetric attacks'],
      ['paragraph', 'Please do not test production.'],
    ]);
    expect(blocks[1]!.section).toEqual(['Out of scope']);
  });

  it('drops sentence punctuation typed inside an autolink', () => {
    const [block] = read('Send it via <https://forms.example.com/report.>');
    expect(block!.links[0]!.href).toBe('https://forms.example.com/report');
    expect(block!.text).toBe('Send it via https://forms.example.com/report.');
  });
});
