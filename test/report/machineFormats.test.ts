// SARIF (validated against the SARIF 2.1.0 schema that @microsoft/jest-sarif ships), GitHub
// annotations, the HTML page, verdicts and the ranking.
import AjvDraft04 from 'ajv-draft-04';
import { Chalk } from 'chalk';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { formatGithubFile } from '../../src/report/github.js';
import { formatHtmlReport, htmlFile } from '../../src/report/html.js';
import { formatRanking } from '../../src/report/ranking.js';
import { formatSarif, sarifResults } from '../../src/report/sarif.js';
import { summarize } from '../../src/report/summary.js';
import type { FileReport } from '../../src/report/types.js';
import { countWords, verdictFor } from '../../src/report/verdict.js';
import type { Edit, RestoreResult } from '../../src/types.js';

const require = createRequire(import.meta.url);
const SCHEMA = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
) as object;

function edit(input: string, find: string, text: string, confidence: number, source: string): Edit {
  const start = input.indexOf(find);
  return {
    span: [start, start + find.length],
    actual: find,
    text,
    alternatives: [{ text, source, prior: 0.9, score: confidence }],
    confidence,
    source,
    reasons: [],
    suggestOnly: false,
  };
}

const INPUT = 'He informed NPR, 50%, on Monday.\nA assume tank had <bosom peril> & more.\n';
const applied = [
  edit(INPUT, 'informed', 'told', 0.97, 'news-spinner'),
  edit(INPUT, 'assume tank', 'think tank', 0.9, 'moby+wordnet'),
];
const suggestions = [edit(INPUT, 'bosom peril', 'breast cancer', 0.42, 'tortured-phrases')];
const output = INPUT.replace('informed', 'told').replace('assume tank', 'think tank');
const result: RestoreResult = { input: INPUT, output, applied, suggestions };
const FILE: FileReport = { path: 'docs/a b.txt', result };
const RULES = [
  { name: 'news-spinner', description: 'news spinners' },
  { name: 'tortured-phrases', description: 'tortured phrases' },
];

describe('SARIF', () => {
  const log = JSON.parse(
    formatSarif(sarifResults(FILE, new Set(RULES.map((r) => r.name))), RULES, '0.1.0'),
  );

  test('validates against the SARIF 2.1.0 schema', () => {
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(SCHEMA);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // and the validator does reject what the schema forbids
    const bad = structuredClone(log);
    bad.runs[0].results[0].level = 'severe';
    expect(validate(bad)).toBe(false);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  test('one rule per dictionary and one for the context engine', () => {
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'news-spinner',
      'tortured-phrases',
      'context',
    ]);
  });

  test('results: rule, level, message, region in code points, fix, confidence', () => {
    expect(log.runs[0].columnKind).toBe('unicodeCodePoints');
    const results = log.runs[0].results;
    expect(results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['news-spinner', 'warning'],
      ['context', 'warning'],
      ['tortured-phrases', 'note'],
    ]);
    expect(results[0].message.text).toBe(
      '“informed” looks spun: restore “told” (confidence 0.97, news-spinner)',
    );
    expect(results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/a%20b.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 14 },
    });
    expect(results[1].fixes[0].artifactChanges[0].replacements[0].insertedContent).toEqual({
      text: 'think tank',
    });
    expect(results[2].properties).toEqual({ confidence: 0.42, source: 'tortured-phrases' });
  });
});

describe('GitHub annotations', () => {
  test('a warning per change, a notice per suggestion, escaped', () => {
    const f = { path: 'a,b:c.txt', result };
    expect(formatGithubFile(f).split('\n')).toEqual([
      '::warning file=a%2Cb%3Ac.txt,line=1,col=4,endLine=1,endColumn=12,title=spun text (news-spinner)::informed -> told (confidence 0.97)',
      '::warning file=a%2Cb%3Ac.txt,line=2,col=3,endLine=2,endColumn=14,title=spun text (moby+wordnet)::assume tank -> think tank (confidence 0.90)',
      '::notice file=a%2Cb%3Ac.txt,line=2,col=20,endLine=2,endColumn=31,title=spun text (tortured-phrases)::bosom peril -> breast cancer (confidence 0.42, suggestion)',
      '',
    ]);
  });
});

describe('HTML', () => {
  const page = formatHtmlReport({
    files: [
      htmlFile(FILE)!,
      htmlFile({
        path: 'clean.txt',
        result: { input: 'ok', output: 'ok', applied: [], suggestions: [] },
      })!,
    ],
    summary: summarize([FILE]),
    skipped: [{ path: 'img.txt', reason: 'binary file, skipped' }],
    credits: [{ name: 'news-spinner dictionary', text: 'curated; MIT' }],
    version: '0.1.0',
    minConfidence: 0.8,
  });

  test('self-contained: no script, no link, no remote source', () => {
    expect(page).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(page.startsWith('<!doctype html>')).toBe(true);
  });

  test('tracked changes with confidence and source on hover; text escaped', () => {
    expect(page).toContain(
      '<td class="ln">1</td><td>He <del title="restored · confidence 0.97 · news-spinner">informed</del><ins title="restored · confidence 0.97 · news-spinner">told</ins> NPR, 50%, on Monday.</td>',
    );
    expect(page).toContain(
      'A <del title="restored · confidence 0.90 · moby+wordnet">assume tank</del><ins title="restored · confidence 0.90 · moby+wordnet">think tank</ins> had &lt;<mark title="suggestion: breast cancer · confidence 0.42 · tortured-phrases">bosom peril</mark>&gt; &amp; more.',
    );
  });

  test('the ranking, the skipped files and the credits', () => {
    expect(page).toContain(
      '<span class="v v-suspicious">suspicious</span></td><td><a href="#f0">docs/a b.txt</a></td><td class="num">2</td>',
    );
    expect(page).toContain('<li>img.txt: binary file, skipped</li>');
    expect(page).toContain('<li><b>news-spinner dictionary</b>: curated; MIT</li>');
  });
});

describe('verdicts', () => {
  test.each([
    [0, 100, 'clean'],
    [1, 100, 'suspicious'],
    [2, 100, 'suspicious'],
    [3, 1000, 'spun'],
    [3, 1001, 'suspicious'],
    [40, 20000, 'suspicious'],
    [60, 20000, 'spun'],
    [0, 0, 'clean'],
  ])('%i sure in %i words: %s', (sure, words, level) => {
    expect(verdictFor(sure, words).level).toBe(level);
  });

  test('density has two decimals; words are counted as the tokenizer reads them', () => {
    expect(verdictFor(1, 3).density).toBe(333.33);
    expect(countWords("U.S. officials' co-operation, 3.5 times — don't")).toBe(6);
  });

  test('the ranking lists files worst first and counts the clean ones', () => {
    const v = (sure: number, words: number) => verdictFor(sure, words);
    const text = formatRanking(
      [
        { path: 'b.txt', verdict: v(1, 1000) },
        { path: 'c.txt', verdict: v(0, 10) },
        { path: 'a.txt', verdict: v(12, 1000) },
        { path: 'd.txt', verdict: v(2, 100) },
      ],
      new Chalk({ level: 0 }),
    );
    expect(text).toBe(
      [
        'Verdicts, worst first (sure findings, per 1,000 words):',
        '  spun       12 sure   12.0/1k words  a.txt',
        '  suspicious  2 sure   20.0/1k words  d.txt',
        '  suspicious  1 sure    1.0/1k words  b.txt',
        '  and 1 clean file',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('a suggestion just under the threshold', () => {
  const near = edit(INPUT, 'bosom peril', 'breast cancer', 0.797, 'tortured-phrases');
  const r: RestoreResult = { input: INPUT, output: INPUT, applied: [], suggestions: [near] };
  test('the HTML page rounds it down, not up to the threshold it missed', () => {
    expect(htmlFile({ path: 'a.txt', result: r }, 0.8)?.body).toContain(
      'title="suggestion: breast cancer · confidence 0.79 · tortured-phrases"',
    );
    expect(htmlFile({ path: 'a.txt', result: r }, 0.9)?.body).toContain('confidence 0.80 ·');
  });
});
