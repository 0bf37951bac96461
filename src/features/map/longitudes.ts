/**
 * Longitudes on a circle. A map of the world has a seam somewhere; these put
 * it where the report's countries are not, so Fiji, Russia's far east and a
 * meeting across the Pacific stay whole and close together.
 */

/** [west, east] in degrees, east ≥ west; either may lie beyond ±180. */
export type Interval = readonly [west: number, east: number];

/** What to add to `lon` to bring it into the world centred on `centre`: [centre − 180, centre + 180). */
export function wrapShift(lon: number, centre: number): number {
  const turns = Math.floor((lon - centre + 180) / 360);
  return turns === 0 ? 0 : -360 * turns;
}

/**
 * The shortest arc that covers every interval, its middle in [-180, 180);
 * either end may pass ±180. Null for no intervals.
 */
export function coverLongitudes(intervals: Iterable<Interval>): Interval | null {
  const all = [...intervals];
  if (all.length === 0) return null;
  if (all.some(([west, east]) => east - west >= 360)) return [-180, 180];
  let best: Interval | null = null;
  // The shortest arc starts where one of the intervals starts.
  for (const [start] of all) {
    let east = start;
    for (const [west, end] of all) east = Math.max(east, end + wrapShift(west, start + 180));
    if (!best || east - start < best[1] - best[0] - 1e-9) best = [start, east];
  }
  const [west, east] = best!;
  if (east - west >= 360) return [-180, 180];
  const shift = wrapShift((west + east) / 2, 0);
  return [west + shift, east + shift];
}
