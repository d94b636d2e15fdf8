// Lenient recognition of the three armor lines of a cleartext-signed file (RFC 4880 §7), so a mangled one is
// named as mangled ("line 9 reads …") instead of reported missing, and the lines after it are not read as fields.

export type ArmorLineKind = 'begin_signed' | 'begin_signature' | 'end_signature';

/** An armor line with the wrong number of dashes, extra spaces or the wrong case; bounded and linear. */
const NEAR_MISS = /^\s{0,8}-{2,8}\s{0,4}(BEGIN|END)\s{1,4}PGP\s{1,4}(SIGNED\s{1,4}MESSAGE|SIGNATURE)\s{0,4}-{2,8}\s{0,8}$/i;

/** What armor line `text` was meant to be, or null when it is not one. Checks only lines under 80 characters. */
export function armorLineKind(text: string): ArmorLineKind | null {
  // Cheap pre-check first: every line of every file passes through here.
  if (text.length > 80 || !text.trimStart().startsWith('--')) return null;
  const m = NEAR_MISS.exec(text);
  if (!m) return null;
  const begin = m[1]!.toUpperCase() === 'BEGIN';
  const signed = m[2]!.toUpperCase().startsWith('SIGNED');
  if (signed) return begin ? 'begin_signed' : null;
  return begin ? 'begin_signature' : 'end_signature';
}

/** A line as shown in a message: quoted, cut at 60 characters. */
export function quoteLine(text: string): string {
  const t = text.trim();
  return `"${t.length > 60 ? `${t.slice(0, 60)}…` : t}"`;
}

/** Armor header names a cleartext signed message may carry before its empty line (RFC 4880 §6.2, §7; RFC 9580 §6.2). */
const ARMOR_HEADER = /^(Hash|Charset|Comment|Version|MessageID|SaltedHash|NotDashEscaped):/i;

/** Whether `text` is an armor header line (`Hash: SHA512`); a field such as `Contact:` is not. */
export function isArmorHeader(text: string): boolean {
  return ARMOR_HEADER.test(text);
}
