// Normal form of words for matching: NFC, lowercase, typographic apostrophes, quotes and
// hyphens folded to ASCII. Used by the tokenizer, the phrase index and the dictionaries alike.

const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2010': '-',
  '\u2011': '-',
};

const FOLD_RE = /[\u2018\u2019\u02bc\u2032`\u201c\u201d\u2010\u2011]/g;

export function normalizeWord(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(FOLD_RE, (c) => FOLD[c] ?? c);
}
