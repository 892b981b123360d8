// The possessive ending of a written word. PURE.

/** Split a possessive ending off a word: `Secretary’s` -> [`Secretary`, `’s`]. */
export function splitPossessive(word: string): readonly [string, string] {
  // WordNet first-synonym spinners turn the clitic 's into 'southward (S -> due south / southward).
  const spun = /^(.+?)(['’])southward$/iu.exec(word);
  if (spun !== null) return [spun[1] ?? word, `${spun[2] ?? "'"}s`];
  const m = /^(.*?)(['’]s|(?<=s)['’])$/iu.exec(word);
  if (m === null || m[1] === undefined || m[1] === '') return [word, ''];
  return [m[1], m[2] ?? ''];
}
