import { describe, expect, test } from 'vitest';
import { consistency, learnedPrior } from '../../src/learn/learnedEntry.js';

describe('priors from consistency', () => {
  test.each([
    // top, swapped, kept, channel prior, sure prior
    [1, 1, 0, 0.5, 0.84],
    [2, 2, 0, 0.67, 0.887],
    [4, 4, 0, 0.8, 0.924],
    [3, 4, 0, 0.6, 0.868],
    [1, 1, 3, 0.2, 0.756],
    [1, 10, 30, 0.05, 0.707],
    [99, 99, 0, 0.95, 0.977],
  ])('%i of %i swaps, left alone %i times', (top, swapped, kept, channel, sure) => {
    const c = consistency(top, swapped, kept);
    expect([learnedPrior(true, c), learnedPrior(false, c)]).toEqual([channel, sure]);
  });
});
