import { msg, type Draft } from '../core/index.ts';
import type { Say } from './messages.ts';

/** The readable summary of `scopecheck draft`: recipient, findings, the body, the mail link. */
export function formatDraft(draft: Draft, say: Say): string {
  const words = (id: string) => say.message(msg(id));
  // The labels share one column whatever their language.
  const labels = ['cli_draftTo', 'cli_draftWebForm', 'cli_draftSubject'].map(words);
  const width = Math.max(...labels.map((l) => l.length)) + 1;
  const row = (label: string, value: string) => `${label.padEnd(width)}${value}`;
  const lines = [
    row(labels[0]!, draft.to.length > 0 ? draft.to.join(', ') : words('cli_draftNoAddress')),
    ...(draft.web_form ? [row(labels[1]!, draft.web_form)] : []),
    row(labels[2]!, draft.subject),
    ...(draft.encrypted_to ? [`${words('cli_draftEncryptedTo')} ${draft.encrypted_to}`] : []),
  ];
  const findings = draft.findings ?? [];
  if (findings.length > 0) {
    lines.push('', words('cli_draftBeforeSending'));
    for (const f of findings) lines.push(`  ${f.severity === 'info' ? 'i' : '!'} ${f.id}: ${say.finding(f).message}`);
  }
  lines.push('', '-'.repeat(72), draft.body.replace(/\n$/, ''), '-'.repeat(72), '');
  if (draft.mailto) {
    lines.push(words(draft.mailto_truncated ? 'cli_draftMailLinkShortened' : 'cli_draftMailLink'));
    lines.push(draft.mailto);
  }
  return `${lines.join('\n')}\n`;
}
