// One chalk instance per run, its level decided here from the flags, the environment and the
// terminal (chalk's own detection reads the real process; we must not).
//   --no-color                 -> off
//   FORCE_COLOR=0|false        -> off;  FORCE_COLOR=1|2|3 -> that level;  FORCE_COLOR='' or true -> 1
//   NO_COLOR (non-empty)       -> off
//   stdout not a terminal      -> off
//   terminal: TERM=dumb -> off; COLORTERM=truecolor|24bit -> 3; TERM *256color* -> 2; else 1
import { Chalk, type ChalkInstance, type ColorSupportLevel } from 'chalk';
import type { Io } from './io.js';

export function colorLevel(
  io: Pick<Io, 'env' | 'stdoutIsTTY'>,
  colorFlag: boolean,
): ColorSupportLevel {
  if (!colorFlag) return 0;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const n = Number(force);
    if (n === 0 || n === 1 || n === 2 || n === 3) return n;
    return 1;
  }
  if ((io.env['NO_COLOR'] ?? '') !== '') return 0;
  if (!io.stdoutIsTTY) return 0;
  if (io.env['TERM'] === 'dumb') return 0;
  const colorterm = io.env['COLORTERM'] ?? '';
  if (colorterm === 'truecolor' || colorterm === '24bit') return 3;
  if ((io.env['TERM'] ?? '').includes('256')) return 2;
  return 1;
}

export function makeChalk(io: Pick<Io, 'env' | 'stdoutIsTTY'>, colorFlag: boolean): ChalkInstance {
  return new Chalk({ level: colorLevel(io, colorFlag) });
}
