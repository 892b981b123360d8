// The document's apostrophe: a restoration takes the writer's style ("won’t" in a text that
// writes “don’t”, "won't" in one that writes "don't"), never a mix of its own.

const STRAIGHT = /(?<=\p{L})'(?=\p{L})/gu;
const CURLY = /(?<=\p{L})’(?=\p{L})/gu;

export type Apostrophe = "'" | '’';

/** The apostrophe the text writes inside words more often; undefined when it writes none. */
export function documentApostrophe(text: string): Apostrophe | undefined {
  const straight = text.match(STRAIGHT)?.length ?? 0;
  const curly = text.match(CURLY)?.length ?? 0;
  if (straight === curly) return undefined;
  return curly > straight ? '’' : "'";
}

/** `text` with its apostrophes (inside or closing a word) in the given style. */
export function withApostrophe(text: string, mark: Apostrophe | undefined): string {
  if (mark === undefined) return text;
  const other = mark === '’' ? "'" : '’';
  if (!text.includes(other)) return text;
  return text.replace(new RegExp(`(?<=\\p{L})${other}(?=\\p{L}|\\s|$)`, 'gu'), mark);
}
