import { expect, test } from 'vitest';
import { casePattern, transferCase } from '../../src/core/case.js';

test.each([
  ['word', 'lower'],
  ['Word', 'title'],
  ['WORD', 'upper'],
  ['iPhone', 'mixed'],
  ['A', 'title'],
  ['42', 'lower'],
] as const)('casePattern(%s) = %s', (word, pattern) => {
  expect(casePattern(word)).toBe(pattern);
});

test.each([
  [['irregular', 'woodland'], 'random forest', 'random forest'],
  [['Irregular', 'woodland'], 'random forest', 'Random forest'],
  [['Irregular', 'Woodland'], 'random forest', 'Random Forest'],
  [['IRREGULAR', 'WOODLAND'], 'random forest', 'RANDOM FOREST'],
  [['White', 'Home', 'Workplace'], 'white house office', 'White House Office'],
  [['Workplace', 'of', 'Nationwide'], 'office of national', 'Office of National'],
  [['informed'], 'told', 'told'],
  [['Informed'], 'told', 'Told'],
  [['U', 'Due', 'south'], 'U.S.', 'U.S.'],
  [['easy', 'methods', 'to'], 'how to', 'how to'],
  [['Easy', 'methods', 'to'], 'how to', 'How to'],
  [['assume', 'tank'], 'think tank', 'think tank'],
  [['NATIONWIDE'], 'national', 'NATIONAL'],
  [['credulous', 'Bayes'], 'naive bayes', 'naive Bayes'],
  [['Credulous', 'Bayes'], 'naive bayes', 'Naive Bayes'],
] as const)('transferCase(%j, %s) = %s', (actual, restoration, expected) => {
  expect(transferCase(actual, restoration)).toBe(expected);
});

import { carrySpacing } from '../../src/core/spacing.js';

test.each([
  ['assume tank', 'think tank', 'think tank'],
  ['assume\r\n tank', 'think tank', 'think\r\n tank'],
  ['easy  methods\nto', 'how to', 'how\nto'],
  ['easy methods\nto', 'how to', 'how\nto'],
  ['informed', 'told', 'told'],
  ['by way\nof', 'via', 'via'],
  ['in the event\nthat', 'if', 'if'],
])('carrySpacing(%j, %j) = %j', (actual, restoration, expected) => {
  expect(carrySpacing(actual, restoration)).toBe(expected);
});

test.each([
  [['2D', 'TURBULENT', 'GUIDE'], '2d chaotic map', '2D CHAOTIC MAP'],
  [['A', 'GIVEN', 'GIFT'], 'a known present', 'A KNOWN PRESENT'],
  [['a', 'couple', 'of', 'shot', 'learning'], 'Few shot learning', 'few shot learning'],
  [['markov', 'chain'], 'Markov chain', 'markov chain'],
  [['Markov', 'bind'], 'Markov chain', 'Markov chain'],
  [['I'], 'me', 'Me'],
] as const)('transferCase(%j, %s) = %s', (actual, restoration, expected) => {
  expect(transferCase(actual, restoration)).toBe(expected);
});

// Defect 2 (issue 15): capitals of a multi-word restoration are its own and are kept.
test.each([
  [['wide', 'world', 'web'], 'World Wide Web', 'World Wide Web'],
  [['big', 'apple', 'city'], 'New York City', 'New York City'],
  [['republican', 'social', 'gathering'], 'Republican Party', 'Republican Party'],
  [['new', 'york'], 'New York', 'New York'],
  [['sunday'], 'Sunday', 'Sunday'],
  [['WIDE', 'WORLD', 'WEB'], 'World Wide Web', 'WORLD WIDE WEB'],
  [['Wide', 'world', 'web'], 'World Wide Web', 'World Wide Web'],
] as const)('capitals lost in multi-word restorations: transferCase(%j, %s) = %s', (a, r, e) => {
  expect(transferCase(a, r)).toBe(e);
});
