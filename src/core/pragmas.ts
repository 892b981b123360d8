// Inline pragmas, in any comment syntax (`# …`, `// …`, `<!-- … -->`, `% …`), that keep parts
// of a text as they are:
//   restore-text-ignore             this line
//   restore-text-ignore-next-line   the line after this one
//   restore-text-disable            from here to `restore-text-enable` (or the end)
// `[sic]` after a word keeps that word (see slots.ts); it needs no pragma.
import type { Span } from '../types.js';

const PRAGMA = /restore-text-(ignore-next-line|ignore|disable|enable)\b/g;

function lineStart(text: string, at: number): number {
  const nl = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1));
  return nl + 1;
}

function lineEnd(text: string, at: number): number {
  const m = /\r\n|\n|\r/.exec(text.slice(at));
  return m ? at + m.index : text.length;
}

function breakLength(text: string, at: number): number {
  return text.startsWith('\r\n', at) ? 2 : at < text.length ? 1 : 0;
}

/** Ranges of the text that the pragmas keep unchanged, in order (they may touch). */
export function pragmaRanges(text: string): Span[] {
  if (!text.includes('restore-text-')) return [];
  const out: Span[] = [];
  let disabledFrom: number | undefined;
  for (const m of text.matchAll(PRAGMA)) {
    const at = m.index ?? 0;
    const start = lineStart(text, at);
    const end = lineEnd(text, at);
    switch (m[1]) {
      case 'ignore':
        out.push([start, end]);
        break;
      case 'ignore-next-line': {
        const next = end + breakLength(text, end);
        out.push([start, lineEnd(text, next)]);
        break;
      }
      case 'disable':
        disabledFrom ??= start;
        break;
      case 'enable':
        if (disabledFrom !== undefined) out.push([disabledFrom, end]);
        disabledFrom = undefined;
        break;
    }
  }
  if (disabledFrom !== undefined) out.push([disabledFrom, text.length]);
  return out.sort((a, b) => a[0] - b[0]);
}
