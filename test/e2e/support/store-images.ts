// Chrome Web Store images built from real popup screenshots: two 1280×800 screenshots and the 440×280 promo
// tile, laid out as an HTML page in the same browser and captured at exactly the store's size.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RealClickBrowser } from './real-click-chromium.ts';

export interface StoreImage {
  path: string;
  width: number;
  height: number;
}

const dataUri = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(path: string): { width: number; height: number } {
  const head = readFileSync(path).subarray(0, 24);
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

const FRAME = `
  * { box-sizing: border-box; margin: 0 }
  body { font: 16px system-ui, sans-serif; color: #0f172a; overflow: hidden }
  .stage { width: 1280px; height: 800px; display: flex; align-items: center; gap: 56px; padding: 0 72px;
           background: linear-gradient(135deg, #e0ecff 0%, #f8fafc 60%) }
  .dark .stage { background: linear-gradient(135deg, #0b1220 0%, #1e293b 70%); color: #e2e8f0 }
  .copy { flex: 1 }
  h1 { font-size: 44px; line-height: 1.15; margin-bottom: 20px }
  p { font-size: 22px; line-height: 1.45; opacity: .85 }
  .shot { max-height: 720px; max-width: 520px; border-radius: 12px; box-shadow: 0 18px 48px rgba(15,23,42,.28) }
  .tile { width: 440px; height: 280px; display: flex; flex-direction: column; justify-content: center; gap: 14px;
          padding: 0 32px; background: linear-gradient(135deg, #1f6feb 0%, #0b3d91 100%); color: #fff }
  .tile .name { display: flex; align-items: center; gap: 14px; font-size: 38px; font-weight: 700 }
  .tile img { width: 84px; height: 84px; background: #fff; border-radius: 20px; box-shadow: 0 6px 18px rgba(0,0,0,.25) }
  .tile p { font-size: 19px; line-height: 1.35; opacity: .95 }
`;

async function capture(chrome: RealClickBrowser, html: string, width: number, height: number, path: string): Promise<StoreImage> {
  const page = await chrome.openSite('about:blank');
  try {
    await page.setViewport({ width, height });
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${FRAME}</style></head>${html}</html>`, { waitUntil: 'load' });
    await page.screenshot({ path, clip: { x: 0, y: 0, width, height } });
  } finally {
    await page.close();
  }
  return { path, ...pngSize(path) };
}

/**
 * `shots` holds the popup screenshots by `<scenario>-<scheme>` (in-scope-light, out-of-scope-dark, …). Writes
 * docs/store/screenshot-{1,2}.png (1280×800) and docs/store/promo-440x280.png; the icon comes from the build.
 */
export async function writeStoreImages(chrome: RealClickBrowser, shots: Record<string, string>, docs: string): Promise<StoreImage[]> {
  const need = (key: string) => {
    const path = shots[key];
    if (!path) throw new Error(`writeStoreImages: no ${key} screenshot`);
    return dataUri(path);
  };
  const dir = join(docs, 'store');
  mkdirSync(dir, { recursive: true });
  const icon = dataUri(join(chrome.extensionDir, 'icons/icon128.png'));
  return [
    await capture(chrome, `<body><div class="stage"><div class="copy"><h1>May I test this site?</h1>
      <p>One click answers in scope, out of scope or unknown, with the rule and the exact sentence that decided it,
      the forbidden activities, and where to report.</p></div><img class="shot" src="${need('in-scope-light')}" alt=""></div></body>`,
    1280, 800, join(dir, 'screenshot-1-in-scope.png')),
    await capture(chrome, `<body class="dark"><div class="stage"><div class="copy"><h1>Excluded hosts say so</h1>
      <p>The marketing site is out of scope: Scopecheck shows the exclusion and its quote, and never calls a host
      in scope unless the policy does.</p></div><img class="shot" src="${need('out-of-scope-dark')}" alt=""></div></body>`,
    1280, 800, join(dir, 'screenshot-2-out-of-scope.png')),
    await capture(chrome, `<body><div class="tile"><div class="name"><img src="${icon}" alt="">Scopecheck</div>
      <p>security.txt, disclosure policies and scope verdicts for security researchers.</p></div></body>`,
    440, 280, join(dir, 'promo-440x280.png')),
  ];
}
