// LaTeX: what is not prose. Commands (`\section`, `\\`), comments, math (`$…$`, `$$…$$`,
// `\(…\)`, `\[…\]` and the math environments), verbatim text (`\verb|…|` and the verbatim,
// code and picture environments), `\begin{…}`/`\end{…}`, and the arguments of commands that
// take keys, labels, files or URLs (`\cite{…}`, `\ref{…}`, `\url{…}`, `\includegraphics[…]{…}`).
// The arguments of other commands (`\section{…}`, `\emph{…}`) are prose and are restored.
import type { Span } from '../../types.js';

const VERBATIM_ENVS =
  'verbatim\\*?|Verbatim|lstlisting|minted|alltt|comment|tikzpicture|pgfpicture|filecontents\\*?';
const MATH_ENVS =
  'equation\\*?|align\\*?|alignat\\*?|gather\\*?|multline\\*?|flalign\\*?|eqnarray\\*?|math|displaymath|split';
const ENVIRONMENT = new RegExp(
  `\\\\begin\\{(${VERBATIM_ENVS}|${MATH_ENVS})\\}[\\s\\S]*?(?:\\\\end\\{\\1\\}|$)`,
  'g',
);
const VERB = /\\verb\*?([^A-Za-z\s])[^\n]*?\1/g;
const COMMENT = /(?<!\\)%[^\n]*/g;
const DISPLAY_MATH = /\$\$[\s\S]*?\$\$|\\\[[\s\S]*?\\\]|\\\([\s\S]*?\\\)/g;
const INLINE_MATH = /(?<!\\)\$(?:[^$\\]|\\.)+\$/g;
/** Commands whose arguments (optional and braced) are not prose. */
const KEY_COMMANDS =
  'cite[a-zA-Z]*|ref|eqref|autoref|cref|Cref|pageref|label|url|href|input|include|includegraphics|bibliography|bibliographystyle|usepackage|documentclass|begin|end|newcommand|renewcommand|providecommand|def|nocite|hypersetup|graphicspath|setlength|color|textcolor';
const KEY_ARGS = new RegExp(
  `\\\\(?:${KEY_COMMANDS})(?![A-Za-z])\\*?(?:\\s*\\[[^\\]\\n]*\\])*(?:\\s*\\{[^{}]*(?:\\{[^{}]*\\}[^{}]*)*\\})*`,
  'g',
);
/** A command name (letters, or one other character), with the star of starred forms. */
const COMMAND = /\\(?:[A-Za-z@]+\*?|.)/g;
/** The optional argument of any command (`[width=3cm]`, `[t]`). */
const OPTIONAL_ARG = /(?<=\\[A-Za-z@]+\*?)\[[^\]\n]*\]/g;

function spansOf(text: string, re: RegExp): Span[] {
  return [...text.matchAll(re)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

export function latexRanges(text: string): Span[] {
  if (!text.includes('\\') && !text.includes('$') && !text.includes('%')) return [];
  return [ENVIRONMENT, VERB, COMMENT, DISPLAY_MATH, INLINE_MATH, KEY_ARGS, OPTIONAL_ARG, COMMAND]
    .flatMap((re) => spansOf(text, re))
    .filter(([s, e]) => e > s);
}
