/** Small helpers to write SVG (and the small-screen HTML forms) as text, shared by every chart's render.ts. */
import { escapeHtml, round1 } from '../../site/html.ts';

export const esc = escapeHtml;

/** Numbers rounded to 0.1 px, as text for attributes. */
export function r(n: number): string {
  return String(round1(n));
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
