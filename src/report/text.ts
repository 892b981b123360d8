// The default report: one line per finding (`path:line:col  spun -> restored  (confidence, source)`),
// each followed by a short context snippet with the change drawn inline. Files without findings
// print nothing.
import { describeEdit, explainLines } from './describeEdit.js';
import { inlineStyle } from './inline.js';
import { snippet } from './snippet.js';
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
  const style = inlineStyle(chalk);
  const lines: string[] = [];
  for (const finding of findings) {
    const { edit, applied } = finding;
    const { line, column } = index.position(edit.span[0]);
    const where = chalk.bold(`${displayPath(file.path)}:${line}:${column}`);
    lines.push(`${where}  ${describeEdit(edit, applied, chalk, options.minConfidence)}`);
    lines.push(`${chalk.dim('    | ')}${snippet(result.input, finding, style)}`);
    if (options.explain) lines.push(...explainLines(edit, '    ', chalk));
  }
  return `${lines.join('\n')}\n\n`;
}
