// The allow-list: phrases and words the user has declared genuine (`--allow`, the config's
// `allow`, the review's "never"). Where one occurs (whole words, any case, any run of spaces
// or line breaks between its words) nothing is changed, and no change may overlap it.
import type { Span } from '../types.js';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern for the whole list; undefined when it is empty. */
function allowPattern(allow: readonly string[]): RegExp | undefined {
  const phrases = allow
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/\s+/).map(escapeRegExp).join('\\s+'));
  if (phrases.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export function allowedRanges(text: string, allow: readonly string[] | undefined): Span[] {
  const re = allow === undefined ? undefined : allowPattern(allow);
  if (re === undefined) return [];
  return [...text.matchAll(re)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}
