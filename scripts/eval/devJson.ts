// Committed JSON of dev documents: one substitution per line, formatted as prettier would, so
// `npm run format:check` passes on generated files. Used by scripts/corpus.ts and the real set.
import * as prettier from 'prettier';
import type { DevDocument } from './types.js';

/** JSON with one substitution per line: readable diffs, a third of the size of full indentation. */
export function serializeDocument(doc: DevDocument): string {
  const { substitutions, ...rest } = doc;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  const subs = substitutions.map((s) => '    ' + JSON.stringify(s)).join(',\n');
  return `${head},\n  "substitutions": [${subs === '' ? '' : `\n${subs}\n  `}]\n}\n`;
}

/** `text` formatted with the repository's prettier settings for the file at `path`. */
export async function prettierJson(text: string, path: string): Promise<string> {
  const config = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...config, parser: 'json' });
}
