// The progress bar of a long run: on standard error, only when it is a terminal, not with
// --quiet, --interactive or --print, and only once the run has taken a second (a short run
// shows nothing). Files done, MB/s and the time left, by cli-progress, drawn through the Io.
import { SingleBar } from 'cli-progress';
import type { Io } from './io.js';

export interface Progress {
  /** One more file done, of `bytes` bytes. */
  advance(bytes: number): void;
  stop(): void;
}

export const PROGRESS_DELAY_MS = 1000;

/** The terminal stream cli-progress draws on (it writes escape codes through write()). */
function stderrStream(io: Io) {
  return {
    isTTY: true,
    columns: io.stderrColumns ?? 80,
    write: (text: string) => {
      io.stderr(text);
      return true;
    },
  };
}

export function startProgress(
  io: Io,
  show: boolean,
  files: number,
  totalBytes: number,
): Progress | undefined {
  if (!show || !io.stderrIsTTY || files === 0) return undefined;
  const started = io.now();
  let bar: SingleBar | undefined;
  let done = 0;
  let bytes = 0;
  const payload = () => {
    const seconds = Math.max((io.now() - started) / 1000, 0.001);
    return { files: done, totalFiles: files, speed: (bytes / 1048576 / seconds).toFixed(2) };
  };
  return {
    advance: (size) => {
      done++;
      bytes += size;
      if (!bar && io.now() - started >= PROGRESS_DELAY_MS && done < files) {
        bar = new SingleBar({
          format:
            'restore-text {bar} {files}/{totalFiles} files | {speed} MB/s | ETA {eta_formatted}',
          stream: stderrStream(io) as unknown as NodeJS.WritableStream,
          hideCursor: false,
          barCompleteChar: '\u2588',
          barIncompleteChar: '\u2591',
          barsize: 30,
          clearOnComplete: true,
          noTTYOutput: false,
          fps: 5,
          etaBuffer: 20,
          gracefulExit: false,
        });
        bar.start(Math.max(totalBytes, 1), bytes, payload());
      } else bar?.update(bytes, payload());
    },
    stop: () => bar?.stop(),
  };
}
