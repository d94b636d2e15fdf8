import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../src/core/draft/draft-report.ts';
import { escapeMarkdown, formatDraftMarkdown } from '../../../src/core/draft/format-draft-markdown.ts';
import { emptyPolicy, txtWith } from './corpus-fixtures.ts';

const NOW = new Date('2026-11-21T00:00:00Z');

describe('formatDraftMarkdown', () => {
  it('renders the subject as title, one ## per section, the disclosure and the evidence as links', () => {
    const policy = emptyPolicy({ report_fields: [{ id: 'impact', quote: '' }], disclosure_days: 30, source: { url: 'https://example.com/security', found_by: 'page_link', status: 200, format: 'html' } });
    const d = draftReport({ pageUrl: 'https://www.example.com/login', txt: txtWith(['mailto:security@example.com']), policy, profile: { name: 'Ada', email: 'ada@example.org' }, language: 'en', now: NOW, title: 'XSS', fields: { impact: 'Session **theft**.' } });
    expect(formatDraftMarkdown(d)).toBe([
      '# [Security] XSS – www.example.com'.replace(/[[\]]/g, '\\$&'),
      '## Impact\n\nSession **theft**.',
      '## Disclosure\n\nI will not disclose this issue publicly before it is fixed or 30 days have passed, as your disclosure policy asks.',
      '## Details\n\n- **Page URL:** <https://www.example.com/login>\n- **Date (UTC):** 2026-11-21 00:00 UTC\n'
        + '- **Contact found in:** <https://example.com/.well-known/security.txt>\n- **Disclosure policy:** <https://example.com/security>',
      'Best regards,  \nAda  \n`ada@example.org`',
    ].join('\n\n') + '\n');
  });

  it('keeps fetched values from injecting markup or links', () => {
    const policy = emptyPolicy({ source: { url: 'https://evil.test/a)<img src=x onerror=alert(1)>[x](javascript:alert(1))', found_by: 'page_link', status: 200, format: 'html' } });
    const d = draftReport({ pageUrl: 'javascript:alert(1)//[click](https://evil.test)', txt: txtWith(['mailto:security@example.com']), policy, profile: {}, language: 'en', now: NOW, title: '<img src=x onerror=alert(1)> [a](javascript:x)' });
    const md = formatDraftMarkdown(d);
    // Outside autolinks and code spans, nothing is live markup.
    const prose = md.replace(/<https:\/\/[^\s<>]*>/g, '').replace(/`[^`]*`/g, '');
    expect(prose).not.toMatch(/(?<!\\)<img|(?<!\\)\]\(javascript/);
    expect(md).toContain('<https://evil.test/a)%3Cimg%20src=x%20onerror=alert(1)%3E[x](javascript:alert(1))>');
    expect(md).toContain('`javascript:alert(1)//[click](https://evil.test)`');
  });

  it('escapes Markdown punctuation in plain text', () => {
    expect(escapeMarkdown('a*b_c [d](e) <f> `g` #h |i| ~j~ &k;\nl')).toBe('a\\*b\\_c \\[d\\](e) \\<f\\> \\`g\\` \\#h \\|i\\| \\~j\\~ \\&k; l');
  });
});
