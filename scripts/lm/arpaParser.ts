// Incremental ARPA parser: feed lines one by one (so a 3.8M-line file need not be held as
// strings), then `finish()` returns the model with words numbered and n-grams sorted.
import { ArpaError } from './arpaError.js';
import type { ArpaModel } from './arpaModel.js';

type Section = 'preamble' | 'data' | 1 | 2 | 3 | 'end';

class Column<T extends Uint32Array | Float64Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(Math.max(16, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

const u32 = (n: number): Column<Uint32Array> =>
  new Column(new Uint32Array(n), (m) => new Uint32Array(m));
const f64 = (n: number): Column<Float64Array> =>
  new Column(new Float64Array(n), (m) => new Float64Array(m));

export class ArpaParser {
  /** Non-fatal problems (e.g. a section size that differs from the \\data\\ count). */
  readonly warnings: string[] = [];
  private section: Section = 'preamble';
  private lineNo = 0;
  private readonly declared = new Map<number, number>();
  private readonly words: string[] = [];
  private readonly uniProb: number[] = [];
  private readonly uniBow: number[] = [];
  private ids = new Map<string, number>();
  private vocab: string[] = [];
  private readonly big = { w1: u32(0), w2: u32(0), prob: f64(0), bow: f64(0) };
  private readonly tri = { w1: u32(0), w2: u32(0), w3: u32(0), prob: f64(0) };

  /** Feed the next line of the file. */
  line(raw: string): void {
    this.lineNo++;
    const line = raw.trim();
    if (line === '') return;
    if (line.startsWith('\\')) return this.header(line);
    if (this.section === 'preamble' || this.section === 'end') return;
    if (this.section === 'data') return this.count(line);
    const fields = line.split(/\s+/);
    if (this.section === 1) this.unigram(fields);
    else if (this.section === 2) this.bigram(fields);
    else this.trigram(fields);
  }

  private header(line: string): void {
    if (line === '\\data\\') this.section = 'data';
    else if (line === '\\end\\') {
      this.endSection();
      this.section = 'end';
    } else {
      const m = /^\\(\d)-grams:$/.exec(line);
      if (!m) throw new ArpaError(`unknown section ${line}`, this.lineNo);
      const order = Number(m[1]);
      if (order < 1 || order > 3) throw new ArpaError(`unsupported order ${order}`, this.lineNo);
      this.endSection();
      this.section = order as 1 | 2 | 3;
    }
  }

  private count(line: string): void {
    const m = /^ngram\s+(\d)\s*=\s*(\d+)$/.exec(line);
    if (!m) throw new ArpaError(`bad count line "${line}"`, this.lineNo);
    this.declared.set(Number(m[1]), Number(m[2]));
  }

  private endSection(): void {
    if (this.section === 1) this.numberWords();
    if (typeof this.section === 'number') {
      const got = this.sectionSize(this.section);
      const want = this.declared.get(this.section);
      if (want !== undefined && want !== got) {
        this.warnings.push(
          `${this.section}-grams: the header says ${want}, the section has ${got}`,
        );
      }
    }
  }

  private sectionSize(order: 1 | 2 | 3): number {
    return order === 1 ? this.words.length : order === 2 ? this.big.w1.length : this.tri.w1.length;
  }

  private num(s: string | undefined): number {
    const v = Number(s);
    if (s === undefined || s === '' || Number.isNaN(v))
      throw new ArpaError(`bad number "${s}"`, this.lineNo);
    return v;
  }

  private id(word: string | undefined): number {
    const id = word === undefined ? undefined : this.ids.get(word);
    if (id === undefined) throw new ArpaError(`word "${word}" is not a unigram`, this.lineNo);
    return id;
  }

  private unigram(f: string[]): void {
    if (f.length < 2 || f.length > 3)
      throw new ArpaError('expected: logprob word [bow]', this.lineNo);
    this.uniProb.push(this.num(f[0]));
    this.words.push(f[1]!);
    this.uniBow.push(f.length === 3 ? this.num(f[2]) : 0);
  }

  private numberWords(): void {
    const enc = new TextEncoder();
    const order = this.words.map((w, i) => ({ w, i, b: enc.encode(w) }));
    order.sort((a, b) => compareBytes(a.b, b.b));
    this.vocab = order.map((o) => o.w);
    this.ids = new Map(this.vocab.map((w, i) => [w, i]));
    if (this.ids.size !== this.vocab.length) throw new ArpaError('duplicate unigram');
    const prob = order.map((o) => this.uniProb[o.i]!);
    const bow = order.map((o) => this.uniBow[o.i]!);
    this.uniProb.length = 0;
    this.uniBow.length = 0;
    this.sortedUni = { prob: Float64Array.from(prob), bow: Float64Array.from(bow) };
    const n2 = this.declared.get(2) ?? 0;
    const n3 = this.declared.get(3) ?? 0;
    Object.assign(this.big, { w1: u32(n2), w2: u32(n2), prob: f64(n2), bow: f64(n2) });
    Object.assign(this.tri, { w1: u32(n3), w2: u32(n3), w3: u32(n3), prob: f64(n3) });
  }

  private sortedUni: { prob: Float64Array; bow: Float64Array } | undefined;

  private bigram(f: string[]): void {
    if (f.length < 3 || f.length > 4)
      throw new ArpaError('expected: logprob w1 w2 [bow]', this.lineNo);
    this.big.prob.push(this.num(f[0]));
    this.big.w1.push(this.id(f[1]));
    this.big.w2.push(this.id(f[2]));
    this.big.bow.push(f.length === 4 ? this.num(f[3]) : 0);
  }

  private trigram(f: string[]): void {
    if (f.length !== 4) throw new ArpaError('expected: logprob w1 w2 w3', this.lineNo);
    this.tri.prob.push(this.num(f[0]));
    this.tri.w1.push(this.id(f[1]));
    this.tri.w2.push(this.id(f[2]));
    this.tri.w3.push(this.id(f[3]));
  }

  /** The parsed model. Throws ArpaError when the file was incomplete or inconsistent. */
  finish(): ArpaModel {
    if (this.section !== 'end') throw new ArpaError('missing \\end\\');
    const uni = this.sortedUni;
    if (!uni) throw new ArpaError('no 1-grams section');
    const b = this.big;
    const bo = sortOrder(b.w1.length, [b.w1.view(), b.w2.view()], 'bigram', this.vocab);
    const t = this.tri;
    const to = sortOrder(
      t.w1.length,
      [t.w1.view(), t.w2.view(), t.w3.view()],
      'trigram',
      this.vocab,
    );
    return {
      vocab: this.vocab,
      unigramProb: uni.prob,
      unigramBow: uni.bow,
      bigramW1: permute(b.w1.view(), bo),
      bigramW2: permute(b.w2.view(), bo),
      bigramProb: permute(b.prob.view(), bo),
      bigramBow: permute(b.bow.view(), bo),
      trigramW1: permute(t.w1.view(), to),
      trigramW2: permute(t.w2.view(), to),
      trigramW3: permute(t.w3.view(), to),
      trigramProb: permute(t.prob.view(), to),
    };
  }
}

/** Parse a whole ARPA file given as lines. */
export function parseArpa(lines: Iterable<string>): ArpaModel {
  const parser = new ArpaParser();
  for (const line of lines) parser.line(line);
  return parser.finish();
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function sortOrder(
  n: number,
  keys: Uint32Array[],
  what: string,
  vocab: readonly string[],
): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const cmp = (a: number, b: number): number => {
    for (const k of keys) {
      const d = k[a]! - k[b]!;
      if (d !== 0) return d;
    }
    return 0;
  };
  order.sort(cmp);
  for (let i = 1; i < n; i++) {
    if (cmp(order[i - 1]!, order[i]!) === 0) {
      const words = keys.map((k) => vocab[k[order[i]!]!]).join(' ');
      throw new ArpaError(`duplicate ${what} "${words}"`);
    }
  }
  return order;
}

function permute<T extends Uint32Array | Float64Array>(src: T, order: Uint32Array): T {
  const out = (
    src instanceof Uint32Array ? new Uint32Array(src.length) : new Float64Array(src.length)
  ) as T;
  for (let i = 0; i < order.length; i++) out[i] = src[order[i]!]!;
  return out;
}
