// The progress bar of a long run: on standard error, only when it is a terminal, not with
// --quiet, --interactive or --print, and only once the run has taken a second (a short run
// shows nothing). Files done, speed (MB/s, kB/s below 1 MB/s) and the time left at that speed,
// drawn by cli-progress through the Io.
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

/** `2.41 MB/s`, or `5.2 kB/s` below 1 MB/s (prose is small). */
export function speedText(bytesPerSecond: number): string {
  const mb = bytesPerSecond / 1048576;
  return mb >= 1 ? `${mb.toFixed(2)} MB/s` : `${(bytesPerSecond / 1024).toFixed(1)} kB/s`;
}

/** `45s`, `3m 05s`, `1h 02m`. */
export function durationText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
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
    const rate = bytes / seconds;
    return {
      files: done,
      totalFiles: files,
      speed: speedText(rate),
      left: rate > 0 ? durationText((totalBytes - bytes) / rate) : '?',
    };
  };
  return {
    advance: (size) => {
      done++;
      bytes += size;
      if (!bar && io.now() - started >= PROGRESS_DELAY_MS && done < files) {
        bar = new SingleBar({
          format: 'restore-text {bar} {files}/{totalFiles} files | {speed} | ETA {left}',
          stream: stderrStream(io) as unknown as NodeJS.WritableStream,
          hideCursor: false,
          barCompleteChar: '\u2588',
          barIncompleteChar: '\u2591',
          barsize: 30,
          clearOnComplete: true,
          noTTYOutput: false,
          fps: 5,
          gracefulExit: false,
        });
        bar.start(Math.max(totalBytes, 1), bytes, payload());
      } else bar?.update(bytes, payload());
    },
    stop: () => bar?.stop(),
  };
}
