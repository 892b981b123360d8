// Irregular inflections from WordNet's exception lists (dictionaries/wordnet-exceptions.tsv):
//   pos<TAB>inflected<TAB>lemma        (pos: noun, verb, adj, adv; `#` comments, blank lines)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionariesDir } from '../paths.js';
import type { Inflections, PartOfSpeech } from '../types.js';
import { DictionaryError } from './errors.js';

export const INFLECTIONS_FILE = 'wordnet-exceptions.tsv';

type Table = Map<string, string[]>;

const WORD_POS = ['noun', 'verb', 'adj', 'adv'] as const;
type WordPos = (typeof WORD_POS)[number];

function push(table: Table, key: string, value: string): void {
  const list = table.get(key);
  if (list === undefined) table.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

class InflectionTable implements Inflections {
  readonly toLemma = new Map<WordPos, Table>(WORD_POS.map((p) => [p, new Map()]));
  readonly toForm = new Map<WordPos, Table>(WORD_POS.map((p) => [p, new Map()]));

  add(pos: WordPos, form: string, lemma: string): void {
    push(this.toLemma.get(pos) as Table, form, lemma);
    push(this.toForm.get(pos) as Table, lemma, form);
  }

  private look(tables: Map<WordPos, Table>, word: string, pos: PartOfSpeech): readonly string[] {
    const key = word.toLowerCase();
    if (pos !== 'other') return tables.get(pos)?.get(key) ?? [];
    const all = new Set<string>();
    for (const table of tables.values()) for (const w of table.get(key) ?? []) all.add(w);
    return [...all];
  }

  lemmas(form: string, pos: PartOfSpeech): readonly string[] {
    return this.look(this.toLemma, form, pos);
  }

  forms(lemma: string, pos: PartOfSpeech): readonly string[] {
    return this.look(this.toForm, lemma, pos);
  }
}

/** Parses the exceptions file. PURE. Throws DictionaryError (`origin:line: message`). */
export function parseInflections(text: string, origin = INFLECTIONS_FILE): Inflections {
  const table = new InflectionTable();
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const fields = line.split('\t');
    const [pos, form, lemma] = fields;
    if (fields.length !== 3) {
      throw new DictionaryError(
        origin,
        index + 1,
        `expected 3 tab-separated columns, found ${fields.length}`,
      );
    }
    if (!WORD_POS.includes(pos as WordPos)) {
      throw new DictionaryError(
        origin,
        index + 1,
        `bad pos '${pos ?? ''}': expected noun, verb, adj or adv`,
      );
    }
    if (!form?.trim() || !lemma?.trim()) {
      throw new DictionaryError(origin, index + 1, 'empty field');
    }
    table.add(pos as WordPos, form.trim().toLowerCase(), lemma.trim().toLowerCase());
  });
  return table;
}

let cached: Inflections | undefined;

/** The shipped WordNet irregular inflections (cached). */
export function loadInflections(): Inflections {
  if (cached === undefined) {
    const path = join(dictionariesDir(), INFLECTIONS_FILE);
    cached = parseInflections(readFileSync(path, 'utf8'), path);
  }
  return cached;
}
