import { trimTrailing } from '../scope/trim-trailing.ts';
/**
 * Turns a scope item or clause into a short phrase: cut at a comment ("-- CNAME to…", "(…)", ": …"),
 * leading determiners and trailing punctuation removed, white space collapsed, at most 120 characters.
 */
export function cleanScopePhrase(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  const cut = t.search(/\s(?:--|–|—|-)\s|\s?\(|:\s/);
  if (cut > 0) t = t.slice(0, cut);
  // t holds no white space but single spaces (collapsed above).
  t = trimTrailing(trimTrailing(t, ' .,;:!?').replace(/^[\s"'“‘]+/, ''), `"'”’`);
  for (let i = 0; i < 2; i++) t = t.replace(/^(?:any|all|the|our|these|those|such)\s+/i, '');
  if (t.length > 120) {
    const space = t.lastIndexOf(' ', 120);
    t = t.slice(0, space > 40 ? space : 120);
  }
  return t.trim();
}
