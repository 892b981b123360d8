// x held inside [lo, hi]: the decoder's features and the spinner decision bound their evidence.

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
