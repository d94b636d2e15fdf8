// Contact rules of the contacts-f round (2026-12-08), on invented text: JSX string expressions between elements, bounty
// platforms' researcher alias addresses, a security.txt pointed at for its expiry, a link a reporting verb leads to in
// a list of how to report (and not one for feature requests), a line that is only a link after a reporting lead-in,
// and "chat with us on Discord".
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const contacts = (text: string, url = 'policy.md', baseUrl = 'https://kettle.example.org/security') =>
  extractPolicy({ body: text, url }, { now: NOW, baseUrl }).contacts.map((c) => c.value);

describe('JSX string expressions', () => {
  it('reads {" "} as a space, so the labelled form item of a reporting list is seen', () => {
    const jsx = `export default function Policy() {
  return (
    <main>
      <h1>Sikkerhetspolicy for Kettle</h1>
      <h2>Hvordan rapportere</h2>
      <ul>
        <li>
          <strong>E-post:</strong>{" "}
          <a href='mailto:sikkerhet@kettle.example.org'>sikkerhet@kettle.example.org</a>
        </li>
        <li>
          <strong>Skjema:</strong>{" "}
          <a href='https://kettle.example.org/skriv-til-oss'>kettle.example.org/skriv-til-oss</a>
        </li>
      </ul>
    </main>
  );
}
`;
    expect(contacts(jsx, 'policy.jsx')).toEqual(['mailto:sikkerhet@kettle.example.org', 'https://kettle.example.org/skriv-til-oss']);
  });
});

describe('researcher alias addresses of bounty platforms', () => {
  it('are accounts for testing, never channels', () => {
    const text = '## Testing\n\nUse your platform e-mail alias, such as NAME@wearehackerone.com or '
      + 'brewer@bugcrowdninja.com, when you sign up to the kettle shop.\n\nSend reports to security@kettle.example.org.\n';
    expect(contacts(text)).toEqual(['mailto:security@kettle.example.org']);
  });
});

describe('a security.txt pointed at for one of its fields', () => {
  it('is no channel when the sentence names its expiry', () => {
    const text = '## Reporting\n\nSend reports to security@kettle.example.org.\n\n## Changes\n\n'
      + 'This policy may change. See Expires in our [security.txt](https://kettle.example.org/.well-known/security.txt) for how long it holds.\n';
    expect(contacts(text)).toEqual(['mailto:security@kettle.example.org']);
    // Still one when the sentence points at it to report.
    const report = '## Reporting\n\nSee our [security.txt](https://kettle.example.org/.well-known/security.txt) for where to report.\n';
    expect(contacts(report)).toEqual(['https://kettle.example.org/.well-known/security.txt']);
  });
});

describe('a list of how to report', () => {
  it('takes the link a reporting verb leads to, not the tracker for feature requests', () => {
    const text = 'How to report:\n\n- Submit your finding through our service desk at https://desk.kettle.example.org\n'
      + '- If you miss a hardening option, open a feature request instead at https://github.com/kettle-org/kettle/issues\n';
    expect(contacts(text)).toEqual(['https://desk.kettle.example.org']);
  });
});

describe('a line that is only a link', () => {
  it('is the channel when the paragraph before it has a reporting verb and ends in a colon', () => {
    const text = '# Disclosure\n\nIf you think you found a flaw in the kettle firmware, you can submit it here:\n\n'
      + 'https://kettle.example.org/support/flaws/\n\nThank you for helping.\n';
    expect(contacts(text)).toEqual(['https://kettle.example.org/support/flaws/']);
    // Not after a lead-in without a reporting verb.
    const notes = '# Disclosure\n\nOur release notes are published here:\n\nhttps://kettle.example.org/releases/\n';
    expect(contacts(notes)).toEqual([]);
  });
});

describe('chat with us', () => {
  it('makes the chat invite after it a channel', () => {
    const text = 'Mail flaws to security@kettle.example.org. For quick questions you can also chat with us on [our server](https://discord.gg/KettleBrew).\n';
    expect(contacts(text)).toEqual(['mailto:security@kettle.example.org', 'https://discord.gg/KettleBrew']);
  });
});

describe('a link before a comma and a new imperative', () => {
  it('names what the sentence speaks of, not where to report ("meets [our definition](…), please report it")', () => {
    const text = '# Security\n\nIf you find a flaw in a Kettle repository that meets [our definition of a vulnerability](https://kettle.example.org/definition), please report it to us as described below.\n\n## Reporting\n\nE-mail security@kettle.example.org.\n';
    expect(contacts(text)).toEqual(['mailto:security@kettle.example.org']);
  });

  it('still counts a purpose clause set off by a comma ("[Formular], um … zu melden")', () => {
    expect(contacts('# Sicherheit\n\nNutzen Sie das [Formular](https://kettle.example.org/melden), um eine Schwachstelle zu melden.\n')).toEqual(['https://kettle.example.org/melden']);
  });
});
