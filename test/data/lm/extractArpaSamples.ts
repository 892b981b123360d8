// Writes test/data/lm/fixtures/arpa-samples.txt: sample queries over the CMU Sphinx ARPA model and
// every raw ARPA line their back-off arithmetic needs (an n-gram missing from the fixture is
// missing from the ARPA). Deterministic: samples are evenly spaced lines of the file.
//
//   npx tsx test/data/lm/extractArpaSamples.ts [path/to/cmusphinx-en-us.arpa.gz]
import { writeFileSync } from 'node:fs';
import { arpaLines } from '../../../scripts/lm/arpaLines.js';
import { packageRoot } from '../../../src/paths.js';

const UNKNOWN = 'qzxjvkw';
const input = process.argv[2] ?? `${packageRoot()}/../shared/data/lm/cmusphinx-en-us.arpa.gz`;

const lines: Map<string, string>[] = [new Map(), new Map(), new Map()];
const order: string[][] = [[], [], []];
const bigramsOf = new Map<string, string[]>();
let section = 0;
for await (const raw of arpaLines(input)) {
  const m = /^\\(\d)-grams:$/.exec(raw);
  if (m) section = Number(m[1]);
  else if (raw.startsWith('\\')) section = 0;
  if (section === 0 || m || raw.trim() === '') continue;
  const f = raw.trim().split(/\s+/);
  const key = f.slice(1, section + 1).join(' ');
  lines[section - 1]!.set(key, raw);
  order[section - 1]!.push(key);
  if (section === 2) {
    const list = bigramsOf.get(f[1]!) ?? [];
    list.push(f[2]!);
    bigramsOf.set(f[1]!, list);
  }
}
if (lines[0]!.has(UNKNOWN)) throw new Error(`${UNKNOWN} is in the vocabulary`);

const every = <T>(list: T[], n: number): T[] =>
  Array.from({ length: n }, (_, i) => list[Math.floor(((i + 0.5) * list.length) / n)]!);
const has = (n: number, key: string): boolean => lines[n - 1]!.has(key);
const unigrams = every(order[0]!, 40).filter((w) => w !== '<s>');
const queries: [string, string[], string][] = [];

for (const tri of every(order[2]!, 12)) {
  const [w1, w2, w3] = tri.split(' ') as [string, string, string];
  queries.push(['trigram', [w1, w2], w3]);
  const viaBigram = (bigramsOf.get(w2) ?? []).find((x) => !has(3, `${w1} ${w2} ${x}`));
  if (viaBigram) queries.push(['bigram-backoff', [w1, w2], viaBigram]);
  const viaUnigram = unigrams.find((x) => !has(2, `${w2} ${x}`));
  if (viaUnigram) queries.push(['unigram-backoff', [w1, w2], viaUnigram]);
}
for (const tri of every(
  order[2]!.filter((k) => k.startsWith('<s> ')),
  6,
)) {
  const [, w2, w3] = tri.split(' ') as [string, string, string];
  queries.push(['bos-trigram', ['<s>', w2], w3]);
  queries.push(['bos-bigram', ['<s>'], w2]);
  const other = unigrams.find((x) => !has(3, `<s> ${w2} ${x}`));
  if (other) queries.push(['bos-backoff', ['<s>', w2], other]);
  queries.push(['end', [w2, w3], '</s>']);
}
for (const w of every(unigrams, 6)) {
  queries.push(['unknown-word', ['<s>', w], UNKNOWN]);
  queries.push(['unknown-history', [UNKNOWN, w], unigrams[0]!]);
  queries.push(['unknown-middle', [w, UNKNOWN], unigrams[1]!]);
  queries.push(['no-history', [], w]);
}

const needed = new Set<string>();
for (const [, h, w] of queries) {
  const words = [...h, w];
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= words.length; i++)
      needed.add(`${n}\t${words.slice(i, i + n).join(' ')}`);
  }
}
const out = [
  `# Sample n-gram queries over ${input.split('/').pop()} and the raw ARPA lines they need,`,
  '# written by test/data/lm/extractArpaSamples.ts. An n-gram that is not listed is absent from the',
  '# ARPA file. Lines: `query <TAB> kind <TAB> history words <TAB> word` and `<order> <TAB> ARPA line`.',
  ...queries.map(([kind, h, w]) => `query\t${kind}\t${h.join(' ')}\t${w}`),
  ...[...needed].sort().flatMap((k) => {
    const [n, key] = k.split('\t') as [string, string];
    const line = lines[Number(n) - 1]!.get(key);
    return line === undefined ? [] : [`${n}\t${line}`];
  }),
];
const target = new URL('fixtures/arpa-samples.txt', import.meta.url);
writeFileSync(target, out.join('\n') + '\n');
console.log(`wrote ${queries.length} queries, ${out.length - queries.length - 3} ARPA lines`);
