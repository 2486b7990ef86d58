/** Small helpers to write SVG (and the small-screen HTML forms) as text, shared by every chart's render.ts. */
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
  /** Drawn at its own size (never scaled up) instead of filling the frame's width. */
  natural?: boolean;
}): string {
  const size = o.natural ? ` width="${o.width}" height="${o.height}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart ${esc(o.className)}${o.natural ? ' chart-natural' : ''}" viewBox="0 0 ${o.width} ${o.height}"${size} aria-labelledby="${esc(o.id)}-title ${esc(o.id)}-desc"><title id="${esc(o.id)}-title">${esc(o.title)}</title><desc id="${esc(o.id)}-desc">${esc(o.desc)}</desc>${o.body}</svg>`;
}
