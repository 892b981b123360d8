// `--format patch`: a unified diff of every changed file, with `a/` and `b/` prefixes and paths
// relative to the working directory, so that `git apply` and `patch -p1` take it. Line endings
// are kept as they are (a CRLF file gives CRLF patch lines), and a missing final newline is
// marked `\ No newline at end of file`.
import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from 'diff';
import type { FileReport } from './types.js';

export const PATCH_CONTEXT_LINES = 3;

export function formatPatchFile(file: FileReport): string {
  const { result } = file;
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
  return `diff --git a/${name} b/${name}\n${formatPatch(patch, FILE_HEADERS_ONLY)}`;
}
