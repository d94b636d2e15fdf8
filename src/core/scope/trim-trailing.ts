/** `text` without any run of `chars` at its end: a linear scan (a `/[…]+$/` regex is quadratic on long runs). */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
