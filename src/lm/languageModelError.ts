/** A language model file that is missing, truncated or not in the expected format. */
export class LanguageModelError extends Error {
  constructor(
    message: string,
    /** The file, when the model was read from one. */
    readonly path?: string,
  ) {
    super(path === undefined ? message : `${message} (${path})`);
    this.name = 'LanguageModelError';
  }
}
