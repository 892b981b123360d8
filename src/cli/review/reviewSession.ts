// The interactive review (-i): file by file, finding by finding, the user decides with one key
// (reviewKeys.ts). Each file's accepted changes make its new result, which the run then writes
// (in place, or under --output); the rest stay suggestions. Built on the Io's terminal, so tests
// drive it with scripted keys.
import type { ChalkInstance } from 'chalk';
import { applyEdits } from '../../core/apply.js';
import { transferCase } from '../../core/case.js';
import { findingsOf, type FileReport, type Finding } from '../../report/types.js';
import type { Edit, RestoreResult } from '../../types.js';
import type { Io, Terminal } from '../io.js';
import { reviewHelp } from './reviewKeys.js';
import { formatFinding, otherAlternatives } from './reviewScreen.js';
import { phraseOf, storable, type Remembered } from './remember.js';

type Decision =
  | { readonly kind: 'accept'; readonly text: string; readonly always?: boolean }
  | { readonly kind: 'reject'; readonly never?: boolean };

/** Where the review stands after a file. */
export type ReviewEnd = 'next' | 'quit' | 'abort';

export interface ReviewedFile {
  readonly file: FileReport;
  readonly end: ReviewEnd;
}

export interface Review {
  /** Reviews one file's findings; the report it returns carries the accepted result. */
  file(file: FileReport): Promise<ReviewedFile>;
  /** What "never" and "always" asked to remember. */
  remembered(): Remembered;
  readonly counts: { accepted: number; rejected: number };
  close(): void;
}

function overlaps(a: Edit, b: Edit): boolean {
  return a.span[0] < b.span[1] && b.span[0] < a.span[1];
}

/** The result with only the accepted changes applied (their text as chosen). */
export function acceptedResult(
  result: RestoreResult,
  findings: readonly Finding[],
  decisions: readonly (Decision | undefined)[],
): RestoreResult {
  const accepted: Edit[] = [];
  const rest: Edit[] = [];
  findings.forEach((f, i) => {
    const d = decisions[i];
    if (d?.kind === 'accept') accepted.push({ ...f.edit, text: d.text });
    else rest.push(f.edit);
  });
  const applied = applyEdits(result.input, accepted);
  return {
    input: result.input,
    output: applied.output,
    applied: applied.applied,
    suggestions: [...rest, ...applied.skipped],
  };
}

interface FileState {
  readonly findings: readonly Finding[];
  readonly decisions: (Decision | undefined)[];
  /** Indexes where the user pressed a deciding key, with the accept-above level before it. */
  readonly history: { index: number; acceptAbove: number | undefined }[];
}

export function createReview(io: Io, chalk: ChalkInstance, minConfidence = 1): Review {
  const terminal: Terminal = io.openTerminal();
  let acceptAbove: number | undefined;
  const counts = { accepted: 0, rejected: 0 };
  const say = (text: string) => io.stdout(text);

  /** Decide by key; resolves to the index to go on from, or an end of the review. */
  async function decide(
    s: FileState,
    i: number,
    path: string,
    text: string,
  ): Promise<number | ReviewEnd> {
    const finding = s.findings[i] as Finding;
    const { edit } = finding;
    const carry = (t: string) => transferCase(edit.actual.split(/\s+/), t);
    const alternatives = otherAlternatives(edit, carry);
    const screen = {
      path,
      text,
      finding,
      position: i + 1,
      count: s.findings.length,
      alternatives,
      minConfidence,
    };
    say(`\n${formatFinding(screen, chalk)}`);
    for (;;) {
      const key = await terminal.readKey();
      const mark = (d: Decision) => {
        say(`${key}\n`);
        s.history.push({ index: i, acceptAbove });
        s.decisions[i] = d;
      };
      if (key === 'y') return (mark({ kind: 'accept', text: edit.text }), i + 1);
      if (key === 'n') return (mark({ kind: 'reject' }), i + 1);
      if (key === 'Y') {
        if (!storable(edit.text))
          say(
            `\n${chalk.yellow('this replacement cannot be stored in a dictionary; y accepts it once')}\n`,
          );
        else return (mark({ kind: 'accept', text: edit.text, always: true }), i + 1);
      } else if (key === 'N') return (mark({ kind: 'reject', never: true }), i + 1);
      else if (/^[1-9]$/.test(key)) {
        const alt = alternatives[Number(key) - 1];
        if (alt !== undefined) return (mark({ kind: 'accept', text: alt }), i + 1);
        say(`\n${chalk.yellow(`no alternative ${key}`)}\n`);
      } else if (key === 'e') {
        say('e\n');
        const line = await terminal.readLine('replacement: ', edit.text);
        if (line !== undefined && line !== '') {
          s.history.push({ index: i, acceptAbove });
          s.decisions[i] = { kind: 'accept', text: line };
          return i + 1;
        }
        say(chalk.dim('(edit cancelled)\n'));
      } else if (key === 'a' || key === 'A') {
        mark({ kind: 'accept', text: edit.text });
        if (key === 'A') acceptAbove = Math.min(acceptAbove ?? 1, edit.confidence);
        if (key === 'a') {
          for (let j = i + 1; j < s.findings.length; j++) {
            s.decisions[j] = { kind: 'accept', text: (s.findings[j] as Finding).edit.text };
          }
          return s.findings.length;
        }
        return i + 1;
      } else if (key === 's') return (say('s\n'), s.findings.length);
      else if (key === 'u') {
        const last = s.history.pop();
        if (last === undefined) say(`\n${chalk.yellow('nothing to undo in this file')}\n`);
        else {
          say(`u\n${chalk.dim('(undone)')}\n`);
          for (let j = last.index; j < s.decisions.length; j++) s.decisions[j] = undefined;
          acceptAbove = last.acceptAbove;
          return last.index;
        }
      } else if (key === 'q') return (say('q\n'), 'quit');
      else if (key === 'ctrl-c') return (say('^C\n'), 'abort');
      else if (key === '?') say(`?\n${reviewHelp()}`);
      else say(`\n${chalk.yellow(`unknown key ${JSON.stringify(key)}: ? for help`)}\n`);
      say(`${formatFinding(screen, chalk).split('\n').pop() ?? ''}`);
    }
  }

  async function reviewFile(file: FileReport): Promise<ReviewedFile> {
    const { result } = file;
    if (!result) return { file, end: 'next' };
    const findings = findingsOf(result);
    if (findings.length === 0) return { file, end: 'next' };
    const s: FileState = { findings, decisions: findings.map(() => undefined), history: [] };
    let end: ReviewEnd = 'next';
    for (let i = 0; i < findings.length;) {
      const edit = (findings[i] as Finding).edit;
      const taken = s.decisions.some(
        (d, j) => j !== i && d?.kind === 'accept' && overlaps((findings[j] as Finding).edit, edit),
      );
      if (s.decisions[i] !== undefined || taken) {
        i++;
        continue;
      }
      if (acceptAbove !== undefined && edit.confidence >= acceptAbove) {
        s.decisions[i] = { kind: 'accept', text: edit.text };
        i++;
        continue;
      }
      const next = await decide(s, i, file.path, result.input);
      if (typeof next !== 'number') {
        end = next;
        break;
      }
      i = next;
    }
    if (end === 'abort')
      return {
        file: {
          path: file.path,
          result: {
            ...result,
            output: result.input,
            applied: [],
            suggestions: findings.map((f) => f.edit),
          },
        },
        end,
      };
    for (const d of s.decisions) {
      if (d === undefined) continue;
      if (d.kind === 'accept') counts.accepted++;
      else counts.rejected++;
    }
    rememberFrom(s);
    return {
      file: { path: file.path, result: acceptedResult(result, findings, s.decisions) },
      end,
    };
  }

  const never: string[] = [];
  const always: { spun: string; text: string }[] = [];
  function rememberFrom(s: FileState): void {
    s.decisions.forEach((d, i) => {
      const edit = (s.findings[i] as Finding).edit;
      if (d?.kind === 'reject' && d.never === true) never.push(phraseOf(edit.actual));
      if (d?.kind === 'accept' && d.always === true)
        always.push({ spun: edit.actual, text: d.text });
    });
  }

  return {
    file: reviewFile,
    remembered: () => ({ never, always }),
    counts,
    close: () => terminal.close(),
  };
}
