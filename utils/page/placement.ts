/**
 * Where the hover card goes: next to the statement, never on top of it. Pure geometry, so
 * it is tested without a browser.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Size {
  width: number;
  height: number;
}

const GAP = 8;

export function union(rects: readonly Box[]): Box | null {
  const real = rects.filter((r) => r.right > r.left || r.bottom > r.top);
  if (!real.length) return null;
  return {
    left: Math.min(...real.map((r) => r.left)),
    top: Math.min(...real.map((r) => r.top)),
    right: Math.max(...real.map((r) => r.right)),
    bottom: Math.max(...real.map((r) => r.bottom)),
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

/**
 * Top-left corner for a card of `card` size beside the statement drawn as `rects`, inside
 * `viewport`, preferring below, then above, then the sides, and a spot that also leaves
 * `avoid` visible; `anchorX` (the pointer) sets the horizontal position. When the statement fills the viewport, the spot that covers the
 * fewest of its lines wins.
 */
export function placeCard(
  rects: readonly Box[],
  card: Size,
  viewport: Size,
  anchorX?: number,
  /** Other text best left visible (neighbouring statements); given up before `rects` is. */
  avoid: readonly Box[] = [],
): { left: number; top: number } {
  const area = union(rects);
  const maxLeft = viewport.width - card.width - GAP;
  const maxTop = viewport.height - card.height - GAP;
  if (!area) return { left: clamp(anchorX ?? GAP, GAP, maxLeft), top: GAP };
  // Under the pointer when hovering; aligned with the statement's start otherwise.
  const x = clamp(anchorX != null ? anchorX - card.width / 2 : area.left, GAP, maxLeft);
  const y = clamp(area.top, GAP, maxTop);
  const candidates = [
    { left: x, top: area.bottom + GAP }, // below
    { left: x, top: area.top - GAP - card.height }, // above
    { left: area.right + GAP, top: y }, // right
    { left: area.left - GAP - card.width, top: y }, // left
  ];
  const fits = (c: { left: number; top: number }) =>
    c.left >= 0 && c.top >= 0 && c.left + card.width <= viewport.width && c.top + card.height <= viewport.height;
  const box = (c: { left: number; top: number }): Box => ({ ...c, right: c.left + card.width, bottom: c.top + card.height });
  const covers = (c: { left: number; top: number }, boxes: readonly Box[]) => boxes.some((r) => overlaps(box(c), r));
  const clear =
    candidates.find((c) => fits(c) && !covers(c, rects) && !covers(c, avoid)) ??
    candidates.find((c) => fits(c) && !covers(c, rects));
  if (clear) return clear;
  // No clean spot: try the viewport's corners and edges, keep the least intrusive.
  const spots = [
    { left: x, top: GAP },
    { left: x, top: maxTop },
    { left: GAP, top: GAP },
    { left: maxLeft, top: GAP },
    { left: GAP, top: maxTop },
    { left: maxLeft, top: maxTop },
  ].map((c) => ({ left: clamp(c.left, 0, maxLeft), top: clamp(c.top, 0, maxTop) }));
  let best = spots[0];
  let bestCovered = Infinity;
  for (const spot of spots) {
    const covered = rects.filter((r) => overlaps(box(spot), r)).length;
    if (covered < bestCovered) [best, bestCovered] = [spot, covered];
  }
  return best;
}
