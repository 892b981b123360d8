// The Python 3 documentation's reStructuredText sources as Debian installs them
// (python3.11-doc, /usr/share/doc/python3.11/html/_sources; PSF licence): the prose paragraphs of
// the tutorial, the HOWTOs and the FAQ, with the inline markup read as plain text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPlainProse, oneLine } from './prose.js';

export const PYTHON_DOC_DIR = '/usr/share/doc/python3.11/html/_sources';

/** The .rst.txt files of the given sections (`tutorial`, `howto`, `faq`), sorted, index pages left out. */
export function pythonDocFiles(sections: readonly string[], dir = PYTHON_DOC_DIR): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} not found (see eval/README.md, "Genres")`);
  return sections.flatMap((s) =>
    readdirSync(join(dir, s))
      .filter((f) => f.endsWith('.rst.txt') && f !== 'index.rst.txt')
      .sort()
      .map((f) => join(dir, s, f)),
  );
}

/** Inline reST markup as the reader sees it: roles, literals, links, emphasis. */
export function rstInline(text: string): string {
  return text
    .replace(/:[a-z:]+:`([^`<]*?)\s*<[^`>]*>`/g, '$1') // :ref:`title <target>`
    .replace(/:[a-z:]+:`[~!]?([^`]*)`/g, (_m, t: string) => t.replace(/^.*\.(?=\w)/, '')) // :func:`~a.b` -> b
    .replace(/``([^`]+)``/g, '$1')
    .replace(/`([^`<]+?)\s*<[^`>]+>`__?/g, '$1') // `text <url>`_
    .replace(/`([^`]+)`_{1,2}/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*\s][^*]*)\*/g, '$1')
    .replace(/\s*\[(?:#\w*|\d+)\]_/g, '') // footnote references
    .replace(/ ---? /g, ' — ')
    .replace(/\\(.)/g, '$1');
}

/**
 * Prose paragraphs of a reST file: blocks of lines at the left margin that are not directives,
 * comments, headings, list items, tables or field lists, with inline markup read as text, kept
 * when they are plain prose. Indented blocks (code, directive bodies, quotes) are skipped.
 */
export function rstParagraphs(text: string): string[] {
  const out: string[] = [];
  for (const block of text.replace(/\r/g, '').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.some((l) => /^\s/.test(l))) continue;
    const first = lines[0] as string;
    if (/^(?:\.\.|[-*+|] |#\.|\d+\. |:\w|[=~^"'`#*+-]{3,})/.test(first)) continue;
    if (lines.some((l) => /^[=~^"'`#*+-]{3,}\s*$/.test(l))) continue; // heading underline
    const para = oneLine(rstInline(lines.join(' ')));
    if (isPlainProse(para)) out.push(para);
  }
  return out;
}

export function readPythonDoc(path: string): string {
  return readFileSync(path, 'utf8');
}
