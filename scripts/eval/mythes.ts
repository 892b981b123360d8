// Reader for the LibreOffice English thesaurus (MyThes format), Debian package `mythes-en-us`:
// /usr/share/mythes/th_en_US_v2.dat. The restorer never reads it: the benchmark spinners draw
// part of their swaps from it so that the benchmark measures candidate coverage (see
// eval/README.md, licence there too). Only `npm run spin` needs it; the dev set is committed.
//
// Format: a first line naming the encoding, then for each head `word|meanings`, followed by that
// many lines `(pos)|term|term|…`; a term may carry a relation in parentheses:
// `home (generic term)`, `numerous (similar term)`, `forget (antonym)`.
import { existsSync, readFileSync } from 'node:fs';

export const MYTHES_PATH = '/usr/share/mythes/th_en_US_v2.dat';

export type MythesRelation = 'synonym' | 'generic' | 'similar' | 'related' | 'antonym' | 'other';

export interface MythesTerm {
  /** As listed (case kept). */
  readonly text: string;
  readonly relation: MythesRelation;
}

export interface MythesMeaning {
  /** `noun`, `verb`, `adj`, `adv`, or as listed. */
  readonly pos: string;
  readonly terms: readonly MythesTerm[];
}

/** Lowercase head -> meanings in file order. */
export type Mythes = ReadonlyMap<string, readonly MythesMeaning[]>;

const RELATIONS: Readonly<Record<string, MythesRelation>> = {
  'generic term': 'generic',
  'similar term': 'similar',
  'related term': 'related',
  antonym: 'antonym',
};

function parseTerm(raw: string): MythesTerm {
  const m = /^(.*?) \(([a-z ]+)\)$/.exec(raw);
  if (m === null) return { text: raw, relation: 'synonym' };
  return { text: m[1] as string, relation: RELATIONS[m[2] as string] ?? 'other' };
}

export function parseMythes(text: string): Map<string, MythesMeaning[]> {
  const lines = text.split(/\r?\n/);
  const out = new Map<string, MythesMeaning[]>();
  for (let i = 1; i < lines.length; i++) {
    const head = /^(.+)\|(\d+)$/.exec(lines[i] as string);
    if (head === null) continue;
    const meanings: MythesMeaning[] = [];
    const n = Number(head[2]);
    for (let k = 1; k <= n && i + k < lines.length; k++) {
      const [pos = '', ...terms] = (lines[i + k] as string).split('|');
      meanings.push({ pos: pos.replace(/[()]/g, ''), terms: terms.map(parseTerm) });
    }
    i += n;
    const key = (head[1] as string).toLowerCase();
    out.set(key, [...(out.get(key) ?? []), ...meanings]);
  }
  return out;
}

/** The thesaurus, or an error naming the Debian package when it is not installed. */
export function loadMythes(path = MYTHES_PATH): Map<string, MythesMeaning[]> {
  if (!existsSync(path)) {
    throw new Error(
      `${path} not found: npm run spin needs the LibreOffice thesaurus (apt-get install mythes-en-us)`,
    );
  }
  return parseMythes(readFileSync(path, 'utf8'));
}
