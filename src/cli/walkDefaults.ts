// Defaults of the folder walk and of --backup, shown in --help without loading anything else.

/** Extensions read when walking a folder (files named on the command line are always read). */
export const DEFAULT_EXTENSIONS: readonly string[] = [
  'txt',
  'text',
  'md',
  'markdown',
  'mdx',
  'rst',
  'adoc',
  'asciidoc',
  'org',
  'tex',
  'latex',
  'ltx',
  'html',
  'htm',
  'xhtml',
];

export const DEFAULT_BACKUP_SUFFIX = '.orig';
