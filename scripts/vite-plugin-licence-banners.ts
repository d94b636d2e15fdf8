import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';

interface PackageInfo {
  name: string;
  version: string;
  license: string;
}

/** The package a bundled module belongs to (the last `node_modules/<name>` in its path), or null for our own code. */
function packageRoot(moduleId: string): string | null {
  const path = moduleId.replace(/^\0/, '').split('?')[0] ?? '';
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  if (at === -1) return null;
  const rest = path.slice(at + marker.length).split(sep);
  const name = rest[0]?.startsWith('@') ? `${rest[0]}${sep}${rest[1]}` : rest[0];
  return name ? path.slice(0, at + marker.length) + name : null;
}

/**
 * Keeps the licence notices of bundled code in the bundle. Minification drops ordinary comments, and some
 * packages' notices are not "legal comments" a minifier keeps (webextension-polyfill's MPL-2.0 header is a plain
 * block comment). So each output chunk starts with a `/*!` banner naming every package bundled in it, with its
 * version and licence, and pointing to THIRD_PARTY_NOTICES.txt (in the package) for the full texts. Packages' own
 * `/*!` / `@license` comments (openpgp's LGPL notice) are kept as well: `output.comments.legal`.
 */
export function licenceBanners(): Plugin {
  const cache = new Map<string, PackageInfo | null>();
  const infoOf = (root: string): PackageInfo | null => {
    if (!cache.has(root)) {
      try {
        const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Partial<PackageInfo>;
        cache.set(root, pkg.name && pkg.version ? { name: pkg.name, version: pkg.version, license: pkg.license ?? 'UNKNOWN' } : null);
      } catch {
        cache.set(root, null);
      }
    }
    return cache.get(root) ?? null;
  };
  return {
    name: 'scopecheck:licence-banners',
    renderChunk(code, chunk) {
      const packages = new Map<string, PackageInfo>();
      for (const id of chunk.moduleIds) {
        const root = packageRoot(id);
        const info = root ? infoOf(root) : null;
        if (info) packages.set(`${info.name}@${info.version}`, info);
      }
      if (packages.size === 0) return null;
      const list = [...packages.values()].sort((a, b) => a.name.localeCompare(b.name))
        .map((p) => ` *   ${p.name} ${p.version} (${p.license})`).join('\n');
      const banner = `/*! Includes third-party code; licence texts and sources in THIRD_PARTY_NOTICES.txt:\n${list}\n */\n`;
      return { code: banner + code, map: null };
    },
  };
}
