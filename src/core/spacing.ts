// Keep the writer's spacing inside a multi-word edit: the separators between the spun words
// (a line break, two spaces) are reused between the words of the restoration, in order.

const SEPARATOR = /\s+/gu;

function separators(text: string): string[] {
  return text.trim().match(SEPARATOR) ?? [];
}

export function carrySpacing(actual: string, restoration: string): string {
  const from = separators(actual);
  if (from.every((s) => s === ' ')) return restoration;
  const words = restoration.split(/ +/);
  const kept = from.slice(0, words.length - 1);
  const dropped = from.slice(words.length - 1);
  const lineBreak = dropped.find((s) => /[\r\n]/.test(s));
  if (lineBreak !== undefined && kept.length > 0 && !kept.some((s) => /[\r\n]/.test(s))) {
    kept[kept.length - 1] = lineBreak;
  }
  return words.map((w, i) => (i === 0 ? w : (kept[i - 1] ?? ' ') + w)).join('');
}
