// Read and write golden case files: a comment, then sections `-- NAME --` or
// `-- NAME (FLAG, FLAG) --` (the format of Go's txtar archives, plus flags), each holding the
// bytes of the lines up to the next marker. Flags: `base64` (the section is base64 text: binary
// or non-UTF-8 bytes), `no final newline` (the last line's newline is not part of the content).
// The file is read as bytes (latin1 maps each byte to one character), so CR, a byte order mark
// or escape codes in a section are kept exactly. What the sections mean: see golden.test.ts.

export type SectionFlag = 'base64' | 'no final newline';

export interface Section {
  readonly name: string;
  readonly flags: readonly SectionFlag[];
  readonly bytes: Buffer;
}

export interface CaseFile {
  /** The text before the first marker: what the case shows. */
  readonly comment: string;
  readonly sections: readonly Section[];
}

const MARKER = /^-- (\S+)(?: \(([^)]*)\))? --$/;
const FLAGS: readonly SectionFlag[] = ['base64', 'no final newline'];

function parseFlags(text: string | undefined, line: string): SectionFlag[] {
  if (text === undefined) return [];
  return text.split(',').map((f) => {
    const flag = FLAGS.find((known) => known === f.trim());
    if (flag === undefined) throw new Error(`unknown flag '${f.trim()}' in: ${line}`);
    return flag;
  });
}

function decodeContent(content: string, flags: readonly SectionFlag[], name: string): Buffer {
  if (flags.includes('base64')) return Buffer.from(content.replace(/\s+/g, ''), 'base64');
  if (!flags.includes('no final newline')) return Buffer.from(content, 'latin1');
  if (!content.endsWith('\n')) throw new Error(`section ${name}: empty, or no line to end`);
  return Buffer.from(content.slice(0, -1), 'latin1');
}

export function parseCase(bytes: Buffer): CaseFile {
  const lines = bytes.toString('latin1').match(/[^\n]*\n|[^\n]+$/g) ?? [];
  let comment = '';
  const sections: Section[] = [];
  let open: { name: string; flags: SectionFlag[]; content: string } | undefined;
  const close = () => {
    if (open) sections.push({ ...open, bytes: decodeContent(open.content, open.flags, open.name) });
  };
  for (const raw of lines) {
    const line = raw.endsWith('\n') ? raw : `${raw}\n`;
    const marker = MARKER.exec(line.slice(0, -1));
    if (marker) {
      close();
      open = { name: marker[1] ?? '', flags: parseFlags(marker[2], line.trim()), content: '' };
    } else if (open) open.content += line;
    else comment += line;
  }
  close();
  return { comment, sections };
}

/** A section holding these bytes, with the flags they need to be written back exactly. */
export function sectionFor(name: string, bytes: Buffer): Section {
  const text = bytes.toString('latin1');
  const looksLikeMarker = text.split('\n').some((line) => MARKER.test(line));
  let utf8 = true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    utf8 = false;
  }
  if (!utf8 || bytes.includes(0) || looksLikeMarker) return { name, flags: ['base64'], bytes };
  const lastNewline = bytes.length === 0 || text.endsWith('\n');
  return { name, flags: lastNewline ? [] : ['no final newline'], bytes };
}

function encodeContent(section: Section): string {
  if (section.flags.includes('base64')) {
    const b64 = section.bytes.toString('base64');
    return b64 === '' ? '' : `${(b64.match(/.{1,76}/g) ?? []).join('\n')}\n`;
  }
  const text = section.bytes.toString('latin1');
  if (section.flags.includes('no final newline')) return `${text}\n`;
  if (text !== '' && !text.endsWith('\n'))
    throw new Error(`section ${section.name}: no final newline`);
  return text;
}

export function serializeCase(file: CaseFile): Buffer {
  let out = file.comment === '' || file.comment.endsWith('\n') ? file.comment : `${file.comment}\n`;
  for (const s of file.sections) {
    const flags = s.flags.length > 0 ? ` (${s.flags.join(', ')})` : '';
    out += `-- ${s.name}${flags} --\n${encodeContent(s)}`;
  }
  return Buffer.from(out, 'latin1');
}
