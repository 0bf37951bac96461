/**
 * Build-time only: Douglas–Peucker on the basemap's arcs, in degrees. Shared
 * arcs are simplified once, so neighbouring countries keep identical borders.
 */
export type Point = [number, number];

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export function simplifyLine(line: readonly Point[], tolerance: number): Point[] {
  if (line.length <= 2 || tolerance <= 0) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const distance = distanceToSegment(line[i]!, line[from]!, line[to]!);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([from, farthest], [farthest, to]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/**
 * An arc that closes on itself (an island) is simplified as two halves split
 * at its farthest point, so it keeps at least a triangle and never collapses
 * into a line with no area.
 */
export function simplifyArc(arc: readonly Point[], tolerance: number): Point[] {
  const first = arc[0];
  const last = arc[arc.length - 1];
  const closed = arc.length > 3 && first && last && first[0] === last[0] && first[1] === last[1];
  if (!closed) return simplifyLine(arc, tolerance);
  let split = 1;
  let farthest = -1;
  arc.forEach(([x, y], i) => {
    const distance = Math.hypot(x - first[0], y - first[1]);
    if (distance > farthest) {
      farthest = distance;
      split = i;
    }
  });
  const head = simplifyLine(arc.slice(0, split + 1), tolerance);
  const tail = simplifyLine(arc.slice(split), tolerance);
  const ring = [...head, ...tail.slice(1)];
  if (ring.length >= 4) return ring;
  // Below the tolerance all round: keep the point that gives the most area.
  let widest = 1;
  let widestDistance = -1;
  arc.forEach((point, i) => {
    const distance = distanceToSegment(point, first, arc[split]!);
    if (distance > widestDistance) {
      widestDistance = distance;
      widest = i;
    }
  });
  return widest < split ? [first, arc[widest]!, arc[split]!, first] : [first, arc[split]!, arc[widest]!, first];
}
