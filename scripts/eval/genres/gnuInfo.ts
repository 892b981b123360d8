// GNU manuals in Info format as Debian installs them (/usr/share/info/*.info.gz; GNU Free
// Documentation License): the prose paragraphs of their nodes.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isPlainProse, oneLine } from './prose.js';

export const INFO_DIR = '/usr/share/info';

/** The text of an Info file, gunzipped when it ends in .gz. */
export function readInfo(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} not found (see eval/README.md, "Genres")`);
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

/**
 * Prose paragraphs of an Info manual: blocks of lines starting at the left margin (indented
 * blocks are examples, definition bodies, lists and menus), without cross-references, joined
 * into one line, kept when they are plain prose. Node headers and the menu after `* Menu:` are
 * skipped with the rest of their node separator's block.
 */
export function infoParagraphs(text: string): string[] {
  const out: string[] = [];
  for (const node of text.replace(/\r/g, '').split('\x1f')) {
    const body = node.split('\n* Menu:')[0] ?? '';
    for (const block of body.split(/\n\s*\n/)) {
      const lines = block.split('\n').filter((l) => l.trim() !== '');
      if (lines.length === 0) continue;
      if (lines.some((l) => /^\s/.test(l) || /^File: /.test(l))) continue;
      if (/\*note/i.test(block)) continue;
      const para = oneLine(lines.join(' '));
      if (isPlainProse(para)) out.push(para);
    }
  }
  return out;
}
