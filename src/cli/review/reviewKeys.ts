// The keys of the interactive review and their help (also in docs/review.md).

export const REVIEW_KEYS: readonly (readonly [key: string, what: string])[] = [
  ['y', 'accept this change'],
  ['n', 'reject it (leave the text as written)'],
  ['1-9', 'accept the numbered alternative instead'],
  ['e', 'edit the replacement, then accept it (Escape cancels)'],
  ['a', 'accept this and the rest of this file'],
  ['A', 'accept this and all remaining at or above its confidence (all files)'],
  ['s', 'skip the rest of this file (what you accepted in it is kept)'],
  ['u', 'undo the last decision in this file'],
  ['q', 'quit: write what you accepted so far, ask nothing more'],
  ['N', 'never: reject, and add the phrase to the project allow-list'],
  ['Y', 'always: accept, and add the change to the project dictionary'],
  ['?', 'this help'],
  ['Ctrl-C', 'abort: the file under review is not written'],
];

export const KEY_PROMPT = 'y,n,1-9,e,a,A,s,u,q,N,Y,?';

export function reviewHelp(): string {
  const width = Math.max(...REVIEW_KEYS.map(([k]) => k.length));
  return `${REVIEW_KEYS.map(([k, what]) => `  ${k.padEnd(width)}  ${what}`).join('\n')}\n`;
}
