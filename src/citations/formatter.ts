/**
 * References and notes formatted by citeproc-js (the CSL processor Zotero uses) with a
 * CSL style and locale shipped in an npm package, read from node_modules at build time.
 * One engine holds every source of the site, so year suffixes (2024a, 2024b) and the
 * sort order are the same on every page.
 */
import CSL from 'citeproc';
import styles from '@citation-js/plugin-csl/lib/styles.json' with { type: 'json' };
import type { CitationItem } from './citations.ts';
import type { CslItem } from './csl-items.ts';
import { cslLocale, cslLocaleTag } from './csl-locales.ts';
import { type CitationStyleName, citationStyles } from './styles.ts';

export { type CitationStyleName, citationStyles };

export interface FormattedReference {
  key: string;
  /** Safe HTML: only <i>, <b>, <sup>, <sub>, <span class> and <a href> to http(s) addresses. */
  html: string;
  text: string;
}

export interface Formatter {
  /** Full references of these keys (all when omitted), in the style's order. */
  bibliography(keys?: Iterable<string>): FormattedReference[];
  /** One full reference. */
  reference(key: string): FormattedReference;
  /** The short form of a citation, e.g. "Cottiero, 2024a, p. 5" (no parentheses). */
  short(key: string, locator?: string): string;
  /**
   * One item's reference formatted on its own, as if no other item existed. `item`, if
   * given, is formatted instead of the stored one; its id must be new (citeproc keeps the
   * first item it saw under an id).
   */
  standalone(key: string, item?: CslItem): FormattedReference;
}

/** "p. 5" -> { label: page, locator: 5 }: CSL prints the label in the style's words. */
const labels: [RegExp, string][] = [
  [/^(?:pp?\.?|pages?)\s*/i, 'page'],
  [/^(?:ch(?:ap)?\.?|chapters?)\s*/i, 'chapter'],
  [/^(?:§§?|sec(?:t)?\.?|sections?)\s*/i, 'section'],
  [/^(?:¶¶?|paras?\.?|paragraphs?)\s*/i, 'paragraph'],
  [/^(?:figs?\.?|figures?)\s*/i, 'figure'],
  [/^(?:vols?\.?|volumes?)\s*/i, 'volume'],
  [/^(?:nn?\.|notes?)\s*/i, 'note'],
  [/^(?:ll?\.|lines?)\s*/i, 'line'],
];

export function parseLocator(locator: string): { locator: string; label?: string } {
  for (const [re, label] of labels) if (re.test(locator)) return { locator: locator.replace(re, ''), label };
  return /^\d/.test(locator) ? { locator, label: 'page' } : { locator: '', label: '' };
}

/**
 * citeproc writes formatting as style attributes, which the site's Content-Security-Policy
 * refuses; they become classes. Web addresses become links.
 */
export function tidyHtml(html: string): string {
  return html
    .replace(/^\s*<div class="csl-entry">|<\/div>\s*$/g, '')
    .replace(/<span style="font-style:normal;">/g, '<span class="csl-roman">')
    .replace(/<span style="font-variant:small-caps;">/g, '<span class="small-caps">')
    .replace(/<span style="font-weight:normal;">/g, '<span class="csl-light">')
    .replace(/<span style="[^"]*">/g, '<span>')
    .replace(/ style="[^"]*"/g, '')
    .replace(/\bhttps?:\/\/[^\s<]+[^\s<.,;:)]/g, (url) => `<a href="${url}">${url}</a>`)
    .trim();
}

export function createFormatter(
  items: readonly CslItem[],
  styleName: CitationStyleName = 'apa',
  lang = 'en-US',
): Formatter {
  const byKey = new Map(items.map((i) => [i.id, i]));
  const style = styles[citationStyles[styleName]];
  if (!style) throw new Error(`invalid citation style: ${styleName}`);
  // The page's language picks the CSL terms ("et al." / "и др."); forced, so a style's own
  // default-locale cannot override it.
  const locale = cslLocaleTag(lang);
  const sys = {
    retrieveLocale: (l: string) => cslLocale(cslLocaleTag(l)),
    retrieveItem: (id: string) => byKey.get(id),
  };
  const engine = new CSL.Engine(sys, style, locale, true);

  const all = new Map<string, FormattedReference>();
  const order: string[] = [];
  let ready = false;
  /** The whole list, made on first use: a formatter used only for standalone() never needs it. */
  function prepare() {
    if (ready) return;
    ready = true;
    engine.updateItems([...byKey.keys()]);
    const [html, text] = bibliographyOf();
    html.forEach((h, i) => {
      order.push(h.key);
      all.set(h.key, { key: h.key, html: h.html, text: text[i]!.html });
    });
  }
  function bibliographyOf(): [{ key: string; html: string }[], { key: string; html: string }[]] {
    const out: { key: string; html: string }[][] = [];
    for (const format of ['html', 'text'] as const) {
      engine.setOutputFormat(format);
      const made = engine.makeBibliography();
      if (!made) {
        out.push([]);
        continue;
      }
      // Items the style renders as nothing (APA: personal communications) are listed in
      // entry_ids but have no entry; bibliography_errors names them.
      const empty = new Set((made[0].bibliography_errors ?? []).map((e) => e.itemID));
      const ids = made[0].entry_ids.map(([key]) => key!).filter((k) => !empty.has(k));
      out.push(ids.map((key, i) => ({ key, html: format === 'html' ? tidyHtml(made[1][i]!) : made[1][i]!.trim() })));
    }
    engine.setOutputFormat('html');
    return [out[0]!, out[1]!];
  }

  function shortForm(key: string, locator?: string): string {
    const parsed = locator ? parseLocator(locator) : undefined;
    const item: { id: string; locator?: string; label?: string; suffix?: string } = { id: key };
    if (parsed?.label) Object.assign(item, { locator: parsed.locator, label: parsed.label });
    else if (locator) item.suffix = `, ${locator}`;
    return tidyHtml(engine.makeCitationCluster([item])).replace(/^\((.*)\)$/s, '$1');
  }

  return {
    bibliography(keys) {
      prepare();
      const wanted = new Set(keys ?? byKey.keys());
      // Items the style leaves out of its list (see reference()) come last, in their short form.
      const left = [...wanted].filter((k) => byKey.has(k) && !all.has(k)).sort();
      return [...order.filter((k) => wanted.has(k)), ...left].map((k) => this.reference(k));
    },
    reference(key) {
      prepare();
      // Some styles leave items out of the reference list (APA: unpublished interviews are
      // personal communications); those are referred to by their in-text form.
      const found = all.get(key);
      if (found) return found;
      const short = shortForm(key);
      return { key, html: short, text: short.replace(/<[^>]+>/g, '') };
    },
    short(key, locator) {
      prepare();
      return shortForm(key, locator);
    },
    standalone(id, item) {
      // Alone in the engine's registry, so no year suffix tells it from the site's other pages.
      if (item) byKey.set(item.id, item);
      const key = item?.id ?? id;
      ready = false;
      all.clear();
      order.length = 0;
      engine.updateItems([key]);
      const [html, text] = bibliographyOf();
      if (html[0]) return { key, html: html[0].html, text: text[0]!.html };
      const short = shortForm(key);
      return { key, html: short, text: short.replace(/<[^>]+>/g, '') };
    },
  };
}

export interface NoteView {
  n: number;
  html: string;
}

/**
 * Notes in the site's style: the first citation of a work on a page in full, later ones
 * short ("Cottiero, 2024a, p. 5"). `resolve` maps an alias to the source's key.
 */
export function formatNotes(
  notes: readonly { n: number; items: readonly CitationItem[] }[],
  formatter: Formatter,
  link: (key: string) => string,
  resolve: (key: string) => string | undefined = (k) => k,
): NoteView[] {
  const seen = new Set<string>();
  return notes.map((note) => {
    const parts = note.items.map((item) => {
      const key = resolve(item.key);
      const prefix = item.prefix ? `${item.prefix} ` : '';
      if (!key) return prefix + item.key;
      if (seen.has(key)) return `${prefix}<a href="${link(key)}">${formatter.short(key, item.locator)}</a>`;
      seen.add(key);
      const full = formatter.reference(key).html.replace(/\.$/, '');
      const endsWithUrl = /<a href="https?:[^"]*">[^<]*<\/a>$/.test(full);
      const locator = item.locator ? (endsWithUrl ? ` (${item.locator})` : `, ${item.locator}`) : '';
      return `${prefix}${linkTitle(full, link(key))}${locator}`;
    });
    const html = parts.join('; ');
    // A closing full stop, except straight after a web address, where it would look part of it.
    return { n: note.n, html: /<a href="https?:[^"]*">[^<]*<\/a>$/.test(html) ? html : `${html}.` };
  });
}

/** A full reference links to the source's page; the reference's own web address stays a link of its own. */
export function linkTitle(html: string, href: string): string {
  // The reference's own web address stays a link of its own; the rest links to the source page.
  const cut = html.search(/<a href=/);
  const head = cut === -1 ? html : html.slice(0, cut);
  const tail = cut === -1 ? '' : html.slice(cut);
  return `<a class="note-source" href="${href}">${head.trimEnd()}</a>${tail ? ` ${tail}` : ''}`;
}
