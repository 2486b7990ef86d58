/**
 * Rewrites a built page or stylesheet so that it works from any folder: every address that
 * starts with the site's base becomes relative to the file that holds it, and addresses of
 * folders name their index.html. A browser opening the files over file:// and a ZIM reader
 * (where there is no server to turn /x/ into /x/index.html) then find every page and asset.
 */
import { posix } from 'node:path';

/**
 * The relative form of a site address, as seen from the file at `fromFile` (a path inside the
 * build, such as 'tactics/x/index.html'). Addresses outside the base, other schemes and
 * fragments alone are returned unchanged.
 */
export function relativeUrl(fromFile: string, url: string, base: string): string {
  if (!url.startsWith(base) || url.startsWith('//')) return url;
  const rest = url.slice(base.length);
  const cut = rest.search(/[?#]/);
  const path = cut === -1 ? rest : rest.slice(0, cut);
  const tail = cut === -1 ? '' : rest.slice(cut);
  const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  const relative = posix.relative(posix.dirname(fromFile), target) || posix.basename(target);
  return relative + tail;
}

/** The relative address of the site's root folder from a file, e.g. '../../' or './'. */
export function rootFrom(fromFile: string): string {
  const depth = posix.dirname(fromFile) === '.' ? 0 : posix.dirname(fromFile).split('/').length;
  return depth === 0 ? './' : '../'.repeat(depth);
}

const urlAttributes = /(\s(?:href|src|action|poster|data-href)=)"([^"]*)"/g;
const srcsetAttribute = /(\ssrcset=)"([^"]*)"/g;
const jsonBlocks = /(<script type="application\/(?:json|ld\+json)"[^>]*>)([\s\S]*?)(<\/script>)/g;

/** Rewrites the addresses in one HTML file (attributes, srcset, inline CSS and JSON data). */
export function portableHtml(html: string, fromFile: string, base: string): string {
  const rel = (url: string) => relativeUrl(fromFile, url, base);
  return html
    .replace(urlAttributes, (_, attr: string, url: string) => `${attr}"${rel(url)}"`)
    .replace(
      srcsetAttribute,
      (_, attr: string, set: string) =>
        `${attr}"${set
          .split(',')
          .map((part) => part.trim().replace(/^\S+/, (url) => rel(url)))
          .join(', ')}"`,
    )
    .replace(/(\sdata-base=)"[^"]*"/, (_, attr: string) => `${attr}"${rootFrom(fromFile)}"`)
    .replace(/<style([^>]*)>([\s\S]*?)<\/style>/g, (_, attrs: string, css: string) => {
      return `<style${attrs}>${portableCss(css, fromFile, base)}</style>`;
    })
    .replace(jsonBlocks, (_, open: string, json: string, close: string) => {
      // Site addresses inside data (the network explainer's links) are JSON strings.
      const fixed = json.replace(/"(\/[^"\s]*)"/g, (whole, url: string) =>
        url.startsWith(base) ? JSON.stringify(rel(url)) : whole,
      );
      return open + fixed + close;
    });
}

/** Rewrites url(...) and @import addresses in a stylesheet. */
export function portableCss(css: string, fromFile: string, base: string): string {
  return css.replace(
    /url\(\s*(['"]?)([^'")]+)\1\s*\)/g,
    (_, quote: string, url: string) => `url(${quote}${relativeUrl(fromFile, url, base)}${quote})`,
  );
}

/**
 * Takes out the links to pages a copy leaves out, such as the other languages' pages in a
 * one-language ZIM file, so no link in it is broken: their hreflang alternates go, their
 * entries in the language switcher go (and the switcher, once one language is left), and
 * any other link to them becomes its plain text. `prefixes` are addresses as the pages
 * write them, with the base: ['/ar/'].
 */
export function dropLinksTo(html: string, prefixes: readonly string[]): string {
  if (!prefixes.length) return html;
  const gone = (url: string) => prefixes.some((p) => url.startsWith(p));
  return (
    html
      // <link rel="alternate"> may be absolute when site.json names the site's address.
      .replace(/<link\b[^>]*>/g, (tag) => {
        const url = /\shref="([^"]*)"/.exec(tag)?.[1];
        return url && gone(url.replace(/^https?:\/\/[^/]+/, '')) ? '' : tag;
      })
      .replace(/<nav\b[^>]*class="language-switcher[^"]*"[^>]*>[\s\S]*?<\/nav>/g, (nav) => {
        const kept = nav.replace(
          /<li\b[^>]*>\s*<a\b[^>]*\shref="([^"]*)"[^>]*>[\s\S]*?<\/a>\s*<\/li>/g,
          (li, url: string) => (gone(url) ? '' : li),
        );
        return (kept.match(/<li\b/g) ?? []).length > 1 ? kept : '';
      })
      .replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/g, (link, attrs: string, text: string) => {
        const url = /\shref="([^"]*)"/.exec(attrs)?.[1];
        if (!url || !gone(url)) return link;
        // The text keeps its language and direction.
        const kept = (attrs.match(/\s(?:lang|dir)="[^"]*"/g) ?? []).join('');
        return `<span${kept}>${text}</span>`;
      })
  );
}
