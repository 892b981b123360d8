// Defect 4 (issue 15): suggestions vanished after --write. Once the surest phrases were fixed the
// text no longer looked spun, and the suggestions left to review disappeared. The run that
// writes keeps them beside the file (.NAME.restore-text.json); later runs show them again where
// the text still reads as they say, and never apply them.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { RECORDED_REASON, suggestionsOnOutput, withRecorded } from '../../src/core/carryOver.js';
import { restore } from '../../src/core/restore.js';
import { packageRoot } from '../../src/paths.js';
import type { Edit, RestoreResult } from '../../src/types.js';
import { cleanUp, ENGINE, folder, run } from './harness.js';

afterEach(cleanUp);

const findings = (out: string): string[] => out.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l));

describe('defect 4: the suggestions a --write leaves survive it (full engine)', () => {
  test('examples/npr-spun.txt: the same suggestions after --write; none without the record', async () => {
    const dir = folder();
    copyFileSync(join(packageRoot(), 'examples', 'npr-spun.txt'), join(dir, 'npr.txt'));
    const before = await run(dir, ['--no-color', 'npr.txt']);
    const left = findings(before.out).filter((l) => l.endsWith('[suggestion]'));
    expect(left.length).toBeGreaterThan(10);
    const written = await run(dir, ['--write', 'npr.txt']);
    expect(written.code).toBe(0);
    expect(existsSync(join(dir, '.npr.txt.restore-text.json'))).toBe(true);
    const after = await run(dir, ['--check', 'npr.txt']);
    expect(after.code).toBe(0); // nothing more to apply: --write is idempotent
    const shown = findings(after.out);
    expect(shown.length).toBe(left.length);
    expect(shown.every((l) => l.endsWith('[suggestion]'))).toBe(true);
    // the same changes, at their new places
    const change = (l: string): string => l.replace(/^\S+:\d+:\d+ +/, '').replace(/ +\(.*$/, '');
    expect(shown.map(change)).toEqual(left.map(change));
    const forgotten = await run(dir, ['--no-sidecar', '--suggestions', 'all', 'npr.txt']);
    expect(findings(forgotten.out)).toEqual([]);
  });
});

describe('the record through the CLI (dictionary engine)', () => {
  const record = (suggestions: unknown[], spun = true): string =>
    JSON.stringify({ 'restore-text': 1, spun, suggestions });
  const quick = {
    span: [3, 8],
    actual: 'quick',
    text: 'fast',
    confidence: 0.6,
    source: 'moby',
    reasons: ['r'],
  };

  test('shown where the text still says it, moved with the text, never applied', async () => {
    const dir = folder({
      'a.txt': 'He quick left.\n',
      '.a.txt.restore-text.json': record([quick]),
    });
    const r = await run(dir, [...ENGINE, '--check', 'a.txt']);
    expect([r.code, r.out]).toEqual([
      0,
      'a.txt:1:4  quick -> fast  (confidence 0.60, moby) [suggestion]\n    | He [?quick?] left.\n\n1 file, 1 finding, 0 fixable\n',
    ]);
    writeFileSync(join(dir, 'a.txt'), 'Intro.\nHe quick left.\n');
    expect((await run(dir, [...ENGINE, 'a.txt'])).out).toContain('a.txt:2:4  quick -> fast');
    writeFileSync(join(dir, 'a.txt'), 'Intro.\nHe fast left.\n'); // the reader took it
    expect((await run(dir, [...ENGINE, 'a.txt'])).out).toBe('1 file, 0 findings, 0 fixable\n');
  });

  test('the next --write brings the record up to date', async () => {
    const dir = folder({
      'a.txt': 'He informed us, quick.\n',
      '.a.txt.restore-text.json': record([{ ...quick, span: [16, 21] }]),
    });
    await run(dir, [...ENGINE, '--write', 'a.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('He told us, quick.\n');
    const kept = JSON.parse(readFileSync(join(dir, '.a.txt.restore-text.json'), 'utf8'));
    expect(kept.suggestions.map((e: Edit) => [e.span, e.actual])).toEqual([[[12, 17], 'quick']]);
  });

  test('a record that is not ours is reported and ignored', async () => {
    const dir = folder({
      'a.txt': 'He quick left.\n',
      '.a.txt.restore-text.json': '{"not": "ours"}',
    });
    const r = await run(dir, [...ENGINE, 'a.txt']);
    expect([r.code, r.out, r.err]).toEqual([
      0,
      '1 file, 0 findings, 0 fixable\n',
      'restore-text: a.txt: .a.txt.restore-text.json is not a restore-text record; ignored\n',
    ]);
  });

  test('--write keeps a record only when suggestions are left; --no-sidecar never', async () => {
    const dir = folder({
      'a.txt': 'He informed us of the bosom peril.\n',
      'b.txt': 'He informed us.\n',
    });
    await run(dir, [...ENGINE, '--write', 'a.txt', 'b.txt']);
    expect(existsSync(join(dir, '.a.txt.restore-text.json'))).toBe(true);
    expect(existsSync(join(dir, '.b.txt.restore-text.json'))).toBe(false);
    const other = folder({ 'a.txt': 'He informed us of the bosom peril.\n' });
    await run(other, [...ENGINE, '--no-sidecar', '--write', 'a.txt']);
    expect(existsSync(join(other, '.a.txt.restore-text.json'))).toBe(false);
  });
});

const edit = (span: [number, number], actual: string, text: string): Edit => ({
  span,
  actual,
  text,
  alternatives: [],
  confidence: 0.6,
  source: 't',
  reasons: [],
  suggestOnly: false,
});

describe('carryOver', () => {
  const input = 'aa bb cc dd';
  const result: RestoreResult = {
    input,
    output: 'aaaa bb c dd',
    applied: [edit([0, 2], 'aa', 'aaaa'), edit([6, 8], 'cc', 'c')],
    suggestions: [edit([3, 5], 'bb', 'BB'), edit([6, 8], 'cc', 'CC'), edit([9, 11], 'dd', 'DD')],
  };

  test('suggestionsOnOutput shifts them by the applied edits before, drops the overlapping', () => {
    expect(suggestionsOnOutput(result).map((e) => [e.span, e.actual])).toEqual([
      [[5, 7], 'bb'],
      [[10, 12], 'dd'],
    ]);
  });

  test.each([
    [
      'in place',
      'aaaa bb c dd',
      [
        [5, 7],
        [10, 12],
      ],
    ],
    [
      'moved by an edit before',
      'x aaaa bb c dd',
      [
        [7, 9],
        [12, 14],
      ],
    ],
    ['one taken by the reader', 'aaaa BB c dd', [[10, 12]]],
  ])('withRecorded: %s', (_n, text, spans) => {
    const fresh: RestoreResult = { input: text, output: text, applied: [], suggestions: [] };
    const r = withRecorded(fresh, suggestionsOnOutput(result));
    expect(r.suggestions.map((e) => e.span)).toEqual(spans);
    expect(r.suggestions.every((e) => e.suggestOnly && e.reasons.includes(RECORDED_REASON))).toBe(
      true,
    );
    expect(r.applied).toEqual([]);
  });

  test('a fresh finding on the same words wins over the record', () => {
    const text = 'aaaa bb c dd';
    const fresh = restore(text, { dictionaries: [] });
    const own = { ...fresh, suggestions: [edit([5, 7], 'bb', 'bee')] };
    expect(withRecorded(own, suggestionsOnOutput(result)).suggestions.map((e) => e.text)).toEqual([
      'bee',
      'DD',
    ]);
  });
});
