/**
 * Word start and end for packs compiled with the u flag: `\b` knows only ASCII letters, so "\bändra" or "\bзапрет"
 * would never match after a space. Use as `${b}term${e}` inside String.raw terms.
 */
export const b = String.raw`(?<![\p{L}\p{N}])`;
export const e = String.raw`(?![\p{L}\p{N}])`;
