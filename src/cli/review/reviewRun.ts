// The review in a run: started once, asked per file, and at the end the remembered phrases
// written and a one-line account returned.
import type { ChalkInstance } from 'chalk';
import type { FileReport } from '../../report/types.js';
import type { Io } from '../io.js';
import type { CliOptions } from '../options.js';
import { shownPath } from '../files.js';
import { writeRemembered } from './remember.js';
import { createReview, type ReviewedFile } from './reviewSession.js';

export interface ReviewRun {
  file(file: FileReport): Promise<ReviewedFile>;
  /** Closes the terminal, writes what was remembered; resolves to the closing lines. */
  close(): Promise<string>;
  /** Whether the review was interrupted (Ctrl-C): the run then exits 130, like a shell. */
  aborted(): boolean;
}

export function startReview(io: Io, chalk: ChalkInstance, options: CliOptions): ReviewRun {
  const review = createReview(io, chalk, options.minConfidence);
  let aborted = false;
  return {
    file: async (file) => {
      const reviewed = await review.file(file);
      if (reviewed.end === 'abort') aborted = true;
      return reviewed;
    },
    close: async () => {
      review.close();
      const { accepted, rejected } = review.counts;
      const lines = [
        `\nreview: ${accepted} accepted, ${rejected} rejected${aborted ? ', aborted' : ''}`,
      ];
      if (!aborted) {
        const files = await writeRemembered(io, options.projectDir ?? io.cwd, review.remembered());
        for (const f of files) lines.push(`remembered in ${shownPath(io.cwd, f)}`);
      }
      return `${lines.join('\n')}\n`;
    },
    aborted: () => aborted,
  };
}
