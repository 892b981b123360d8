// `--format sarif`: SARIF 2.1.0 for code-scanning dashboards. One rule per dictionary in use and
// one (`context`) for the context engine (reversed thesauri, curated spinner swaps weighed by the
// language model, inferred phrases). A change that --write applies is a warning, a suggestion a
// note; each result carries its fix (the replacement), its confidence and its verdict-free
// location (1-based lines and columns in Unicode code points: run.columnKind).
import { confidenceText } from './describeEdit.js';
import { LineIndex } from './lines.js';
import { findingsOf, type FileReport } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const CONTEXT_RULE = 'context';

export interface SarifRuleSource {
  /** Dictionary name (the `source` of its edits). */
  readonly name: string;
  readonly description: string;
}

export interface SarifResult {
  readonly ruleId: string;
  readonly level: 'warning' | 'note';
  readonly message: { readonly text: string };
  readonly locations: readonly unknown[];
  readonly fixes: readonly unknown[];
  readonly properties: { readonly confidence: number; readonly source: string };
}

function region(index: LineIndex, span: readonly [number, number]) {
  const start = index.position(span[0]);
  const end = index.position(span[1]);
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

/** The results of one file; `rules` are the dictionary names (others go to the context rule). */
export function sarifResults(
  file: FileReport,
  rules: ReadonlySet<string>,
  minConfidence?: number,
): SarifResult[] {
  const { result } = file;
  if (!result) return [];
  const index = new LineIndex(result.input);
  const uri = file.path === '-' ? 'stdin' : encodeURI(file.path);
  return findingsOf(result).map(({ edit, applied }) => {
    const artifactLocation = { uri, uriBaseId: '%SRCROOT%' };
    const where = region(index, edit.span);
    const verb = applied ? 'restore' : 'consider';
    return {
      ruleId: rules.has(edit.source) ? edit.source : CONTEXT_RULE,
      level: applied ? 'warning' : 'note',
      message: {
        text: `“${edit.actual}” looks spun: ${verb} “${edit.text}” (confidence ${confidenceText(edit.confidence, applied, minConfidence)}, ${edit.source})`,
      },
      locations: [{ physicalLocation: { artifactLocation, region: where } }],
      fixes: [
        {
          description: { text: `replace with “${edit.text}”` },
          artifactChanges: [
            {
              artifactLocation,
              replacements: [{ deletedRegion: where, insertedContent: { text: edit.text } }],
            },
          ],
        },
      ],
      properties: { confidence: edit.confidence, source: edit.source },
    };
  });
}

export function formatSarif(
  results: readonly SarifResult[],
  rules: readonly SarifRuleSource[],
  version: string,
): string {
  const ruleList = [
    ...rules.map((r) => ({
      id: r.name,
      name: r.name,
      shortDescription: { text: r.description || `phrases of the ${r.name} dictionary` },
      defaultConfiguration: { level: 'warning' },
    })),
    {
      id: CONTEXT_RULE,
      name: CONTEXT_RULE,
      shortDescription: {
        text: 'word swaps found in context: reversed thesauri and spinner swaps weighed by a language model',
      },
      defaultConfiguration: { level: 'warning' },
    },
  ];
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'restore-text', version, semanticVersion: version, rules: ruleList },
        },
        columnKind: 'unicodeCodePoints',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'the working folder' } } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
