// Hand-made RestoreResults for reporter tests (no engine involved).
import type { Alternative, Edit, RestoreResult } from '../../src/types.js';

export interface EditSpec {
  /** The spun text to find (first occurrence at or after `from`). */
  readonly find: string;
  readonly text: string;
  readonly confidence?: number;
  readonly source?: string;
  readonly applied?: boolean;
  readonly suggestOnly?: boolean;
  readonly from?: number;
  readonly alternatives?: readonly Alternative[];
  readonly reasons?: readonly string[];
}

export function makeEdit(input: string, spec: EditSpec): Edit {
  const start = input.indexOf(spec.find, spec.from ?? 0);
  if (start < 0) throw new Error(`fixture: ${spec.find} not in input`);
  return {
    span: [start, start + spec.find.length],
    actual: spec.find,
    text: spec.text,
    alternatives: spec.alternatives ?? [],
    confidence: spec.confidence ?? 0.9,
    source: spec.source ?? 'test',
    reasons: spec.reasons ?? [],
    suggestOnly: spec.suggestOnly ?? false,
  };
}

/** Applied edits (spec.applied !== false) make the output; the others are suggestions. */
export function makeResult(input: string, specs: readonly EditSpec[]): RestoreResult {
  const applied: Edit[] = [];
  const suggestions: Edit[] = [];
  for (const spec of specs)
    (spec.applied === false ? suggestions : applied).push(makeEdit(input, spec));
  applied.sort((a, b) => a.span[0] - b.span[0]);
  let output = input;
  for (const e of [...applied].reverse()) {
    output = output.slice(0, e.span[0]) + e.text + output.slice(e.span[1]);
  }
  return { input, output, applied, suggestions };
}
