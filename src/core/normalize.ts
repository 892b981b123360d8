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

/** 0: ASCII without capitals or a backtick (already normal); 1: ASCII; 2: other. */
function asciiState(text: string): 0 | 1 | 2 {
  let state: 0 | 1 = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return 2;
    if (c === 96) return 2;
    if (c >= 65 && c <= 90) state = 1;
  }
  return state;
}

export function normalizeWord(text: string): string {
  const ascii = asciiState(text);
  if (ascii === 0) return text;
  if (ascii === 1) return text.toLowerCase();
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(FOLD_RE, (c) => FOLD[c] ?? c);
}
