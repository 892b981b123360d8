// `compare --format html`: one self-contained page (inline style, no script, nothing fetched)
// with the similarity, the swaps and the passages side by side, swaps highlighted. Pure.
import type { Mark } from '../compare/compareTexts.js';
import type { CompareReportInput } from './compareJson.js';

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** The text with its marks as <mark class="…">, everything escaped. */
function marked(text: string, marks: readonly Mark[], cls: string): string {
  let out = '';
  let pos = 0;
  for (const [a, b] of [...marks].sort((x, y) => x[0] - y[0])) {
    if (a < pos) continue;
    out += `${escape(text.slice(pos, a))}<mark class="${cls}">${escape(text.slice(a, b))}</mark>`;
    pos = b;
  }
  return out + escape(text.slice(pos));
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222;line-height:1.45}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;vertical-align:top;text-align:left}
th{background:#f3f3f3}td.n{text-align:right}table.passages td{width:50%}
mark.o{background:#c8f0c8}mark.s{background:#f8c8c8}.note{color:#666}`;

export function formatCompareHtml(input: CompareReportInput): string {
  const c = input.comparison;
  const title = `${input.suspect} compared with ${input.original}`;
  const swaps = c.swaps
    .map(
      (s) =>
        `<tr><td>${escape(s.spun)}</td><td>${escape(s.original)}</td><td class="n">${s.count}</td><td class="n">${s.restored}</td></tr>`,
    )
    .join('\n');
  const passages = c.passages
    .map(
      (p) =>
        `<tr><td>${marked(p.original, p.originalMarks, 'o')}</td><td>${marked(p.suspect, p.suspectMarks, 's')}</td></tr>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>${escape(title)}</h1>
<table>
<tr><th></th><th>before</th><th>after restoring the suspect</th></tr>
<tr><th>aligned words</th><td class="n">${pct(c.before.words)}</td><td class="n">${pct(c.after.words)}</td></tr>
<tr><th>shared 5-grams</th><td class="n">${pct(c.before.fiveGrams)}</td><td class="n">${pct(c.after.fiveGrams)}</td></tr>
</table>
<p class="note">Words: original ${c.originalWords}, suspect ${c.suspectWords}. ${c.swapCount} swaps (${c.swaps.length} distinct); the restoration (made without the original, at confidence ${input.minConfidence} or more) applied ${input.restoredEdits} edits.${c.unrelated ? ' The texts share no passage of 3 words or more.' : ''}</p>
<h2>Swaps</h2>
<table>
<tr><th>suspect</th><th>original</th><th>times</th><th>restored</th></tr>
${swaps}
</table>
<h2>Passages</h2>
<table class="passages">
<tr><th>original</th><th>suspect</th></tr>
${passages}
</table>
</body>
</html>
`;
}
