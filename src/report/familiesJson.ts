// `families --format json`: per document the spinner family it shows with the evidence, and the
// groups of documents spun by one swap table, as one versioned JSON document
// (docs/families-schema.md). Bump FAMILIES_SCHEMA_VERSION on an incompatible change.
import type { DocumentFamily } from '../core/documentFamily.js';
import { FINGERPRINTS, SPIN_FAMILIES, type SpinFamily } from '../core/spinFamily.js';
import type { SwapGroup } from '../families/swapTables.js';

export const FAMILIES_SCHEMA_VERSION = 1;

/** Swaps listed per document at most. */
export const SHOWN_SWAPS = 8;

export interface FamiliesReportInput {
  readonly documents: ReadonlyArray<{ readonly path: string; readonly result: DocumentFamily }>;
  readonly groups: readonly SwapGroup[];
}

export interface FamiliesDocumentJson {
  readonly path: string;
  readonly words: number;
  readonly family: SpinFamily;
  readonly spun: number;
  readonly posterior: Readonly<Record<SpinFamily, number>>;
  readonly evidence: {
    readonly wordsWithCandidates: number;
    readonly fingerprints: Readonly<
      Record<string, { readonly medium: number; readonly strong: number }>
    >;
    readonly surePhrases: Readonly<Partial<Record<SpinFamily, number>>>;
    readonly swaps: ReadonlyArray<{
      readonly written: string;
      readonly original: string;
      readonly gain: number;
      readonly fingerprints: readonly string[];
    }>;
  };
}

export interface FamiliesJson {
  readonly version: number;
  readonly documents: readonly FamiliesDocumentJson[];
  readonly groups: readonly SwapGroup[];
}

const round = (x: number): number => Number(x.toFixed(4));

export function documentJson(path: string, r: DocumentFamily): FamiliesDocumentJson {
  const c = r.counts;
  return {
    path,
    words: c.words,
    family: r.family,
    spun: round(r.spun),
    posterior: Object.fromEntries(SPIN_FAMILIES.map((f) => [f, round(r.posterior[f])])) as Record<
      SpinFamily,
      number
    >,
    evidence: {
      wordsWithCandidates: c.types,
      fingerprints: Object.fromEntries(
        FINGERPRINTS.map((f) => [f, { medium: c.hits[f][0], strong: c.hits[f][1] }]),
      ),
      surePhrases: c.sure,
      swaps: c.swaps.slice(0, SHOWN_SWAPS).map((s) => ({ ...s, gain: round(s.gain) })),
    },
  };
}

export function familiesJson(input: FamiliesReportInput): FamiliesJson {
  return {
    version: FAMILIES_SCHEMA_VERSION,
    documents: input.documents.map((d) => documentJson(d.path, d.result)),
    groups: input.groups,
  };
}

export function formatFamiliesJson(input: FamiliesReportInput): string {
  return `${JSON.stringify(familiesJson(input), null, 2)}\n`;
}
