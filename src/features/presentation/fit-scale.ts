/**
 * The largest scale in [0, 1] at which content fits, by bisection: `fits(scale)` applies the
 * scale and reports whether nothing overflows. Returns 0 with `fits: false` when even the
 * smallest scale overflows (the caller then lets the area scroll and says so).
 */
export function fitScale(
  fits: (scale: number) => boolean,
  steps = 8,
): { scale: number; fits: boolean } {
  if (fits(1)) return { scale: 1, fits: true };
  if (!fits(0)) return { scale: 0, fits: false };
  let low = 0;
  let high = 1;
  for (let i = 0; i < steps; i++) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  // The last call must leave the content at the scale returned.
  fits(low);
  return { scale: low, fits: true };
}
