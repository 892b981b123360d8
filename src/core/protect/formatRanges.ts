// The ranges a text's markup keeps from being restored, by format (Markdown's code spans,
// fenced code and link targets are protected in every format: protect.ts).
import type { Span } from '../../types.js';
import { htmlRanges } from './html.js';
import { latexRanges } from './latex.js';
import type { TextFormat } from './textFormat.js';

export function formatRanges(text: string, format: TextFormat | undefined): Span[] {
  switch (format) {
    case 'html':
      return htmlRanges(text);
    case 'markdown':
      // inline HTML in Markdown: its tags and attributes are markup too
      return htmlRanges(text);
    case 'latex':
      return latexRanges(text);
    default:
      return [];
  }
}
