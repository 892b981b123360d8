import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../scripts/eval/dataset.js';
import { loadRawPages, loadRealDocuments, realDocument } from '../../scripts/eval/real.js';

// The committed real dev set (eval/real, built by `npm run real` from eval/real/raw) must be what
// the aligner makes of the copied pages, and internally consistent.
describe('real dev set', () => {
  const docs = loadRealDocuments();

  test('every page pair is aligned as committed', () => {
    const raw = loadRawPages();
    expect(raw.map((p) => p.id)).toEqual(docs.map((d) => d.id));
    for (const page of raw) expect(realDocument(page)).toEqual(docs.find((d) => d.id === page.id));
  });

  test('every document is consistent, spun, and names both pages', () => {
    expect(docs.flatMap(checkDocument)).toEqual([]);
    for (const d of docs) {
      expect(d.substitutions.length).toBeGreaterThan(0);
      expect(d.spunUrl).toMatch(/^https?:\/\//);
      expect(d.originalUrl).toMatch(/^https?:\/\//);
    }
  });
});
