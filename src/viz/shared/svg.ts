/** Small helpers to write SVG as text, shared by every chart's render.ts. */
export function esc(value: string | number): string {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** Numbers rounded to 0.1 px: enough for the eye, and stable across machines for snapshots. */
export function r(n: number): string {
  const v = Math.round(n * 10) / 10;
  return Object.is(v, -0) ? '0' : String(v);
}

export function attrs(a: Record<string, string | number | undefined | false>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${esc(v as string | number)}"`)
    .join('');
}

/** The frame every chart shares: an accessible name and description, and a viewBox that scales. */
export function svgFrame(o: {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  body: string;
  className: string;
}): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart ${esc(o.className)}" viewBox="0 0 ${o.width} ${o.height}" aria-labelledby="${esc(o.id)}-title ${esc(o.id)}-desc"><title id="${esc(o.id)}-title">${esc(o.title)}</title><desc id="${esc(o.id)}-desc">${esc(o.desc)}</desc>${o.body}</svg>`;
}

/** A deterministic pseudo-random source (linear congruential), so layouts are the same on every build. */
export function lcg(seed = 42): () => number {
  let s = seed >>> 0;
  return () => (s = (1664525 * s + 1013904223) >>> 0) / 4294967296;
}

/** Checks a chart option once, with a message naming it, instead of failing later in the maths. */
export function checkOption(name: string, value: unknown, ok: boolean): void {
  if (!ok) throw new Error(`invalid ${name}: ${JSON.stringify(value)}`);
}
