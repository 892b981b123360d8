// The binary layout of a packed n-gram language model (`dictionaries/lm/en-us.bin`).
//
// All numbers are little-endian. The file is a 176-byte header followed by sections, each
// starting on an 8-byte boundary so that typed arrays can view the buffer without copying.
//
// Header:  0  magic "RTLMBIN\0" (8 bytes)
//          8  u32 version            12  u32 order (3)
//         16  u32 vocabulary size V  20  u32 bigram count B
//         24  u32 trigram count T    28  u32 context count C (bigrams with trigrams or a bow)
//         32  u32 idBits (bits of a word id in a packed n-gram entry)
//         36  u32 section count      40  f64 log10 probability of an unknown word (no <unk>)
//         48  section table: per section u32 byte offset, u32 byte length
//
// Words have ids in byte order of their UTF-8 form. A bigram or trigram entry is one u32:
// the low idBits hold the last word's id, the high bits hold the code of its quantized
// log-probability in the section's codebook (f64 values).

export const MAGIC = 'RTLMBIN\0';
export const FORMAT_VERSION = 1;
export const SECTION_TABLE_OFFSET = 48;

/** Sections in file order, with the typed array that views each. */
export const SECTIONS = [
  ['vocabOffsets', 'u32'], // V+1 byte offsets into vocabBytes
  ['vocabBytes', 'u8'], // UTF-8 words, concatenated in id order
  ['unigramProbCodes', 'u16'], // V codes into unigramProbBook
  ['unigramBowCodes', 'u16'], // V codes into unigramBowBook
  ['unigramProbBook', 'f64'],
  ['unigramBowBook', 'f64'],
  ['bigramStart', 'u32'], // V+1: bigrams of w1 are entries [start[w1], start[w1+1])
  ['bigramEntries', 'u32'], // B entries sorted by (w1, w2): w2 | probCode << idBits
  ['bigramProbBook', 'f64'],
  ['contextBits', 'u32'], // ceil(B/32) words: bit i set when bigram i is a context
  ['contextRank', 'u32'], // ceil(B/32): number of contexts before each 32-bit word
  ['contextBowCodes', 'u16'], // C codes into contextBowBook (back-off weight of the bigram)
  ['contextBowBook', 'f64'],
  ['trigramStart', 'u32'], // C+1: trigrams of context c are entries [start[c], start[c+1])
  ['trigramEntries', 'u32'], // T entries sorted by (context, w3): w3 | probCode << idBits
  ['trigramProbBook', 'f64'],
] as const;

/** Header and section table: 48 + 16 * 8 = 176 bytes. */
export const HEADER_BYTES = SECTION_TABLE_OFFSET + 8 * SECTIONS.length;

export type SectionName = (typeof SECTIONS)[number][0];
export type SectionType = (typeof SECTIONS)[number][1];

export const ELEMENT_BYTES: Readonly<Record<SectionType, number>> = {
  u8: 1,
  u16: 2,
  u32: 4,
  f64: 8,
};

export function alignTo8(n: number): number {
  return Math.ceil(n / 8) * 8;
}
