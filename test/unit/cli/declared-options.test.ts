import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../support/run-cli.ts';

// Each command declares its options' rules (values, conflicts, needs, URLs, positionals, required inputs);
// one checker enforces them before the command runs: exit 2, one short line, no full usage.
describe('declared option rules', () => {
  it.each([
    [['draft', 'https://a.test/', '--url', 'https://a.test/'], /give either --url or a URL, not both/],
    [['draft', '--url', 'https://a.test/'], /--url only applies with --txt-file or --policy-json or --policy-file/],
    [['draft', 'https://a.test/', '--json', '--markdown'], /give either --markdown or --json, not both/],
    [['draft', 'https://a.test/', '--lang', 'fr'], /--lang takes en or de, not "fr"/],
    [['draft'], /give a URL or --url/],
    [['policy', 'https://a.test/', '--base-url', 'https://a.test/'], /--base-url only applies with --file/],
    [['policy', '--file', 'p.md', '--base-url', 'ftp://a.test/'], /--base-url needs an absolute http\(s\) URL/],
    [['policy', 'https://a.test/', 'https://b.test/'], /give one URL/],
    [['scope', '--file', 'p.md', '--host', 'a.test', '--no-diodb'], /--no-diodb only applies with a URL/],
    [['scope', '--export', 'csv', '--user-scope', 'u.txt'], /--export takes burp, caido, zap or hosts, not "csv"/],
    [['scope'], /give a URL, --file, --policy-json, --user-scope or --platforms/],
    [['check', 'https://a.test/', '--lang', 'fr'], /--lang takes en or de/],
    [['txt', '--context', 'c.json', 'https://a.test/'], /--context only applies with --file/],
  ])('%j', async (argv, message) => {
    const run = await runCliCaptured(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain(`Run \`scopecheck ${argv[0]} --help\``);
    expect(run.stderr).not.toMatch(/Usage:/);
    expect(run.stderr.split('\n').length).toBeLessThanOrEqual(3);
  });
});
