/** Small helpers for the bench and eval tables: medians and fixed-width columns. */

/** Median of the finite values (NaN when there are none). */
export function median(values: readonly number[]): number {
  const s = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A column of width n: padded, or kept whole with one space when it is longer. */
export function pad(value: string | number, n: number): string {
  const t = String(value);
  return t.length >= n ? `${t} ` : t + ' '.repeat(n - t.length);
}

/** Milliseconds with one decimal, or a dash when unknown. */
export function ms(x: number | null): string {
  return x === null || !Number.isFinite(x) ? '—' : x.toFixed(1);
}
