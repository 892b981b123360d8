// HTML (and XML): what is not prose. Tags with their attributes, comments, doctype and
// processing instructions, entities, and the whole content of elements that hold code or no
// prose (script, style, pre, code, kbd, samp, var, tt, textarea, math, svg).
import type { Span } from '../../types.js';

const RAW_ELEMENTS = ['script', 'style', 'pre', 'code', 'kbd', 'samp', 'var', 'tt', 'textarea'];
const RAW = new RegExp(
  `<(${[...RAW_ELEMENTS, 'math', 'svg'].join('|')})\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>`,
  'gi',
);
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g;
/** A tag: name, then attributes (quoted values may hold `>`). */
const TAG = /<\/?[A-Za-z!?][^\s>/]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

function spansOf(text: string, re: RegExp): Span[] {
  return [...text.matchAll(re)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

export function htmlRanges(text: string): Span[] {
  if (!text.includes('<') && !text.includes('&')) return [];
  return [COMMENT, CDATA, RAW, TAG, ENTITY].flatMap((re) => spansOf(text, re));
}
