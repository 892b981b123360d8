// `--format patch`: a unified diff of every changed file. A file inside the working folder is
// named by its path from there with `a/` and `b/` prefixes, so that `git apply` and `patch -p1`
// take it. A file outside it is named by its absolute path, without prefixes (`a/../x` is
// applied by nothing): `git apply -p0 --unsafe-paths` and `patch -p1 -d /` take those (GNU
// patch refuses absolute names with -p0). Line endings are kept as they are (a CRLF file gives
// CRLF patch lines), and a missing final newline is marked `\ No newline at end of file`.
import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from 'diff';
import { posix } from 'node:path';
import type { FileReport } from './types.js';

export const PATCH_CONTEXT_LINES = 3;

/** The old and new names of a file in the patch; `cwd` is the working folder (`/`-separated). */
export function patchNames(path: string, cwd: string): [string, string] {
  if (path === '-') return ['a/<stdin>', 'b/<stdin>'];
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return [path, path];
  if (path === '..' || path.startsWith('../')) {
    const abs = posix.resolve(cwd, path);
    return [abs, abs];
  }
  return [`a/${path}`, `b/${path}`];
}

/**
 * The patch of one file. A section of a long file (file.origin) gives its hunks numbered in the
 * whole file, and the file header only when no earlier section printed it.
 */
export function formatPatchFile(file: FileReport, cwd = '/'): string {
  const { result, origin } = file;
  if (!result || result.output === result.input) return '';
  const [from, to] = patchNames(file.path, cwd);
  const patch = structuredPatch(from, to, result.input, result.output, undefined, undefined, {
    context: PATCH_CONTEXT_LINES,
  });
  if (origin === undefined)
    return `diff --git ${from} ${to}\n${formatPatch(patch, FILE_HEADERS_ONLY)}`;
  for (const hunk of patch.hunks) {
    hunk.oldStart += origin.line - 1;
    hunk.newStart += origin.line - 1 + origin.lineShift;
  }
  const text = formatPatch(patch, FILE_HEADERS_ONLY);
  if (!origin.continued) return `diff --git ${from} ${to}\n${text}`;
  // The hunks only: the file's `---`/`+++` lines were printed with its first changed section.
  return text.slice(text.indexOf('\n@@') + 1);
}
