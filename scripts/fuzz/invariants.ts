// The invariants restore-text keeps on any input (issue 15), as checks that throw an Error saying
// what broke. Used by the property tests (test/reliability/properties.test.ts, small runs) and by
// `npm run fuzz` (random and mutated inputs for a set time).
import { applyEdits, revertEdits } from '../../src/core/apply.js';
import { restore } from '../../src/core/restore.js';
import { sectionSpans, SECTION_MAX } from '../../src/core/sections.js';
import { tokenize } from '../../src/core/tokenize.js';
import type { Edit, RestoreOptions, RestoreResult, Span } from '../../src/types.js';

export class InvariantError extends Error {
  constructor(
    readonly invariant: string,
    detail: string,
  ) {
    super(`${invariant}: ${detail}`);
    this.name = 'InvariantError';
  }
}

function check(ok: boolean, invariant: string, detail: () => string): void {
  if (!ok) throw new InvariantError(invariant, detail());
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** An offset between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Tokenizer spans tile the input exactly; no offset splits a surrogate pair. */
export function checkTokenize(text: string): void {
  const tokens = tokenize(text);
  let at = 0;
  for (const t of tokens) {
    check(t.span[0] === at, 'tokens tile the input', () => `gap or overlap at ${at}`);
    check(t.text === text.slice(t.span[0], t.span[1]), 'token text is its span', () => t.text);
    check(t.span[1] > t.span[0], 'tokens are not empty', () => `at ${at}`);
    check(!splitsPair(text, t.span[0]), 'no token splits a surrogate pair', () => `at ${at}`);
    at = t.span[1];
  }
  check(at === text.length, 'tokens tile the input', () => `end ${at} of ${text.length}`);
}

function checkSpan(text: string, span: Span, what: string): void {
  const [s, e] = span;
  check(
    Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length,
    'spans inside the input',
    () => `${what} [${s}, ${e}) of ${text.length}`,
  );
  check(
    !splitsPair(text, s) && !splitsPair(text, e),
    'no span splits a surrogate pair',
    () => `${what} [${s}, ${e})`,
  );
}

function checkEdits(input: string, applied: readonly Edit[], suggestions: readonly Edit[]): void {
  let end = 0;
  for (const e of applied) {
    checkSpan(input, e.span, 'applied');
    check(
      e.span[0] >= end,
      'applied edits never overlap',
      () => `[${e.span[0]}, ${e.span[1]}) after ${end}`,
    );
    check(
      input.slice(e.span[0], e.span[1]) === e.actual,
      'an edit says what it replaces',
      () => e.actual,
    );
    check(e.text !== e.actual, 'an edit changes something', () => e.actual);
    check(e.confidence >= 0 && e.confidence <= 1, 'confidence in [0, 1]', () =>
      String(e.confidence),
    );
    end = e.span[1];
  }
  for (const e of suggestions) {
    checkSpan(input, e.span, 'suggestion');
    check(
      input.slice(e.span[0], e.span[1]) === e.actual,
      'a suggestion says what it replaces',
      () => e.actual,
    );
  }
}

/**
 * One restore with every invariant checked: no findings -> the same text; bytes outside the
 * applied spans unchanged (the output reverts to the input); spans inside the input, never
 * overlapping, never splitting a surrogate pair; the output restored again at the same
 * threshold changes nothing more (idempotence).
 */
export function checkRestore(input: string, options: RestoreOptions): RestoreResult {
  const r = restore(input, options);
  check(r.input === input, 'the result holds its input', () => 'input differs');
  checkEdits(input, r.applied, r.suggestions);
  if (r.applied.length === 0) {
    check(r.output === input, 'no change -> byte-identical output', () => 'output differs');
  }
  check(
    revertEdits(r.output, r.applied) === input,
    'bytes outside edit spans never change',
    () => 'reverting the applied edits does not give the input back',
  );
  check(
    applyEdits(input, r.applied).output === r.output,
    'the output is the applied edits',
    () => 'differs',
  );
  const again = restore(r.output, options);
  check(
    again.applied.length === 0,
    'idempotence: restoring the output again changes nothing more',
    () =>
      again.applied.map((e) => `${e.actual} -> ${e.text} (${e.confidence.toFixed(2)})`).join('; '),
  );
  return r;
}

/** Random edits applied then reverted give the text back; the kept ones never overlap. */
export function checkApply(text: string, edits: readonly Edit[]): void {
  const r = applyEdits(text, edits);
  check(
    r.applied.length + r.skipped.length === edits.length,
    'every edit applied or skipped',
    () => `${r.applied.length}+${r.skipped.length} of ${edits.length}`,
  );
  let end = 0;
  for (const e of r.applied) {
    check(
      e.span[0] >= end || e.span[0] === e.span[1],
      'applied edits never overlap',
      () => `${e.span}`,
    );
    end = Math.max(end, e.span[1]);
  }
  check(
    revertEdits(r.output, r.applied) === text,
    'revertEdits(applyEdits(text)) === text',
    () => 'differs',
  );
}

/**
 * Structural bounds that keep the cost linear: sections of at most SECTION_MAX (sections.ts),
 * tiling the text; at most one applied edit per word token.
 */
export function checkBounds(input: string, r: RestoreResult): void {
  let at = 0;
  for (const [s, e] of sectionSpans(input)) {
    check(s === at, 'sections tile the text', () => `at ${at}`);
    check(e - s <= SECTION_MAX, 'sections are bounded', () => `${e - s} chars`);
    at = e;
  }
  check(at === input.length, 'sections tile the text', () => `end ${at}`);
  const words = tokenize(input).filter((t) => t.kind === 'word' || t.kind === 'number').length;
  check(
    r.applied.length <= words,
    'at most one applied edit per word',
    () => `${r.applied.length} > ${words}`,
  );
}
