// `--format github`: GitHub Actions workflow commands, one annotation per finding: a change that
// --write applies is a warning, a suggestion a notice. Values are escaped as the runner expects
// (%, CR and LF everywhere; also : and , in properties).
import { confidenceText } from './describeEdit.js';
import { LineIndex } from './lines.js';
import { findingsOf, type FileReport } from './types.js';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithubFile(file: FileReport, minConfidence?: number): string {
  const { result } = file;
  if (!result) return '';
  const index = new LineIndex(result.input);
  const path = file.path === '-' ? '<stdin>' : file.path;
  return findingsOf(result)
    .map(({ edit, applied }) => {
      const start = index.position(edit.span[0]);
      const end = index.position(edit.span[1]);
      const props = [
        `file=${escapeProperty(path)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(`spun text (${edit.source})`)}`,
      ].join(',');
      const message = `${edit.actual} -> ${edit.text} (confidence ${confidenceText(edit.confidence, applied, minConfidence)}${applied ? '' : ', suggestion'})`;
      return `::${applied ? 'warning' : 'notice'} ${props}::${escapeData(message)}\n`;
    })
    .join('');
}
