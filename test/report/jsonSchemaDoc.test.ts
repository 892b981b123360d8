// docs/json-schema.md documents every field the JSON reporter writes, and no field it does not.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { summarize } from '../../src/report/summary.js';
import { makeResult } from './fixtures.js';
import { formatTraceJson, traceJsonFile } from '../../src/report/traceJson.js';
import type { WordTrace } from '../../src/core/wordTrace.js';

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

// A trace with every optional field set.
const trace: WordTrace = {
  word: 'informed',
  minConfidence: 0.8,
  result,
  occurrences: [
    {
      span: [3, 11],
      written: 'informed',
      note: { kind: 'code word' },
      candidates: [
        {
          span: [3, 11],
          actual: 'informed',
          text: 'told',
          source: 'thesaurus',
          origin: 'words',
          prior: 0.5,
          channel: -1,
          gain: 2,
          typeGain: 2,
          features: { gainHere: 2 },
          model: 0.5,
          spinner: 0.9,
          confidence: 0.9,
          outcome: { kind: 'applied' },
        },
      ],
    },
  ],
};
const traced = JSON.parse(
  formatTraceJson('informed', 0.8, [traceJsonFile('a', 'He informed NPR.', trace, 'not read')]),
);

describe('docs/json-schema.md', () => {
  test.each([
    ['File', { ...json.files[0], ...json.files[1] }],
    ['Verdict', json.files[0].verdict],
    ['Skipped', json.skipped[0]],
    ['Edit', json.files[0].edits[0]],
    ['Alternative', json.files[0].edits[0].alternatives[0]],
    ['Summary', json.summary],
    ['Trace', traced],
    ['Trace file', traced.files[0]],
    ['Occurrence', traced.files[0].occurrences[0]],
    ['Traced candidate', traced.files[0].occurrences[0].candidates[0]],
  ])('%s fields', (heading, value) => {
    expect(documentedFields(heading)).toEqual(Object.keys(value).sort());
  });
});
