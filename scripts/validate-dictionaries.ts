// Parses and validates every shipped dictionary: the phrase dictionaries (dictionaries/*.tsv)
// with validateDictionary, and the WordNet exceptions file with its own parser. Prints
// `file:line: message` per problem; exit code 1 when there is any problem, 0 otherwise.
//
// Usage: npx tsx scripts/validate-dictionaries.ts [DIR]   (default: the package's dictionaries/)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DictionaryError,
  formatProblem,
  type DictionaryProblem,
} from '../src/dictionary/errors.js';
import { INFLECTIONS_FILE, parseInflections } from '../src/dictionary/inflections.js';
import { loadDictionaryFile } from '../src/dictionary/load.js';
import { validateDictionary } from '../src/dictionary/validate.js';
import { dictionariesDir } from '../src/paths.js';

function checkFile(path: string, name: string): { problems: DictionaryProblem[]; entries: number } {
  try {
    if (name === INFLECTIONS_FILE) {
      parseInflections(readFileSync(path, 'utf8'), path);
      return { problems: [], entries: 0 };
    }
    const dict = loadDictionaryFile(path);
    return { problems: validateDictionary(dict), entries: dict.entries.length };
  } catch (error) {
    if (!(error instanceof DictionaryError)) throw error;
    return {
      problems: [{ file: error.file, line: error.line, message: error.reason }],
      entries: 0,
    };
  }
}

const dir = process.argv[2] ?? dictionariesDir();
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.tsv'))
  .sort();
let total = 0;
for (const name of files) {
  const { problems, entries } = checkFile(join(dir, name), name);
  for (const problem of problems) console.log(formatProblem(problem));
  const what = name === INFLECTIONS_FILE ? 'inflections' : `${entries} entries`;
  console.error(`${name}: ${what}, ${problems.length} problem(s)`);
  total += problems.length;
}
process.exitCode = total > 0 ? 1 : 0;
