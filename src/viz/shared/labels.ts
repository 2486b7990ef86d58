/**
 * Deterministic label placement: each label tries a few positions around its mark, in a
 * fixed order, and takes the first that overlaps no mark, no label already placed and
 * stays inside the frame. Labels are placed in priority order, so when one must go, it is
 * the least important. Greedy like Plot's and the FT's "direct labelling": simple, stable,
 * good enough for tens of labels.
 */
import { textWidth } from './text.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** For obstacles: the mark's id, so a label may touch its own mark's box. */
  id?: string;
}

export interface LabelRequest {
  id: string;
  text: string;
  /** Centre of the mark the label belongs to, and its radius. */
  x: number;
  y: number;
  r: number;
  /** Higher goes first. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  /** Baseline anchor for <text> and its text-anchor. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return (
    a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad
  );
}

export function inside(a: Box, frame: Box): boolean {
  return (
    a.x >= frame.x &&
    a.y >= frame.y &&
    a.x + a.width <= frame.x + frame.width &&
    a.y + a.height <= frame.y + frame.height
  );
}

/**
 * Places as many labels as fit. `size` is the font size; `obstacles` are boxes no label may
 * cover (marks). Returns placed labels by id; a missing id had no room.
 */
export function placeLabels(
  requests: LabelRequest[],
  o: { size: number; frame: Box; obstacles: Box[]; gap?: number },
): Map<string, PlacedLabel> {
  const gap = o.gap ?? 3;
  const h = o.size * 1.2;
  const placed = new Map<string, PlacedLabel>();
  const taken: Box[] = [];
  const sorted = [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const q of sorted) {
    const w = textWidth(q.text, o.size);
    const d = q.r + gap;
    // Baseline sits ~0.8 of the line box below its top.
    const candidates: { x: number; y: number; anchor: PlacedLabel['anchor']; box: Box }[] = [
      { x: q.x, y: q.y + d + h * 0.8, anchor: 'middle', box: { x: q.x - w / 2, y: q.y + d, width: w, height: h } },
      { x: q.x, y: q.y - d - h * 0.2, anchor: 'middle', box: { x: q.x - w / 2, y: q.y - d - h, width: w, height: h } },
      { x: q.x + d, y: q.y + h * 0.3, anchor: 'start', box: { x: q.x + d, y: q.y - h / 2, width: w, height: h } },
      { x: q.x - d, y: q.y + h * 0.3, anchor: 'end', box: { x: q.x - d - w, y: q.y - h / 2, width: w, height: h } },
      { x: q.x + d, y: q.y + d + h * 0.8, anchor: 'start', box: { x: q.x + d, y: q.y + d, width: w, height: h } },
      { x: q.x - d, y: q.y + d + h * 0.8, anchor: 'end', box: { x: q.x - d - w, y: q.y + d, width: w, height: h } },
      { x: q.x + d, y: q.y - d - h * 0.2, anchor: 'start', box: { x: q.x + d, y: q.y - d - h, width: w, height: h } },
      { x: q.x - d, y: q.y - d - h * 0.2, anchor: 'end', box: { x: q.x - d - w, y: q.y - d - h, width: w, height: h } },
    ];
    const fit = candidates.find(
      (c) =>
        inside(c.box, o.frame) &&
        !taken.some((t) => overlaps(c.box, t, 1)) &&
        !o.obstacles.some((t) => t.id !== q.id && overlaps(c.box, t)),
    );
    if (!fit) continue;
    taken.push(fit.box);
    placed.set(q.id, { id: q.id, ...fit });
  }
  return placed;
}
