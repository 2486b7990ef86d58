/**
 * Turns Pandoc citations ([@key], [@a; @b, p. 4]) into numbered note references and hands
 * the list of notes to the page (as remarkPluginFrontmatter.citations), where the layout
 * renders the notes and bibliography from the sources collection. The one place notes are
 * numbered: MDX bodies go through it, and so do training modules' section strings, which
 * share one note list per module (see `sharedNotes`). A Sätteri mdast plugin:
 * Astro 7's Rust Markdown processor, which compiles MDX in a fraction of unified's time.
 * Unknown keys never reach this point: the content check stops the build first.
 */
import type { MdastNode, MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { stringsFor } from '../i18n/strings.ts';
import { findCitations, type CitationItem } from './citations.ts';

export interface CitationNote {
  n: number;
  items: CitationItem[];
  /** From text only the facilitator's guide shows, so other views give it no link back. */
  facilitator?: boolean;
}

/**
 * Passed in a render's frontmatter to continue one count across several Markdown strings
 * (a module's sections). A symbol, so no YAML frontmatter can set it.
 */
export const sharedNotes = Symbol.for('counterpoint.citation-notes');
export interface SharedNotes {
  notes: CitationNote[];
  /** The strings rendered now are facilitator-only. */
  facilitator?: boolean;
}

/** Citation-like text inside these is left alone: it is a link's label or a URL. */
const skipInside = new Set(['link', 'linkReference', 'definition']);

type Text = Extract<MdastNode, { type: 'text' }>;

function insideSkipped(node: Text, ctx: MdastVisitorContext): boolean {
  for (let p: Readonly<{ type: string }> | undefined = ctx.parent(node); p; p = ctx.parent(p as Readonly<MdastNode>))
    if (skipInside.has(p.type)) return true;
  return false;
}

/** A factory, so every document gets its own note list even when several compile at once. */
export function citations(): MdastPluginDefinition {
  let notes: CitationNote[] = [];
  let facilitator = false;
  let word = 'Note';
  return {
    name: 'counterpoint-citations',
    before(_root, ctx) {
      word = noteWord(ctx.fileURL?.pathname);
      const shared = frontmatterOf(ctx)[sharedNotes] as SharedNotes | undefined;
      if (shared) ({ notes, facilitator = false } = shared);
    },
    text(node, ctx) {
      if (!node.value.includes('@') || insideSkipped(node, ctx)) return;
      const matches = findCitations(node.value);
      if (!matches.length) return;
      const out: MdastNode[] = [];
      let last = 0;
      for (const m of matches) {
        // A space before the marker would separate it from the word it supports.
        const before = node.value.slice(last, m.index).replace(/\s+$/, '');
        if (before) out.push({ type: 'text', value: before });
        const n = notes.length + 1;
        notes.push(facilitator ? { n, items: m.items, facilitator } : { n, items: m.items });
        out.push(noteReference(n, word));
        last = m.index + m.raw.length;
      }
      const rest = node.value.slice(last);
      if (rest) out.push({ type: 'text', value: rest });
      ctx.replaceNode(node, out);
    },
    after(_root, ctx) {
      frontmatterOf(ctx)['citations'] = notes;
    },
  };
}

function frontmatterOf(ctx: { data: unknown }): Record<PropertyKey, unknown> {
  const astro = ((ctx.data as { astro?: { frontmatter?: Record<PropertyKey, unknown> } }).astro ??= {});
  return (astro.frontmatter ??= {});
}

/**
 * The word read out before a note's number, in the document's language: a translation
 * (`<id>.<locale>.mdx`) gets its locale's, everything else the default's.
 */
export function noteWord(path: string | undefined): string {
  const code = path ? /\.([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.mdx?$/.exec(path)?.[1] : undefined;
  return stringsFor(code ?? 'en').ui.noteRef;
}

function noteReference(n: number, word: string): MdastNode {
  return {
    type: 'emphasis',
    data: { hName: 'sup', hProperties: { className: ['note-ref'] } },
    children: [
      {
        type: 'link',
        url: `#note-${n}`,
        data: { hProperties: { id: `note-ref-${n}` } },
        children: [
          {
            type: 'emphasis',
            data: { hName: 'span', hProperties: { className: ['visually-hidden'] } },
            children: [{ type: 'text', value: `${word} ` }],
          },
          { type: 'text', value: String(n) },
        ],
      },
    ],
  } as MdastNode;
}
