// The real terminal of the interactive review: raw-mode key presses from standard input, and a
// line editor (node:readline) for editing a replacement. Only nodeIo uses it.
import { createInterface, emitKeypressEvents } from 'node:readline';
import type { Terminal } from './io.js';

interface KeyInfo {
  readonly name?: string;
  readonly ctrl?: boolean;
}

/** `y`, `A`, `?` as typed; `ctrl-c`, `escape`, `return` by name. */
export function keyName(text: string | undefined, key: KeyInfo | undefined): string {
  if (key?.ctrl === true && key.name === 'c') return 'ctrl-c';
  if (key?.name === 'escape' || key?.name === 'return') return key.name;
  return text ?? key?.name ?? '';
}

export function nodeTerminal(
  stdin: NodeJS.ReadStream = process.stdin,
  stdout: NodeJS.WriteStream = process.stdout,
): Terminal {
  emitKeypressEvents(stdin);
  stdin.setRawMode(true);
  stdin.resume();
  const queue: string[] = [];
  let waiting: ((key: string) => void) | undefined;
  let editing: ((key: string) => void) | undefined;
  const onKey = (text: string | undefined, key: KeyInfo | undefined) => {
    const name = keyName(text, key);
    if (editing) return editing(name);
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w(name);
    } else queue.push(name);
  };
  stdin.on('keypress', onKey);
  return {
    readKey: () => {
      const next = queue.shift();
      return next !== undefined ? Promise.resolve(next) : new Promise((r) => (waiting = r));
    },
    readLine: (prompt, initial) =>
      new Promise((resolve) => {
        const rl = createInterface({ input: stdin, output: stdout, terminal: true });
        const finish = (value: string | undefined) => {
          if (editing === undefined) return;
          editing = undefined;
          rl.close();
          stdin.setRawMode(true);
          stdin.resume();
          resolve(value);
        };
        editing = (name) => {
          if (name === 'escape' || name === 'ctrl-c') {
            stdout.write('\n');
            finish(undefined);
          }
        };
        rl.question(prompt, (answer) => finish(answer));
        rl.write(initial);
      }),
    columns: stdout.columns ?? 80,
    close: () => {
      stdin.off('keypress', onKey);
      stdin.setRawMode(false);
      stdin.pause();
    },
  };
}
