// The record --write keeps beside a file it wrote: `.NAME.restore-text.json`, the suggestions the
// run left (on the written text) and the fact that the text was spun. A later run reads it so
// that the evidence survives its own repair (src/core/carryOver.ts). It is hidden (folder walks
// skip it), small (at most MAX_RECORDED suggestions) and safe to delete: the run then forgets.
import { basename, dirname, join } from 'node:path';
import { MAX_RECORDED, suggestionsOnOutput } from '../core/carryOver.js';
import type { Alternative, Edit, RestoreResult } from '../types.js';
import type { Io } from './io.js';

export const SIDECAR_VERSION = 1;
/** A record larger than this is not one of ours. */
const SIDECAR_LIMIT = 16 * 1024 ** 2;

export interface Sidecar {
  /** An earlier run found the text spun and wrote it. */
  readonly spun: boolean;
  /** Its suggestions, on the text it wrote. */
  readonly suggestions: readonly Edit[];
}

export function sidecarPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.restore-text.json`);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function alternativeOf(v: unknown): Alternative | undefined {
  const a = v as Partial<Alternative> | null;
  if (typeof a !== 'object' || a === null) return undefined;
  if (!isString(a.text) || !isString(a.source) || !isNumber(a.prior) || !isNumber(a.score))
    return undefined;
  return {
    text: a.text,
    source: a.source,
    prior: a.prior,
    score: a.score,
    ...(isNumber(a.lm) ? { lm: a.lm } : {}),
  };
}

/** A recorded suggestion, or undefined when it is not well-formed. */
function editOf(v: unknown): Edit | undefined {
  const e = v as Partial<Edit> | null;
  if (typeof e !== 'object' || e === null || !Array.isArray(e.span) || e.span.length !== 2)
    return undefined;
  const [start, end] = e.span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start)
    return undefined;
  if (!isString(e.actual) || !isString(e.text) || !isString(e.source)) return undefined;
  if (!isNumber(e.confidence) || e.confidence < 0 || e.confidence > 1) return undefined;
  const reasons = Array.isArray(e.reasons) ? e.reasons.filter(isString) : [];
  const alternatives = Array.isArray(e.alternatives)
    ? e.alternatives.map(alternativeOf).filter((a) => a !== undefined)
    : [];
  return {
    span: [start, end],
    actual: e.actual,
    text: e.text,
    alternatives,
    confidence: e.confidence,
    source: e.source,
    reasons,
    suggestOnly: true,
  };
}

export type SidecarRead =
  | { readonly ok: true; readonly sidecar?: Sidecar }
  | { readonly ok: false; readonly reason: string };

/** The record beside `file`, if any; a record that cannot be used is reported, never trusted. */
export async function readSidecar(io: Io, file: string): Promise<SidecarRead> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(sidecarPath(file), SIDECAR_LIMIT);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: true };
    return { ok: false, reason: `cannot read ${basename(sidecarPath(file))}` };
  }
  try {
    const data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as {
      'restore-text'?: unknown;
      spun?: unknown;
      suggestions?: unknown;
    };
    if (data['restore-text'] !== SIDECAR_VERSION || typeof data.spun !== 'boolean')
      throw new Error('not a record');
    const list = Array.isArray(data.suggestions) ? data.suggestions : [];
    const suggestions = list
      .slice(0, MAX_RECORDED)
      .map(editOf)
      .filter((e) => e !== undefined);
    return { ok: true, sidecar: { spun: data.spun, suggestions } };
  } catch {
    return {
      ok: false,
      reason: `${basename(sidecarPath(file))} is not a restore-text record; ignored`,
    };
  }
}

/**
 * The record of a written file: its suggestions moved onto the output. Undefined when there is
 * nothing to keep (no suggestion left), unless `always`.
 */
export function sidecarBytes(
  result: RestoreResult,
  spunBefore: boolean,
  always = false,
): Uint8Array | undefined {
  const suggestions = suggestionsOnOutput(result)
    .slice(0, MAX_RECORDED)
    .map((e) => ({
      span: e.span,
      actual: e.actual,
      text: e.text,
      confidence: e.confidence,
      source: e.source,
      reasons: e.reasons,
      alternatives: e.alternatives,
    }));
  if (suggestions.length === 0 && !always) return undefined;
  const record = {
    'restore-text': SIDECAR_VERSION,
    about:
      'Written by restore-text --write: the suggestions it left in the file beside this one, shown again by later runs. Delete it to forget them.',
    spun: spunBefore || result.showsSpin === true,
    suggestions,
  };
  return new TextEncoder().encode(`${JSON.stringify(record, null, 1)}\n`);
}
