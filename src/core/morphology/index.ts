// English morphology, used at run time and by the build: inflect a word or phrase (inflect.ts),
// read a written word back to its base (readings.ts), possessives and British spellings.
export * from './inflect.js';
export * from './readings.js';
export { splitPossessive } from './possessive.js';
export { britishVariants } from './britishVariants.js';
export { doublesFinal, regularIng, regularPast, regularPlural } from './spelling.js';
