// `--format html` (with --report FILE): one self-contained page, no script and nothing fetched.
// The files ranked by verdict, then each file's lines with findings as tracked changes (the spun
// words struck through, the restoration inserted, confidence and source on hover; suggestions
// marked), the files skipped, and the sources of the data credited.
import { confidenceText, plural } from './describeEdit.js';
import { blocksOf, type Block } from './inline.js';
import { LineIndex } from './lines.js';
import { rankFiles, type SkippedFile } from './ranking.js';
import {
  displayPath,
  findingsOf,
  type FileReport,
  type Finding,
  type RunSummary,
} from './types.js';
import { verdictOf, type Verdict } from './verdict.js';

export interface HtmlFile {
  readonly path: string;
  readonly verdict: Verdict;
  readonly findings: number;
  /** The lines with findings, drawn as tracked changes (HTML). */
  readonly body: string;
}

export interface Credit {
  readonly name: string;
  readonly text: string;
}

export interface HtmlReport {
  readonly files: readonly HtmlFile[];
  readonly summary: RunSummary;
  readonly skipped: readonly SkippedFile[];
  readonly credits: readonly Credit[];
  readonly version: string;
  readonly minConfidence: number;
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One line of the text, for a tracked change (a change across lines is drawn on one row). */
function flat(text: string): string {
  return text.replace(/\s*(?:\r\n|\n|\r)\s*/g, ' ');
}

function trackedChange({ edit, applied }: Finding, minConfidence: number): string {
  const what = applied ? 'restored' : `suggestion: ${edit.text}`;
  const title = escapeHtml(
    `${what} · confidence ${confidenceText(edit.confidence, applied, minConfidence)} · ${edit.source}`,
  );
  const spun = escapeHtml(flat(edit.actual));
  if (!applied) return `<mark title="${title}">${spun}</mark>`;
  return `<del title="${title}">${spun}</del><ins title="${title}">${escapeHtml(flat(edit.text))}</ins>`;
}

/** The block's lines as HTML, its findings drawn as tracked changes (as renderBlock does). */
function blockRows(text: string, block: Block, index: LineIndex, minConfidence: number): string[] {
  const end = index.lineEnd(block.lastLine);
  let pos = index.lineStart(block.firstLine);
  let out = '';
  for (const finding of block.findings) {
    const [s, e] = finding.edit.span;
    if (s < pos) continue;
    out += escapeHtml(text.slice(pos, s)) + trackedChange(finding, minConfidence);
    pos = e;
  }
  out += escapeHtml(text.slice(pos, Math.max(pos, end)));
  return out
    .split(/\r\n|\n|\r/)
    .map((line, i) => `<tr><td class="ln">${block.firstLine + i}</td><td>${line}</td></tr>`);
}

/** A file's tracked changes; a suggestion's confidence never shows at the threshold it missed. */
export function htmlFile(file: FileReport, minConfidence = 1): HtmlFile | undefined {
  const { result } = file;
  if (!result) return undefined;
  const findings = findingsOf(result);
  const index = new LineIndex(result.input);
  const gap = '<tr class="gap"><td></td><td></td></tr>';
  let body = '';
  let last = -1;
  for (const block of blocksOf(findings, index)) {
    // a gap row only where lines are left out between two blocks
    if (last >= 0 && block.firstLine > last + 1) body += gap;
    body += blockRows(result.input, block, index, minConfidence).join('');
    last = block.lastLine;
  }
  return {
    path: file.path,
    verdict: verdictOf(result),
    findings: findings.length,
    body: body === '' ? '' : `<table class="text">${body}</table>`,
  };
}

const CSS = `
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.1rem;margin:2rem 0 .5rem}
.meta{color:#666}table{border-collapse:collapse}
table.rank td,table.rank th{padding:.3rem .8rem;border-bottom:1px solid #ddd;text-align:left}
table.rank td.num{text-align:right;font-variant-numeric:tabular-nums}
.v{display:inline-block;padding:0 .5rem;border-radius:.6rem;font-size:.85em;font-weight:600}
.v-spun{background:#fde2e1;color:#a4161a}.v-suspicious{background:#fff3c4;color:#7a5b00}
.v-clean{background:#dff5e1;color:#1e6b2a}
table.text{font:14px/1.6 ui-monospace,monospace;width:100%;background:#fafafa;border:1px solid #e4e4e4}
table.text td{padding:0 .6rem;white-space:pre-wrap;vertical-align:top}
table.text td.ln{color:#999;text-align:right;user-select:none;width:3rem;border-right:1px solid #e4e4e4}
tr.gap td{height:.6rem;border-top:1px dashed #ddd}
del{background:#fde2e1;color:#a4161a}ins{background:#dff5e1;color:#1e6b2a;text-decoration:none;font-weight:600}
mark{background:#fff3c4;text-decoration:underline dotted}
del,ins,mark{cursor:help}ul.credits li{margin:.3rem 0}
`;

function rankingTable(files: readonly HtmlFile[]): string {
  const rows = rankFiles(files).map((f, i) => {
    const v = f.verdict;
    return `<tr><td><span class="v v-${v.level}">${v.level}</span></td><td><a href="#f${i}">${escapeHtml(displayPath(f.path))}</a></td><td class="num">${v.sure}</td><td class="num">${v.density.toFixed(1)}</td><td class="num">${f.findings}</td><td class="num">${v.words}</td></tr>`;
  });
  return `<table class="rank"><tr><th>verdict</th><th>file</th><th>sure findings</th><th>per 1,000 words</th><th>all findings</th><th>words</th></tr>${rows.join('')}</table>`;
}

function fileSection(f: HtmlFile, i: number): string {
  const head = `<h2 id="f${i}">${escapeHtml(displayPath(f.path))} <span class="v v-${f.verdict.level}">${f.verdict.level}</span></h2>`;
  const body = f.body === '' ? '<p class="meta">No findings.</p>' : f.body;
  return `<section>${head}${body}</section>`;
}

export function formatHtmlReport(report: HtmlReport): string {
  const ranked = rankFiles(report.files);
  const s = report.summary;
  const summary = [
    plural(s.files, 'file'),
    plural(s.findings, 'finding'),
    `${s.applied} at or above ${report.minConfidence} (sure)`,
    plural(s.suggestions, 'suggestion'),
    ...(s.errors > 0 ? [plural(s.errors, 'error')] : []),
  ].join(', ');
  const skipped =
    report.skipped.length === 0
      ? ''
      : `<h2>Skipped</h2><ul>${report.skipped.map((k) => `<li>${escapeHtml(k.path)}: ${escapeHtml(k.reason)}</li>`).join('')}</ul>`;
  const credits = report.credits
    .map((c) => `<li><b>${escapeHtml(c.name)}</b>: ${escapeHtml(c.text)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>restore-text report</title><style>${CSS}</style></head><body>
<h1>restore-text report</h1>
<p class="meta">${escapeHtml(summary)}. Struck through: the spun wording; inserted: the restoration; marked: a suggestion. Hover a change for its confidence and source.</p>
<h2>Files by verdict, worst first</h2>
${rankingTable(report.files)}
${ranked.map(fileSection).join('\n')}
${skipped}
<h2>Sources</h2><ul class="credits">${credits}</ul>
<p class="meta">restore-text ${escapeHtml(report.version)}</p>
</body></html>
`;
}
