import { defineConfig } from 'vitest/config';

// Two projects. `unit`: everything but test/data/, each file isolated as usual. `data`: the
// tests over the shipped data (dictionaries, language model, thesauri, decision model), not
// isolated, so a worker loads that data once (the loaders memoize per process) instead of once
// a file. Those tests only read the data; none may change module state another relies on.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/data/**'] },
      },
      {
        extends: true,
        test: { name: 'data', include: ['test/data/**/*.test.ts'], isolate: false },
      },
    ],
  },
});
