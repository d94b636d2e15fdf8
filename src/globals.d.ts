/** Which shell this bundle was built for. */
declare const __BROWSER__: 'chrome' | 'firefox' | 'node';
/** package.json version, stamped into the CLI build. */
declare const __VERSION__: string;
