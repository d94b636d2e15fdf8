/** Which shell this bundle was built for. */
declare const __BROWSER__: 'chrome' | 'firefox' | 'node';
/** package.json version, stamped into the CLI build. */
declare const __VERSION__: string;

/**
 * eld's detector without a table (`createEld` of eld/src/languageDetector.js, which the package's exports map does
 * not list): tsconfig `paths` and the vite alias point here, and detectLanguage loads the table itself, lazily.
 */
declare module 'eld-detector' {
  interface EldInstance {
    detect(text: string): { language: string };
  }
  export function createEld(): { instance: EldInstance; loadData(data: unknown): string };
}
