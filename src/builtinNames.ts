// Names of the built-in phrase dictionaries (files dictionaries/<name>.tsv). Its own module, so
// that the command line can tell `--no-builtin NAME` from `--no-builtin PATH` without loading
// the engine.
export const BUILTIN_DICTIONARIES: readonly string[] = [
  'tortured-phrases',
  'news-spinner',
  'news-spinner-words',
  'wordnet-spinner',
];
