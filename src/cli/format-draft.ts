import type { Draft } from '../core/index.ts';
import type { Say } from './messages.ts';

/** The readable summary of `scopecheck draft`: recipient, findings, the body, the mail link. */
export function formatDraft(draft: Draft, say: Say): string {
  const lines = [
    `To:       ${draft.to.length > 0 ? draft.to.join(', ') : '(no e-mail address found)'}`,
    ...(draft.web_form ? [`Web form: ${draft.web_form}`] : []),
    `Subject:  ${draft.subject}`,
    ...(draft.encrypted_to ? [`Encrypted to: ${draft.encrypted_to}`] : []),
  ];
  const findings = draft.findings ?? [];
  if (findings.length > 0) {
    lines.push('', 'Before sending:');
    for (const f of findings) lines.push(`  ${f.severity === 'info' ? 'i' : '!'} ${f.id}: ${say.finding(f).message}`);
  }
  lines.push('', '-'.repeat(72), draft.body.replace(/\n$/, ''), '-'.repeat(72), '');
  if (draft.mailto) {
    lines.push(draft.mailto_truncated ? 'Mail link (shortened: the body above did not fit; paste it into the message):' : 'Mail link:');
    lines.push(draft.mailto);
  }
  return `${lines.join('\n')}\n`;
}
