// Long texts in sections (src/core/sections.ts): where they are cut, and that restore() keeps a
// document's evidence within its section.
import { describe, expect, test } from 'vitest';
import { restore } from '../../src/core/restore.js';
import {
  lineBreaks,
  SECTION_MAX,
  SECTION_TARGET,
  sectionLength,
  sectionSpans,
} from '../../src/core/sections.js';
import { parseDictionary } from '../../src/dictionary/parse.js';

/** Paragraphs of `size` characters (the last one a period), separated by blank lines. */
function paragraphs(count: number, size: number, sep = '\n\n'): string {
  const p = `${'word '.repeat(size / 5 - 1)}last.`;
  return Array.from({ length: count }, () => p).join(sep);
}

describe('sectionSpans', () => {
  test('a text of up to SECTION_MAX characters is one section', () => {
    const text = 'x'.repeat(SECTION_MAX);
    expect(sectionSpans(text)).toEqual([[0, SECTION_MAX]]);
    expect(sectionSpans('')).toEqual([[0, 0]]);
  });

  test('cut after the blank line nearest below the target, covering the text', () => {
    const text = paragraphs(40, 10_000); // 400K characters, a break every 10,002
    const spans = sectionSpans(text);
    expect(spans[0]).toEqual([0, 6 * 10_002]);
    expect(spans.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
    for (const [s, e] of spans.slice(0, -1)) {
      expect(text.slice(e - 2, e)).toBe('\n\n');
      expect(e - s).toBeLessThanOrEqual(SECTION_TARGET);
    }
  });

  test('CRLF paragraph breaks; no cut inside a fenced code block', () => {
    const code = `\`\`\`\n${paragraphs(20, 1000, '\r\n\r\n')}\n\`\`\``;
    const text = [paragraphs(30, 1000, '\r\n\r\n'), code, paragraphs(100, 1000, '\r\n\r\n')].join(
      '\r\n\r\n',
    );
    const spans = sectionSpans(text);
    const fence = [text.indexOf('```'), text.lastIndexOf('```')];
    for (const [, e] of spans.slice(0, -1)) {
      expect(text.slice(e - 4, e)).toBe('\r\n\r\n');
      expect(e <= (fence[0] as number) || e > (fence[1] as number)).toBe(true);
    }
  });

  test('without paragraphs: a line break, then a space, then a hard cut outside a CRLF', () => {
    const lines = paragraphs(40, 10_000, '\n');
    expect(lines[sectionLength(lines, false) - 1]).toBe('\n');
    const words = 'word '.repeat(60_000);
    expect(words[sectionLength(words, false) - 1]).toBe(' ');
    const solid = `${'x'.repeat(SECTION_MAX - 1)}\r\n${'x'.repeat(100)}`;
    expect(sectionLength(solid, false)).toBe(SECTION_MAX - 1);
  });

  test('lineBreaks counts as the line index does', () => {
    expect(lineBreaks('a\r\nb\nc\rd')).toBe(3);
    expect(lineBreaks('')).toBe(0);
  });
});

describe('restore in sections', () => {
  const dict = parseDictionary(
    'bosom peril\tbreast cancer\tand=breast\tpps\t0.9\nassume tank\tthink tank\t-\tt\t0.95',
    't',
    't.tsv',
  );
  const options = { dictionaries: [dict] };

  test('an and= term far away (another section) does not confirm an entry', () => {
    const filler = paragraphs(30, 10_000);
    const near = restore('breast tissue and a bosom peril', options);
    expect(near.output).toBe('breast tissue and a breast cancer');
    const far = restore(`breast tissue\n\n${filler}\n\na bosom peril, the assume tank`, options);
    expect(far.applied.map((e) => e.text)).toEqual(['think tank']);
    expect(far.suggestions.map((e) => e.actual)).toEqual(['bosom peril']);
    // offsets are the whole text's
    const at = far.input.indexOf('assume tank');
    expect(far.applied[0]?.span).toEqual([at, at + 'assume tank'.length]);
    expect(far.output).toBe(far.input.replace('assume tank', 'think tank'));
  });
});
