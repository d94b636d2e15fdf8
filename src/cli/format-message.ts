/** A catalogue in the WebExtension format of public/_locales/<lang>/messages.json. */
export type Catalogue = Readonly<Record<string, { message: string; placeholders?: Readonly<Record<string, { content: string }>> }>>;

/**
 * browser.i18n.getMessage's substitution, for the CLI and the tests: each named placeholder `$NAME$` becomes its
 * `content`, in which `$1`…`$9` are the substitutions; `$$` is a dollar sign. A substitution is inserted as it is
 * (never scanned again). An unknown key gives "".
 */
export function formatMessage(catalogue: Catalogue, key: string, substitutions: readonly string[] = []): string {
  const entry = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
  if (!entry) return '';
  const positional = (text: string) => text.replace(/\$\$|\$(\d)/g, (all, n: string | undefined) => (n === undefined ? '$' : substitutions[Number(n) - 1] ?? ''));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (all, name: string | undefined, n: string | undefined) => {
    if (name !== undefined) return positional(entry.placeholders?.[name.toLowerCase()]?.content ?? '');
    if (n !== undefined) return substitutions[Number(n) - 1] ?? '';
    return '$';
  });
}
