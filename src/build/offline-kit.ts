/**
 * Turns a module's built pages into one self-contained HTML file a trainer can carry on
 * a USB stick: the slides page (with its presenter script, so the speaker window works
 * from file://) plus the learner page, facilitator guide, handout and sources, each a
 * view reached by an in-file link. Stylesheet and script are inlined; a
 * Content-Security-Policy allows exactly those inlined hashes and nothing from any network.
 */
import { createHash } from 'node:crypto';
import { fill, moduleUi, slideUi } from '../i18n/en.ts';
import type { Strings } from '../i18n/strings.ts';
import { escapeHtml } from '../site/html.ts';
export { kitFileName } from '../site/routes.ts';

export interface KitOptions {
  base: string;
  /** Reads a built file by its site path (e.g. /_astro/x.js); undefined when missing. */
  readAsset(path: string): string | undefined;
}

export interface KitPages {
  /** The module's id, so links between its own pages become links between views. */
  id: string;
  /** The kit's language: '' for the default (pages at /modules/), else its code (pages at /<code>/modules/). */
  locale?: string;
  /** The kit's own words in that language (default: English). */
  words?: Pick<Strings, 'moduleUi' | 'slideUi'>;
  title: string;
  slides: string;
  learner: string;
  guide: string;
  handout: string;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const views = [
  { id: 'learn', label: 'learnerPage', page: 'learner' },
  { id: 'guide', label: 'guide', page: 'guide' },
  { id: 'handout', label: 'handout', page: 'handout' },
] as const;

/** The inside of a built page's <main>, without the breadcrumbs and print hint that only make sense on the site. */
export function mainOf(html: string): string {
  const m = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(html);
  if (!m) throw new Error('offline kit: a module page has no <main>');
  return m[1]!.replace(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/, '').replace(/<p class="no-print">[\s\S]*?<\/p>/g, '');
}

/** Gives every id in a view a prefix, and the view's own links and references the same, so views can share one file. */
export function prefixIds(html: string, prefix: string): string {
  return (
    html
      .replace(/\s(id|for)="([^"]+)"/g, (_, attr: string, id: string) => ` ${attr}="${prefix}-${id}"`)
      .replace(
        /\s(aria-labelledby|aria-describedby|aria-controls)="([^"]+)"/g,
        (_, attr: string, ids: string) =>
          ` ${attr}="${ids
            .split(/\s+/)
            .map((id) => `${prefix}-${id}`)
            .join(' ')}"`,
      )
      .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${prefix}-${id}"`)
      // SVG paint and marker references (fill="url(#x)") name ids too.
      .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`)
  );
}

/** The Sources view: the guide's list of works, which covers every source the module cites. */
function sourcesOf(guide: string, none: string): string {
  const m = /<section class="bibliography"[\s\S]*?<\/section>/.exec(guide);
  return m
    ? m[0].replace('<h2 id="bibliography-heading">', '<h2 id="bibliography-heading" hidden>')
    : `<p>${escapeHtml(none)}</p>`;
}

export function makeOfflineKit(pages: KitPages, { base, readAsset }: KitOptions): string {
  const sitePath = (url: string) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url);
  const need = (url: string) => {
    const text = readAsset(sitePath(url));
    if (text === undefined) throw new Error(`offline kit: ${url} is referenced but was not built`);
    return text;
  };
  const w = pages.words?.moduleUi ?? moduleUi;
  const t = pages.words?.slideUi ?? slideUi;
  const moduleRoot = `${base.replace(/\/$/, '')}${pages.locale ? `/${pages.locale}` : ''}/modules/${pages.id}/`;
  // The module's own pages are views of this file.
  const ownViews: Record<string, string> = {
    [moduleRoot]: '#learn',
    [`${moduleRoot}present/`]: '#slides',
    [`${moduleRoot}guide/`]: '#guide',
    [`${moduleRoot}handout/`]: '#handout',
  };
  const body = (html: string, prefix: string) =>
    prefixIds(mainOf(html), prefix).replace(
      /<a [^>]*href="[^"]*-offline\.html"[^>]*>[\s\S]*?<\/a>/g,
      `<span>${escapeHtml(w.kitThisFile)}</span>`,
    );
  // The title is the learner page's heading, already HTML; the kit's own words are escaped.
  const kitTitle = fill(escapeHtml(w.kitTitle), { title: `<strong>${pages.title}</strong>` });
  const nav = `<nav class="kit-nav" id="kit-contents" aria-label="${escapeHtml(w.offlineKit)}"><p class="kit-title">${kitTitle}</p><ul><li><a href="#slides">${escapeHtml(w.slides)}</a></li>${views
    .map((v) => `<li><a href="#${v.id}">${escapeHtml(w[v.label])}</a></li>`)
    .join(
      '',
    )}<li><a href="#sources">${escapeHtml(w.sources)}</a></li></ul><p class="kit-hint">${escapeHtml(w.kitHint)}</p></nav>`;
  const viewHtml = views
    .map(
      (v) =>
        `<section class="kit-view page" id="${v.id}" aria-label="${escapeHtml(w[v.label])}">${body(pages[v.page], v.id)}</section>`,
    )
    .join('');
  const sources = `<section class="kit-view page" id="sources" aria-labelledby="sources-heading"><h1 id="sources-heading">${escapeHtml(w.sources)}</h1>${prefixIds(sourcesOf(pages.guide, w.noSources), 'sources')}</section>`;

  // Each page's own CSP lists the inline scripts the generator wrote (Astro hashes them);
  // the kit allows those and the site's script files it inlines, and nothing else, so a
  // script that slipped in from content stays blocked in the kit as it is on the site.
  const generatorScripts = new Set(
    [pages.slides, pages.learner, pages.guide, pages.handout].flatMap((html) => {
      const pageCsp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
      return /script-src([^;]*)/.exec(pageCsp)?.[1]?.match(/'sha256-[^']+'/g) ?? [];
    }),
  );
  let out = pages.slides
    .replace(/<html /i, '<html data-kit ')
    .replace(
      /<body class="presenter-page">/,
      `<body class="presenter-page kit">${nav}${viewHtml}${sources}<div class="kit-view kit-slides" id="slides">`,
    )
    .replace(/<\/body>/i, '</div></body>')
    .replace(/<a class="skip-link" href="#slide-1">[^<]*<\/a>/, '')
    .replace(
      /<a class="deck-exit" href="[^"]*" data-deck-exit>[^<]*<\/a>/,
      `<a class="deck-exit" href="#kit-contents" data-deck-exit>${escapeHtml(t.kitContents)}</a>`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${fill(escapeHtml(w.kitPageTitle), { title: pages.title })}</title>`)
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
    .replace(/<link rel="(?:icon|canonical)"[^>]*>/gi, '')
    .replace(/<link rel="stylesheet" href="([^"]+)"\s*\/?>/gi, (_, url: string) => `<style>${need(url)}</style>`)
    .replace(/<script type="module" src="([^"]+)"><\/script>/gi, (_, url: string) => {
      const code = need(url).replace(/<\/script/gi, '<\\/script');
      generatorScripts.add(sha256(code));
      return `<script type="module">${code}</script>`;
    });
  out = out.replace(/\shref="([^"#]*)"/g, (whole, url: string) => (ownViews[url] ? ` href="${ownViews[url]}"` : whole));
  // Other links into the site can't be followed offline: keep their text, drop the address.
  // (A span, not an <a> without an address, which would look like a link and do nothing.)
  out = out.replace(/<a [^>]*href="\/[^"#]*"[^>]*>([\s\S]*?)<\/a>/g, '<span class="offline-link">$1</span>');
  const scripts = [...out.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => sha256(m[1]!))
    .filter((hash) => generatorScripts.has(hash));
  const styles = [...out.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1]!));
  const csp = `default-src 'none'; img-src data:; style-src ${styles.join(' ') || "'none'"}; script-src ${scripts.join(' ') || "'none'"}; base-uri 'none'; form-action 'none'`;
  return out.replace(/<head>/i, `<head><meta http-equiv="content-security-policy" content="${csp}">`);
}
