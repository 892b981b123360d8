// Which markup a text is written in, chosen by the file's extension, so that only its prose is
// restored: never tags, attributes, code, URLs or commands.
import type { TextFormat } from '../../types.js';

export type { TextFormat } from '../../types.js';

const BY_EXTENSION: Readonly<Record<string, TextFormat>> = {
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xml: 'html',
  svg: 'html',
  tex: 'latex',
  latex: 'latex',
  ltx: 'latex',
  sty: 'latex',
  cls: 'latex',
};

/** The format of a file from its path (`-`, or an unknown extension: plain). */
export function textFormatOf(path: string): TextFormat {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return 'plain';
  return BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? 'plain';
}
