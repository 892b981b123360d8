import { describe, expect, test } from 'vitest';
import { assembleDocument } from '../../scripts/eval/benchset.js';
import { checkDocument } from '../../scripts/eval/dataset.js';
import { planDocuments, SHAPE_WORDS } from '../../scripts/eval/docPlan.js';
import { parseMythes } from '../../scripts/eval/mythes.js';
import { mulberry32 } from '../../scripts/eval/rng.js';
import type { SourceText } from '../../scripts/eval/textSource.js';

// Texts of numbered sentences of 5 to 40 words.
const texts: SourceText[] = Array.from({ length: 4 }, (_, t) => {
  const rng = mulberry32(t + 1);
  const sentences = Array.from({ length: 400 }, (_, k) => {
    const n = 5 + rng.int(36);
    return `Sentence ${t}x${k} ${'word '.repeat(n - 2).trim()}.`;
  });
  return { id: `text${t}`, source: `test ${t}`, text: sentences.join(' ') };
});

describe('document plan', () => {
  const budget = { long: 4000, short: 2000, mixed: 2000 };
  const plan = planDocuments(texts, 'test', budget, mulberry32(5));
  const words = (paras: readonly string[]): number => paras.join(' ').split(/\s+/).length;

  test('every shape is planned within its word range, about its budget', () => {
    for (const shape of ['short', 'long', 'mixed'] as const) {
      const docs = plan.filter((d) => d.shape === shape);
      const [lo, hi] = SHAPE_WORDS[shape];
      expect(docs.every((d) => words(d.paragraphs) >= lo && words(d.paragraphs) <= hi)).toBe(true);
      const total = docs.reduce((n, d) => n + words(d.paragraphs), 0);
      expect(total).toBeGreaterThanOrEqual(budget[shape]);
      expect(total).toBeLessThan(budget[shape] + hi);
    }
  });

  test('mixed documents have spun and genuine paragraphs, the others only spun ones', () => {
    for (const d of plan) {
      if (d.shape === 'mixed') expect(new Set(d.spun)).toEqual(new Set([true, false]));
      else expect(d.spun.every((s) => s)).toBe(true);
    }
  });

  test('documents do not share sentences and the plan is deterministic', () => {
    const all = plan.flatMap((d) => d.paragraphs.join(' ').match(/\d+x\d+/g) ?? []);
    expect(new Set(all).size).toBe(all.length);
    expect(planDocuments(texts, 'test', budget, mulberry32(5))).toEqual(plan);
    expect(plan.map((d) => d.id).slice(0, 3)).toEqual([
      'text0-long1',
      'text1-mixed1',
      'text2-short1',
    ]);
  });

  test('assembled documents mark genuine paragraphs and undo exactly', () => {
    const planned = {
      ...plan[0]!,
      paragraphs: ['One big house.', 'Two big houses.', 'A big end.'],
      spun: [true, false, true],
      shape: 'mixed' as const,
    };
    const doc = assembleDocument(planned, (p) => {
      const at = p.indexOf('big');
      return {
        spun: p.replace('big', 'large'),
        substitutions: [{ start: at, end: at + 5, original: 'big', spun: 'large' }],
      };
    });
    expect(doc.spun).toBe('One large house.\n\nTwo big houses.\n\nA large end.\n');
    expect(doc.genuine).toEqual([[18, 33]]);
    expect(doc.spun.slice(18, 33)).toBe('Two big houses.');
    expect(checkDocument({ id: 'x', set: 'news-mixed', source: '', ...doc })).toEqual([]);
  });
});

describe('mythes', () => {
  test('parses meanings, terms and relations', () => {
    const m = parseMythes(
      'UTF-8\nbig|2\n(adj)|large|bulky (similar term)|small (antonym)\n(adv)|boastfully\nx|1\n(noun)|y\n',
    );
    expect(m.get('big')).toEqual([
      {
        pos: 'adj',
        terms: [
          { text: 'large', relation: 'synonym' },
          { text: 'bulky', relation: 'similar' },
          { text: 'small', relation: 'antonym' },
        ],
      },
      { pos: 'adv', terms: [{ text: 'boastfully', relation: 'synonym' }] },
    ]);
    expect(m.get('x')).toEqual([{ pos: 'noun', terms: [{ text: 'y', relation: 'synonym' }] }]);
  });
});
