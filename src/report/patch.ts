// `--format patch`: a unified diff of every changed file, with `a/` and `b/` prefixes and paths
// relative to the working directory, so that `git apply` and `patch -p1` take it. Line endings
// are kept as they are (a CRLF file gives CRLF patch lines), and a missing final newline is
// marked `\ No newline at end of file`.
import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from 'diff';
import type { FileReport } from './types.js';

export const PATCH_CONTEXT_LINES = 3;

/**
 * The patch of one file. A section of a long file (file.origin) gives its hunks numbered in the
 * whole file, and the file header only when no earlier section printed it.
 */
export function formatPatchFile(file: FileReport): string {
  const { result, origin } = file;
  if (!result || result.output === result.input) return '';
  const name = file.path === '-' ? '<stdin>' : file.path;
  const patch = structuredPatch(
    `a/${name}`,
    `b/${name}`,
    result.input,
    result.output,
    undefined,
    undefined,
    {
      context: PATCH_CONTEXT_LINES,
    },
  );
  if (origin === undefined) {
    return `diff --git a/${name} b/${name}\n${formatPatch(patch, FILE_HEADERS_ONLY)}`;
  }
  for (const hunk of patch.hunks) {
    hunk.oldStart += origin.line - 1;
    hunk.newStart += origin.line - 1 + origin.lineShift;
  }
  const text = formatPatch(patch, FILE_HEADERS_ONLY);
  if (!origin.continued) return `diff --git a/${name} b/${name}\n${text}`;
  // The hunks only: the file's `---`/`+++` lines were printed with its first changed section.
  return text.slice(text.indexOf('\n@@') + 1);
}
