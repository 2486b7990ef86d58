/**
 * The second line of the content gate: after the build, every HTML, SVG and CSS file in
 * the output is read back and anything that would let a page run code the generator did
 * not write, or tell another server who reads what, fails the build. The first line (the
 * check on content) should make this find nothing; if it ever finds something, a path
 * around the gate exists, and the build stops before anything is published.
 *
 * A script counts as the generator's when it is a file of the build (src="/_astro/…",
 * "/pagefind/…") or an inline script whose hash the page's own Content-Security-Policy
 * lists (Astro hashes the scripts it writes; scripts added by a component go through
 * Astro's CSP hashes too). Content cannot add a hash, so a script from content is refused.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlToHast } from 'satteri';

export const findingKinds = [
  'foreign resource',
  'event handler',
  'javascript: URL',
  'meta refresh',
  'base',
  'script',
] as const;
export type FindingKind = (typeof findingKinds)[number];

export interface Finding {
  file: string;
  kind: FindingKind;
  detail: string;
}

export interface ScanReport {
  files: { html: number; svg: number; css: number };
  findings: Finding[];
  counts: Record<FindingKind, number>;
}

interface Element {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Element[];
  value?: string;
}

/** Scans a built site folder. */
export function scanOutput(dir: string): ScanReport {
  const files = { html: 0, svg: 0, css: 0 };
  const findings: Finding[] = [];
  for (const path of walk(dir)) {
    const file = relative(dir, path);
    if (/\.html?$/i.test(path)) {
      files.html++;
      findings.push(...scanHtml(readFileSync(path, 'utf8'), file));
    } else if (/\.svg$/i.test(path)) {
      files.svg++;
      findings.push(...scanSvg(readFileSync(path, 'utf8'), file));
    } else if (/\.css$/i.test(path)) {
      files.css++;
      findings.push(...scanCss(readFileSync(path, 'utf8'), file));
    }
  }
  const counts = Object.fromEntries(findingKinds.map((k) => [k, 0])) as Record<FindingKind, number>;
  for (const f of findings) counts[f.kind]++;
  return { files, findings, counts };
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const executable = /^(javascript|vbscript|data):/i;
/** A URL that makes the browser contact another origin (or guess one, for //host). */
const foreign = (url: string) => /^([a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(clean(url)) && !/^data:/i.test(clean(url));
const clean = (url: string) => [...url.trim()].filter((c) => c.charCodeAt(0) > 32).join('');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Attributes whose URL the browser fetches as part of the page. */
const resourceProps = ['src', 'srcSet', 'poster', 'data', 'background', 'action', 'formAction', 'ping', 'manifest'];
/** SVG elements (inline in a page) whose href is fetched, not followed. */
const svgFetches = new Set(['image', 'use', 'feImage', 'script']);
/** Attributes whose URL is followed when clicked (fine elsewhere, never executable). */
const linkProps = ['href', 'xLinkHref', 'cite'];

export function scanHtml(html: string, file: string): Finding[] {
  const tree = htmlToHast(html) as unknown as Element;
  const findings: Finding[] = [];
  const add = (kind: FindingKind, detail: string) => findings.push({ file, kind, detail: detail.slice(0, 120) });
  const elements: Element[] = [];
  const collect = (node: Element) => {
    if (node.type === 'element') elements.push(node);
    for (const child of node.children ?? []) collect(child);
    // <template> content sits in its own fragment.
    const content = (node as { content?: Element }).content;
    if (content) collect(content);
  };
  collect(tree);

  const csp = elements.find(
    (e) =>
      e.tagName === 'meta' && String(e.properties?.['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy',
  );
  const scriptSrc = /script-src([^;]*)/i.exec(String(csp?.properties?.['content'] ?? ''))?.[1] ?? '';
  const allowedHashes = new Set(scriptSrc.match(/'sha(256|384|512)-[^']+'/g) ?? []);

  for (const el of elements) {
    const tag = el.tagName ?? '';
    const props = el.properties ?? {};
    for (const [name, raw] of Object.entries(props)) {
      const value = Array.isArray(raw) ? raw.join(' ') : String(raw);
      if (/^on[A-Z]/.test(name) || /^on[a-z]+$/.test(name))
        add('event handler', `<${tag} ${name.toLowerCase()}="${value}">`);
      else if (
        linkProps.includes(name) ||
        resourceProps.includes(name) ||
        (svgFetches.has(tag) && /href$/i.test(name))
      ) {
        const fetched = resourceProps.includes(name) || svgFetches.has(tag);
        for (const url of name === 'srcSet' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value]) {
          if (executable.test(clean(url)) && !(fetched && /^data:image\//i.test(clean(url))))
            add('javascript: URL', `<${tag} ${name}="${url}">`);
          else if (fetched && foreign(url)) add('foreign resource', `<${tag} ${name}="${url}">`);
        }
      } else if (name === 'style') {
        for (const f of scanCss(value, file)) findings.push(f);
      } else if (name === 'srcDoc') {
        add('script', `<${tag} srcdoc> holds a whole page of its own`);
      }
    }
    if (tag === 'link') {
      const rel = String(props['rel'] ?? '').toLowerCase();
      const href = String(props['href'] ?? '');
      // Links that load something (stylesheet, icon, preload, manifest...) must stay on this site.
      if (!/^(canonical|alternate|author|license|help|next|prev|search|me)(\s|$)/.test(rel) && foreign(href))
        add('foreign resource', `<link rel="${rel}" href="${href}">`);
    }
    if (tag === 'meta' && String(props['httpEquiv'] ?? '').toLowerCase() === 'refresh')
      add('meta refresh', `<meta http-equiv="refresh" content="${String(props['content'] ?? '')}">`);
    if (tag === 'base') add('base', `<base href="${String(props['href'] ?? '')}">`);
    if (tag === 'style') for (const f of scanCss(text(el), file)) findings.push(f);
    if (tag === 'script') {
      const type = String(props['type'] ?? '').toLowerCase();
      if (type === 'application/json' || type === 'application/ld+json') continue;
      const src = props['src'];
      if (src !== undefined) continue; // its src was checked with the other resources above
      const body = text(el);
      if (!allowedHashes.has(sha256(body)))
        add('script', `inline <script> not in the page's CSP: ${body.trim().slice(0, 60)}`);
    }
  }
  return findings;
}

function text(el: Element): string {
  return (el.children ?? []).map((c) => (c.type === 'text' ? (c.value ?? '') : text(c))).join('');
}

/** An SVG file: no scripts, handlers, foreignObject or references to other files or origins. */
export function scanSvg(svg: string, file: string): Finding[] {
  const tree = htmlToHast(svg, { fragment: true }) as unknown as Element;
  const findings: Finding[] = [];
  const visit = (el: Element) => {
    if (el.type === 'element') {
      const tag = el.tagName ?? '';
      if (tag === 'script') findings.push({ file, kind: 'script', detail: '<script> in an SVG file' });
      if (tag === 'foreignObject')
        findings.push({ file, kind: 'script', detail: '<foreignObject> in an SVG file can carry HTML' });
      if (tag === 'style') findings.push(...scanCss(text(el), file));
      for (const [name, raw] of Object.entries(el.properties ?? {})) {
        const value = String(raw);
        if (/^on[A-Z]/.test(name))
          findings.push({ file, kind: 'event handler', detail: `<${tag} ${name.toLowerCase()}>` });
        else if (/href$/i.test(name)) {
          if (executable.test(clean(value)))
            findings.push({ file, kind: 'javascript: URL', detail: `<${tag} ${name}="${value}">` });
          else if (foreign(value))
            findings.push({ file, kind: 'foreign resource', detail: `<${tag} ${name}="${value}">` });
        } else if (name === 'style') findings.push(...scanCss(value, file));
      }
    }
    for (const child of el.children ?? []) visit(child);
  };
  visit(tree);
  return findings;
}

/** CSS: every url() and @import must stay on this site (data: images are fine). */
export function scanCss(css: string, file: string): Finding[] {
  const findings: Finding[] = [];
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of noComments.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)) {
    const url = m[2]!;
    if (/^javascript:/i.test(clean(url))) findings.push({ file, kind: 'javascript: URL', detail: `url(${url})` });
    else if (foreign(url)) findings.push({ file, kind: 'foreign resource', detail: `url(${url})` });
  }
  for (const m of noComments.matchAll(/@import\s+(['"])(.*?)\1/gi))
    if (foreign(m[2]!)) findings.push({ file, kind: 'foreign resource', detail: `@import "${m[2]}"` });
  if (/(?<![\w-])(expression\s*\(|behavior\s*:)|-moz-binding/i.test(noComments))
    findings.push({ file, kind: 'script', detail: 'CSS that runs code (expression(), behavior, -moz-binding)' });
  return findings;
}
