/**
 * Whether one DNS label matches a glob where '*' is any run of characters (possibly empty), within the
 * label only. Linear two-pointer scan with one backtrack point: no regex, no catastrophic backtracking.
 */
export function matchLabelGlob(glob: string, label: string): boolean {
  let g = 0;
  let l = 0;
  let starG = -1;
  let starL = 0;
  while (l < label.length) {
    if (g < glob.length && glob.charCodeAt(g) === 42 /* * */) {
      starG = g++;
      starL = l;
    } else if (g < glob.length && glob.charCodeAt(g) === label.charCodeAt(l)) {
      g++;
      l++;
    } else if (starG !== -1) {
      g = starG + 1;
      l = ++starL;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob.charCodeAt(g) === 42) g++;
  return g === glob.length;
}
