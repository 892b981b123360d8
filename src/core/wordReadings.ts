// The readings of a written word as base + suffix: the regular rules, then the irregular lemmas
// of WordNet's exception lists ("went" -> go + past).
import type { Inflections } from '../types.js';
import { regularReadings, type Suffix } from './morphology.js';

export interface Reading {
  readonly base: string;
  readonly suffix: Suffix;
}

export function readings(word: string, inflections?: Inflections): Reading[] {
  const out: Reading[] = regularReadings(word).map(([base, suffix]) => ({ base, suffix }));
  if (inflections !== undefined) {
    for (const base of inflections.lemmas(word, 'noun')) out.push({ base, suffix: 'plural' });
    for (const base of inflections.lemmas(word, 'verb')) {
      const suffix: Suffix = word.endsWith('ing') ? 'ing' : word.endsWith('s') ? 'third' : 'past';
      out.push({ base, suffix });
    }
  }
  return out;
}
