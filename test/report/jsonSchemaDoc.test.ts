// docs/json-schema.md documents every field the JSON reporter writes, and no field it does not.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { summarize } from '../../src/report/summary.js';
import { makeResult } from './fixtures.js';

const doc = readFileSync(new URL('../../docs/json-schema.md', import.meta.url), 'utf8');

/** Field names in the first column of the table under `## heading`. */
function documentedFields(heading: string): string[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
  return [...section.matchAll(/^\| `(\w+)`/gm)].map((m) => m[1] ?? '').sort();
}

const result = makeResult('He informed NPR.', [
  {
    find: 'informed',
    text: 'told',
    alternatives: [{ text: 'told', source: 'x', prior: 0.9, lm: -3, score: 1 }],
  },
]);
const files = [
  { path: 'a', result },
  { path: 'b', error: 'binary file' },
];
const json = JSON.parse(
  formatJson(files, summarize(files), 0.5, [{ path: 'c.png', reason: 'binary file, skipped' }]),
);

describe('docs/json-schema.md', () => {
  test.each([
    ['File', { ...json.files[0], ...json.files[1] }],
    ['Verdict', json.files[0].verdict],
    ['Skipped', json.skipped[0]],
    ['Edit', json.files[0].edits[0]],
    ['Alternative', json.files[0].edits[0].alternatives[0]],
    ['Summary', json.summary],
  ])('%s fields', (heading, value) => {
    expect(documentedFields(heading)).toEqual(Object.keys(value).sort());
  });
});
