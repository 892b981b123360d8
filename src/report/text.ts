// The default report: one line per finding (`path:line:col  spun -> restored  (confidence, source)`),
// then the changed lines with the applied edits drawn inline. Files without findings print nothing.
import { describeEdit, explainLines } from './describeEdit.js';
import { blocksOf, gutter, inlineStyle, renderBlock } from './inline.js';
import {
  displayPath,
  findingsOf,
  lineIndexOf,
  type FileReport,
  type ReportOptions,
} from './types.js';

export function formatTextFile(file: FileReport, options: ReportOptions): string {
  const { result } = file;
  if (!result) return '';
  const findings = findingsOf(result);
  if (findings.length === 0) return '';
  const { chalk } = options;
  const index = lineIndexOf(file);
  const lines: string[] = [];
  for (const { edit, applied } of findings) {
    const { line, column } = index.position(edit.span[0]);
    const where = chalk.bold(`${displayPath(file.path)}:${line}:${column}`);
    lines.push(`${where}  ${describeEdit(edit, applied, chalk)}`);
    if (options.explain) lines.push(...explainLines(edit, '    ', chalk));
  }
  const changed = findings.filter((f) => f.applied);
  const blocks = blocksOf(changed, index);
  const width = String(blocks[blocks.length - 1]?.lastLine ?? 0).length;
  const style = inlineStyle(chalk);
  for (const block of blocks) {
    renderBlock(result.input, block, index, style).forEach((text, i) => {
      lines.push(chalk.dim(gutter(block.firstLine + i, width)) + text);
    });
  }
  return `${lines.join('\n')}\n\n`;
}
