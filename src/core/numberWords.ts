// Numbers as the language model reads them: the CMU model has no digits, so "14" is scored as
// "fourteen". Used for candidates only (numbers in the text are never rewritten).

const ONES =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** English words of 0..999, or null for anything else. */
export function numberWords(digits: string): string[] | null {
  if (!/^\d{1,3}$/.test(digits)) return null;
  const n = Number(digits);
  const out: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) out.push(ONES[hundreds] as string, 'hundred');
  if (rest >= 20) {
    out.push(TENS[Math.floor(rest / 10) - 2] as string);
    if (rest % 10 > 0) out.push(ONES[rest % 10] as string);
  } else if (rest > 0 || hundreds === 0) {
    out.push(ONES[rest] as string);
  }
  return out;
}

/** A lowercase Roman numeral (ii, xiv, mcm): a WordNet spinner's rendering of a number. */
export function isRomanNumeral(word: string): boolean {
  return (
    /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/.test(word) &&
    word !== ''
  );
}
