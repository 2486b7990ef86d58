/**
 * Turns a built slides page into one self-contained HTML file: stylesheet and scripts
 * inlined, links into the site turned into plain text (they can't work from a USB stick),
 * and a Content-Security-Policy that allows exactly the inlined code and nothing from
 * any network.
 */
import { createHash } from 'node:crypto';

export interface KitOptions {
  base: string;
  /** Reads a built file by its site path (e.g. /_astro/x.js); undefined when missing. */
  readAsset(path: string): string | undefined;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function makeOfflineKit(html: string, { base, readAsset }: KitOptions): string {
  const sitePath = (url: string) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url);
  const need = (url: string) => {
    const text = readAsset(sitePath(url));
    if (text === undefined) throw new Error(`offline kit: ${url} is referenced but was not built`);
    return text;
  };
  // The page's own CSP lists the inline scripts the generator wrote (Astro hashes them);
  // the kit allows those and the site's script files it inlines, and nothing else, so a
  // script that slipped in from content stays blocked in the kit as it is on the site.
  const pageCsp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const generatorScripts = new Set(/script-src([^;]*)/.exec(pageCsp)?.[1]?.match(/'sha256-[^']+'/g) ?? []);
  let out = html
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
    .replace(/<link rel="icon"[^>]*>/gi, '')
    .replace(/<link rel="stylesheet" href="([^"]+)"\s*\/?>/gi, (_, url: string) => `<style>${need(url)}</style>`)
    .replace(/<script type="module" src="([^"]+)"><\/script>/gi, (_, url: string) => {
      const code = need(url).replace(/<\/script/gi, '<\\/script');
      generatorScripts.add(sha256(code));
      return `<script type="module">${code}</script>`;
    })
    // Links into the site can't be followed offline: keep their text, drop the address.
    .replace(/<a ([^>]*?)href="(\/[^"#]*)"([^>]*)>/g, (_, before: string, _url: string, after: string) =>
      `<a ${before}${after}>`.replace(/\s+>/, '>'),
    )
    .replace(/<a class="skip-link"([^>]*)>/, '<a class="skip-link" href="#deck"$1>');
  const scripts = [...out.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => sha256(m[1]!))
    .filter((hash) => generatorScripts.has(hash));
  const styles = [...out.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1]!));
  const csp = `default-src 'none'; img-src data:; style-src ${styles.join(' ') || "'none'"}; script-src ${scripts.join(' ') || "'none'"}; base-uri 'none'; form-action 'none'`;
  out = out.replace(/<head>/i, `<head><meta http-equiv="content-security-policy" content="${csp}">`);
  return out;
}
