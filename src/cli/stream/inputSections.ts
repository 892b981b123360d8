// An input's text, section by section (src/core/sections.ts): a file is read in chunks and cut as
// it comes, so a long file is never held whole; what a section says is restored and reported
// before the next is read. Binary and non-UTF-8 files are found before any section is given out
// (a first pass reads the file through; a file of one chunk is read once).
import { lineBreaks, sectionLength, SECTION_MAX } from '../../core/sections.js';
import { BINARY_REASON, decodeText, NOT_UTF8_REASON } from '../textEncoding.js';
import type { Input } from '../files.js';
import type { Io } from '../io.js';

export interface Section {
  readonly text: string;
  /** Offset of its first character in the file. */
  readonly offset: number;
  /** Its first line's number in the file. */
  readonly line: number;
}

export type InputText =
  | { readonly ok: true; readonly sections: AsyncIterable<Section> }
  | { readonly ok: false; readonly binary: boolean; readonly reason: string };

/** Cuts decoded text into sections as it arrives (`final`: no more text comes). */
class SectionCutter {
  private buffer = '';
  private offset = 0;
  private line = 1;
  private given = false;

  /** Sections complete once `text` is added. */
  add(text: string, final: boolean): Section[] {
    this.buffer += text;
    const out: Section[] = [];
    while (this.buffer.length > SECTION_MAX || (final && (this.buffer !== '' || !this.given))) {
      const length = sectionLength(this.buffer, final);
      const section = this.buffer.slice(0, length);
      out.push({ text: section, offset: this.offset, line: this.line });
      this.given = true;
      this.buffer = this.buffer.slice(length);
      this.offset += length;
      this.line += lineBreaks(section);
    }
    return out;
  }
}

/** The sections of a text held whole. */
export function sectionsOf(text: string): Section[] {
  return new SectionCutter().add(text, true);
}

async function* fromChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Section> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const cutter = new SectionCutter();
  for await (const chunk of chunks) {
    yield* cutter.add(decoder.decode(chunk, { stream: true }), false);
  }
  yield* cutter.add(decoder.decode(), true);
}

async function* fromArray(sections: readonly Section[]): AsyncGenerator<Section> {
  yield* sections;
}

/**
 * Checks the whole file (no NUL byte, valid UTF-8); its text when it was one chunk, undefined
 * when it must be read again to be cut.
 */
async function check(
  chunks: AsyncIterable<Uint8Array>,
): Promise<InputText | { readonly ok: true; readonly text: string | undefined }> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let text: string | undefined;
  let count = 0;
  try {
    for await (const chunk of chunks) {
      if (chunk.includes(0)) return { ok: false, binary: true, reason: BINARY_REASON };
      const decoded = decoder.decode(chunk, { stream: true });
      text = count++ === 0 ? decoded : undefined;
    }
    const rest = decoder.decode();
    return { ok: true, text: count <= 1 ? (text ?? '') + rest : undefined };
  } catch (err) {
    if (err instanceof TypeError) return { ok: false, binary: false, reason: NOT_UTF8_REASON };
    throw err;
  }
}

/** The input's text in sections, or why it is not text. Rejects when it cannot be read. */
export async function inputText(io: Io, input: Input): Promise<InputText> {
  const readChunks = io.readFileChunks?.bind(io);
  if (input.abs === undefined || readChunks === undefined) {
    const bytes = input.abs === undefined ? await io.readStdin() : await io.readFile(input.abs);
    const decoded = decodeText(bytes);
    return decoded.ok ? { ok: true, sections: fromArray(sectionsOf(decoded.text)) } : decoded;
  }
  const abs = input.abs;
  const checked = await check(readChunks(abs));
  if (!checked.ok) return checked;
  if ('sections' in checked) return checked;
  const { text } = checked;
  return {
    ok: true,
    sections: text !== undefined ? fromArray(sectionsOf(text)) : fromChunks(readChunks(abs)),
  };
}
