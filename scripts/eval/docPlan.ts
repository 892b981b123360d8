// Cutting a slice's source texts into benchmark documents of three shapes: short (30-300 words,
// ledes and snippets), long (1,000-5,000 words) and mixed (600-1,200 words of spun and genuine
// paragraphs). Every spinner of the slice spins the same planned documents.
import type { Rng } from './rng.js';
import { sentences } from './sotu.js';
import type { SourceText } from './textSource.js';
import type { Shape } from './types.js';

export interface PlannedDocument {
  /** `<text id>-<shape><k>` */
  readonly id: string;
  readonly shape: Shape;
  readonly source: string;
  readonly genre: string;
  readonly paragraphs: readonly string[];
  /** Per paragraph: spun (true) or genuine (false); all true but in mixed documents. */
  readonly spun: readonly boolean[];
}

/** Words per shape to plan for one slice (approximate: whole sentences and documents). */
export type PlanBudget = Readonly<Record<Shape, number>>;

export const SHAPE_WORDS: Readonly<Record<Shape, readonly [number, number]>> = {
  short: [30, 300],
  long: [1000, 5000],
  mixed: [600, 1200],
};

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => w !== '').length;

/** Sentences of a text, past the opening tenth (salutations), paragraph breaks dropped. */
function bodySentences(text: string): string[] {
  const all = text.split(/\n\s*\n/).flatMap((p) => sentences(p.replace(/\s+/g, ' ')));
  return all.slice(Math.floor(all.length * 0.1));
}

/** Sentences grouped into paragraphs of 1 to `most` sentences, as news and web pages write. */
function paragraphs(chosen: readonly string[], rng: Rng, most: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < chosen.length;) {
    const n = 1 + rng.int(most);
    out.push(chosen.slice(i, i + n).join(' '));
    i += n;
  }
  return out;
}

/** A target length in [lo, hi]: log-uniform for long documents, uniform otherwise. */
function target(shape: Shape, rng: Rng): number {
  const [lo, hi] = SHAPE_WORDS[shape];
  return shape === 'long' ? Math.round(lo * (hi / lo) ** rng.next()) : lo + rng.int(hi - lo + 1);
}

/**
 * Sentences from `at` on making at least `want` words and at most the shape's maximum, or
 * undefined when the text has too few left (or one sentence is longer than the maximum).
 */
function take(
  all: readonly string[],
  at: number,
  want: number,
  shape: Shape,
): string[] | undefined {
  const [lo, hi] = SHAPE_WORDS[shape];
  const out: string[] = [];
  let words = 0;
  for (let i = at; i < all.length && words < want; i++) {
    const n = wordCount(all[i] as string);
    if (words + n > hi) break;
    out.push(all[i] as string);
    words += n;
  }
  return words >= lo ? out : undefined;
}

/**
 * Documents for one slice: texts in turn give one document each, of the shape furthest from its
 * budget that the text can still give, until the budgets are spent or the texts run out.
 */
export function planDocuments(
  texts: readonly SourceText[],
  genre: string,
  budget: PlanBudget,
  rng: Rng,
): PlannedDocument[] {
  const left: Record<Shape, number> = { ...budget };
  const cursor = texts.map(() => 0);
  const body = texts.map((t) => bodySentences(t.text));
  const counts = texts.map(() => ({ short: 0, long: 0, mixed: 0 }) as Record<Shape, number>);
  const docs: PlannedDocument[] = [];
  const shapes: readonly Shape[] = ['long', 'mixed', 'short'];
  let progress = true;
  while (progress && shapes.some((s) => left[s] > 0)) {
    progress = false;
    for (let t = 0; t < texts.length; t++) {
      const open = shapes.filter((s) => left[s] > 0);
      if (open.length === 0) break;
      // The shape furthest from its budget that this text can still give.
      let shape: Shape | undefined;
      let chosen: string[] | undefined;
      for (const s of [...open].sort((a, b) => left[b] / budget[b] - left[a] / budget[a])) {
        chosen = take(body[t] as string[], cursor[t] as number, target(s, rng), s);
        if (chosen !== undefined) {
          shape = s;
          break;
        }
      }
      if (shape === undefined || chosen === undefined) continue;
      progress = true;
      cursor[t] = (cursor[t] as number) + chosen.length;
      const paras = paragraphs(chosen, rng, shape === 'short' ? 2 : 4);
      const spun = paras.map(() => shape !== 'mixed' || rng.chance(0.5));
      if (shape === 'mixed' && paras.length > 1) {
        // At least one paragraph of each kind.
        if (spun.every((s) => s)) spun[rng.int(paras.length)] = false;
        if (spun.every((s) => !s)) spun[rng.int(paras.length)] = true;
      }
      const text = texts[t] as SourceText;
      const k = ++(counts[t] as Record<Shape, number>)[shape];
      docs.push({
        id: `${text.id}-${shape}${k}`,
        shape,
        source: text.source,
        genre,
        paragraphs: paras,
        spun,
      });
      left[shape] -= chosen.reduce((n, s) => n + wordCount(s), 0);
    }
  }
  return docs;
}
