import type { Draft } from '../schemas/draft.ts';
import { getDraftStrings } from './get-draft-strings.ts';

/** Backslash-escapes Markdown punctuation in a single line of text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#&]/g, '\\$&').replace(/[\r\n]+/g, ' ');
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/[\r\n]+/g, ' ')}${pad}${fence}`;
}

/** An http(s) URL as an autolink (the serializer has percent-encoded `<`, `>` and spaces); anything else as code. */
function link(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return `<${url.href}>`;
  } catch {
    // not a URL
  }
  return codeSpan(value);
}

function codeBlock(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${text}\n${fence}`;
}

/**
 * The draft as Markdown, for web forms and advisory pages: the subject as title, one `##` per
 * section (the user's own text as written), the disclosure terms and the evidence. Fetched values
 * (URLs, addresses) are autolinks or code spans, so they cannot inject markup.
 */
export function formatDraftMarkdown(draft: Draft): string {
  const strings = getDraftStrings(draft.language ?? 'en');
  const out: string[] = [`# ${escapeMarkdown(draft.subject)}`];
  if (!draft.sections) return `${out[0]}\n\n${draft.body}`;
  for (const s of draft.sections) {
    // A lone URL (the page address by default) is a link or code, never raw Markdown.
    const single = !s.text.includes('\n') && (s.id === 'location_url' || /^https?:\/\/\S+$/.test(s.text));
    const text = s.placeholder ? s.text.split('\n').map(escapeMarkdown).join('  \n') : single ? link(s.text) : s.text;
    out.push(`## ${escapeMarkdown(s.heading)}\n\n${text}`);
  }
  if (draft.disclosure) out.push(`## ${escapeMarkdown(strings.disclosureHeading)}\n\n${draft.disclosure}`);
  const ev = draft.evidence;
  if (ev) {
    const rows: Array<[string, string]> = [
      [strings.pageUrl, link(ev.page_url)],
      [strings.dateUtc, escapeMarkdown(ev.date_utc)],
      ...(ev.contact_source === 'securitytxt' && ev.securitytxt_url ? [[strings.contactFoundIn, link(ev.securitytxt_url)] as [string, string]] : []),
      ...(ev.contact_source === 'policy' && ev.policy_url ? [[strings.contactFoundIn, link(ev.policy_url)] as [string, string]] : []),
      ...(ev.policy_url ? [[strings.policyAt, link(ev.policy_url)] as [string, string]] : []),
    ];
    out.push(`## ${escapeMarkdown(strings.detailsHeading)}\n\n${rows.map(([k, v]) => `- **${escapeMarkdown(k)}:** ${v}`).join('\n')}`);
  }
  if (draft.signature) {
    const [first, ...rest] = draft.signature.split('\n\n');
    const lines = (first ?? '').split('\n').map((l) => (l.includes('@') && !l.includes(' ') ? codeSpan(l) : escapeMarkdown(l)));
    const key = rest.join('\n\n');
    out.push(`${escapeMarkdown(strings.closing)}  \n${lines.join('  \n')}${key ? `\n\n${codeBlock(key)}` : ''}`);
  }
  return out.join('\n\n') + '\n';
}
