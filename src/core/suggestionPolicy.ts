// Which suggestions a reader is shown (RestoreOptions.suggestions). A genuine text gets none: a
// thesaurus offers a synonym for most words, and 5,000 "maybe"s on a novel bury the few that
// matter. In a text that shows spin (RestoreResult.showsSpin), `some` keeps those at
// SOME_CONFIDENCE or more and every dictionary phrase's (flagged entries, quoted mentions,
// entries missing their `and=` terms: specific findings, few in number).
import type { Edit, SuggestionLevel } from '../types.js';

/** The least confidence of a thesaurus or swap suggestion shown at level `some`. */
export const SOME_CONFIDENCE = 0.5;

export function keptSuggestions(
  suggestions: readonly Edit[],
  level: SuggestionLevel,
  showsSpin: boolean,
  fromPhrase: (edit: Edit) => boolean,
): Edit[] {
  if (level === 'all') return [...suggestions];
  if (level === 'none' || !showsSpin) return [];
  return suggestions.filter((e) => e.confidence >= SOME_CONFIDENCE || fromPhrase(e));
}
