// Errors and problems of dictionary files. Both name the file and the 1-based line.

/** A malformed dictionary line: the file cannot be used. Message: `FILE:LINE: message`. */
export class DictionaryError extends Error {
  readonly file: string;
  readonly line: number;
  /** The message without the `FILE:LINE: ` prefix. */
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'DictionaryError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** A well-formed but questionable entry, found by validateDictionary. */
export interface DictionaryProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export function formatProblem(problem: DictionaryProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}
