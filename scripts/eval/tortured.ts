// Tortured-phrase sentences: entries of dictionaries/tortured-phrases.tsv placed in bland
// scientific sentences, in varied case and inflection. The reader here is a small independent
// parser of the dictionary line format (see dictionaries/README.md), not the engine's.
import type { Rng } from './rng.js';
import type { DevDocument, SetName, Substitution } from './types.js';
import {
  capitalizeFirst,
  classicalPlurals,
  pluralizePhrase,
  titleCase,
  titleCaseSmallWords,
} from './words.js';

export interface TorturedEntry {
  readonly spun: string;
  /** Canonical forms, preferred first. */
  readonly canonical: readonly string[];
  readonly suggest: boolean;
  readonly and: readonly string[];
  readonly not: readonly string[];
  readonly near?: number;
  readonly pos?: string;
  readonly line: number;
}

export function parseTortured(text: string): TorturedEntry[] {
  const out: TorturedEntry[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('>')) return;
    const [spun = '', canonical = '', flags = ''] = line.split('\t').map((f) => f.trim());
    const entry = {
      spun,
      canonical: canonical.split('|').map((c) => c.trim()),
      suggest: false,
      and: [] as string[],
      not: [] as string[],
      line: i + 1,
    } as { -readonly [K in keyof TorturedEntry]: TorturedEntry[K] } & {
      and: string[];
      not: string[];
    };
    for (const raw of flags === '-' ? [] : flags.split(',')) {
      const f = raw.trim();
      const [key, value] = f.includes('=')
        ? [f.slice(0, f.indexOf('=')), f.slice(f.indexOf('=') + 1).trim()]
        : [f, ''];
      if (key === 'suggest') entry.suggest = true;
      else if (key === 'and') entry.and.push(value);
      else if (key === 'not') entry.not.push(value);
      else if (key === 'near') entry.near = Number(value);
      else if (key === 'pos') entry.pos = value;
    }
    // Entries with an unknown restoration (`?`) only flag: nothing to restore, so not used.
    if (spun === '' || entry.canonical.some((c) => c === '' || c === '?')) return;
    out.push(entry);
  });
  return out;
}

/**
 * Entries whose canonical text holds another entry's spun phrase ("congested trees" -> "choice
 * trees", while "choice tree" -> "decision tree"): the sentence would not be clean when restored,
 * so they are left out of the sets.
 */
export function withoutChains(entries: readonly TorturedEntry[]): TorturedEntry[] {
  const spun = new Set(entries.map((e) => e.spun.toLowerCase()));
  const chained = (c: string): boolean => {
    const w = c.toLowerCase().split(' ');
    for (let i = 0; i < w.length; i++) {
      for (let j = i + 1; j <= w.length; j++) {
        const gram = w.slice(i, j).join(' ');
        if (spun.has(gram) || spun.has(gram.replace(/s$/, ''))) return true;
      }
    }
    return false;
  };
  return entries.filter((e) => !e.canonical.some(chained));
}

/** Must-restore: not suggest-only, no NOT or proximity condition (AND terms are put in the text). */
export function isMustRestore(e: TorturedEntry): boolean {
  return !e.suggest && e.not.length === 0 && e.near === undefined;
}

type Form = 'lower' | 'initial' | 'title' | 'upper' | 'plural' | 'possessive';

const TEMPLATES: Record<Form, readonly string[]> = {
  lower: [
    'In this paper, we study {} in detail.',
    'Our results show that {} improves the overall performance.',
    'We discuss the role of {} in current systems.',
    'A new approach based on {} is proposed.',
    'The experiments were repeated with {} as the main variable.',
    'Previous work has paid little attention to {} so far.',
  ],
  initial: [
    '{} has attracted considerable attention in recent years.',
    '{} is examined in the second part of the study.',
    '{} was measured in all samples.',
  ],
  title: ['A Short Review of {}', 'Section 2: {} and Related Work'],
  upper: ['KEYWORDS: {}.', 'TOPIC: {}'],
  plural: ['Several {} were compared in the experiments.', 'We evaluate three {} on public data.'],
  possessive: [
    "The {}'s contribution to the final result is small.",
    "We describe the {}'s main properties.",
  ],
};

/** The phrase in the given form; the first is the preferred one, the others are also right. */
function shapes(phrase: string, form: Form): string[] {
  switch (form) {
    case 'initial':
      return [capitalizeFirst(phrase)];
    case 'title':
      return [titleCase(phrase), titleCaseSmallWords(phrase)];
    case 'upper':
      return [phrase.toUpperCase()];
    case 'plural': {
      const head = phrase.slice(0, phrase.lastIndexOf(' ') + 1);
      const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
      return [pluralizePhrase(phrase), ...classicalPlurals(last).map((p) => head + p)];
    }
    default:
      return [phrase];
  }
}

function chooseForm(rng: Rng, noun: boolean): Form {
  const r = rng.next();
  if (r < 0.4) return 'lower';
  if (r < 0.6) return 'initial';
  if (r < 0.7) return 'title';
  if (r < 0.8) return 'upper';
  if (!noun) return 'lower';
  return r < 0.9 ? 'plural' : 'possessive';
}

const lastWord = (p: string): string => p.slice(p.lastIndexOf(' ') + 1).toLowerCase();

/**
 * Nouns can be pluralized or made possessive: the entry says pos=noun, or (without a pos) the last
 * words of the spun and the canonical phrase are both nouns, neither already ending in s.
 */
export function nounLike(e: TorturedEntry, isNoun: (w: string) => boolean): boolean {
  if (e.pos !== undefined) return e.pos === 'noun';
  const ok = (p: string): boolean =>
    /^[a-z]+(?: [a-z]+)*$/.test(p) && !p.endsWith('s') && isNoun(lastWord(p));
  return ok(e.spun) && e.canonical.every(ok);
}

interface Line {
  readonly spun: string;
  readonly original: string;
  readonly sub?: Omit<Substitution, 'start' | 'end'> & { readonly at: number };
}

/** One sentence holding an entry (spun), its canonical version, and the substitution. */
export function placeEntry(e: TorturedEntry, rng: Rng, isNoun: (w: string) => boolean): Line[] {
  const chosen = chooseForm(rng, nounLike(e, isNoun));
  // Title Case of "(issp)" or "u.s." has no one right answer: such entries take sentence case.
  const form =
    chosen === 'title' && /[^A-Za-z -]/.test(e.spun + e.canonical.join(' ')) ? 'initial' : chosen;
  const template = rng.pick(TEMPLATES[form]);
  const at = template.indexOf('{}');
  const spun = shapes(e.spun, form)[0] as string;
  const [first, ...alts] = [...new Set(e.canonical.flatMap((c) => shapes(c, form)))];
  const lines: Line[] = [
    {
      spun: template.replace('{}', spun),
      original: template.replace('{}', first as string),
      sub: {
        at,
        original: first as string,
        spun,
        ...(alts.length > 0 ? { alternatives: alts } : {}),
      },
    },
  ];
  // An AND condition: the document must also mention the term.
  for (const term of e.and) {
    const s = `The data also concern ${term}.`;
    lines.push({ spun: s, original: s });
  }
  return lines;
}

/** Assemble lines into a document (one line each), computing substitution offsets. */
export function assemble(
  id: string,
  set: SetName,
  source: string,
  lines: readonly Line[],
  clean = false,
): DevDocument {
  let spun = '';
  let original = '';
  const substitutions: Substitution[] = [];
  for (const l of lines) {
    const text = clean ? l.original : l.spun;
    if (l.sub !== undefined && !clean) {
      const start = spun.length + l.sub.at;
      const { original: o, spun: sp, alternatives } = l.sub;
      substitutions.push({
        start,
        end: start + sp.length,
        original: o,
        spun: sp,
        ...(alternatives ? { alternatives } : {}),
      });
    }
    spun += text + '\n';
    original += l.original + '\n';
  }
  return { id, set, source, original, spun, substitutions };
}
