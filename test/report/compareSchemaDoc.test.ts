// docs/compare-schema.md documents every field the compare JSON reporter writes, and no other.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compareTexts } from '../../src/compare/compareTexts.js';
import { compareJson } from '../../src/report/compareJson.js';

const doc = readFileSync(new URL('../../docs/compare-schema.md', import.meta.url), 'utf8');

/** Field names in the first column of the table under `## heading`. */
function documentedFields(heading: string): string[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
  return [...section.matchAll(/^\| `(\w+)`/gm)].map((m) => m[1] ?? '').sort();
}

const original = 'A senior official told NPR that the efforts have unraveled, he said.';
const suspect = 'A senior official informed NPR that the efforts have unraveled, he said.';
const json = compareJson({
  original: 'a.txt',
  suspect: 'b.txt',
  minConfidence: 0.8,
  restoredEdits: 0,
  comparison: compareTexts(original, suspect, { output: suspect, applied: [] }),
});

describe('docs/compare-schema.md', () => {
  test.each([
    ['Document', json],
    ['Swap', json.swaps[0]],
    ['Passage', json.passages[0]],
  ])('%s fields', (heading, value) => {
    expect(documentedFields(heading)).toEqual(Object.keys(value ?? {}).sort());
  });
});
