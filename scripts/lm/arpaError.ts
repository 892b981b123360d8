/** A malformed ARPA language model file. */
export class ArpaError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `ARPA line ${line}: ${message}`);
    this.name = 'ArpaError';
  }
}
