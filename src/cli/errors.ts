// Error classes of the command line. Each carries the exit code the process ends with, so that
// `main` maps any failure to a code in one place (see exitCodeFor in run.ts for the policy).
// Per-file I/O problems are not thrown: they are reported and counted (exit 2 at the end).

/** Exit codes: 0 clean (or findings without --check), 1 findings with --check, 2 errors. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
/** The review interrupted by Ctrl-C (128 + SIGINT, as a shell reports it). */
export const EXIT_INTERRUPTED = 130;

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad command line: unknown option, bad value, incompatible options. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT_ERROR);
  }
}

/** A short reason for a failed file operation (`ENOENT` -> `no such file or directory`). */
export function describeFsError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
