/**
 * Follows every internal link and asset from the home page of a served build and
 * reports what does not resolve: missing pages, links that escape the base folder,
 * and #fragments that name no element on their target page.
 */
export interface CrawlResult {
  pages: string[];
  broken: string[];
  escaping: string[];
  badFragments: string[];
}

const attr = /\s(?:href|src)="([^"]*)"/g;
const idAttr = /\sid="([^"]*)"/g;

export async function crawl(origin: string, base: string): Promise<CrawlResult> {
  const start = `${origin}${base}`;
  const queue = [start];
  const seen = new Set(queue);
  const pages: string[] = [];
  const broken: string[] = [];
  const escaping: string[] = [];
  const ids = new Map<string, Set<string>>();
  const fragmentLinks: { from: string; target: string; fragment: string }[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    const res = await fetch(url);
    if (res.status !== 200) {
      broken.push(`${url} (${res.status})`);
      continue;
    }
    if (!(res.headers.get('content-type') ?? '').includes('text/html')) continue;
    // Script bodies are code, not markup: their template strings are not links.
    const html = (await res.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    pages.push(url);
    ids.set(url, new Set([...html.matchAll(idAttr)].map((m) => m[1]!)));
    for (const m of html.matchAll(attr)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      const target = new URL(raw, url);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(base)) {
        escaping.push(`${url} -> ${raw}`);
        continue;
      }
      const page = `${target.origin}${target.pathname}`;
      if (target.hash.length > 1)
        fragmentLinks.push({ from: url, target: page, fragment: decodeURIComponent(target.hash.slice(1)) });
      if (!seen.has(page)) {
        seen.add(page);
        queue.push(page);
      }
    }
  }
  const badFragments = fragmentLinks
    .filter((l) => ids.has(l.target) && !ids.get(l.target)!.has(l.fragment))
    .map((l) => `${l.from} -> ${l.target}#${l.fragment}`);
  return { pages, broken, escaping, badFragments };
}
