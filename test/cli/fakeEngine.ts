// A stand-in engine for CLI tests: fixed word replacements, so the CLI is tested on its own.
import type { CliEngine } from '../../src/cli/engineLoader.js';
import type { OccurrenceTrace, TraceOutcome, WordTrace } from '../../src/core/wordTrace.js';
import type { Edit, RestoreOptions, RestoreResult, Span } from '../../src/types.js';
import { documentFamily } from '../../src/core/documentFamily.js';

const RULES: readonly {
  spun: string;
  text: string;
  confidence: number;
  suggestOnly: boolean;
  others?: readonly string[];
}[] = [
  {
    spun: 'informed',
    text: 'told',
    confidence: 0.9,
    suggestOnly: false,
    others: ['said', 'notified'],
  },
  { spun: 'bosom peril', text: 'breast cancer', confidence: 0.95, suggestOnly: true },
  { spun: 'maybe', text: 'perhaps', confidence: 0.3, suggestOnly: false },
];

export interface FakeEngine extends CliEngine {
  readonly choices: unknown[];
  /** The options of every restore() call, in order. */
  readonly restored: RestoreOptions[];
}

export function fakeEngine(): FakeEngine {
  const choices: unknown[] = [];
  const restored: RestoreOptions[] = [];
  return {
    choices,
    restored,
    builtinNames: ['tortured-phrases', 'news-spinner'],
    describeBuiltinDictionaries: () => [
      { name: 'news-spinner', entries: 12, source: 'curated', licence: 'MIT', description: 'news' },
    ],
    createRestoreOptions: (c) => {
      choices.push(c);
      const fake = { description: 'fake phrases', source: 'tests', licence: 'MIT' };
      return {
        dictionaries: [{ name: 'fake', origin: 'fake.tsv', meta: fake, entries: [] }],
        ...(c.minConfidence !== undefined ? { minConfidence: c.minConfidence } : {}),
      };
    },
    restore: (input: string, options: RestoreOptions) => {
      restored.push(options);
      return fakeRestore(input, options);
    },
    traceWord: fakeTrace,
    // Without a language model: the prior, no evidence.
    documentFamily,
  };
}

function fakeRestore(input: string, options: RestoreOptions): RestoreResult {
  const min = options.minConfidence ?? 0.5;
  const edits: Edit[] = [];
  for (const r of RULES) {
    for (let i = input.indexOf(r.spun); i >= 0; i = input.indexOf(r.spun, i + 1)) {
      edits.push({
        span: [i, i + r.spun.length],
        actual: r.spun,
        text: r.text,
        alternatives: [r.text, ...(r.others ?? [])].map((text) => ({
          text,
          source: 'fake',
          prior: 0.5,
          score: 0.5,
        })),
        confidence: r.confidence,
        source: 'fake',
        reasons: [],
        suggestOnly: r.suggestOnly,
      });
    }
  }
  edits.sort((a, b) => a.span[0] - b.span[0]);
  const applied = edits.filter((e) => !e.suggestOnly && e.confidence >= min);
  const suggestions = edits.filter((e) => !applied.includes(e));
  let output = input;
  for (const e of [...applied].reverse())
    output = output.slice(0, e.span[0]) + e.text + output.slice(e.span[1]);
  return { input, output, applied, suggestions };
}

/** Each occurrence of `word` (as written) with the rule's edit that covers it, if any. */
function fakeTrace(input: string, options: RestoreOptions, word: string): WordTrace {
  const result = fakeRestore(input, options);
  const minConfidence = options.minConfidence ?? 0.5;
  const occurrences: OccurrenceTrace[] = [];
  for (let i = input.indexOf(word); i >= 0; i = input.indexOf(word, i + 1)) {
    const span: Span = [i, i + word.length];
    const applied = result.applied.find((e) => e.span[0] <= i && span[1] <= e.span[1]);
    const edit = applied ?? result.suggestions.find((e) => e.span[0] <= i && span[1] <= e.span[1]);
    const outcome: TraceOutcome = applied
      ? { kind: 'applied' }
      : edit?.suggestOnly
        ? { kind: 'suggest only', reasons: [] }
        : { kind: 'below threshold', minConfidence };
    const candidates = edit
      ? [
          {
            span: edit.span,
            actual: edit.actual,
            text: edit.text,
            source: 'dictionary' as const,
            origin: 'fake',
            confidence: edit.confidence,
            outcome,
          },
        ]
      : [];
    occurrences.push({
      span,
      written: word,
      candidates,
      ...(edit ? {} : { note: { kind: 'no entry' } as const }),
    });
  }
  return { word, minConfidence, occurrences, result };
}
