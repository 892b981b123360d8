import { expect, test } from 'vitest';
import { reliabilityTable, table } from '../../scripts/eval/format.js';
import { calibration } from '../../scripts/eval/metrics.js';

test('table pads columns to the widest cell', () => {
  expect(
    table(
      ['set', 'n'],
      [
        ['clean', '3'],
        ['x', '1,000'],
      ],
    ),
  ).toBe(
    ['| set   | n     |', '| ----- | ----- |', '| clean | 3     |', '| x     | 1,000 |'].join('\n'),
  );
});

test('reliability table shows empty bins as dashes', () => {
  const lines = reliabilityTable(calibration([{ confidence: 0.95, correct: true }], 2)).split('\n');
  expect(lines).toEqual([
    '| confidence | edits | mean confidence | accuracy |',
    '| ---------- | ----- | --------------- | -------- |',
    '| 0.0–0.5    | 0     | –               | –        |',
    '| 0.5–1.0    | 1     | 0.95            | 1.00     |',
  ]);
});
