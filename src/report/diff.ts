// The review view: for each file, every line with a finding, applied edits drawn as deletion +
// insertion and suggestions marked, each followed by the edit's confidence and source
// (with --explain: the alternatives considered and the reasons).
import { describeEdit, explainLines } from './describeEdit.js';
import { blocksOf, gutter, inlineStyle, renderBlock } from './inline.js';
import {
  displayPath,
  findingsOf,
  lineIndexOf,
  type FileReport,
  type ReportOptions,
} from './types.js';

export function formatDiffFile(file: FileReport, options: ReportOptions): string {
  const { result } = file;
  if (!result) return '';
  const findings = findingsOf(result);
  if (findings.length === 0) return '';
  const { chalk } = options;
  const index = lineIndexOf(file);
  const blocks = blocksOf(findings, index);
  const width = String(blocks[blocks.length - 1]?.lastLine ?? 0).length;
  const style = inlineStyle(chalk);
  const blank = chalk.dim(gutter(undefined, width));
  // A later section of a long file goes on under the header its first section printed.
  const lines = file.origin?.continued === true ? [] : [chalk.bold(displayPath(file.path))];
  for (const block of blocks) {
    for (const drawn of renderBlock(result.input, block, index, style)) {
      lines.push(chalk.dim(gutter(drawn.line, width)) + drawn.text);
    }
    for (const { edit, applied } of block.findings) {
      const { line, column } = index.position(edit.span[0]);
      lines.push(
        `${blank}  ${chalk.dim(`${line}:${column}`)} ${describeEdit(edit, applied, chalk, options.minConfidence)}`,
      );
      if (options.explain) {
        lines.push(...explainLines(edit, '    ', chalk).map((l) => blank + l));
      }
    }
  }
  return `${lines.join('\n')}\n\n`;
}
