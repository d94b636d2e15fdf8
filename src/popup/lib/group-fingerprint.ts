/** `5F8E 3A1B …` groups of four for reading aloud; the attribute keeps the bare form. */
export function groupFingerprint(fingerprint: string): string {
  return fingerprint.replace(/(.{4})(?=.)/g, '$1 ');
}
