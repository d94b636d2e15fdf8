// Static half of the CSP check: what in an extension page's HTML would run (and be blocked by
// `script-src 'self'`) while the page is parsed, before src/platform/record-csp-violations.ts can listen.
import { Parser } from 'htmlparser2';

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** One line per hazard: inline scripts, inline event handlers, `javascript:` URLs, scripts from other origins. */
export function findInlineScript(html: string): string[] {
  const hazards: string[] = [];
  let inScript: { hasSrc: boolean; text: string } | null = null;
  const parser = new Parser({
    onopentag(name, attributes) {
      for (const [attr, value] of Object.entries(attributes)) {
        if (attr.startsWith('on')) hazards.push(`<${name} ${attr}="…">: inline event handler`);
        if (URL_ATTRIBUTES.has(attr) && /^\s*javascript:/i.test(value)) hazards.push(`<${name} ${attr}>: javascript: URL`);
      }
      if (name !== 'script') return;
      const src = attributes.src;
      inScript = { hasSrc: src !== undefined, text: '' };
      if (src !== undefined && /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) hazards.push(`<script src="${src}">: not the extension's own file`);
    },
    ontext(text) {
      if (inScript) inScript.text += text;
    },
    onclosetag(name) {
      if (name !== 'script' || !inScript) return;
      if (!inScript.hasSrc && inScript.text.trim() !== '') hazards.push('<script> with inline code');
      inScript = null;
    },
  }, { decodeEntities: true, lowerCaseAttributeNames: true });
  parser.end(html);
  return hazards;
}
