/** The one HTML escaper for text written into markup as strings (SVG, tables, rich text). */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => entities[c]!);
}

/** Numbers rounded to 0.1: enough for the eye, and stable across machines for snapshots. */
export function round1(n: number): number {
  const v = Math.round(n * 10) / 10;
  return Object.is(v, -0) ? 0 : v;
}
